package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;

/**
 * The operator's side of the waiting room for tests: changes the settings through the staff API and
 * puts back what it found, since other ITs share the server.
 */
public final class WaitingRoomOperator implements AutoCloseable {

  private final Api api;
  private final JsonObject found;

  public WaitingRoomOperator(URL base) {
    this.api = new Api(base).as("operator1", "anshim-demo");
    this.found = figures();
  }

  JsonObject figures() {
    Api.Reply figures = api.get("api/operator/waiting-room");
    assertEquals(200, figures.status(), figures::toString);
    return figures.object();
  }

  Api.Reply change(JsonObjectBuilder settings) {
    return api.put("api/operator/waiting-room", settings.build());
  }

  public JsonObject rate(double perSecond) {
    Api.Reply changed = change(Json.createObjectBuilder().add("ratePerSecond", perSecond));
    assertEquals(200, changed.status(), changed::toString);
    return changed.object();
  }

  public JsonObject admissionSeconds(long seconds) {
    Api.Reply changed = change(Json.createObjectBuilder().add("admissionSeconds", seconds));
    assertEquals(200, changed.status(), changed::toString);
    return changed.object();
  }

  /**
   * How long a place is kept without a poll. A test whose people "ahead" join once and never poll
   * raises it, so that they still hold the line however slow the browser is to get there.
   */
  public JsonObject placeIdleSeconds(long seconds) {
    Api.Reply changed = change(Json.createObjectBuilder().add("placeIdleSeconds", seconds));
    assertEquals(200, changed.status(), changed::toString);
    return changed.object();
  }

  @Override
  public void close() {
    Api.Reply restored =
        change(
            Json.createObjectBuilder()
                .add("ratePerSecond", found.getJsonNumber("ratePerSecond").doubleValue())
                .add("admissionSeconds", found.getJsonNumber("admissionSeconds").longValue())
                .add("placeIdleSeconds", found.getJsonNumber("placeIdleSeconds").longValue()));
    assertEquals(200, restored.status(), restored::toString);
  }
}
