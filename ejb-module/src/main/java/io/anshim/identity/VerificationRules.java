package io.anshim.identity;

import io.anshim.identity.IdentityVerification.State;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The rules of identity verification, in one place: how long a code lives, how many wrong answers a
 * verification takes, how long a person is locked out after running out, and how many verifications
 * a person and a client address may start in a while. Set by system properties.
 */
public record VerificationRules(
    Duration codeLifetime,
    int maxAttempts,
    Duration lockout,
    int maxStartsPerPerson,
    Duration personWindow,
    int maxStartsPerAddress,
    Duration addressWindow) {

  public static VerificationRules fromSystemProperties() {
    return new VerificationRules(
        Duration.ofSeconds(Long.getLong("anshim.identity.code-lifetime-seconds", 180)),
        Integer.getInteger("anshim.identity.max-attempts", 5),
        Duration.ofSeconds(Long.getLong("anshim.identity.lockout-seconds", 900)),
        Integer.getInteger("anshim.identity.max-starts-per-person", 10),
        Duration.ofSeconds(Long.getLong("anshim.identity.person-window-seconds", 600)),
        Integer.getInteger("anshim.identity.max-starts-per-address", 600),
        Duration.ofSeconds(Long.getLong("anshim.identity.address-window-seconds", 60)));
  }

  public Instant expiryOf(Instant startedAt) {
    return startedAt.plus(codeLifetime);
  }

  /**
   * Refuses a new verification while the person is locked out, or when the person or the address
   * started too many lately (then they may try again one window from now, at the latest).
   */
  public void checkMayStart(
      Instant now, Optional<Instant> lockedUntil, long startsByPerson, long startsFromAddress) {
    if (lockedUntil.isPresent() && lockedUntil.get().isAfter(now)) {
      throw new VerificationLockedException("error.identity.locked", lockedUntil.get());
    }
    if (startsByPerson >= maxStartsPerPerson) {
      throw new VerificationLockedException(
          "error.identity.tooManyForPerson", now.plus(personWindow));
    }
    if (startsFromAddress >= maxStartsPerAddress) {
      throw new VerificationLockedException(
          "error.identity.tooManyFromAddress", now.plus(addressWindow));
    }
  }

  /** Refuses an answer to a verification that is not waiting for one, is late, or is locked. */
  public void checkAnswerable(
      IdentityVerification verification, Instant now, Optional<Instant> lockedUntil) {
    if (lockedUntil.isPresent() && lockedUntil.get().isAfter(now)) {
      throw new VerificationLockedException("error.identity.locked", lockedUntil.get());
    }
    if (verification.getState() == State.PENDING && !now.isBefore(verification.getExpiresAt())) {
      verification.expired();
    }
    switch (verification.getState()) {
      case PENDING -> {}
      case EXPIRED -> throw new VerificationRefusedException("error.identity.expired");
      default -> throw new VerificationRefusedException("error.identity.notPending");
    }
  }

  /**
   * Records the answer: verified, or one more wrong attempt; the last allowed wrong attempt spends
   * the verification and locks the person out until now + lockout.
   */
  public void recordAnswer(IdentityVerification verification, boolean correct, Instant now) {
    if (correct) {
      verification.verified(now);
      return;
    }
    int failed = verification.failedAttempt();
    if (failed >= maxAttempts) {
      Instant until = now.plus(lockout);
      verification.exhausted(until);
      throw new VerificationLockedException("error.identity.lockedAfterFailures", until);
    }
    throw new VerificationRefusedException("error.identity.wrongAnswer", maxAttempts - failed);
  }

  /** A verified verification signs in once, and only soon after it was verified. */
  public void checkMaySignIn(IdentityVerification verification, Instant now) {
    if (verification.getState() == State.PENDING) {
      throw new VerificationRefusedException("error.identity.notVerifiedYet");
    }
    if (verification.getState() != State.VERIFIED) {
      throw new VerificationRefusedException("error.identity.notPending");
    }
    if (now.isAfter(verification.getVerifiedAt().plus(codeLifetime))) {
      throw new VerificationRefusedException("error.identity.expired");
    }
  }
}
