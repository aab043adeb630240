package io.anshim.waitingroom;

/**
 * What checking a presented admission token found; anything but VALID sends the person back to the
 * queue.
 */
public enum AdmissionCheck {
  VALID,
  /** No token at all: a direct URL or a request that skipped the queue. */
  MISSING,
  /** Not made by us, or changed since. */
  FORGED,
  /** Made by us, but its time is over. */
  EXPIRED,
  /** Made by us for someone else, or for another session of this person. */
  NOT_YOURS;

  /** The message key that tells the person why they are back in the queue. */
  public String messageKey() {
    return "waitingroom.back." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
