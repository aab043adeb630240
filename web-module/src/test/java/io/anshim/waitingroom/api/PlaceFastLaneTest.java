package io.anshim.waitingroom.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.waitingroom.PlaceView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaceFastLaneTest {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Test
  void aWaitingPlaceIsWrittenAsJsonBWritesIt() {
    PlaceView waiting = new PlaceView(1234, 57, 56, 12, 40, false, null, null);
    assertEquals(jsonb.toJson(waiting), PlaceFastLane.json(waiting));
  }

  @Test
  void anAdmittedPlaceIsWrittenAsJsonBWritesIt() {
    for (Instant until :
        new Instant[] {
          Instant.parse("2026-11-22T09:44:44.112Z"),
          Instant.parse("2026-11-22T09:44:44Z"),
          Instant.parse("2026-11-22T09:44:44.100Z")
        }) {
      PlaceView admitted =
          new PlaceView(
              9,
              0,
              0,
              0,
              100,
              true,
              "MTA1OTkuaWVBSVlDUTBJeC1MTHJOMV8yUzF0US4x.3eg7mq-6Uae_HcgT",
              until);
      assertEquals(jsonb.toJson(admitted), PlaceFastLane.json(admitted));
    }
  }
}
