package io.anshim.certificate;

/** Checks a certificate shown to a verifier. Stores nothing about the person. */
public interface CertificateVerification {

  /** Checks pasted or scanned "HC1:" text; any input gets an answer, never an error. */
  CertificateCheck verify(String text);

  /** Checks the QR code in an uploaded picture (PNG, JPEG; at most 5 MB). */
  CertificateCheck verifyPicture(byte[] picture);
}
