package io.anshim.waitingroom;

import java.time.Instant;

/** A valid admission of the current person and session, and until when it holds. */
public record AdmissionView(boolean valid, long citizenId, Instant expiresAt) {}
