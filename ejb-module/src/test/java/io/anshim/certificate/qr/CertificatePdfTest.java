package io.anshim.certificate.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final String TEXT =
      "HC1:" + "6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE".repeat(10);

  @Test
  void thePrintablePageHoldsTheQrThatDecodesToTheCertificateAndTheLatinName() throws Exception {
    byte[] pdf =
        CertificatePdf.render(
            new CertificatePdf.Content(
                TEXT,
                "COVID-19 Vaccination Certificate",
                "HONG GILDONG",
                Optional.of("홍길동"),
                List.of("Date of birth: 1985-03-14", "Dose 2/2 on 2021-08-01")));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String words = new PDFTextStripper().getText(document);
      assertTrue(words.contains("HONG GILDONG"), words);
      assertTrue(words.contains("Dose 2/2 on 2021-08-01"), words);
      PDResources resources = document.getPage(0).getResources();
      PDImageXObject qr = null;
      int images = 0;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDImageXObject image) {
          images++;
          if (image.getWidth() == image.getHeight()) {
            qr = image;
          }
        }
      }
      assertNotNull(qr);
      if (koreanFontInstalled()) {
        assertEquals(2, images, "the QR and the Korean name drawn with the CJK font");
        assertTrue(CertificatePdf.koreanName("홍길동").isPresent());
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(qr.getImage(), "png", png);
      QrReading reading = QrPictureReader.read(png.toByteArray());
      assertEquals(new QrReading.Found(TEXT), reading);
    }
  }

  private static boolean koreanFontInstalled() {
    return Files.exists(Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
        || Files.exists(Path.of("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"));
  }
}
