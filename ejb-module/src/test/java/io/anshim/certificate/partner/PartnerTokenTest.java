package io.anshim.certificate.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartnerTokenTest {

  private static final Instant NOW = Instant.parse("2021-09-01T09:00:00Z");
  private final PartnerToken tokens = new PartnerToken(new byte[32]);

  @Test
  void aTokenNamesItsClientUntilItExpires() {
    String token = tokens.issue("partner-abc", NOW.plusSeconds(3600));
    assertEquals(Optional.of("partner-abc"), tokens.clientOf(token, NOW));
    assertEquals(Optional.of("partner-abc"), tokens.clientOf(token, NOW.plusSeconds(3599)));
    assertEquals(Optional.empty(), tokens.clientOf(token, NOW.plusSeconds(3601)));
  }

  @Test
  void aChangedForgedOrForeignTokenNamesNobody() {
    String token = tokens.issue("partner-abc", NOW.plusSeconds(3600));
    String[] parts = token.split("\\.");
    String otherClient =
        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("partner-xyz".getBytes());
    assertEquals(
        Optional.empty(), tokens.clientOf(otherClient + "." + parts[1] + "." + parts[2], NOW));
    assertEquals(
        Optional.empty(),
        tokens.clientOf(parts[0] + "." + (Long.parseLong(parts[1]) + 99) + "." + parts[2], NOW));
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;
    assertEquals(
        Optional.empty(),
        new PartnerToken(otherKey).clientOf(token, NOW),
        "signed with another key");
    for (String garbage : new String[] {"", "a.b", "a.b.c", "x".repeat(500), "..."}) {
      assertEquals(Optional.empty(), tokens.clientOf(garbage, NOW), garbage);
    }
    assertEquals(Optional.empty(), tokens.clientOf(null, NOW));
  }
}
