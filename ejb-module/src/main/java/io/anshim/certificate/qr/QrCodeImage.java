package io.anshim.certificate.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * Draws certificate text as a QR code, as PNG for download and SVG for the page and the PDF.
 *
 * <p>Error correction level Q (25 %): a QR shown on a phone is read off a glossy, often cracked or
 * reflecting screen, at an angle, by another phone's camera; Q survives that where L and M fail,
 * while H would make a ~500-character HC1 text so dense (version 20+) that older phones struggle.
 * The EU DCC guidelines recommend Q for the same reason.
 */
public final class QrCodeImage {

  /** The quiet zone the QR specification requires around the code, in modules. */
  private static final int QUIET_ZONE = 4;

  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(
          EncodeHintType.ERROR_CORRECTION,
          ErrorCorrectionLevel.Q,
          EncodeHintType.MARGIN,
          QUIET_ZONE);

  private QrCodeImage() {}

  /** A PNG of at least the given width in pixels (rounded up to whole modules). */
  public static byte[] png(String text, int minimumWidth) {
    if (minimumWidth < 1 || minimumWidth > 4000) {
      throw new IllegalArgumentException("width out of range: " + minimumWidth);
    }
    BitMatrix modules = modules(text);
    int scale = Math.max(1, (minimumWidth + modules.getWidth() - 1) / modules.getWidth());
    BitMatrix scaled = scale(modules, scale);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      MatrixToImageWriter.writeToStream(scaled, "PNG", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An SVG that scales to any size: one path of unit squares in a viewBox of modules. */
  public static String svg(String text) {
    BitMatrix modules = modules(text);
    int size = modules.getWidth();
    StringBuilder path = new StringBuilder(size * size * 4);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (modules.get(x, y)) {
          path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static BitMatrix modules(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("nothing to encode");
    }
    try {
      // width and height 0: one pixel per module, plus the quiet zone
      return new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit in a QR code", e);
    }
  }

  private static BitMatrix scale(BitMatrix modules, int scale) {
    int size = modules.getWidth() * scale;
    BitMatrix scaled = new BitMatrix(size, size);
    for (int y = 0; y < modules.getHeight(); y++) {
      for (int x = 0; x < modules.getWidth(); x++) {
        if (modules.get(x, y)) {
          scaled.setRegion(x * scale, y * scale, scale, scale);
        }
      }
    }
    return scaled;
  }
}
