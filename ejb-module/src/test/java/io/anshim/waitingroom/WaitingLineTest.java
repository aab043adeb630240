package io.anshim.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.identity.CitizenCaller;
import io.anshim.shared.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class WaitingLineTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2021-08-09T11:00:00Z"));
  private final ConcurrentMap<Long, Place> places = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Object> state = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];

  private WaitingLine line(double rate, long admissionSeconds, long idleSeconds) {
    Arrays.fill(key, (byte) 7);
    state.put(WaitingLine.SETTINGS, new WaitingRoomSettings(rate, admissionSeconds, idleSeconds));
    return new WaitingLine(
        places, new ConcurrentHashMap<>(), state, new AdmissionSigner(key), clock);
  }

  private static CitizenCaller citizen(long id) {
    return new CitizenCaller(id, "session-" + id);
  }

  @Test
  void whenNobodyWaitsThePersonIsLetThroughAtOnce() {
    WaitingLine line = line(50, 600, 60);
    PlaceView place = line.join(citizen(1));
    assertTrue(place.admitted());
    assertEquals(100, place.progress());
    assertEquals(AdmissionCheck.VALID, line.check(citizen(1), place.token()));
    assertEquals(clock.instant().plusSeconds(600), place.expiresAt());
  }

  @Test
  void peopleAreAdmittedFirstComeAtTheSetRate() {
    WaitingLine line = line(1, 600, 60);
    assertTrue(line.join(citizen(1)).admitted(), "one second's worth at the start");
    PlaceView second = line.join(citizen(2));
    PlaceView third = line.join(citizen(3));
    PlaceView fourth = line.join(citizen(4));
    assertFalse(second.admitted());
    assertEquals(1, second.position());
    assertEquals(0, second.ahead());
    assertEquals(3, fourth.position());
    assertEquals(2, fourth.ahead());
    assertEquals(3, fourth.estimatedWaitSeconds(), "three people at one per second");
    assertTrue(second.ticket() < third.ticket() && third.ticket() < fourth.ticket());

    clock.move(Duration.ofMillis(500));
    assertFalse(line.mine(citizen(2)).orElseThrow().admitted(), "half a second admits nobody");
    clock.move(Duration.ofMillis(500));
    // the fourth person polls first: still their turn comes after the second and third
    assertFalse(line.mine(citizen(4)).orElseThrow().admitted());
    assertFalse(line.mine(citizen(3)).orElseThrow().admitted());
    assertTrue(line.mine(citizen(2)).orElseThrow().admitted());
    PlaceView fourthNow = line.mine(citizen(4)).orElseThrow();
    assertEquals(2, fourthNow.position());
    assertEquals(33, fourthNow.progress(), "one of the three turns to go at joining has passed");

    clock.move(Duration.ofSeconds(1));
    assertTrue(line.mine(citizen(3)).orElseThrow().admitted());
    assertFalse(line.mine(citizen(4)).orElseThrow().admitted());
    clock.move(Duration.ofSeconds(1));
    assertTrue(line.mine(citizen(4)).orElseThrow().admitted());
  }

  @Test
  void overTenSecondsTheLineAdmitsTheRateAndNoMore() {
    WaitingLine line = line(20, 600, 60);
    for (long id = 1; id <= 1_000; id++) {
      line.join(citizen(id));
    }
    long before = line.figures().servedUpTo();
    for (int tenth = 1; tenth <= 100; tenth++) {
      clock.move(Duration.ofMillis(100));
      line.mine(citizen(1_000));
    }
    assertEquals(200, line.figures().servedUpTo() - before);
  }

  @Test
  void joiningAgainFromAnotherSessionKeepsThePlaceButBindsTheTokenToThatSession() {
    WaitingLine line = line(1, 600, 60);
    line.join(citizen(1));
    PlaceView laptop = line.join(new CitizenCaller(2, "laptop"));
    PlaceView phone = line.join(new CitizenCaller(2, "phone"));
    assertEquals(laptop.ticket(), phone.ticket());
    assertEquals(laptop.position(), phone.position());
    assertEquals(2, places.size());

    clock.move(Duration.ofSeconds(1));
    PlaceView admittedOnPhone = line.mine(new CitizenCaller(2, "phone")).orElseThrow();
    PlaceView admittedOnLaptop = line.mine(new CitizenCaller(2, "laptop")).orElseThrow();
    assertTrue(admittedOnPhone.admitted() && admittedOnLaptop.admitted());
    assertNotEquals(admittedOnPhone.token(), admittedOnLaptop.token());
    assertEquals(
        AdmissionCheck.NOT_YOURS,
        line.check(new CitizenCaller(2, "phone"), admittedOnLaptop.token()),
        "a token of the ended session is not the new session's");
    assertEquals(
        AdmissionCheck.VALID, line.check(new CitizenCaller(2, "phone"), admittedOnPhone.token()));
  }

  @Test
  void tokensAreCheckedForForgeryPersonAndTime() {
    WaitingLine line = line(50, 600, 60);
    String token = line.join(citizen(1)).token();
    assertEquals(AdmissionCheck.MISSING, line.check(citizen(1), null));
    assertEquals(AdmissionCheck.MISSING, line.check(citizen(1), " "));
    char last = token.charAt(token.length() - 1);
    String forged = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertEquals(AdmissionCheck.FORGED, line.check(citizen(1), forged));
    assertEquals(AdmissionCheck.FORGED, line.check(citizen(1), "not.atoken"));
    assertEquals(AdmissionCheck.NOT_YOURS, line.check(citizen(2), token));
    clock.move(Duration.ofSeconds(599));
    assertEquals(AdmissionCheck.VALID, line.check(citizen(1), token));
    clock.move(Duration.ofSeconds(1));
    assertEquals(AdmissionCheck.EXPIRED, line.check(citizen(1), token));
  }

  @Test
  void anAbandonedPlaceExpiresAndJoiningAgainStartsAtTheBack() {
    WaitingLine line = line(1, 600, 60);
    line.join(citizen(1));
    PlaceView first = line.join(citizen(2));
    line.join(citizen(3));
    clock.move(Duration.ofMillis(400));
    line.mine(citizen(3)); // keeps polling
    clock.move(Duration.ofSeconds(60)); // 60.4 s since the second person's last poll
    assertTrue(line.mine(citizen(2)).isEmpty(), "nobody polled for more than 60 s");
    PlaceView again = line.join(citizen(2));
    assertTrue(again.ticket() > first.ticket(), "a new ticket at the back");
  }

  @Test
  void anAbandonedPlaceTakesNoTurnFromThoseStillWaiting() {
    WaitingLine line = line(0.1, 600, 5); // one person every ten seconds
    PlaceView leaves = line.join(citizen(1));
    PlaceView stays = line.join(citizen(2));
    assertFalse(leaves.admitted() || stays.admitted());
    for (int i = 0; i < 4; i++) {
      clock.move(Duration.ofSeconds(2));
      assertFalse(line.mine(citizen(2)).orElseThrow().admitted());
    }
    clock.move(Duration.ofSeconds(2)); // ten seconds: one turn, and the first person is long gone
    assertTrue(line.mine(citizen(2)).orElseThrow().admitted());
    assertTrue(line.mine(citizen(1)).isEmpty());
  }

  @Test
  void aWaitingPlaceHoldsWhileItsOwnerKeepsPolling() {
    WaitingLine line = line(0.01, 600, 10);
    line.join(citizen(1));
    PlaceView waiting = line.join(citizen(2));
    for (int i = 0; i < 30; i++) {
      clock.move(Duration.ofSeconds(3));
      assertEquals(waiting.ticket(), line.mine(citizen(2)).orElseThrow().ticket());
    }
  }

  @Test
  void anUnusedAdmissionExpiresAndThePersonRejoinsAtTheBack() {
    WaitingLine line = line(50, 600, 60);
    PlaceView admitted = line.join(citizen(1));
    clock.move(Duration.ofSeconds(600));
    assertTrue(line.mine(citizen(1)).isEmpty());
    PlaceView again = line.join(citizen(1));
    assertTrue(again.ticket() > admitted.ticket());
    assertTrue(again.admitted(), "nobody else waits");
    assertNotEquals(admitted.token(), again.token());
  }

  @Test
  void aRateChangeTakesEffectAtOnce() {
    WaitingLine line = line(1, 600, 60);
    for (long id = 1; id <= 200; id++) {
      line.join(citizen(id));
    }
    clock.move(Duration.ofSeconds(1));
    long before = line.figures().servedUpTo();
    line.change(new WaitingRoomSettings(100, 600, 60));
    clock.move(Duration.ofSeconds(1));
    assertEquals(before + 100, line.figures().servedUpTo());
    assertEquals(100, line.settings().ratePerSecond());
    assertThrows(
        InvalidRequestException.class, () -> line.change(new WaitingRoomSettings(0, 600, 60)));
    assertThrows(
        InvalidRequestException.class, () -> line.change(new WaitingRoomSettings(5, 0, 60)));
  }

  @Test
  void theMeterCountsAdmissionsOverTheLastFiveSeconds() {
    WaitingLine line = line(10, 600, 60);
    for (long id = 1; id <= 500; id++) {
      line.join(citizen(id));
    }
    for (int tenth = 0; tenth < 80; tenth++) {
      clock.move(Duration.ofMillis(100));
      for (long id = 1; id <= 500; id++) {
        line.mine(citizen(id));
      }
    }
    assertEquals(10.0, line.figures().admittedPerSecond(), 0.001);
  }

  @Test
  void theSessionIdNeverAppearsInTheToken() {
    WaitingLine line = line(50, 600, 60);
    PlaceView place = line.join(new CitizenCaller(9, "secret-session-id"));
    String payload =
        new String(
            java.util.Base64.getUrlDecoder().decode(place.token().split("\\.")[0]),
            java.nio.charset.StandardCharsets.UTF_8);
    assertFalse(payload.contains("secret-session-id"), payload);
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
