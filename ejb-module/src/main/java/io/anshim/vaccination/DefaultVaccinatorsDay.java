package io.anshim.vaccination;

import io.anshim.booking.Booking;
import io.anshim.booking.BookingStatus;
import io.anshim.booking.leftover.LeftoverBans;
import io.anshim.center.VaccinationCenter;
import io.anshim.center.Vaccine;
import io.anshim.identity.CitizenCard;
import io.anshim.identity.CitizenCards;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.Localized;
import io.anshim.shared.NotFoundException;
import io.anshim.vaccination.VaccinatorAction.Kind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@RolesAllowed("VACCINATOR")
public class DefaultVaccinatorsDay implements VaccinatorsDay {

  static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  /** A device clock a little ahead of the server's is not "the future". */
  private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private VaccinatorWorkplace workplace;
  @Inject private VaccinatorAudit audit;
  @Inject private CitizenCards cards;
  @Inject private LeftoverBans bans;

  @Override
  public DaySheet day(LocalDate date) {
    Vaccinator me = workplace.of(session.getCallerPrincipal());
    LocalDate today = LocalDate.now(clock.withZone(KOREA));
    LocalDate day = date == null ? today : date;
    VaccinationCenter center = em.find(VaccinationCenter.class, me.centerId());
    List<Booking> bookings =
        em.createQuery(
                "SELECT b FROM Booking b WHERE b.centerId = :center"
                    + " AND b.appointmentAt >= :from AND b.appointmentAt < :to"
                    + " ORDER BY b.appointmentAt, b.id",
                Booking.class)
            .setParameter("center", me.centerId())
            .setParameter("from", day.atStartOfDay(KOREA).toInstant())
            .setParameter("to", day.plusDays(1).atStartOfDay(KOREA).toInstant())
            .getResultList();
    Map<String, Vaccine> vaccines = allVaccines();
    Map<Long, CitizenCard> people = new HashMap<>();
    List<DayBooking> rows =
        bookings.stream()
            .map(
                b ->
                    row(
                        b,
                        people.computeIfAbsent(b.getCitizenId(), cards::of),
                        vaccines.get(b.getVaccineCode())))
            .toList();
    return new DaySheet(
        center.getId(),
        new Localized(center.getNameKo(), center.getNameEn()),
        day,
        day.equals(today),
        rows,
        center.getVaccines().stream().map(VaccineChoice::of).toList());
  }

  @Override
  public RecordedDose recordVaccination(long bookingId, DoseEntry entry) {
    Vaccinator me = workplace.of(session.getCallerPrincipal());
    Booking booking = bookingAt(me, bookingId);
    DoseEntry asked = entry == null ? new DoseEntry(null, null, null, null) : entry;
    Instant now = clock.instant();

    String vaccineCode =
        asked.vaccineCode() == null || asked.vaccineCode().isBlank()
            ? booking.getVaccineCode()
            : asked.vaccineCode().strip().toUpperCase(Locale.ROOT);
    Vaccine vaccine =
        em.find(VaccinationCenter.class, me.centerId()).getVaccines().stream()
            .filter(v -> v.getCode().equals(vaccineCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "error.vaccination.vaccineNotOffered", vaccineCode));
    LotNumber lot = LotNumber.parse(asked.lotNumber());
    int dose = asked.doseNumber() == null ? booking.getDoseNumber() : asked.doseNumber();
    if (dose < 1 || dose > vaccine.getDoseCount()) {
      throw new InvalidRequestException(
          "error.vaccination.doseNumber", dose, vaccine.getDoseCount());
    }
    Instant vaccinatedAt = asked.vaccinatedAt() == null ? now : asked.vaccinatedAt();
    if (vaccinatedAt.isAfter(now.plus(CLOCK_TOLERANCE))) {
      throw new InvalidRequestException("error.vaccination.timeInFuture");
    }
    LocalDate appointmentDay = booking.getAppointmentAt().atZone(KOREA).toLocalDate();
    if (vaccinatedAt.isBefore(appointmentDay.atStartOfDay(KOREA).toInstant())) {
      throw new InvalidRequestException(
          "error.vaccination.beforeAppointmentDay", appointmentDay.toString());
    }
    if (doseRecorded(booking.getCitizenId(), dose)) {
      throw new ConflictException("error.vaccination.doseAlreadyRecorded", dose);
    }
    requireBooked(booking);

    VaccinationRecord record =
        new VaccinationRecord(
            booking.getCitizenId(),
            booking.getId(),
            me.centerId(),
            vaccine.getCode(),
            lot.value(),
            dose,
            vaccine.getDoseCount(),
            vaccinatedAt,
            me.username(),
            now);
    em.persist(record);
    try {
      em.flush();
    } catch (PersistenceException clash) {
      if (UniqueKeyViolation.in(clash)) {
        // another vaccinator recorded the same dose a moment ago: the unique key decided
        throw new ConflictException("error.vaccination.doseAlreadyRecorded", dose);
      }
      throw clash;
    }
    booking.markVaccinated(now);
    audit.record(
        me,
        Kind.VACCINATED,
        booking.getId(),
        null,
        "dose " + dose + "/" + vaccine.getDoseCount() + " " + vaccine.getCode() + " lot " + lot,
        now);
    return RecordedDose.of(record);
  }

  @Override
  public DayBooking markNoShow(long bookingId) {
    Vaccinator me = workplace.of(session.getCallerPrincipal());
    Booking booking = bookingAt(me, bookingId);
    requireBooked(booking);
    Instant now = clock.instant();
    LocalDate appointmentDay = booking.getAppointmentAt().atZone(KOREA).toLocalDate();
    if (LocalDate.now(clock.withZone(KOREA)).isBefore(appointmentDay)) {
      throw new ConflictException("error.vaccination.noShowTooEarly", appointmentDay.toString());
    }
    booking.markNoShow(now);
    String detail =
        bans.banAfterNoShow(booking, now)
            .map(until -> "leftover no-show, banned until " + until)
            .orElse("no-show");
    audit.record(me, Kind.NO_SHOW, booking.getId(), null, detail, now);
    return row(
        booking,
        cards.of(booking.getCitizenId()),
        em.find(Vaccine.class, booking.getVaccineCode()));
  }

  /** The booking, if it is at the vaccinator's center; another center's is as good as unknown. */
  private Booking bookingAt(Vaccinator me, long bookingId) {
    Booking booking = em.find(Booking.class, bookingId);
    if (booking == null || booking.getCenterId() != me.centerId()) {
      throw new NotFoundException("error.vaccinator.unknownBooking", bookingId);
    }
    return booking;
  }

  private static void requireBooked(Booking booking) {
    if (booking.getStatus() != BookingStatus.BOOKED) {
      throw new ConflictException("error.vaccination.notBooked", booking.getStatus().name());
    }
  }

  private boolean doseRecorded(long citizenId, int dose) {
    return !em.createQuery(
            "SELECT r.id FROM VaccinationRecord r"
                + " WHERE r.citizenId = :citizen AND r.doseNumber = :dose",
            Long.class)
        .setParameter("citizen", citizenId)
        .setParameter("dose", dose)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Map<String, Vaccine> allVaccines() {
    return em.createNamedQuery(Vaccine.ALL, Vaccine.class).getResultList().stream()
        .collect(Collectors.toMap(Vaccine::getCode, Function.identity()));
  }

  private static DayBooking row(Booking b, CitizenCard person, Vaccine vaccine) {
    return new DayBooking(
        b.getId(),
        b.getAppointmentAt().atZone(KOREA).toLocalTime().withSecond(0).withNano(0),
        b.getAppointmentAt(),
        b.getCitizenId(),
        person.name(),
        person.maskedResidentNumber(),
        b.getVaccineCode(),
        new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
        b.getDoseNumber(),
        b.getStatus().name(),
        b.isLeftover());
  }
}
