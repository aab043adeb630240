package io.anshim.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A text message handed to the SMS gateway. There is no gateway in the demo: the outbox is shown on
 * a developer page instead. The recipient is kept masked, as a gateway's delivery report would be.
 */
@Entity
@Table(name = "sms_outbox")
@NamedQuery(name = SmsMessage.LATEST, query = "SELECT m FROM SmsMessage m ORDER BY m.id DESC")
@NamedQuery(
    name = SmsMessage.BY_REFERENCE,
    query = "SELECT m FROM SmsMessage m WHERE m.reference = :reference ORDER BY m.id DESC")
@NamedQuery(
    name = SmsMessage.QUEUED_BEFORE,
    query = "SELECT m.id FROM SmsMessage m WHERE m.queuedAt < :cutoff ORDER BY m.queuedAt")
@NamedQuery(name = SmsMessage.DELETE_IDS, query = "DELETE FROM SmsMessage m WHERE m.id IN :ids")
public class SmsMessage {

  public static final String QUEUED_BEFORE = "SmsMessage.queuedBefore";
  public static final String DELETE_IDS = "SmsMessage.deleteIds";
  public static final String LATEST = "SmsMessage.latest";
  public static final String BY_REFERENCE = "SmsMessage.byReference";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_outbox_seq")
  @SequenceGenerator(name = "sms_outbox_seq", sequenceName = "sms_outbox_seq", allocationSize = 50)
  private Long id;

  /** The sender's own reference (the verification id), as gateways echo it in delivery reports. */
  @Column(nullable = false, length = 36)
  private String reference;

  @Column(nullable = false, length = 20)
  private String recipient;

  @Column(nullable = false, length = 20)
  private String sender;

  @Column(nullable = false, length = 500)
  private String text;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  protected SmsMessage() {}

  public SmsMessage(
      String reference, String recipient, String sender, String text, Instant queuedAt) {
    this.reference = Objects.requireNonNull(reference);
    this.recipient = Objects.requireNonNull(recipient);
    this.sender = Objects.requireNonNull(sender);
    this.text = Objects.requireNonNull(text);
    this.queuedAt = Objects.requireNonNull(queuedAt);
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSender() {
    return sender;
  }

  public String getText() {
    return text;
  }

  public Instant getQueuedAt() {
    return queuedAt;
  }
}
