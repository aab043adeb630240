package io.anshim.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Doses left over today at a center, posted by its vaccinator and taken first come. Like a slot's
 * booked count, {@code taken} changes only through a conditional update ({@code taken < posted}).
 */
@Entity
@Table(name = "leftover_offer")
public class LeftoverOffer {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leftover_offer_seq")
  @SequenceGenerator(
      name = "leftover_offer_seq",
      sequenceName = "leftover_offer_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "center_id", nullable = false, updatable = false)
  private long centerId;

  @Column(name = "vaccine_code", nullable = false, updatable = false, length = 20)
  private String vaccineCode;

  @Column(name = "offer_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "posted", nullable = false)
  private int posted;

  @Column(name = "taken", nullable = false, insertable = false, updatable = false)
  private int taken;

  @Column(name = "posted_by", nullable = false, length = 80)
  private String postedBy;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  protected LeftoverOffer() {}

  public LeftoverOffer(
      long centerId,
      String vaccineCode,
      LocalDate date,
      int posted,
      String postedBy,
      Instant postedAt) {
    if (posted < 0) {
      throw new IllegalArgumentException("posted doses are not negative");
    }
    this.centerId = centerId;
    this.vaccineCode = Objects.requireNonNull(vaccineCode, "vaccineCode");
    this.date = Objects.requireNonNull(date, "date");
    this.posted = posted;
    this.postedBy = Objects.requireNonNull(postedBy, "postedBy");
    this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
  }

  public Long getId() {
    return id;
  }

  public long getCenterId() {
    return centerId;
  }

  public String getVaccineCode() {
    return vaccineCode;
  }

  public LocalDate getDate() {
    return date;
  }

  public int getPosted() {
    return posted;
  }

  public int getTaken() {
    return taken;
  }

  public int getRemaining() {
    return Math.max(0, posted - taken);
  }

  public String getPostedBy() {
    return postedBy;
  }

  public Instant getPostedAt() {
    return postedAt;
  }
}
