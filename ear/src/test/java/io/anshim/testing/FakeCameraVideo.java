package io.anshim.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * A still picture as a camera film for Chromium's fake capture device ({@code
 * --use-file-for-fake-video-capture}): YUV4MPEG2, a grey picture centred on white (the quiet zone a
 * held-up QR code has around it), chroma planes neutral.
 */
public final class FakeCameraVideo {

  private static final int FRAMES = 5;

  private FakeCameraVideo() {}

  /**
   * Writes the film to a temporary .y4m file: frames of {@code width} x {@code height} (even), the
   * picture {@code pictureHeight} high in their middle.
   */
  public static Path showing(byte[] png, int width, int height, int pictureHeight) {
    try {
      BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
      BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = frame.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      // nearest neighbour keeps the modules' edges sharp, as a focused camera sees them
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
      int pictureWidth = picture.getWidth() * pictureHeight / picture.getHeight();
      g.drawImage(
          picture,
          (width - pictureWidth) / 2,
          (height - pictureHeight) / 2,
          pictureWidth,
          pictureHeight,
          null);
      g.dispose();
      byte[] luma = new byte[width * height];
      frame.getRaster().getDataElements(0, 0, width, height, luma);
      byte[] chroma = new byte[width * height / 4];
      Arrays.fill(chroma, (byte) 128);

      Path film = Files.createTempFile("fake-camera", ".y4m");
      try (OutputStream out = Files.newOutputStream(film)) {
        out.write(
            ("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n")
                .getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < FRAMES; i++) {
          out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
          out.write(luma);
          out.write(chroma);
          out.write(chroma);
        }
      }
      return film;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
