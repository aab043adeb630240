package io.anshim.center.api;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterEdit;
import io.anshim.center.CenterView;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The operator's edit of a center, for tools: GET the editable state (with its version), PUT it
 * back changed. Same service calls as the operator screen.
 */
@StaffApi
@Path("operator/centers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorCentersResource {

  @Inject private CenterDirectory directory;

  @GET
  public CenterEdit editable(@PathParam("id") long centerId) {
    return directory.editableCenter(centerId);
  }

  @PUT
  public CenterView update(@PathParam("id") long centerId, CenterEdit edit) {
    return directory.updateCenter(centerId, edit);
  }
}
