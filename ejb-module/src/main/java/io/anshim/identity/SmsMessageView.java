package io.anshim.identity;

import java.io.Serializable;
import java.time.Instant;

/** A message of the SMS outbox as the developer page shows it. */
public record SmsMessageView(
    long id, String reference, String recipient, String sender, String text, Instant queuedAt)
    implements Serializable {

  static SmsMessageView of(SmsMessage m) {
    return new SmsMessageView(
        m.getId(), m.getReference(), m.getRecipient(), m.getSender(), m.getText(), m.getQueuedAt());
  }
}
