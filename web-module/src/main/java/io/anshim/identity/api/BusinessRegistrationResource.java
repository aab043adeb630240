package io.anshim.identity.api;

import io.anshim.identity.BusinessAccountView;
import io.anshim.identity.BusinessRegistrationForm;
import io.anshim.identity.BusinessRegistrations;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Business owners register themselves (the same service call as the registration page). */
@Path("registrations/business")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessRegistrationResource {

  @Inject private BusinessRegistrations registrations;

  @POST
  public Response register(BusinessRegistrationForm form) {
    BusinessAccountView account =
        registrations.register(form == null ? new BusinessRegistrationForm() : form);
    return Response.status(Response.Status.CREATED).entity(account).build();
  }
}
