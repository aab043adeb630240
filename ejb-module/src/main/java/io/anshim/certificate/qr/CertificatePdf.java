package io.anshim.certificate.qr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A printable A4 page of a certificate: the QR code large (8 cm, Q error correction), the name in
 * Latin letters, birth date, dose and identifier. The Latin text uses the standard Helvetica every
 * PDF reader has; the Korean name is added, as a 288 dpi picture, when a font with Hangul is on the
 * server (system property {@code anshim.pdf.korean-font}, or Debian's Noto CJK / Nanum / Un paths).
 * Without one the page is still complete: the QR is what a verifier reads.
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

  /** Pixels per PDF point for the Korean name's picture: 4 × 72 = 288 dpi when printed. */
  private static final int PRINT_SCALE = 4;

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
      Optional<PDImageXObject> korean =
          content.koreanName().flatMap(CertificatePdf::koreanName).map(i -> image(document, i));
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
          float w = korean.get().getWidth() / PRINT_SCALE;
          float h = korean.get().getHeight() / PRINT_SCALE;
          text.drawImage(korean.get(), 20 * MM, y - h * 0.25f, w, h);
          y -= 16 * 1.5f;
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

  private static PDImageXObject image(PDDocument document, BufferedImage picture) {
    try {
      return LosslessFactory.createFromImage(document, picture);
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

  /**
   * The Korean name drawn at print resolution with a font that has Hangul: PDFBox can embed only
   * TrueType outlines, and Debian's Noto CJK fonts are CFF (embedding one whole would add 16 MB).
   */
  static Optional<BufferedImage> koreanName(String name) {
    Optional<Font> font = koreanFont(name);
    if (font.isEmpty()) {
      return Optional.empty();
    }
    Font sized = font.get().deriveFont(Font.PLAIN, 16f * PRINT_SCALE);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D measure = probe.createGraphics();
    FontMetrics metrics = measure.getFontMetrics(sized);
    int width = Math.max(1, metrics.stringWidth(name));
    int height = metrics.getAscent() + metrics.getDescent();
    measure.dispose();
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D draw = image.createGraphics();
    draw.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    draw.setFont(sized);
    draw.setColor(Color.BLACK);
    draw.drawString(name, 0, metrics.getAscent());
    draw.dispose();
    return Optional.of(image);
  }

  private static Optional<Font> koreanFont(String name) {
    String configured = System.getProperty("anshim.pdf.korean-font");
    List<String> candidates =
        configured == null
            ? KOREAN_FONTS
            : Stream.concat(Stream.of(configured), KOREAN_FONTS.stream()).toList();
    for (String candidate : candidates) {
      Path file = Path.of(candidate);
      if (!Files.isReadable(file)) {
        continue;
      }
      try {
        for (Font font : Font.createFonts(file.toFile())) {
          if (font.canDisplayUpTo(name) == -1
              && (font.getFontName(Locale.ROOT).contains("KR") || !candidate.endsWith(".ttc"))) {
            return Optional.of(font);
          }
        }
      } catch (IOException | FontFormatException | RuntimeException e) {
        LOG.log(Level.FINE, e, () -> "cannot use " + file + " for Korean");
      }
    }
    return Optional.empty();
  }
}
