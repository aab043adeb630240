package io.anshim.ledger;

import jakarta.ejb.ApplicationException;

/** The ledger could not commit an append in time; nothing the caller did wrong, so it may retry. */
@ApplicationException(rollback = true)
public class LedgerUnavailableException extends RuntimeException {

  public LedgerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
