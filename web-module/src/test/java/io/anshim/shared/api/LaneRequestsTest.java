package io.anshim.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LaneRequestsTest {

  @Test
  void readsTheCharsetTheRequestNames() {
    assertEquals(StandardCharsets.UTF_8, LaneRequests.charset(null));
    assertEquals(StandardCharsets.UTF_8, LaneRequests.charset("application/json"));
    assertEquals(
        StandardCharsets.UTF_16BE, LaneRequests.charset("application/json; charset=UTF-16BE"));
    assertEquals(
        StandardCharsets.ISO_8859_1, LaneRequests.charset("text/plain;charset=\"ISO-8859-1\""));
    assertEquals(
        StandardCharsets.UTF_8, LaneRequests.charset("text/plain; charset=no-such-charset"));
  }

  @Test
  void readsTheMediaTypeWithoutItsParameters() {
    assertEquals("", LaneRequests.mediaType(null));
    assertEquals("application/json", LaneRequests.mediaType("Application/JSON; charset=UTF-8"));
    assertEquals("text/plain", LaneRequests.mediaType(" text/plain "));
  }
}
