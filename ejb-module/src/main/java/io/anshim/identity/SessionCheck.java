package io.anshim.identity;

import io.anshim.identity.CitizenSession.EndReason;

/** Whether a citizen session is open, and if not why it ended (null when unknown). */
public record SessionCheck(boolean open, EndReason endReason) {}
