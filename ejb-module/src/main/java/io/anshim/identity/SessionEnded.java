package io.anshim.identity;

/** A citizen session was ended (sign-out, expiry, sign-in elsewhere, sign-out everywhere). */
public record SessionEnded(String sessionId) {}
