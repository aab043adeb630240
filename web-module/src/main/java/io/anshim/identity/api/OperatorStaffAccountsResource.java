package io.anshim.identity.api;

import io.anshim.identity.StaffAccountForm;
import io.anshim.identity.StaffAccounts;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Operators open vaccinator (bound to a center) and investigator accounts. */
@StaffApi
@Path("operator/staff-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorStaffAccountsResource {

  @Inject private StaffAccounts accounts;

  @POST
  public Response create(StaffAccountForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(accounts.create(form == null ? new StaffAccountForm() : form))
        .build();
  }
}
