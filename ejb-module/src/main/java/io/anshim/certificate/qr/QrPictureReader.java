package io.anshim.certificate.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads the QR code in an uploaded picture (PNG, JPEG, GIF, BMP) on the server. Size limits are
 * checked before any pixel is decoded, from the file size and the image header, so a small file
 * claiming a huge image cannot exhaust memory. Never throws for any bytes.
 */
public final class QrPictureReader {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_SIDE = 4000;

  private static final Map<DecodeHintType, Object> PHOTO =
      Map.of(
          DecodeHintType.POSSIBLE_FORMATS,
          List.of(BarcodeFormat.QR_CODE),
          DecodeHintType.TRY_HARDER,
          Boolean.TRUE);

  /** For screenshots and generated images: a straight, unrotated code, read module by module. */
  private static final Map<DecodeHintType, Object> SCREENSHOT =
      Map.of(
          DecodeHintType.POSSIBLE_FORMATS,
          List.of(BarcodeFormat.QR_CODE),
          DecodeHintType.PURE_BARCODE,
          Boolean.TRUE);

  private QrPictureReader() {}

  public static QrReading read(byte[] picture) {
    if (picture == null || picture.length == 0) {
      return new QrReading.Refused(QrReading.Refusal.NOT_AN_IMAGE, "no picture");
    }
    if (picture.length > MAX_BYTES) {
      return new QrReading.Refused(
          QrReading.Refusal.TOO_LARGE, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    try {
      BufferedImage image = decodeImage(picture);
      if (image == null) {
        return new QrReading.Refused(QrReading.Refusal.NOT_AN_IMAGE, "not a known image format");
      }
      QrReading reading = findCode(new BufferedImageLuminanceSource(image));
      if (reading instanceof QrReading.Refused) {
        // screenshots are often cropped to the code's edge; the detector needs a quiet zone
        reading = findCode(new BufferedImageLuminanceSource(withQuietZone(image)));
      }
      return reading;
    } catch (PictureTooLarge e) {
      return new QrReading.Refused(QrReading.Refusal.TOO_LARGE, e.getMessage());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return new QrReading.Refused(QrReading.Refusal.NOT_AN_IMAGE, "unreadable image");
    }
  }

  private static BufferedImage decodeImage(byte[] picture) throws IOException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(picture))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width > MAX_SIDE || height > MAX_SIDE) {
          throw new PictureTooLarge(
              width + "x" + height + " pixels, more than " + MAX_SIDE + "x" + MAX_SIDE);
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    }
  }

  private static BufferedImage withQuietZone(BufferedImage image) {
    int border = Math.max(8, Math.max(image.getWidth(), image.getHeight()) / 10);
    BufferedImage padded =
        new BufferedImage(
            image.getWidth() + 2 * border,
            image.getHeight() + 2 * border,
            BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D graphics = padded.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, padded.getWidth(), padded.getHeight());
      graphics.drawImage(image, border, border, null);
    } finally {
      graphics.dispose();
    }
    return padded;
  }

  private static QrReading findCode(LuminanceSource source) {
    QRCodeReader reader = new QRCodeReader();
    for (Map<DecodeHintType, Object> hints : List.of(SCREENSHOT, PHOTO)) {
      for (BinaryBitmap bitmap :
          List.of(
              new BinaryBitmap(new HybridBinarizer(source)),
              new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
        try {
          return new QrReading.Found(reader.decode(bitmap, hints).getText());
        } catch (ReaderException e) {
          reader.reset();
        }
      }
    }
    return new QrReading.Refused(QrReading.Refusal.NO_QR_CODE, "no readable QR code");
  }

  private static final class PictureTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PictureTooLarge(String message) {
      super(message, null, false, false);
    }
  }
}
