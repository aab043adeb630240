package io.anshim.vaccination;

import io.anshim.booking.Booking;
import io.anshim.booking.BookingSlot;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Test-only (in the test WAR, never in the product): bookings and vaccination records written
 * straight through JPA, standing in for the booking flow that lives on another branch; and reads of
 * what the services wrote.
 */
@Stateless
public class VaccinationFixtures {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  public long book(
      long citizenId, long centerId, String vaccine, int dose, LocalDate date, LocalTime time) {
    BookingSlot slot =
        em.createQuery(
                "SELECT s FROM BookingSlot s WHERE s.centerId = :center AND s.date = :date"
                    + " AND s.startsAt = :time",
                BookingSlot.class)
            .setParameter("center", centerId)
            .setParameter("date", date)
            .setParameter("time", time)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (slot == null) {
      slot = new BookingSlot(centerId, date, time, 1000);
      em.persist(slot);
      em.flush();
    }
    // as the booking flow does, so that the counter always equals the slot's active bookings
    int taken =
        em.createNativeQuery(
                "UPDATE booking_slot SET booked = booked + 1 WHERE id = ?1 AND booked < capacity")
            .setParameter(1, slot.getId())
            .executeUpdate();
    if (taken != 1) {
      throw new IllegalStateException("slot " + slot.getId() + " is full");
    }
    Booking booking =
        Booking.inSlot(
            citizenId,
            citizenId,
            null,
            centerId,
            vaccine,
            dose,
            slot.getId(),
            null,
            date.atTime(time).atZone(KOREA).toInstant(),
            Instant.now());
    em.persist(booking);
    em.flush();
    return booking.getId();
  }

  /**
   * Leaves no free place in these slots of a day, as if people had booked them all: a slot not made
   * yet is made without places, a made one keeps its bookings and loses its free places.
   */
  public void fill(long centerId, LocalDate date, List<LocalTime> starts) {
    for (LocalTime start : starts) {
      int closed =
          em.createNativeQuery(
                  "UPDATE booking_slot SET capacity = booked WHERE center_id = ?1"
                      + " AND slot_date = ?2 AND starts_at = ?3")
              .setParameter(1, centerId)
              .setParameter(2, date)
              .setParameter(3, start)
              .executeUpdate();
      if (closed == 0) {
        em.persist(new BookingSlot(centerId, date, start, 0));
      }
    }
    em.flush();
  }

  /** Gives a day's slots the capacity again (a slot with more bookings keeps its own). */
  public void reopen(long centerId, LocalDate date, int capacity) {
    em.createNativeQuery(
            "UPDATE booking_slot SET capacity = ?1 WHERE center_id = ?2 AND slot_date = ?3"
                + " AND booked <= ?1")
        .setParameter(1, capacity)
        .setParameter(2, centerId)
        .setParameter(3, date)
        .executeUpdate();
  }

  public void record(long citizenId, long centerId, String vaccine, int dose, int of) {
    em.persist(
        new VaccinationRecord(
            citizenId,
            null,
            centerId,
            vaccine,
            "FIXTURE-1",
            dose,
            of,
            Instant.now().minusSeconds(86_400L * 60),
            "fixture",
            Instant.now()));
  }

  /** The person's records, one line each: dose|of|vaccine|lot|recordedBy|bookingId|centerId. */
  public List<String> records(long citizenId) {
    return em
        .createQuery(
            "SELECT r FROM VaccinationRecord r WHERE r.citizenId = :c ORDER BY r.doseNumber",
            VaccinationRecord.class)
        .setParameter("c", citizenId)
        .getResultList()
        .stream()
        .map(
            r ->
                String.join(
                    "|",
                    String.valueOf(r.getDoseNumber()),
                    String.valueOf(r.getDosesInSeries()),
                    r.getVaccineCode(),
                    r.getLotNumber(),
                    r.getRecordedBy(),
                    String.valueOf(r.getBookingId()),
                    String.valueOf(r.getCenterId())))
        .toList();
  }

  /** The audit lines about a booking or an offer: username|action|detail. */
  public List<String> audit(Long bookingId, Long offerId) {
    return em
        .createQuery(
            "SELECT a FROM VaccinatorAction a WHERE a.bookingId = :b OR a.offerId = :o"
                + " ORDER BY a.id",
            VaccinatorAction.class)
        .setParameter("b", bookingId == null ? -1L : bookingId)
        .setParameter("o", offerId == null ? -1L : offerId)
        .getResultList()
        .stream()
        .map(a -> a.getUsername() + "|" + a.getAction() + "|" + a.getDetail())
        .toList();
  }

  /** The bookings of a person: id|status|dose|leftoverOfferId. */
  public List<String> bookings(long citizenId) {
    return em
        .createQuery("SELECT b FROM Booking b WHERE b.citizenId = :c ORDER BY b.id", Booking.class)
        .setParameter("c", citizenId)
        .getResultList()
        .stream()
        .map(
            b ->
                b.getId()
                    + "|"
                    + b.getStatus()
                    + "|"
                    + b.getDoseNumber()
                    + "|"
                    + b.getLeftoverOfferId())
        .toList();
  }
}
