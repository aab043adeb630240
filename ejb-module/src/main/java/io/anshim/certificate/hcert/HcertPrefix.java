package io.anshim.certificate.hcert;

/**
 * The "HC1:" context identifier in front of the Base45 text. Only version 1 exists; other contexts
 * ("HC2:", "HL0:") and a missing prefix are refused, as the conformance suite expects.
 */
public final class HcertPrefix {

  public static final String HC1 = "HC1:";

  private HcertPrefix() {}

  /** The Base45 text after the prefix; surrounding white space from copy and paste is ignored. */
  public static String strip(String text) {
    if (text == null) {
      throw new MalformedHcertException(DecodingStep.PREFIX, "no text");
    }
    String trimmed = text.strip();
    if (!trimmed.startsWith(HC1)) {
      throw new MalformedHcertException(DecodingStep.PREFIX, "does not start with " + HC1);
    }
    return trimmed.substring(HC1.length());
  }

  public static String add(String base45) {
    return HC1 + base45;
  }
}
