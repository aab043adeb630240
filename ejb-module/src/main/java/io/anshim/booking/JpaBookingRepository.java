package io.anshim.booking;

import io.anshim.center.VaccinationCenter;
import io.anshim.center.Vaccine;
import io.anshim.identity.Citizen;
import io.anshim.shared.NativeUpdate;
import io.anshim.vaccination.VaccinationRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;

/** Slots, bookings and the records booking reads, through the "anshim" persistence unit. */
@ApplicationScoped
class JpaBookingRepository {

  private static final Comparator<Booking> NEWEST_FIRST =
      Comparator.comparing(Booking::getCreatedAt)
          .reversed()
          .thenComparingInt(Booking::getDoseNumber);

  /** ":person0, :person1, ...": one parameter per booking of a full batch. */
  private static final String PERSONS =
      IntStream.range(0, BookingSequencer.MAX_BATCH)
          .mapToObj(i -> ":person" + i)
          .collect(Collectors.joining(", "));

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  Optional<VaccinationCenter> center(long centerId) {
    return Optional.ofNullable(em.find(VaccinationCenter.class, centerId));
  }

  Optional<Vaccine> vaccine(String code) {
    return Optional.ofNullable(em.find(Vaccine.class, code));
  }

  Optional<BookingSlot> slot(long centerId, LocalDate date, LocalTime startsAt) {
    return em.createQuery(
            "SELECT s FROM BookingSlot s WHERE s.centerId = :center AND s.date = :date"
                + " AND s.startsAt = :start",
            BookingSlot.class)
        .setParameter("center", centerId)
        .setParameter("date", date)
        .setParameter("start", startsAt)
        .getResultStream()
        .findFirst();
  }

  List<BookingSlot> slotsOf(long centerId, LocalDate date) {
    return em.createQuery(
            "SELECT s FROM BookingSlot s WHERE s.centerId = :center AND s.date = :date"
                + " ORDER BY s.startsAt",
            BookingSlot.class)
        .setParameter("center", centerId)
        .setParameter("date", date)
        .getResultList();
  }

  /**
   * The slot rows of the days, in one query: one indexed read per day joined by UNION ALL (H2 reads
   * the whole table for an OR of (center, day) pairs), as many reads as the next power of two, the
   * last day repeated (and its rows dropped again), so that a few statements serve every batch.
   */
  @SuppressWarnings("unchecked")
  List<BookingSlot> slotsOf(List<CenterDay> days) {
    int reads = Integer.highestOneBit(days.size() * 2 - 1);
    String sql =
        IntStream.range(0, reads)
            .mapToObj(
                i ->
                    "SELECT * FROM booking_slot WHERE center_id = ?"
                        + (2 * i + 1)
                        + " AND slot_date = ?"
                        + (2 * i + 2))
            .collect(Collectors.joining(" UNION ALL "));
    Query query = em.createNativeQuery(sql, BookingSlot.class);
    for (int i = 0; i < reads; i++) {
      CenterDay day = days.get(Math.min(i, days.size() - 1));
      query.setParameter(2 * i + 1, day.centerId());
      query.setParameter(2 * i + 2, day.date());
    }
    return ((List<BookingSlot>) query.getResultList()).stream().distinct().toList();
  }

  /** Free places per center and day over the slots made so far: [centerId, date, slots, free]. */
  List<Object[]> dayTotals(Collection<Long> centerIds, LocalDate from, LocalDate to) {
    return em.createQuery(
            "SELECT s.centerId, s.date, COUNT(s), SUM(s.capacity - s.booked) FROM BookingSlot s"
                + " WHERE s.centerId IN :centers AND s.date BETWEEN :from AND :to"
                + " GROUP BY s.centerId, s.date",
            Object[].class)
        .setParameter("centers", centerIds)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  Map<Long, Integer> dosesPerSlot(Collection<Long> centerIds) {
    Map<Long, Integer> doses = new HashMap<>();
    em.createQuery(
            "SELECT c.id, c.dosesPerSlot FROM VaccinationCenter c WHERE c.id IN :centers",
            Object[].class)
        .setParameter("centers", centerIds)
        .getResultList()
        .forEach(row -> doses.put((Long) row[0], (Integer) row[1]));
    return doses;
  }

  /**
   * Takes one place of the slot if one is free: a single conditional update, so the database
   * decides between racing requests. False when the slot is full.
   */
  boolean takePlace(long slotId) {
    return NativeUpdate.on(
                em,
                "booking_slot",
                "UPDATE booking_slot SET booked = booked + 1 WHERE id = ?1 AND booked < capacity")
            .setParameter(1, slotId)
            .executeUpdate()
        == 1;
  }

  /**
   * Takes the given number of places of each slot, by slot id: one conditional update per slot,
   * sent together as one JDBC batch (one round trip). False when a slot no longer had that many
   * free; the transaction must then roll back, as the other slots' places are taken.
   */
  boolean takePlaces(SortedMap<Long, Integer> placesBySlot) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement take =
                  connection.prepareStatement(
                      "UPDATE booking_slot SET booked = booked + ? WHERE id = ?"
                          + " AND booked + ? <= capacity")) {
                for (Map.Entry<Long, Integer> places : placesBySlot.entrySet()) {
                  take.setInt(1, places.getValue());
                  take.setLong(2, places.getKey());
                  take.setInt(3, places.getValue());
                  take.addBatch();
                }
                return Arrays.stream(take.executeBatch()).allMatch(count -> count == 1);
              }
            });
  }

  void releasePlace(long slotId) {
    NativeUpdate.on(
            em,
            "booking_slot",
            "UPDATE booking_slot SET booked = booked - 1 WHERE id = ?1 AND booked > 0")
        .setParameter(1, slotId)
        .executeUpdate();
  }

  /** Loads the person's citizen row into this transaction (the confirmation message reads it). */
  void prefetchCitizen(long citizenId) {
    em.find(Citizen.class, citizenId);
  }

  void add(Booking booking) {
    em.persist(booking);
  }

  /**
   * The citizen rows of a batch's persons, in one query, into this transaction (the confirmation
   * messages read them).
   */
  void prefetchCitizens(Collection<Long> citizenIds) {
    byPersons("SELECT c FROM Citizen c WHERE c.id IN (" + PERSONS + ")", Citizen.class, citizenIds);
  }

  /**
   * From now on this transaction writes only at its commit, not before each query: a batch reads
   * what it needs up front and keeps what it wrote in memory, so nothing it queries waits for its
   * own writes.
   */
  void writeAtCommit() {
    em.setFlushMode(FlushModeType.COMMIT);
  }

  /** Writes pending inserts now, so the database's unique keys speak at this point. */
  void flush() {
    em.flush();
  }

  Optional<Booking> bookingForChange(long bookingId) {
    return Optional.ofNullable(em.find(Booking.class, bookingId, LockModeType.PESSIMISTIC_WRITE));
  }

  List<Booking> activeBookingsOf(long citizenId) {
    return em.createQuery(
            "SELECT b FROM Booking b WHERE b.citizenId = :citizen AND b.status = :booked"
                + " ORDER BY b.doseNumber",
            Booking.class)
        .setParameter("citizen", citizenId)
        .setParameter("booked", BookingStatus.BOOKED)
        .getResultList();
  }

  /** Those of the persons who have an active booking. */
  List<Long> withActiveBooking(Collection<Long> citizenIds) {
    return byPersons(
        "SELECT DISTINCT b.citizenId FROM Booking b WHERE b.citizenId IN ("
            + PERSONS
            + ") AND b.status = io.anshim.booking.BookingStatus.BOOKED",
        Long.class,
        citizenIds);
  }

  /**
   * Bookings where the citizen is the person or the proxy booker, newest first. Two reads, one per
   * index: with "person OR booker" H2 reads the whole table.
   */
  List<Booking> bookingsOf(long citizenId) {
    List<Booking> bookings =
        new ArrayList<>(
            em.createQuery("SELECT b FROM Booking b WHERE b.citizenId = :citizen", Booking.class)
                .setParameter("citizen", citizenId)
                .getResultList());
    bookings.addAll(
        em.createQuery(
                "SELECT b FROM Booking b WHERE b.bookedByCitizenId = :citizen"
                    + " AND b.citizenId <> :citizen",
                Booking.class)
            .setParameter("citizen", citizenId)
            .getResultList());
    bookings.sort(NEWEST_FIRST);
    return bookings;
  }

  Optional<Booking> activeFollowUp(long firstDoseId) {
    return em.createQuery(
            "SELECT b FROM Booking b WHERE b.firstDoseId = :first AND b.status = :booked",
            Booking.class)
        .setParameter("first", firstDoseId)
        .setParameter("booked", BookingStatus.BOOKED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  Optional<Booking> booking(long bookingId) {
    return Optional.ofNullable(em.find(Booking.class, bookingId));
  }

  /** The records of each of the persons, by dose number (persons without any left out). */
  Map<Long, List<VaccinationRecord>> recordsOf(Collection<Long> citizenIds) {
    Map<Long, List<VaccinationRecord>> records = new HashMap<>();
    byPersons(
            "SELECT r FROM VaccinationRecord r WHERE r.citizenId IN ("
                + PERSONS
                + ") ORDER BY r.citizenId, r.doseNumber",
            VaccinationRecord.class,
            citizenIds)
        .forEach(r -> records.computeIfAbsent(r.getCitizenId(), id -> new ArrayList<>()).add(r));
    return records;
  }

  /**
   * Runs the query once per {@link BookingSequencer#MAX_BATCH} persons, the list always that long
   * (the last person repeated): Hibernate translates a query with a list parameter again at every
   * execution (measured: half of a batch's reads), and the database sees a new statement for every
   * length; a fixed list is one statement, translated and planned once.
   */
  private <T> List<T> byPersons(String jpql, Class<T> type, Collection<Long> personIds) {
    List<Long> all = List.copyOf(personIds);
    List<T> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BookingSequencer.MAX_BATCH) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + BookingSequencer.MAX_BATCH));
      TypedQuery<T> query = em.createQuery(jpql, type);
      for (int i = 0; i < BookingSequencer.MAX_BATCH; i++) {
        query.setParameter("person" + i, part.get(Math.min(i, part.size() - 1)));
      }
      found.addAll(query.getResultList());
    }
    return found;
  }

  List<VaccinationRecord> recordsOf(long citizenId) {
    return em.createQuery(
            "SELECT r FROM VaccinationRecord r WHERE r.citizenId = :citizen ORDER BY r.doseNumber",
            VaccinationRecord.class)
        .setParameter("citizen", citizenId)
        .getResultList();
  }
}
