package io.anshim.booking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes a center's slot rows for a day the first time someone needs them, in a transaction of its
 * own: when two requests race, the unique key (center, day, start) lets one win and the other fails
 * and reads the winner's rows (see {@link DefaultBookings}).
 */
@Stateless
@PermitAll
public class SlotRows {

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void makeDay(long centerId, LocalDate date, int capacity) {
    Set<LocalTime> existing =
        em.createQuery(
                "SELECT s.startsAt FROM BookingSlot s WHERE s.centerId = :center"
                    + " AND s.date = :date",
                LocalTime.class)
            .setParameter("center", centerId)
            .setParameter("date", date)
            .getResultStream()
            .collect(Collectors.toSet());
    for (LocalTime start : SlotCalendar.starts()) {
      if (!existing.contains(start)) {
        em.persist(new BookingSlot(centerId, date, start, capacity));
      }
    }
    em.flush();
  }
}
