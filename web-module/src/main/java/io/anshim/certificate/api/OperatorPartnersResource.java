package io.anshim.certificate.api;

import io.anshim.certificate.partner.PartnerApps;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operators register partner apps; the answer holds the client secret, shown this once. */
@StaffApi
@Path("operator/partners")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorPartnersResource {

  @Inject private PartnerApps partners;

  /** The app's name as citizens will see it when consenting. */
  public record PartnerRequest(String name) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public PartnerApps.RegisteredPartner register(PartnerRequest request) {
    return partners.register(request == null ? null : request.name());
  }
}
