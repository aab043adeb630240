package io.anshim.certificate.hcert;

import java.util.Objects;

/**
 * A health certificate read from its "HC1:" text, not yet trusted: the COSE message and its claims.
 * Also the way back, from a signed message to the text in the QR.
 */
public record Hcert(CoseSign1 message, CwtClaims claims) {

  /** Longer than any QR code can hold (4,296 alphanumeric characters); refused before work. */
  public static final int MAX_TEXT_LENGTH = 8_000;

  public Hcert {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(claims, "claims");
  }

  /**
   * Decodes every layer; throws {@link MalformedHcertException} naming the step that failed.
   * Uncompressed COSE after Base45 is accepted, as deployed verifiers do.
   */
  public static Hcert decode(String text) {
    if (text != null && text.length() > MAX_TEXT_LENGTH) {
      throw new MalformedHcertException(DecodingStep.PREFIX, "text too long: " + text.length());
    }
    byte[] bytes = Base45Text.decode(HcertPrefix.strip(text));
    byte[] cose = Zlib.looksCompressed(bytes) ? Zlib.inflate(bytes) : bytes;
    CoseSign1 message = CoseSign1.parse(cose);
    return new Hcert(message, CwtClaims.parse(message.payload()));
  }

  /** The text for the QR: zlib, Base45 and the prefix around the COSE message. */
  public static String encode(CoseSign1 message) {
    return HcertPrefix.add(Base45Text.encode(Zlib.deflate(message.encode())));
  }
}
