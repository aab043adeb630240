package io.anshim.ledger.merkle;

/** A proof failed verification; the message says why in one line. */
public class InvalidProofException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidProofException(String reason) {
    super(reason);
  }
}
