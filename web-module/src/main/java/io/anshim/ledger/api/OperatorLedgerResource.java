package io.anshim.ledger.api;

import io.anshim.ledger.AuditView;
import io.anshim.ledger.LedgerAudit;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * GET /api/operator/ledger/audit: operators check the ledger's own database against its signed
 * history.
 */
@StaffApi
@Path("operator/ledger/audit")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorLedgerResource {

  @Inject private LedgerAudit audit;

  @GET
  public AuditView audit() {
    return audit.audit();
  }
}
