package io.anshim.admin.api;

import io.anshim.admin.HealthReport;
import io.anshim.admin.SystemHealth;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** GET /api/health: 200 when the database and every cache answer, 503 otherwise. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject private SystemHealth health;

  @GET
  public Response check() {
    HealthReport report = health.check();
    return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(report)
        .build();
  }
}
