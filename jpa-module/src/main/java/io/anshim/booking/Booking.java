package io.anshim.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One booked dose for one person: in a slot, or on a leftover offer. Dose 2 of a course points at
 * its dose 1. While BOOKED the row's {@code active_dose} equals its dose number, so the database
 * refuses a second active booking of the same dose for the same person, whatever node asks.
 */
@Entity
@Table(name = "booking")
public class Booking {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_seq")
  @SequenceGenerator(name = "booking_seq", sequenceName = "booking_seq", allocationSize = 50)
  private Long id;

  @Column(name = "citizen_id", nullable = false, updatable = false)
  private long citizenId;

  @Column(name = "booked_by_citizen_id", nullable = false, updatable = false)
  private long bookedByCitizenId;

  /** Stated by a proxy booker (e.g. CHILD, SPOUSE); null when the person booked for themselves. */
  @Column(name = "proxy_relationship", length = 30, updatable = false)
  private String proxyRelationship;

  @Column(name = "center_id", nullable = false)
  private long centerId;

  @Column(name = "vaccine_code", nullable = false, length = 20)
  private String vaccineCode;

  @Column(name = "dose_number", nullable = false, updatable = false)
  private int doseNumber;

  @Column(name = "slot_id")
  private Long slotId;

  @Column(name = "leftover_offer_id", updatable = false)
  private Long leftoverOfferId;

  @Column(name = "first_dose_id", updatable = false)
  private Long firstDoseId;

  @Column(name = "appointment_at", nullable = false)
  private Instant appointmentAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private BookingStatus status;

  @Column(name = "active_dose")
  private Integer activeDose;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Booking() {}

  private Booking(
      long citizenId,
      long bookedByCitizenId,
      String proxyRelationship,
      long centerId,
      String vaccineCode,
      int doseNumber,
      Long slotId,
      Long leftoverOfferId,
      Long firstDoseId,
      Instant appointmentAt,
      Instant now) {
    if (doseNumber < 1 || doseNumber > 3) {
      throw new IllegalArgumentException("dose 1 to 3, not " + doseNumber);
    }
    if ((slotId == null) == (leftoverOfferId == null)) {
      throw new IllegalArgumentException("a booking is in a slot or on a leftover offer");
    }
    if (bookedByCitizenId != citizenId
        && (proxyRelationship == null || proxyRelationship.isBlank())) {
      throw new IllegalArgumentException("a proxy booking states the relationship");
    }
    this.citizenId = citizenId;
    this.bookedByCitizenId = bookedByCitizenId;
    this.proxyRelationship = bookedByCitizenId == citizenId ? null : proxyRelationship;
    this.centerId = centerId;
    this.vaccineCode = Objects.requireNonNull(vaccineCode, "vaccineCode");
    this.doseNumber = doseNumber;
    this.slotId = slotId;
    this.leftoverOfferId = leftoverOfferId;
    this.firstDoseId = firstDoseId;
    this.appointmentAt = Objects.requireNonNull(appointmentAt, "appointmentAt");
    this.status = BookingStatus.BOOKED;
    this.activeDose = doseNumber;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  /** A dose booked in a slot; {@code firstDoseId} is null for dose 1. */
  public static Booking inSlot(
      long citizenId,
      long bookedByCitizenId,
      String proxyRelationship,
      long centerId,
      String vaccineCode,
      int doseNumber,
      long slotId,
      Long firstDoseId,
      Instant appointmentAt,
      Instant now) {
    return new Booking(
        citizenId,
        bookedByCitizenId,
        proxyRelationship,
        centerId,
        vaccineCode,
        doseNumber,
        slotId,
        null,
        firstDoseId,
        appointmentAt,
        now);
  }

  /** A leftover dose taken today, always by the person themselves. */
  public static Booking onLeftover(
      long citizenId,
      long centerId,
      String vaccineCode,
      int doseNumber,
      long leftoverOfferId,
      Instant appointmentAt,
      Instant now) {
    return new Booking(
        citizenId,
        citizenId,
        null,
        centerId,
        vaccineCode,
        doseNumber,
        null,
        leftoverOfferId,
        null,
        appointmentAt,
        now);
  }

  /** Moves a booked dose to another slot (the services already took the new place). */
  public void moveTo(long centerId, long slotId, Instant appointmentAt, Instant now) {
    requireBooked();
    if (this.slotId == null) {
      throw new IllegalStateException("a leftover booking is not moved");
    }
    this.centerId = centerId;
    this.slotId = slotId;
    this.appointmentAt = Objects.requireNonNull(appointmentAt, "appointmentAt");
    this.updatedAt = now;
  }

  public void cancel(Instant now) {
    end(BookingStatus.CANCELLED, now);
  }

  public void markVaccinated(Instant now) {
    end(BookingStatus.VACCINATED, now);
  }

  public void markNoShow(Instant now) {
    end(BookingStatus.NO_SHOW, now);
  }

  private void end(BookingStatus newStatus, Instant now) {
    requireBooked();
    this.status = newStatus;
    this.activeDose = null;
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  private void requireBooked() {
    if (status != BookingStatus.BOOKED) {
      throw new IllegalStateException("booking " + id + " is " + status + ", no longer booked");
    }
  }

  public Long getId() {
    return id;
  }

  public long getCitizenId() {
    return citizenId;
  }

  public long getBookedByCitizenId() {
    return bookedByCitizenId;
  }

  public boolean isProxy() {
    return bookedByCitizenId != citizenId;
  }

  public String getProxyRelationship() {
    return proxyRelationship;
  }

  public long getCenterId() {
    return centerId;
  }

  public String getVaccineCode() {
    return vaccineCode;
  }

  public int getDoseNumber() {
    return doseNumber;
  }

  public Long getSlotId() {
    return slotId;
  }

  public Long getLeftoverOfferId() {
    return leftoverOfferId;
  }

  public boolean isLeftover() {
    return leftoverOfferId != null;
  }

  public Long getFirstDoseId() {
    return firstDoseId;
  }

  public Instant getAppointmentAt() {
    return appointmentAt;
  }

  public BookingStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == BookingStatus.BOOKED;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
