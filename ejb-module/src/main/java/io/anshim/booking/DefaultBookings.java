package io.anshim.booking;

import io.anshim.booking.policy.BookingPermission;
import io.anshim.booking.policy.BookingPolicy;
import io.anshim.center.VaccinationCenter;
import io.anshim.center.Vaccine;
import io.anshim.identity.CitizenAccessDeniedException;
import io.anshim.shared.BusinessException;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.Localized;
import io.anshim.shared.NotFoundException;
import io.anshim.vaccination.NextDose;
import io.anshim.vaccination.VaccinationRecord;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Booking rules: which dose a person books next, the next dose's day inside the vaccine's interval,
 * one active booking per person, who may change a booking and until when. A place is taken with one
 * conditional update (the database decides between racing requests), as the last write of the
 * transaction for the chosen slot, so its row stays locked as briefly as possible.
 *
 * <p>A singleton without container locking (it keeps no state of a call): a booking request waits
 * inside {@link #book} for its batch, and a pooled bean would hold an instance while waiting that
 * the batch's own call ({@link #bookAll}) may then not get.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class DefaultBookings implements Bookings, BookingBatches {

  /** SQLSTATE of a unique-key violation on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** Free slots read for a later dose before its place is taken (more if the first day has few). */
  private static final int NEXT_DOSE_CANDIDATES = 8;

  @Inject private JpaBookingRepository repository;
  @Inject private BookingMessages messages;
  @Inject private Event<SlotChanged> slotChanges;
  @Inject private Clock clock;
  @EJB private SlotRows slotRows;
  @Inject private SlotDayLocks dayLocks;
  @Inject private BookingPolicy policy;
  @Inject private FullSlots fullSlots;
  @Inject private Event<PlaceReleased> releases;
  @Inject private BookingSequencer sequencer;
  @Resource private SessionContext context;
  @Resource private TransactionSynchronizationRegistry transactions;
  @Resource private ManagedExecutorService aloneBookings;

  /**
   * Checks the policy and the full-slot note here, then leaves the booking to the {@link
   * BookingSequencer}, which books it with others in one transaction and answers after the commit;
   * no transaction (and no connection) is held here while waiting.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<BookingView> book(BookingRequest request) {
    PendingBooking pending = queued(request);
    if (pending.awaitAnswer()) {
      return context.getBusinessObject(BookingBatches.class).bookAlone(pending);
    }
    return pending.outcome();
  }

  /**
   * As {@link #book}, without a thread waiting for the batch: a booking that must be booked alone
   * after all is booked on {@link #aloneBookings}.
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public CompletionStage<List<BookingView>> bookLater(BookingRequest request) {
    PendingBooking pending = queued(request);
    BookingBatches self = context.getBusinessObject(BookingBatches.class);
    return pending
        .answer()
        .thenCompose(
            alone ->
                alone
                    ? CompletableFuture.supplyAsync(() -> self.bookAlone(pending), aloneBookings)
                    : outcomeOf(pending));
  }

  /** The policy and the full-slot note, then the booking waits in its lane for a batch. */
  private PendingBooking queued(BookingRequest request) {
    // first of all: may this booker book for this person now (window, rotation day, proxy rules)?
    BookingPermission permission =
        policy.requirePermission(
            request.personId(),
            request.bookerId(),
            request.proxy() ? request.proxyRelationship() : null);
    long releasesBefore = fullSlots.releasesOf(request.centerId(), request.date());
    if (knownFull(request)) {
      throw full(request.date(), request.time());
    }
    PendingBooking pending = new PendingBooking(request, permission, releasesBefore);
    sequencer.enqueue(pending);
    return pending;
  }

  private static CompletionStage<List<BookingView>> outcomeOf(PendingBooking pending) {
    try {
      return CompletableFuture.completedStage(pending.outcome());
    } catch (BusinessException refused) {
      return CompletableFuture.failedStage(refused);
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<BusinessException> refusalFromMemory(BookingRequest request) {
    if (request.proxy()
        || !knownFull(request)
        || policy.permissionFromMemory(request.personId()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(full(request.date(), request.time()));
  }

  /** The database said so before, and no place of that day has been given back since. */
  private boolean knownFull(BookingRequest request) {
    return request.time() != null
        && fullSlots.knownFull(request.centerId(), request.date(), request.time());
  }

  @Override
  public List<BookingView> bookAlone(PendingBooking pending) {
    return bookOne(pending, new DirectReads(repository), null);
  }

  /**
   * Books each in turn without a savepoint: a refused booking has written nothing (it is refused
   * before its places are planned, or gives back the place it planned), and its rows are written
   * only once all its places are planned. Then the planned places are taken, one conditional update
   * per slot in one round trip, and the rows written at the commit, in JDBC batches. A slot without
   * the planned places left (a place taken outside the lane since the batch read it) or a unique
   * key speaking at the commit (the same person booked in another lane meanwhile) fails the whole
   * batch, whose bookings are then booked alone.
   */
  @Override
  public void bookAll(List<PendingBooking> batch) {
    repository.writeAtCommit();
    BatchReads reads =
        new BatchReads(
            repository, batch.stream().map(p -> p.request().personId()).distinct().toList());
    reads.readDays(batch.stream().flatMap(p -> daysLookedAt(p.request())).toList());
    List<Runnable> afterCommit = new ArrayList<>();
    for (PendingBooking pending : batch) {
      try {
        pending.booked(bookOne(pending, reads, afterCommit));
      } catch (BusinessException refused) {
        pending.refused(refused);
      }
    }
    if (context.getRollbackOnly()) {
      // e.g. a service this called refused inside the transaction: the container would roll back
      // and return as if it had committed
      throw new BatchNotCommitted("the batch's transaction was marked for rollback");
    }
    if (!reads.takePlanned()) {
      throw new BatchNotCommitted("a slot no longer had the places the batch planned in it");
    }
    if (!afterCommit.isEmpty()) {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if (status == Status.STATUS_COMMITTED) {
                afterCommit.forEach(Runnable::run);
              }
            }
          });
    }
  }

  /**
   * The days a booking will most likely read: its own, and for a vaccine of more than one dose the
   * first day the next dose may be on.
   */
  private Stream<CenterDay> daysLookedAt(BookingRequest request) {
    CenterDay own = new CenterDay(request.centerId(), request.date());
    Optional<Vaccine> vaccine = repository.vaccine(request.vaccineCode());
    if (vaccine.isEmpty() || vaccine.get().getDoseCount() < 2) {
      return Stream.of(own);
    }
    return Stream.of(
        own,
        new CenterDay(request.centerId(), intervalAfter(request.date(), vaccine.get()).first()));
  }

  /** A batch that must not commit; each of its bookings is then booked alone. */
  @ApplicationException(rollback = true)
  static class BatchNotCommitted extends RuntimeException {
    BatchNotCommitted(String why) {
      super(why, null, false, false);
    }
  }

  /**
   * The booking itself, in the caller's transaction, after the policy said yes. Notes that a slot
   * is full go to {@code afterCommit} in a batch (the batch's own takes may have filled it, and
   * they hold only once it commits); alone (null) they are noted at once.
   */
  private List<BookingView> bookOne(
      PendingBooking pending, BookingReads reads, List<Runnable> afterCommit) {
    BookingRequest request = pending.request();
    VaccinationCenter center = existingCenter(request.centerId());
    Vaccine vaccine = offeredVaccine(center, request.vaccineCode());
    requireWindowVaccine(pending.permission(), vaccine);
    Instant now = clock.instant();
    LocalTime time = slotStart(request.time());
    if (!SlotCalendar.at(request.date(), time).toInstant().isAfter(now)) {
      throw new InvalidRequestException("error.booking.slotPast", request.date(), time);
    }
    Optional<BookingSlot> made = reads.slot(center.getId(), request.date(), time);
    if (made.isPresent() && reads.remaining(made.get()) <= 0) {
      noteFull(afterCommit, center.getId(), request.date(), time, pending.releasesBefore());
      throw full(request.date(), time);
    }
    List<VaccinationRecord> records = reads.recordsOf(request.personId());
    int dose = nextDose(records, vaccine);
    NextDoseDate.Range allowed = allowedRange(records, vaccine, null);
    if (!allowed.contains(request.date())) {
      throw outside(allowed);
    }
    if (reads.hasActiveBooking(request.personId())) {
      throw alreadyBooked();
    }
    BookingSlot slot = made.orElseGet(() -> slotFor(reads, center, request.date(), time));
    if (reads.remaining(slot) <= 0) {
      throw full(request.date(), time);
    }
    NextDoseDate.Range next =
        dose < vaccine.getDoseCount() ? intervalAfter(request.date(), vaccine) : null;
    List<BookingSlot> nextSlots = next == null ? List.of() : freeNearest(reads, center, next, time);
    if (next != null && nextSlots.isEmpty()) {
      throw noPlaceForNextDose(next);
    }
    Course course = new Course(pending, vaccine.getCode(), dose, now);
    List<Booking> booked =
        afterCommit == null
            ? writeThenTake(course, reads, center, slot, nextSlots, next)
            : takeThenWrite(course, reads, center, slot, nextSlots, next, afterCommit);
    reads.booked(request.personId());
    List<BookingView> views = booked.stream().map(this::view).toList();
    try {
      messages.booked(request.personId(), views);
    } catch (BusinessException late) {
      // its places are taken and its rows written: in a batch a refusal now would leave them
      throw new IllegalStateException("a booking was refused after it was written", late);
    }
    return views;
  }

  /** What the bookings of one request share: who, for whom, which vaccine, from which dose. */
  private record Course(PendingBooking pending, String vaccineCode, int firstDose, Instant now) {

    Booking dose(int number, BookingSlot slot, Long firstDoseId) {
      BookingRequest request = pending.request();
      return Booking.inSlot(
          request.personId(),
          request.bookerId(),
          pending.permission().relationship(),
          slot.getCenterId(),
          vaccineCode,
          number,
          slot.getId(),
          firstDoseId,
          SlotCalendar.at(slot.getDate(), slot.getStartsAt()).toInstant(),
          now);
    }
  }

  /**
   * Alone: the booking rows first, so that the unique key (one active booking per person) speaks
   * before any place is taken; from the first conditional update on, the slot rows stay locked
   * until the commit, so nothing slow comes after it. A refusal rolls the transaction back.
   */
  private List<Booking> writeThenTake(
      Course course,
      BookingReads reads,
      VaccinationCenter center,
      BookingSlot slot,
      List<BookingSlot> nextSlots,
      NextDoseDate.Range next) {
    Booking first = course.dose(course.firstDose(), slot, null);
    repository.add(first);
    Booking second = null;
    if (next != null) {
      second = course.dose(course.firstDose() + 1, nextSlots.get(0), first.getId());
      repository.add(second);
    }
    flushOrRefuseSecondBooking();
    // the confirmation message reads the person's row: read now, before the rows are locked
    repository.prefetchCitizen(course.pending().request().personId());
    takeFirstPlace(reads, slot, course.pending(), null);
    if (second == null) {
      return List.of(first);
    }
    BookingSlot taken = takeNextDosePlace(reads, center, nextSlots, next, slot.getStartsAt());
    if (!taken.getId().equals(second.getSlotId())) {
      second.moveTo(
          taken.getCenterId(),
          taken.getId(),
          SlotCalendar.at(taken.getDate(), taken.getStartsAt()).toInstant(),
          course.now());
    }
    return List.of(first, second);
  }

  /**
   * In a batch (no savepoints): the places first (planned, see {@link BatchReads}), the rows only
   * once every place is, so that a refused booking leaves nothing behind: a later dose without a
   * place gives dose 1's back. The places are taken and the rows written at the batch's end.
   */
  private List<Booking> takeThenWrite(
      Course course,
      BookingReads reads,
      VaccinationCenter center,
      BookingSlot slot,
      List<BookingSlot> nextSlots,
      NextDoseDate.Range next,
      List<Runnable> afterCommit) {
    takeFirstPlace(reads, slot, course.pending(), afterCommit);
    BookingSlot nextTaken = null;
    if (next != null) {
      try {
        nextTaken = takeNextDosePlace(reads, center, nextSlots, next, slot.getStartsAt());
      } catch (BusinessException noPlace) {
        reads.giveBack(slot);
        throw noPlace;
      }
    }
    Booking first = course.dose(course.firstDose(), slot, null);
    repository.add(first);
    if (nextTaken == null) {
      return List.of(first);
    }
    Booking second = course.dose(course.firstDose() + 1, nextTaken, first.getId());
    repository.add(second);
    return List.of(first, second);
  }

  private void takeFirstPlace(
      BookingReads reads, BookingSlot slot, PendingBooking pending, List<Runnable> afterCommit) {
    if (!takePlace(reads, slot)) {
      noteFull(
          afterCommit,
          slot.getCenterId(),
          slot.getDate(),
          slot.getStartsAt(),
          pending.releasesBefore());
      throw full(slot.getDate(), slot.getStartsAt());
    }
  }

  private void noteFull(
      List<Runnable> afterCommit, long centerId, LocalDate date, LocalTime time, long releases) {
    if (afterCommit == null) {
      fullSlots.noteFull(centerId, date, time, releases);
    } else {
      afterCommit.add(() -> fullSlots.noteFull(centerId, date, time, releases));
    }
  }

  /**
   * Takes the later dose's place in the first of the slots (chosen from a read) that still has one
   * when the conditional update runs; if none has, the nearest free one over the whole range.
   */
  private BookingSlot takeNextDosePlace(
      BookingReads reads,
      VaccinationCenter center,
      List<BookingSlot> slots,
      NextDoseDate.Range range,
      LocalTime preferred) {
    for (BookingSlot slot : slots) {
      if (takePlace(reads, slot)) {
        return slot;
      }
    }
    // all of them filled meanwhile: look again over the whole range
    return takeNearest(reads, center, range, preferred);
  }

  private boolean takePlace(BookingReads reads, BookingSlot slot) {
    if (!reads.take(slot)) {
      return false;
    }
    slotChanges.fire(new SlotChanged(slot.getCenterId(), slot.getDate()));
    return true;
  }

  @Override
  public List<BookingView> mine(long citizenId) {
    return repository.bookingsOf(citizenId).stream().map(this::view).toList();
  }

  @Override
  public List<BookingView> move(long callerId, long bookingId, LocalDate date, LocalTime time) {
    if (date == null) {
      throw new InvalidRequestException("error.booking.dateRequired");
    }
    Booking booking = changeable(callerId, bookingId);
    if (booking.getFirstDoseId() == null) {
      // a new day for the first booked dose is a new booking choice: the window must be open now;
      // a later dose follows the interval after the earlier one, whatever the windows say
      boolean self = callerId == booking.getCitizenId();
      BookingPermission permission =
          policy.requirePermission(
              booking.getCitizenId(), callerId, self ? null : booking.getProxyRelationship());
      requireWindowVaccine(
          permission,
          repository.vaccine(booking.getVaccineCode()).orElseThrow(IllegalStateException::new));
    }
    LocalTime start = slotStart(time);
    Instant now = clock.instant();
    Instant appointment = SlotCalendar.at(date, start).toInstant();
    if (!appointment.isAfter(now)) {
      throw new InvalidRequestException("error.booking.slotPast", date, start);
    }
    if (appointment.equals(booking.getAppointmentAt())) {
      return mine(callerId);
    }
    VaccinationCenter center = existingCenter(booking.getCenterId());
    Vaccine vaccine =
        repository.vaccine(booking.getVaccineCode()).orElseThrow(IllegalStateException::new);
    NextDoseDate.Range allowed =
        allowedRange(repository.recordsOf(booking.getCitizenId()), vaccine, booking);
    if (!allowed.contains(date)) {
      throw outside(allowed);
    }
    BookingReads reads = new DirectReads(repository);
    BookingSlot slot = slotFor(reads, center, date, start);
    List<BookingView> changed = new ArrayList<>();
    Optional<Booking> followUp = repository.activeFollowUp(booking.getId());
    if (followUp.isPresent()) {
      Booking later = followUp.get();
      NextDoseDate.Range next = intervalAfter(date, vaccine);
      if (!next.contains(localDate(later.getAppointmentAt()))) {
        release(later);
        BookingSlot nextSlot =
            takeNearest(reads, center, next, localTime(later.getAppointmentAt()));
        later.moveTo(
            center.getId(),
            nextSlot.getId(),
            SlotCalendar.at(nextSlot.getDate(), nextSlot.getStartsAt()).toInstant(),
            now);
        changed.add(view(later));
      }
    }
    if (!repository.takePlace(slot.getId())) {
      throw full(date, start);
    }
    release(booking);
    booking.moveTo(center.getId(), slot.getId(), appointment, now);
    slotChanges.fire(new SlotChanged(center.getId(), date));
    changed.add(0, view(booking));
    messages.changed(booking.getCitizenId(), changed);
    return mine(callerId);
  }

  @Override
  public List<BookingView> cancel(long callerId, long bookingId) {
    Booking booking = changeable(callerId, bookingId);
    List<BookingView> cancelled = new ArrayList<>();
    Optional<Booking> followUp = repository.activeFollowUp(booking.getId());
    release(booking);
    booking.cancel(clock.instant());
    cancelled.add(view(booking));
    followUp.ifPresent(
        later -> {
          release(later);
          later.cancel(clock.instant());
          cancelled.add(view(later));
        });
    messages.cancelled(booking.getCitizenId(), cancelled);
    return mine(callerId);
  }

  /** The window that lets the person book may offer only some vaccines (empty: all of them). */
  private static void requireWindowVaccine(BookingPermission permission, Vaccine vaccine) {
    if (!permission.vaccineCodes().isEmpty()
        && !permission.vaccineCodes().contains(vaccine.getCode())) {
      throw new InvalidRequestException(
          "error.booking.vaccineNotInWindow",
          vaccine.getCode(),
          String.join(", ", permission.vaccineCodes()));
    }
  }

  /** The booking, locked, if the caller is its person or proxy booker and it may still change. */
  private Booking changeable(long callerId, long bookingId) {
    Booking booking =
        repository
            .bookingForChange(bookingId)
            .orElseThrow(() -> new NotFoundException("error.booking.unknown", bookingId));
    if (booking.getCitizenId() != callerId && booking.getBookedByCitizenId() != callerId) {
      throw new CitizenAccessDeniedException();
    }
    if (!booking.isActive()) {
      throw new ConflictException("error.booking.notActive", bookingId);
    }
    if (booking.isLeftover()) {
      throw new InvalidRequestException("error.booking.leftoverNotChanged");
    }
    if (!booking.getAppointmentAt().isAfter(clock.instant())) {
      throw new ConflictException("error.booking.tooLate");
    }
    return booking;
  }

  /** The dose after the ones already given; refused when the person is fully vaccinated. */
  private static int nextDose(List<VaccinationRecord> records, Vaccine vaccine) {
    OptionalInt next =
        NextDose.after(
            records.stream()
                .map(r -> new NextDose.Given(r.getDoseNumber(), r.getDosesInSeries()))
                .toList());
    if (next.isEmpty()) {
      throw new ConflictException("error.booking.fullyVaccinated");
    }
    Optional<VaccinationRecord> last = lastRecord(records);
    if (last.isPresent() && !last.get().getVaccineCode().equals(vaccine.getCode())) {
      throw new InvalidRequestException(
          "error.booking.sameVaccine", last.get().getVaccineCode(), last.get().getDoseNumber());
    }
    int dose = next.getAsInt();
    if (dose > vaccine.getDoseCount()) {
      throw new ConflictException("error.booking.fullyVaccinated");
    }
    return dose;
  }

  /**
   * The days a booking may be on: after a given dose, its vaccine's interval; for the later dose of
   * a booked course, the interval after the booked earlier dose; otherwise the bookable days.
   */
  private NextDoseDate.Range allowedRange(
      List<VaccinationRecord> records, Vaccine vaccine, Booking booking) {
    if (booking != null && booking.getFirstDoseId() != null) {
      Booking earlier =
          repository.booking(booking.getFirstDoseId()).orElseThrow(IllegalStateException::new);
      return intervalAfter(localDate(earlier.getAppointmentAt()), vaccine);
    }
    Optional<VaccinationRecord> last = lastRecord(records);
    if (last.isPresent()) {
      return intervalAfter(localDate(last.get().getVaccinatedAt()), vaccine);
    }
    return new NextDoseDate.Range(
        SlotCalendar.firstBookableDay(clock), SlotCalendar.lastBookableDay(clock));
  }

  private NextDoseDate.Range intervalAfter(LocalDate previous, Vaccine vaccine) {
    int min = vaccine.minimumInterval().orElseThrow().getDays();
    int max = vaccine.maximumInterval().orElseThrow().getDays();
    return NextDoseDate.range(previous, min, max, SlotCalendar.firstBookableDay(clock));
  }

  private static Optional<VaccinationRecord> lastRecord(List<VaccinationRecord> records) {
    return records.stream().max(Comparator.comparingInt(VaccinationRecord::getDoseNumber));
  }

  /**
   * Takes a place for a later dose: the earliest day of the range with a free slot, there the slot
   * nearest to the preferred time of day. Slot rows of a day are made when first needed.
   */
  private BookingSlot takeNearest(
      BookingReads reads, VaccinationCenter center, NextDoseDate.Range range, LocalTime preferred) {
    for (LocalDate day : NextDoseDate.candidateDays(range)) {
      List<BookingSlot> slots = daySlots(reads, center, day);
      List<LocalTime> free =
          slots.stream().filter(s -> reads.remaining(s) > 0).map(BookingSlot::getStartsAt).toList();
      for (LocalTime start : NextDoseDate.byCloseness(free, preferred)) {
        BookingSlot slot =
            slots.stream().filter(s -> s.getStartsAt().equals(start)).findFirst().orElseThrow();
        if (takePlace(reads, slot)) {
          return slot;
        }
      }
    }
    throw new ConflictException("error.booking.noPlaceForNextDose", range.first(), range.last());
  }

  /**
   * The slots a later dose could take, best first, as a read shows them: the earliest day of the
   * range with a free slot, there the slots nearest to the preferred time of day; then the
   * following days' free slots, in case the first ones fill before this request's update runs.
   */
  private List<BookingSlot> freeNearest(
      BookingReads reads, VaccinationCenter center, NextDoseDate.Range range, LocalTime preferred) {
    List<BookingSlot> candidates = new ArrayList<>();
    for (LocalDate day : NextDoseDate.candidateDays(range)) {
      List<BookingSlot> slots = daySlots(reads, center, day);
      List<LocalTime> free =
          slots.stream().filter(s -> reads.remaining(s) > 0).map(BookingSlot::getStartsAt).toList();
      for (LocalTime start : NextDoseDate.byCloseness(free, preferred)) {
        slots.stream()
            .filter(s -> s.getStartsAt().equals(start))
            .findFirst()
            .ifPresent(candidates::add);
      }
      if (candidates.size() >= NEXT_DOSE_CANDIDATES) {
        break;
      }
    }
    return candidates;
  }

  private static ConflictException noPlaceForNextDose(NextDoseDate.Range range) {
    return new ConflictException("error.booking.noPlaceForNextDose", range.first(), range.last());
  }

  private BookingSlot slotFor(
      BookingReads reads, VaccinationCenter center, LocalDate date, LocalTime start) {
    return reads
        .slot(center.getId(), date, start)
        .orElseGet(
            () -> {
              makeDay(center, date);
              return reads
                  .slot(center.getId(), date, start)
                  .orElseThrow(() -> new IllegalStateException("no slot " + date + " " + start));
            });
  }

  private List<BookingSlot> daySlots(BookingReads reads, VaccinationCenter center, LocalDate date) {
    List<BookingSlot> slots = reads.slotsOf(center.getId(), date);
    if (slots.size() < SlotCalendar.slotsPerDay()) {
      makeDay(center, date);
      slots = reads.slotsOf(center.getId(), date);
    }
    return slots;
  }

  /**
   * Makes the day's rows in a transaction of its own (one request of this node at a time; another
   * node losing the race finds the rows made).
   */
  private void makeDay(VaccinationCenter center, LocalDate date) {
    dayLocks.whileHolding(
        center.getId(),
        date,
        () -> {
          for (int attempt = 1; ; attempt++) {
            try {
              slotRows.makeDay(center.getId(), date, center.getDosesPerSlot());
              return;
            } catch (EJBException raced) {
              if (attempt == 3) {
                throw raced;
              }
            }
          }
        });
  }

  private void release(Booking booking) {
    if (booking.getSlotId() != null) {
      repository.releasePlace(booking.getSlotId());
      LocalDate day = localDate(booking.getAppointmentAt());
      slotChanges.fire(new SlotChanged(booking.getCenterId(), day));
      releases.fire(new PlaceReleased(booking.getCenterId(), day));
    }
  }

  /** Writes the new bookings; the unique key (person, active dose) refuses a racing second one. */
  private void flushOrRefuseSecondBooking() {
    try {
      repository.flush();
    } catch (PersistenceException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
          throw alreadyBooked();
        }
      }
      throw e;
    }
  }

  private VaccinationCenter existingCenter(long centerId) {
    return repository
        .center(centerId)
        .orElseThrow(() -> new NotFoundException("error.unknownCenter", centerId));
  }

  private Vaccine offeredVaccine(VaccinationCenter center, String code) {
    Vaccine vaccine =
        repository
            .vaccine(code)
            .orElseThrow(() -> new InvalidRequestException("error.unknownVaccine", code));
    if (center.getVaccines().stream().noneMatch(v -> v.getCode().equals(code))) {
      throw new InvalidRequestException("error.booking.vaccineNotOffered", code);
    }
    return vaccine;
  }

  private static LocalTime slotStart(LocalTime time) {
    if (!SlotCalendar.isStart(time)) {
      throw new InvalidRequestException(
          "error.booking.noSuchSlot", time, SlotCalendar.FIRST_START, SlotCalendar.LAST_START);
    }
    return time;
  }

  private static ConflictException full(LocalDate date, LocalTime time) {
    return new ConflictException("error.booking.slotFull", date, time);
  }

  private static ConflictException alreadyBooked() {
    return new ConflictException("error.booking.alreadyBooked");
  }

  private static InvalidRequestException outside(NextDoseDate.Range range) {
    return new InvalidRequestException(
        "error.booking.outsideInterval", range.first(), range.last());
  }

  private static LocalDate localDate(Instant instant) {
    return instant.atZone(SlotCalendar.ZONE).toLocalDate();
  }

  private static LocalTime localTime(Instant instant) {
    return instant.atZone(SlotCalendar.ZONE).toLocalTime();
  }

  private BookingView view(Booking b) {
    VaccinationCenter center = existingCenter(b.getCenterId());
    Vaccine vaccine = repository.vaccine(b.getVaccineCode()).orElseThrow();
    ZonedDateTime at = b.getAppointmentAt().atZone(SlotCalendar.ZONE);
    return new BookingView(
        b.getId(),
        b.getCitizenId(),
        b.getBookedByCitizenId(),
        b.getProxyRelationship(),
        b.getCenterId(),
        new Localized(center.getNameKo(), center.getNameEn()),
        b.getVaccineCode(),
        new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
        b.getDoseNumber(),
        at.toLocalDate(),
        at.toLocalTime(),
        b.getAppointmentAt(),
        b.getStatus(),
        b.getFirstDoseId());
  }
}
