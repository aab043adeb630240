package io.anshim.certificate.hcert;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** The zlib layer between Base45 and COSE, bounded so a small QR cannot inflate into megabytes. */
public final class Zlib {

  /** Far above any real certificate (a few KiB), far below what would hurt the server. */
  public static final int MAX_INFLATED_BYTES = 256 * 1024;

  private Zlib() {}

  /** Whether the bytes start with a zlib header (CMF 0x78 and a valid check value). */
  public static boolean looksCompressed(byte[] bytes) {
    return bytes != null
        && bytes.length >= 2
        && (bytes[0] & 0x0F) == 8
        && ((bytes[0] & 0xFF) << 8 | (bytes[1] & 0xFF)) % 31 == 0;
  }

  public static byte[] inflate(byte[] compressed) {
    if (!looksCompressed(compressed)) {
      throw new MalformedHcertException(DecodingStep.DECOMPRESSION, "no zlib header");
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 2);
      byte[] buffer = new byte[4096];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new MalformedHcertException(DecodingStep.DECOMPRESSION, "truncated zlib data");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_INFLATED_BYTES) {
          throw new MalformedHcertException(DecodingStep.DECOMPRESSION, "inflates too large");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new MalformedHcertException(DecodingStep.DECOMPRESSION, "broken zlib data", e);
    } finally {
      inflater.end();
    }
  }

  public static byte[] deflate(byte[] bytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
