package io.anshim.identity;

import io.anshim.shared.NotFoundException;
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
  @Inject private PersonalDataVault vault;
  @Inject private Clock clock;

  public void send(String reference, MobileNumber to, String sender, String text) {
    repository.add(new SmsMessage(reference, to.masked(), sender, text, clock.instant()));
  }

  /** Sends to a registered citizen's mobile number (other capabilities' notices, e.g. bookings). */
  public void sendToCitizen(long citizenId, String reference, String sender, String text) {
    Citizen citizen =
        repository
            .citizen(citizenId)
            .orElseThrow(() -> new NotFoundException("error.identity.unknownCitizen"));
    String mobile =
        vault.cipher().open(DefaultIdentityVerifications.MOBILE, citizen.getMobileSealed());
    send(reference, MobileNumber.parse(mobile), sender, text);
  }

  /**
   * Whether the outbox may be shown (the demo's developer page and API). A deployment with a real
   * gateway sets {@code anshim.identity.dev-outbox=false}: codes must reach only the phone.
   */
  public boolean shown() {
    return Boolean.parseBoolean(System.getProperty("anshim.identity.dev-outbox", "true"));
  }

  public List<SmsMessageView> latest(int max) {
    if (!shown()) {
      throw new NotFoundException("error.identity.outboxHidden");
    }
    return repository.latestMessages(max).stream().map(SmsMessageView::of).toList();
  }

  public List<SmsMessageView> about(String reference) {
    if (!shown()) {
      throw new NotFoundException("error.identity.outboxHidden");
    }
    return repository.messagesFor(reference).stream().map(SmsMessageView::of).toList();
  }
}
