package io.anshim.booking.leftover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A person who did not come for a leftover dose they took: they may not take another one until
 * {@code bannedUntil}. One ban per missed booking.
 */
@Entity
@Table(name = "leftover_ban")
public class LeftoverBan {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leftover_ban_seq")
  @SequenceGenerator(
      name = "leftover_ban_seq",
      sequenceName = "leftover_ban_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "citizen_id", nullable = false, updatable = false)
  private long citizenId;

  @Column(name = "booking_id", nullable = false, updatable = false, unique = true)
  private long bookingId;

  @Column(name = "banned_at", nullable = false, updatable = false)
  private Instant bannedAt;

  @Column(name = "banned_until", nullable = false, updatable = false)
  private Instant bannedUntil;

  protected LeftoverBan() {}

  public LeftoverBan(long citizenId, long bookingId, Instant bannedAt, Instant bannedUntil) {
    if (!Objects.requireNonNull(bannedUntil, "bannedUntil")
        .isAfter(Objects.requireNonNull(bannedAt, "bannedAt"))) {
      throw new IllegalArgumentException("a ban ends after it starts");
    }
    this.citizenId = citizenId;
    this.bookingId = bookingId;
    this.bannedAt = bannedAt;
    this.bannedUntil = bannedUntil;
  }

  public Long getId() {
    return id;
  }

  public long getCitizenId() {
    return citizenId;
  }

  public long getBookingId() {
    return bookingId;
  }

  public Instant getBannedAt() {
    return bannedAt;
  }

  public Instant getBannedUntil() {
    return bannedUntil;
  }
}
