package io.anshim.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.identity.IdentityVerification.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerificationRulesTest {

  private static final Instant START = Instant.parse("2021-08-09T00:00:00Z");
  private final VerificationRules rules =
      new VerificationRules(
          Duration.ofMinutes(3),
          5,
          Duration.ofMinutes(15),
          10,
          Duration.ofMinutes(10),
          100,
          Duration.ofMinutes(1));

  private IdentityVerification verification() {
    return new IdentityVerification(
        "v1", "carrier", "subject", "sealed", "127.0.0.1", START, rules.expiryOf(START));
  }

  @Test
  void aCodeAnsweredWithinThreeMinutesVerifies() {
    IdentityVerification v = verification();
    Instant justInTime = START.plus(Duration.ofMinutes(3)).minusMillis(1);

    rules.checkAnswerable(v, justInTime, Optional.empty());
    rules.recordAnswer(v, true, justInTime);

    assertEquals(State.VERIFIED, v.getState());
  }

  @Test
  void aCodeExpiresAfterThreeMinutes() {
    IdentityVerification v = verification();

    VerificationRefusedException late =
        assertThrows(
            VerificationRefusedException.class,
            () -> rules.checkAnswerable(v, START.plus(Duration.ofMinutes(3)), Optional.empty()));

    assertEquals("error.identity.expired", late.messageKey());
    assertEquals(State.EXPIRED, v.getState());
  }

  @Test
  void eachWrongAnswerSaysHowManyAttemptsAreLeft() {
    IdentityVerification v = verification();
    for (int left = 4; left >= 1; left--) {
      VerificationRefusedException wrong =
          assertThrows(
              VerificationRefusedException.class, () -> rules.recordAnswer(v, false, START));
      assertEquals("error.identity.wrongAnswer", wrong.messageKey());
      assertEquals(left, wrong.arguments().get(0));
    }
    assertEquals(State.PENDING, v.getState());
  }

  @Test
  void theFifthWrongAnswerLocksThePersonOutForFifteenMinutes() {
    IdentityVerification v = verification();
    for (int i = 0; i < 4; i++) {
      assertThrows(VerificationRefusedException.class, () -> rules.recordAnswer(v, false, START));
    }
    Instant fifth = START.plusSeconds(30);

    VerificationLockedException locked =
        assertThrows(VerificationLockedException.class, () -> rules.recordAnswer(v, false, fifth));

    assertEquals("error.identity.lockedAfterFailures", locked.messageKey());
    assertEquals(fifth.plus(Duration.ofMinutes(15)), locked.until());
    assertEquals("2021-08-09 09:15:30", locked.arguments().get(0)); // Korea time
    assertEquals(State.EXHAUSTED, v.getState());
    assertEquals(fifth.plus(Duration.ofMinutes(15)), v.getLockedUntil());
  }

  @Test
  void aLockedPersonMayNeitherStartNorAnswerUntilTheLockEnds() {
    Instant until = START.plus(Duration.ofMinutes(15));

    VerificationLockedException locked =
        assertThrows(
            VerificationLockedException.class,
            () -> rules.checkMayStart(START.plusSeconds(60), Optional.of(until), 0, 0));
    assertEquals("error.identity.locked", locked.messageKey());
    assertEquals(until, locked.until());
    assertThrows(
        VerificationLockedException.class,
        () -> rules.checkAnswerable(verification(), START.plusSeconds(1), Optional.of(until)));

    assertDoesNotThrow(() -> rules.checkMayStart(until, Optional.of(until), 0, 0));
  }

  @Test
  void startsAreLimitedPerPersonAndPerAddress() {
    assertDoesNotThrow(() -> rules.checkMayStart(START, Optional.empty(), 9, 99));
    VerificationLockedException person =
        assertThrows(
            VerificationLockedException.class,
            () -> rules.checkMayStart(START, Optional.empty(), 10, 0));
    assertEquals("error.identity.tooManyForPerson", person.messageKey());
    assertEquals(START.plus(Duration.ofMinutes(10)), person.until());
    VerificationLockedException address =
        assertThrows(
            VerificationLockedException.class,
            () -> rules.checkMayStart(START, Optional.empty(), 0, 100));
    assertEquals("error.identity.tooManyFromAddress", address.messageKey());
  }

  @Test
  void aVerificationSignsInOnceAndOnlyWhenVerified() {
    IdentityVerification v = verification();
    assertEquals(
        "error.identity.notVerifiedYet",
        assertThrows(VerificationRefusedException.class, () -> rules.checkMaySignIn(v, START))
            .messageKey());

    rules.recordAnswer(v, true, START);
    assertDoesNotThrow(() -> rules.checkMaySignIn(v, START.plusSeconds(10)));
    assertEquals(
        "error.identity.expired",
        assertThrows(
                VerificationRefusedException.class,
                () -> rules.checkMaySignIn(v, START.plus(Duration.ofMinutes(4))))
            .messageKey());

    v.used();
    assertThrows(VerificationRefusedException.class, () -> rules.checkMaySignIn(v, START));
    assertThrows(
        VerificationRefusedException.class,
        () -> rules.checkAnswerable(v, START, Optional.empty()));
  }
}
