package io.anshim.booking.policy.api;

import io.anshim.booking.policy.BookingWindows;
import io.anshim.booking.policy.BookingWindows.GroupMembership;
import io.anshim.shared.api.StaffApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Adds people to a priority group (HEALTHCARE, TEACHER, ...) by resident number; only its keyed
 * hash is stored, and only the masked number comes back.
 */
@StaffApi
@Path("operator/priority-groups/{group}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorPriorityGroupsResource {

  @Inject private BookingWindows windows;

  @POST
  public Response add(@PathParam("group") String group, MemberRequest member) {
    GroupMembership added =
        windows.addMember(group, member == null ? null : member.residentNumber());
    return Response.status(added.added() ? Response.Status.CREATED : Response.Status.OK)
        .entity(added)
        .build();
  }

  /** The person to add. */
  public record MemberRequest(String residentNumber) {}
}
