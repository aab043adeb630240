package io.anshim.booking.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.anshim.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Booking windows the policy ITs create through the operator API, for birth years 1900-1905 that no
 * demo window and no other IT uses; {@link #removeLeftovers()} deletes any a failed run left.
 */
final class PolicyWindowsFixture {

  static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  static final String OPERATOR = "operator1";
  static final String PASSWORD = "anshim-demo";

  private final Api operator;

  PolicyWindowsFixture(URL base) {
    this.operator = new Api(base).as(OPERATOR, PASSWORD);
  }

  Api operator() {
    return operator;
  }

  static LocalDate today() {
    return LocalDate.now(SEOUL);
  }

  static JsonObjectBuilder window(
      String name, int bornFrom, int bornTo, LocalDateTime opens, LocalDateTime closes) {
    return Json.createObjectBuilder()
        .add("nameKo", "IT " + name)
        .add("nameEn", "IT " + name)
        .add("bornFromYear", bornFrom)
        .add("bornToYear", bornTo)
        .add("opensAt", opens.toString())
        .add("closesAt", closes.toString());
  }

  /** A rotation whose first day is today (Korea), for digit {@code digit}, each day 00:00-24:00. */
  static JsonObjectBuilder withRotationFromToday(JsonObjectBuilder window, int digit) {
    LocalDate today = today();
    return window
        .add("rotationFirstDay", today.toString())
        .add("rotationFirstDigit", digit)
        .add("rotationOpensAt", LocalTime.MIDNIGHT.toString())
        .add("rotationClosesAt", LocalTime.MIDNIGHT.toString())
        .add("catchUpFirstDay", today.plusDays(10).toString())
        .add("catchUpLastDay", today.plusDays(12).toString());
  }

  long create(JsonObjectBuilder window) {
    Api.Reply created = operator.post("api/operator/booking-windows", window.build());
    assertEquals(201, created.status(), created::toString);
    return created.object().getJsonNumber("id").longValue();
  }

  void delete(long id) {
    Api.Reply deleted = operator.delete("api/operator/booking-windows/" + id);
    assertEquals(204, deleted.status(), deleted::toString);
  }

  /** Deletes windows of the ITs' birth years (1900-1905) or IT groups left by an earlier run. */
  void removeLeftovers() {
    for (JsonValue value : operator.get("api/operator/booking-windows").json().asJsonArray()) {
      JsonObject w = value.asJsonObject();
      boolean itYears =
          w.get("bornToYear") instanceof jakarta.json.JsonNumber
              && w.getInt("bornToYear") <= 1905
              && w.getInt("bornFromYear") >= 1900;
      boolean itGroup =
          w.get("priorityGroup") instanceof jakarta.json.JsonString
              && w.getString("priorityGroup").startsWith("IT_");
      if (itYears || itGroup) {
        operator.delete("api/operator/booking-windows/" + w.getJsonNumber("id").longValue());
      }
    }
  }
}
