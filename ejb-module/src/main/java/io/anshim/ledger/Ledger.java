package io.anshim.ledger;

import jakarta.ejb.Local;
import java.util.concurrent.CompletionStage;

/**
 * Appends entries to the ledger. Appends are sequenced in batches, each written in its own
 * transaction with a signed checkpoint, independently of the caller's transaction.
 */
@Local
public interface Ledger {

  /**
   * Queues 32 bytes of leaf data; the stage completes with the entry's index once it is committed.
   */
  CompletionStage<Long> append(EntryKind kind, byte[] leafData);

  /**
   * Appends and waits until the entry is committed and covered by a signed checkpoint.
   *
   * @return the entry's index
   * @throws LedgerUnavailableException if that did not happen within the append timeout
   */
  long appendAndWait(EntryKind kind, byte[] leafData);
}
