package io.anshim.certificate.hcert;

/** The steps from a scanned text to the certificate payload, in the order they run. */
public enum DecodingStep {
  PICTURE,
  PREFIX,
  BASE45,
  DECOMPRESSION,
  COSE,
  CWT,
  PAYLOAD
}
