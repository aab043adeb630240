package io.anshim.identity;

import java.io.Serializable;
import java.time.Instant;

/**
 * A verification under way: what the person must do, and until when; for a redirecting provider
 * (OpenID Connect) where to send the browser.
 */
public record VerificationStarted(
    String id,
    String providerId,
    Challenge.Expects expects,
    IdentityVerification.State state,
    Instant expiresAt,
    int attemptsAllowed,
    String redirectTo)
    implements Serializable {}
