package io.anshim.ledger;

import jakarta.ejb.Local;

/** The operator's check of the ledger's own database. */
@Local
public interface LedgerAudit {

  /**
   * Recomputes every root from the stored entries and compares every stored subtree hash and
   * checkpoint (root and signature) with it, naming the first tampered entry index.
   */
  AuditView audit();
}
