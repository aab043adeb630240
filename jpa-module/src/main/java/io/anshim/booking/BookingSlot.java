package io.anshim.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A center's time slot on one day with its capacity. The booked count is changed only by
 * conditional bulk updates ({@code booked < capacity}) in the booking services, never by setting
 * this field, so two nodes can never both take the last place; the database's CHECK is the last
 * guard. Immutable as an entity: Hibernate keeps no copy of a loaded slot to check at each flush (a
 * booking loads a day of them for dose 2).
 */
@Entity
@Immutable
@Table(name = "booking_slot")
public class BookingSlot {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_slot_seq")
  @SequenceGenerator(
      name = "booking_slot_seq",
      sequenceName = "booking_slot_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "center_id", nullable = false, updatable = false)
  private long centerId;

  @Column(name = "slot_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private LocalTime startsAt;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "booked", nullable = false, insertable = false, updatable = false)
  private int booked;

  protected BookingSlot() {}

  public BookingSlot(long centerId, LocalDate date, LocalTime startsAt, int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity is not negative");
    }
    this.centerId = centerId;
    this.date = Objects.requireNonNull(date, "date");
    this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
    this.capacity = capacity;
  }

  public Long getId() {
    return id;
  }

  public long getCenterId() {
    return centerId;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public int getCapacity() {
    return capacity;
  }

  /** As read from the database; changed only by the services' conditional updates. */
  public int getBooked() {
    return booked;
  }

  public int getRemaining() {
    return Math.max(0, capacity - booked);
  }
}
