package io.anshim.identity.api;

import io.anshim.identity.ProviderFigures;
import io.anshim.identity.ProviderOperations;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Operators: the figures behind each provider's light, and drills on the embedded providers. */
@StaffApi
@Path("operator/identity/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorIdentityResource {

  @Inject private ProviderOperations operations;

  @GET
  public List<ProviderFigures> figures() {
    return operations.figures();
  }

  @PUT
  @Path("{id}/simulation")
  public ProviderFigures simulate(@PathParam("id") String id, SimulationRequest simulation) {
    SimulationRequest asked = simulation == null ? new SimulationRequest(0, 0) : simulation;
    return operations.simulate(id, asked.latencyMillis(), asked.failureRate());
  }

  /** Extra latency (ms) and failure rate (0 to 1) for an embedded provider; 0 and 0 end it. */
  public record SimulationRequest(long latencyMillis, double failureRate) {}
}
