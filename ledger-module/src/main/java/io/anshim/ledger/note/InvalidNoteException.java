package io.anshim.ledger.note;

/** A note, key or checkpoint is malformed or does not verify; the message says why in one line. */
public class InvalidNoteException extends Exception {

  private static final long serialVersionUID = 1L;

  public InvalidNoteException(String reason) {
    super(reason);
  }

  public InvalidNoteException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
