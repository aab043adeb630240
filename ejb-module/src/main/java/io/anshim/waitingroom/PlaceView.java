package io.anshim.waitingroom;

import java.time.Instant;

/**
 * What the waiting page shows a person: their place in line, people ahead, the expected wait and
 * how far the line has come since they joined (0-100); once admitted, the signed admission token
 * for this session and until when it holds.
 */
public record PlaceView(
    long ticket,
    long position,
    long ahead,
    long estimatedWaitSeconds,
    int progress,
    boolean admitted,
    String token,
    Instant expiresAt) {}
