package io.anshim.certificate.qr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A printable A4 page of a certificate: the QR code large (8 cm, Q error correction), the name in
 * Latin letters, birth date, dose and identifier. The Latin text uses the standard Helvetica every
 * PDF reader has; the Korean name is added only when a TrueType font with Hangul glyphs is on the
 * server (system property {@code anshim.pdf.korean-font}, or the usual Debian font paths), embedded
 * as a subset. Without one the page is still complete: the QR is what a verifier reads.
 */
public final class CertificatePdf {

  private static final Logger LOG = Logger.getLogger(CertificatePdf.class.getName());

  /** Where Debian's Korean fonts live; the Noto CJK collection needs TrueType outlines to embed. */
  private static final List<String> KOREAN_FONTS =
      List.of(
          "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
          "/usr/share/fonts/truetype/noto/NotoSansKR-Regular.ttf",
          "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc");

  private static final float MM = 72f / 25.4f;

  /** What the page says besides the QR code; every line is optional except the QR text. */
  public record Content(
      String qrText,
      String title,
      String latinName,
      Optional<String> koreanName,
      List<String> lines) {
    public Content {
      Objects.requireNonNull(qrText, "qrText");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(latinName, "latinName");
      Objects.requireNonNull(koreanName, "koreanName");
      lines = List.copyOf(lines);
    }
  }

  private CertificatePdf() {}

  public static byte[] render(Content content) {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      Optional<PDFont> korean =
          content.koreanName().isPresent() ? koreanFont(document) : Optional.empty();
      PDImageXObject qr =
          LosslessFactory.createFromImage(
              document,
              javax.imageio.ImageIO.read(
                  new java.io.ByteArrayInputStream(QrCodeImage.png(content.qrText(), 1000))));
      float width = page.getMediaBox().getWidth();
      float top = page.getMediaBox().getHeight() - 25 * MM;
      float qrSize = 80 * MM;
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        float y = top;
        y = line(text, bold, 18, 20 * MM, y, latinSafe(content.title()));
        y -= 4 * MM;
        y = line(text, bold, 16, 20 * MM, y, latinSafe(content.latinName()));
        if (korean.isPresent()) {
          y = line(text, korean.get(), 16, 20 * MM, y, content.koreanName().get());
        }
        for (String l : content.lines()) {
          y = line(text, latin, 11, 20 * MM, y, latinSafe(l));
        }
        text.drawImage(qr, (width - qrSize) / 2, y - 8 * MM - qrSize, qrSize, qrSize);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float line(
      PDPageContentStream stream, PDFont font, float size, float x, float y, String text)
      throws IOException {
    stream.beginText();
    stream.setFont(font, size);
    stream.newLineAtOffset(x, y);
    stream.showText(text);
    stream.endText();
    return y - size * 1.5f;
  }

  /** Helvetica speaks WinAnsi only; anything else would make PDFBox throw. */
  private static String latinSafe(String text) {
    return text.replaceAll("[^\\x20-\\x7E]", "?");
  }

  private static Optional<PDFont> koreanFont(PDDocument document) {
    String configured = System.getProperty("anshim.pdf.korean-font");
    List<String> candidates =
        configured == null
            ? KOREAN_FONTS
            : java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(configured), KOREAN_FONTS.stream())
                .toList();
    for (String candidate : candidates) {
      Path file = Path.of(candidate);
      if (!Files.isReadable(file)) {
        continue;
      }
      try {
        PDFont font = load(document, file);
        font.encode("한글");
        return Optional.of(font);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, e, () -> "cannot embed " + file + " in a PDF");
      }
    }
    return Optional.empty();
  }

  private static PDFont load(PDDocument document, Path file) throws IOException {
    if (!file.toString().endsWith(".ttc")) {
      return PDType0Font.load(document, file.toFile());
    }
    TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
    TrueTypeFont[] korean = new TrueTypeFont[1];
    collection.processAllFonts(
        font -> {
          if (korean[0] == null && font.getName() != null && font.getName().contains("KR")) {
            korean[0] = font;
          }
        });
    if (korean[0] == null) {
      throw new IOException("no Korean font in " + file);
    }
    return PDType0Font.load(document, korean[0], true);
  }
}
