package io.anshim.ledger.cli;

/** A usage or input error: printed as one line on stderr, exit status 1. */
class CliException extends Exception {

  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }

  CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
