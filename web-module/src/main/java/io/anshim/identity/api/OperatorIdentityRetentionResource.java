package io.anshim.identity.api;

import io.anshim.identity.IdentityRetention;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operators: run the retention purge now, rather than waiting for the nightly timer. */
@StaffApi
@Path("operator/identity/purge")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorIdentityRetentionResource {

  @Inject private IdentityRetention retention;

  @POST
  public IdentityRetention.PurgeReport purge() {
    return retention.purge();
  }
}
