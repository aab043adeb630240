package io.anshim.identity;

/** Whether a citizen session is open, and if not whether a sign-in elsewhere ended it. */
public record SessionCheck(boolean open, boolean signedInElsewhere) {}
