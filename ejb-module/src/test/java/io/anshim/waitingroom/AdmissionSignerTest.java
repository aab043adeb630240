package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AdmissionSignerTest {

  private static final Instant NOW = Instant.parse("2021-08-13T11:00:00Z");
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private final AdmissionSigner signer = new AdmissionSigner(KEY);
  private final String token =
      signer.sign(new AdmissionToken(42, "session-a", NOW, NOW.plus(Duration.ofMinutes(10))));

  @Test
  void theOwnerInTheSameSessionIsAdmittedUntilItExpires() {
    assertEquals(AdmissionCheck.VALID, signer.check(token, 42, "session-a", NOW.plusSeconds(599)));
    assertEquals(
        AdmissionCheck.EXPIRED, signer.check(token, 42, "session-a", NOW.plusSeconds(600)));
  }

  @Test
  void noTokenIsADirectUrlOrASkippedQueue() {
    assertEquals(AdmissionCheck.MISSING, signer.check(null, 42, "session-a", NOW));
    assertEquals(AdmissionCheck.MISSING, signer.check(" ", 42, "session-a", NOW));
  }

  @Test
  void anotherPersonsOrAnotherSessionsTokenIsNotYours() {
    assertEquals(AdmissionCheck.NOT_YOURS, signer.check(token, 43, "session-a", NOW));
    assertEquals(AdmissionCheck.NOT_YOURS, signer.check(token, 42, "session-b", NOW));
  }

  @Test
  void aChangedOrSelfMadeTokenIsForged() {
    String[] parts = token.split("\\.");
    String otherPayload =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("42.session-a.0.99999999999999".getBytes(StandardCharsets.UTF_8));
    assertEquals(
        AdmissionCheck.FORGED, signer.check(otherPayload + "." + parts[1], 42, "session-a", NOW));
    assertEquals(AdmissionCheck.FORGED, signer.check(parts[0] + ".AAAA", 42, "session-a", NOW));
    assertEquals(AdmissionCheck.FORGED, signer.check("garbage", 42, "session-a", NOW));
    assertEquals(AdmissionCheck.FORGED, signer.check("a.b.c", 42, "session-a", NOW));
    assertEquals(AdmissionCheck.FORGED, signer.check("%%%.***", 42, "session-a", NOW));

    byte[] otherKey = Arrays.copyOf(KEY, 32);
    otherKey[0] ^= 1;
    String madeElsewhere =
        new AdmissionSigner(otherKey)
            .sign(new AdmissionToken(42, "session-a", NOW, NOW.plusSeconds(600)));
    assertEquals(AdmissionCheck.FORGED, signer.check(madeElsewhere, 42, "session-a", NOW));
  }

  @Test
  void everyRefusalSaysWhyInTheMessageBundle() {
    assertEquals("waitingroom.back.not_yours", AdmissionCheck.NOT_YOURS.messageKey());
  }
}
