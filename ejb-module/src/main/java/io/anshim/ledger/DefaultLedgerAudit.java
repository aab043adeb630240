package io.anshim.ledger;

import io.anshim.ledger.audit.Divergence;
import io.anshim.ledger.store.AuditReport;
import io.anshim.ledger.store.LedgerStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
@RolesAllowed("OPERATOR")
public class DefaultLedgerAudit implements LedgerAudit {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Inject private LedgerIdentity identity;

  @Override
  public AuditView audit() {
    AuditReport report = new LedgerStore(em).audit(identity.verifier(), identity.origin());
    return new AuditView(
        report.intact(),
        report.entriesChecked(),
        report.subtreesChecked(),
        report.checkpointsChecked(),
        report.recomputedRoot().hex(),
        report.firstDivergence().map(Divergence::index).orElse(null),
        report.firstDivergence().map(Divergence::finding).orElse(null));
  }
}
