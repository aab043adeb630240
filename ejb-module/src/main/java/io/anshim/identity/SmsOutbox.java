package io.anshim.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Hands text messages to the SMS gateway. The demo has no gateway: messages stay in the outbox
 * table, shown on the developer page /dev/sms-outbox.xhtml. Joins the caller's transaction.
 */
@ApplicationScoped
public class SmsOutbox {

  @Inject private CitizenRepository repository;
  @Inject private Clock clock;

  public void send(String reference, MobileNumber to, String sender, String text) {
    repository.add(new SmsMessage(reference, to.masked(), sender, text, clock.instant()));
  }

  public List<SmsMessageView> latest(int max) {
    return repository.latestMessages(max).stream().map(SmsMessageView::of).toList();
  }

  public List<SmsMessageView> about(String reference) {
    return repository.messagesFor(reference).stream().map(SmsMessageView::of).toList();
  }
}
