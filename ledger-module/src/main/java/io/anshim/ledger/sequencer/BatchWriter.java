package io.anshim.ledger.sequencer;

import io.anshim.ledger.store.NewEntry;
import java.util.List;

/** Writes one batch at the end of the log, in one transaction, and says where it landed. */
@FunctionalInterface
public interface BatchWriter {

  /**
   * @return the index of the batch's first entry; the others follow in order
   */
  long write(List<NewEntry> batch) throws Exception;
}
