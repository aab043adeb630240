package io.anshim.identity.web;

import io.anshim.identity.SmsMessageView;
import io.anshim.identity.SmsOutbox;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Demo only: the latest messages of the SMS outbox, standing in for the phone's inbox. */
@Named
@RequestScoped
public class SmsOutboxPage {

  private static final DateTimeFormatter KOREA_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Seoul"));

  @Inject private SmsOutbox outbox;

  private List<SmsMessageView> messages;

  @PostConstruct
  void load() {
    messages = outbox.shown() ? outbox.latest(50) : List.of();
  }

  public List<SmsMessageView> getMessages() {
    return messages;
  }

  public String time(SmsMessageView message) {
    return KOREA_TIME.format(message.queuedAt());
  }
}
