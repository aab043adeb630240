package io.anshim.certificate;

import java.util.Optional;

/** Checks a certificate shown to a verifier. Stores nothing about the person. */
public interface CertificateVerification {

  /** Checks pasted or scanned "HC1:" text; any input gets an answer, never an error. */
  CertificateCheck verify(String text);

  /**
   * The same check as {@link #verify} when it needs nothing but this node's memory (the common
   * case: a certificate of ours verified on this node before, or any other answer); empty when the
   * register must be read, so that the caller can run {@link #verify} on a thread that may wait.
   * Never waits, so an I/O thread may call it.
   */
  Optional<CertificateCheck> verifyFromMemory(String text);

  /** Checks the QR code in an uploaded picture (PNG, JPEG; at most 5 MB). */
  CertificateCheck verifyPicture(byte[] picture);
}
