package io.anshim.waitingroom.api;

import io.anshim.shared.api.StaffApi;
import io.anshim.waitingroom.WaitingRoom;
import io.anshim.waitingroom.WaitingRoomFigures;
import io.anshim.waitingroom.WaitingRoomSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operators: the waiting room's figures, and its admission rate changed live. */
@StaffApi
@Path("operator/waiting-room")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorWaitingRoomResource {

  @Inject private WaitingRoom waitingRoom;

  @GET
  public WaitingRoomFigures figures() {
    return waitingRoom.figures();
  }

  /** Changes what the request names; settings left out stay as they are. */
  @PUT
  public WaitingRoomFigures change(SettingsRequest asked) {
    WaitingRoomFigures now = waitingRoom.figures();
    SettingsRequest wanted = asked == null ? new SettingsRequest(null, null, null) : asked;
    return waitingRoom.change(
        new WaitingRoomSettings(
            wanted.ratePerSecond() == null ? now.ratePerSecond() : wanted.ratePerSecond(),
            wanted.admissionSeconds() == null ? now.admissionSeconds() : wanted.admissionSeconds(),
            wanted.placeIdleSeconds() == null
                ? now.placeIdleSeconds()
                : wanted.placeIdleSeconds()));
  }

  /** People admitted per second; how long an admission lasts; how long an unpolled place stays. */
  public record SettingsRequest(
      Double ratePerSecond, Long admissionSeconds, Long placeIdleSeconds) {}
}
