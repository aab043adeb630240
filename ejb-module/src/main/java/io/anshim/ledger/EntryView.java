package io.anshim.ledger;

import java.time.Instant;

/**
 * One log entry: its leaf data (a salted commitment, never personal data) and RFC 9162 leaf hash,
 * in hex.
 */
public record EntryView(
    long index, String kind, String leafData, String leafHash, Instant appendedAt) {}
