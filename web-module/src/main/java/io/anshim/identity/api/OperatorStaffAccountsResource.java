package io.anshim.identity.api;

import io.anshim.identity.StaffAccountForm;
import io.anshim.identity.StaffAccountView;
import io.anshim.identity.StaffAccounts;
import io.anshim.shared.Page;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Operators list, open, disable and enable vaccinator (bound to a center) and investigator
 * accounts.
 */
@StaffApi
@Path("operator/staff-accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorStaffAccountsResource {

  @Inject private StaffAccounts accounts;

  @GET
  public Page<StaffAccountView> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return accounts.list(page, size);
  }

  @POST
  @Path("{id}/disable")
  public StaffAccountView disable(@PathParam("id") long id) {
    return accounts.setEnabled(id, false);
  }

  @POST
  @Path("{id}/enable")
  public StaffAccountView enable(@PathParam("id") long id) {
    return accounts.setEnabled(id, true);
  }

  @POST
  public Response create(StaffAccountForm form) {
    return Response.status(Response.Status.CREATED)
        .entity(accounts.create(form == null ? new StaffAccountForm() : form))
        .build();
  }
}
