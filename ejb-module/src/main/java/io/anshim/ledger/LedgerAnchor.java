package io.anshim.ledger;

import jakarta.ejb.Local;

/**
 * How a service anchors one of its records in the ledger without putting personal data there: it
 * appends a salted commitment and keeps the returned salt and index with the record. Deleting the
 * salt with the record leaves a leaf that reveals nothing, while the tree and every proof stay
 * valid.
 */
@Local
public interface LedgerAnchor {

  /**
   * Commits to (kind, canonical record bytes) with a fresh random salt and waits until the
   * commitment is in the log under a signed checkpoint.
   */
  Anchor anchor(EntryKind kind, byte[] canonicalRecord);
}
