package io.anshim.booking.api;

import io.anshim.booking.SlotCapacity;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** PUT /api/operator/centers/{id}/capacity {"dosesPerSlot": 20}: people per new slot. */
@StaffApi
@Path("operator/centers/{id}/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorCapacityResource {

  @Inject private SlotCapacity capacity;

  @PUT
  public Capacity change(@PathParam("id") long centerId, Capacity body) {
    if (body == null || body.dosesPerSlot() == null) {
      throw new InvalidRequestException("error.booking.dosesPerSlot", "");
    }
    return new Capacity(capacity.changeDosesPerSlot(centerId, body.dosesPerSlot()));
  }

  /** How many people one new 30-minute slot of the center takes. */
  public record Capacity(Integer dosesPerSlot) {}
}
