package io.anshim.certificate.api;

import io.anshim.certificate.CertificateRevocations;
import io.anshim.certificate.CertificateStatus;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Operators see an issued certificate's status by its UVCI ('#' sent as %23) and revoke it with a
 * reason; the revocation is anchored in the ledger and the verifier says REVOKED from then on.
 */
@StaffApi
@Path("operator/certificates/{uvci}")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorCertificateRevocationsResource {

  @Inject private CertificateRevocations revocations;

  /** Why an operator revokes. */
  public record RevocationRequest(String reason) {}

  @GET
  public CertificateStatus status(@PathParam("uvci") String uvci) {
    return revocations.status(uvci);
  }

  @POST
  @Path("revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  public CertificateStatus revoke(@PathParam("uvci") String uvci, RevocationRequest request) {
    return revocations.revoke(uvci, request == null ? null : request.reason());
  }
}
