package io.anshim.identity;

import java.util.Objects;

/**
 * What a provider expects back, as a keyed hash (never the code itself), and what the person is
 * asked to do.
 */
public record Challenge(
    String verificationId, String responseHash, Expects expects, String redirectTo) {

  /** What the sign-in screen asks of the person. */
  public enum Expects {
    /** Type the code that arrived by SMS or in an app. */
    CODE,
    /** Approve in the app, then come back and continue. */
    APPROVAL,
    /** Go to the provider's sign-in page ({@link #redirectTo()}); it sends the person back. */
    REDIRECT
  }

  public Challenge(String verificationId, String responseHash, Expects expects) {
    this(verificationId, responseHash, expects, null);
  }

  public Challenge {
    Objects.requireNonNull(verificationId);
    Objects.requireNonNull(responseHash);
    Objects.requireNonNull(expects);
  }
}
