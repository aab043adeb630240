package io.anshim.identity;

import java.util.Objects;

/**
 * What a provider expects back, as a keyed hash (never the code itself), and what the person is
 * asked to do.
 */
public record Challenge(String verificationId, String responseHash, Expects expects) {

  /** What the sign-in screen asks of the person. */
  public enum Expects {
    /** Type the code that arrived by SMS or in an app. */
    CODE,
    /** Approve in the app, then come back and continue. */
    APPROVAL
  }

  public Challenge {
    Objects.requireNonNull(verificationId);
    Objects.requireNonNull(responseHash);
    Objects.requireNonNull(expects);
  }
}
