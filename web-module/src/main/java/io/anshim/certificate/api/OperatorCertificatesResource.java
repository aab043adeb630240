package io.anshim.certificate.api;

import io.anshim.certificate.CertificateTrust;
import io.anshim.certificate.TrustImportResult;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Operators import other issuers' trust lists (EU DCC gateway shape) so their certificates verify.
 */
@StaffApi
@Path("operator/certificates/trust-list")
public class OperatorCertificatesResource {

  @Inject private CertificateTrust trust;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public TrustImportResult importTrustList(String json) {
    return trust.importTrustList(json);
  }
}
