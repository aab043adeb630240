package io.anshim.ledger.store;

/**
 * The sequencer's idea of the log's end is not the committed one: another writer appended
 * meanwhile.
 */
public final class StaleEdgeException extends RuntimeException {

  public StaleEdgeException(long expected, long committed) {
    super("the sequencer expected the log to end at " + expected + " but it ends at " + committed);
  }
}
