package io.anshim.booking.leftover;

import io.anshim.booking.Booking;
import io.anshim.booking.BookingStatus;
import io.anshim.booking.LeftoverOffer;
import io.anshim.booking.policy.BookingPolicy;
import io.anshim.center.District;
import io.anshim.center.DistrictCode;
import io.anshim.center.VaccinationCenter;
import io.anshim.center.Vaccine;
import io.anshim.identity.CitizenAccounts;
import io.anshim.identity.CitizenCaller;
import io.anshim.identity.CitizenProfile;
import io.anshim.identity.CitizenSignInRequiredException;
import io.anshim.identity.MobileNumber;
import io.anshim.identity.SmsOutbox;
import io.anshim.shared.ConflictException;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.Localized;
import io.anshim.shared.NativeUpdate;
import io.anshim.shared.NotFoundException;
import io.anshim.vaccination.NextDose;
import io.anshim.vaccination.UniqueKeyViolation;
import io.anshim.vaccination.Vaccinator;
import io.anshim.vaccination.VaccinatorAction.Kind;
import io.anshim.vaccination.VaccinatorAudit;
import io.anshim.vaccination.VaccinatorWorkplace;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
public class DefaultLeftoverDoses implements LeftoverDoses {

  private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
  private static final DateTimeFormatter KOREAN_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(KOREA);
  private static final int MAX_POST = 500;
  private static final int NEAREST = 20;

  @PersistenceContext(unitName = "anshim")
  private EntityManager em;

  @Resource private SessionContext session;
  @Inject private Clock clock;
  @Inject private BookingPolicy policy;
  @Inject private VaccinatorWorkplace workplace;
  @Inject private VaccinatorAudit audit;
  @Inject private LeftoverBans bans;
  @Inject private CitizenAccounts accounts;
  @Inject private SmsOutbox sms;

  @Override
  @RolesAllowed("VACCINATOR")
  public List<LeftoverOfferView> todaysOffers() {
    Vaccinator me = workplace.of(session.getCallerPrincipal());
    Map<String, Vaccine> vaccines = allVaccines();
    return em
        .createQuery(
            "SELECT o FROM LeftoverOffer o WHERE o.centerId = :center AND o.date = :today"
                + " ORDER BY o.vaccineCode",
            LeftoverOffer.class)
        .setParameter("center", me.centerId())
        .setParameter("today", today())
        .getResultList()
        .stream()
        .map(o -> LeftoverOfferView.of(o, vaccines.get(o.getVaccineCode())))
        .toList();
  }

  @Override
  @RolesAllowed("VACCINATOR")
  public LeftoverOfferView post(LeftoverPost post) {
    Vaccinator me = workplace.of(session.getCallerPrincipal());
    LeftoverPost asked = post == null ? new LeftoverPost(null, null) : post;
    if (asked.count() == null || asked.count() < 1 || asked.count() > MAX_POST) {
      throw new InvalidRequestException("error.leftover.count", MAX_POST);
    }
    String code =
        asked.vaccineCode() == null ? "" : asked.vaccineCode().strip().toUpperCase(Locale.ROOT);
    Vaccine vaccine =
        em.find(VaccinationCenter.class, me.centerId()).getVaccines().stream()
            .filter(v -> v.getCode().equals(code))
            .findFirst()
            .orElseThrow(
                () -> new InvalidRequestException("error.vaccination.vaccineNotOffered", code));
    Instant now = clock.instant();
    LocalDate today = today();
    LeftoverOffer offer =
        em.createQuery(
                "SELECT o FROM LeftoverOffer o WHERE o.centerId = :center"
                    + " AND o.vaccineCode = :vaccine AND o.date = :today",
                LeftoverOffer.class)
            .setParameter("center", me.centerId())
            .setParameter("vaccine", code)
            .setParameter("today", today)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (offer == null) {
      offer = new LeftoverOffer(me.centerId(), code, today, asked.count(), me.username(), now);
      em.persist(offer);
      try {
        em.flush();
      } catch (PersistenceException clash) {
        if (UniqueKeyViolation.in(clash)) {
          throw new ConflictException("error.leftover.postedMeanwhile");
        }
        throw clash;
      }
    } else {
      NativeUpdate.on(
              em, "leftover_offer", "UPDATE leftover_offer SET posted = posted + ?1 WHERE id = ?2")
          .setParameter(1, asked.count())
          .setParameter(2, offer.getId())
          .executeUpdate();
    }
    em.refresh(offer);
    audit.record(
        me,
        Kind.LEFTOVER_POSTED,
        null,
        offer.getId(),
        "+" + asked.count() + " " + code + ", now " + offer.getPosted() + " posted",
        now);
    return LeftoverOfferView.of(offer, vaccine);
  }

  @Override
  @RolesAllowed("VACCINATOR")
  public LeftoverOfferView withdraw(long offerId) {
    Vaccinator me = workplace.of(session.getCallerPrincipal());
    LeftoverOffer offer = em.find(LeftoverOffer.class, offerId);
    if (offer == null || offer.getCenterId() != me.centerId()) {
      throw new NotFoundException("error.leftover.unknownOffer", offerId);
    }
    // posted = taken in the row itself: a dose taken at this very moment stays taken
    NativeUpdate.on(em, "leftover_offer", "UPDATE leftover_offer SET posted = taken WHERE id = ?1")
        .setParameter(1, offerId)
        .executeUpdate();
    em.refresh(offer);
    audit.record(
        me,
        Kind.LEFTOVER_WITHDRAWN,
        null,
        offerId,
        "withdrawn, " + offer.getTaken() + " taken stay booked",
        clock.instant());
    return LeftoverOfferView.of(offer, em.find(Vaccine.class, offer.getVaccineCode()));
  }

  @Override
  @PermitAll
  public List<LeftoverCenter> inDistrict(String districtCode) {
    DistrictCode district = DistrictCode.parse(districtCode);
    if (em.find(District.class, district.value()) == null) {
      throw new InvalidRequestException("error.unknownDistrict", district.value());
    }
    return centersWithDoses(district.value()).stream()
        .sorted(Comparator.comparingLong(LeftoverCenter::centerId))
        .toList();
  }

  @Override
  @PermitAll
  public List<LeftoverCenter> near(Double latitude, Double longitude) {
    if (latitude == null
        || longitude == null
        || !(latitude >= -90 && latitude <= 90)
        || !(longitude >= -180 && longitude <= 180)) {
      throw new InvalidRequestException("error.leftover.location");
    }
    return NearestFirst.from(latitude, longitude, centersWithDoses(null), NEAREST);
  }

  @Override
  @PermitAll
  public LeftoverBooking take(CitizenCaller caller, long offerId) {
    if (caller == null) {
      throw new CitizenSignInRequiredException("error.identity.signInRequired");
    }
    // checks the session is open and the citizen is the caller; gives the mobile number
    CitizenProfile person = accounts.profile(caller, caller.citizenId());
    long citizenId = person.id();
    // leftovers are for people the policy lets book now, for themselves only (no proxy grabs)
    policy.requirePermission(citizenId, citizenId, null);
    Instant now = clock.instant();
    bans.bannedUntil(citizenId, now)
        .ifPresent(
            until -> {
              throw new ConflictException("error.leftover.banned", KOREAN_MINUTE.format(until));
            });
    LeftoverOffer offer = em.find(LeftoverOffer.class, offerId);
    if (offer == null || !offer.getDate().equals(today())) {
      throw new NotFoundException("error.leftover.unknownOffer", offerId);
    }
    OptionalInt next =
        NextDose.after(
            em
                .createQuery(
                    "SELECT r.doseNumber, r.dosesInSeries FROM VaccinationRecord r"
                        + " WHERE r.citizenId = :citizen",
                    Object[].class)
                .setParameter("citizen", citizenId)
                .getResultList()
                .stream()
                .map(row -> new NextDose.Given((Integer) row[0], (Integer) row[1]))
                .toList());
    if (next.isEmpty()) {
      throw new ConflictException("error.leftover.fullyVaccinated");
    }
    int dose = next.getAsInt();
    Vaccine vaccine = em.find(Vaccine.class, offer.getVaccineCode());
    if (dose > vaccine.getDoseCount()) {
      throw new ConflictException("error.leftover.notForYourDose", dose);
    }
    if (hasActiveBooking(citizenId, dose)) {
      throw new ConflictException("error.leftover.alreadyBooked", dose);
    }
    int took =
        NativeUpdate.on(
                em,
                "leftover_offer",
                "UPDATE leftover_offer SET taken = taken + 1 WHERE id = ?1 AND taken < posted")
            .setParameter(1, offerId)
            .executeUpdate();
    if (took == 0) {
      throw new ConflictException("error.leftover.noneLeft");
    }
    Booking booking =
        Booking.onLeftover(
            citizenId, offer.getCenterId(), vaccine.getCode(), dose, offerId, now, now);
    em.persist(booking);
    try {
      em.flush();
    } catch (PersistenceException clash) {
      if (UniqueKeyViolation.in(clash)) {
        throw new ConflictException("error.leftover.alreadyBooked", dose);
      }
      throw clash;
    }
    VaccinationCenter center = em.find(VaccinationCenter.class, offer.getCenterId());
    sms.send(
        "leftover-" + booking.getId(),
        MobileNumber.parse(person.mobile()),
        "Anshim",
        "[안심] 잔여백신 예약: 오늘 "
            + center.getNameKo()
            + "에서 "
            + vaccine.getNameKo()
            + " "
            + dose
            + "차 접종. 오지 못하면 잔여백신 예약이 제한됩니다. / Leftover dose booked: today at "
            + center.getNameEn()
            + ", "
            + vaccine.getNameEn()
            + " dose "
            + dose
            + ".");
    return new LeftoverBooking(
        booking.getId(),
        offerId,
        center.getId(),
        new Localized(center.getNameKo(), center.getNameEn()),
        new Localized(center.getAddressKo(), center.getAddressEn()),
        vaccine.getCode(),
        new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
        dose,
        booking.getAppointmentAt());
  }

  private boolean hasActiveBooking(long citizenId, int dose) {
    return !em.createQuery(
            "SELECT b.id FROM Booking b WHERE b.citizenId = :citizen"
                + " AND b.doseNumber = :dose AND b.status = :booked",
            Long.class)
        .setParameter("citizen", citizenId)
        .setParameter("dose", dose)
        .setParameter("booked", BookingStatus.BOOKED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Today's offers with doses left, grouped by center; all of the country when district is null.
   */
  private List<LeftoverCenter> centersWithDoses(String districtCode) {
    var query =
        em.createQuery(
                "SELECT o, c FROM LeftoverOffer o, VaccinationCenter c JOIN FETCH c.district"
                    + " WHERE c.id = o.centerId AND o.date = :today AND o.taken < o.posted"
                    + (districtCode == null ? "" : " AND c.district.code = :district")
                    + " ORDER BY c.id, o.vaccineCode",
                Object[].class)
            .setParameter("today", today());
    if (districtCode != null) {
      query.setParameter("district", districtCode);
    }
    return group(query.getResultList(), allVaccines());
  }

  private static List<LeftoverCenter> group(List<Object[]> rows, Map<String, Vaccine> vaccines) {
    Map<VaccinationCenter, List<LeftoverCenter.Dose>> byCenter = new LinkedHashMap<>();
    for (Object[] row : rows) {
      LeftoverOffer offer = (LeftoverOffer) row[0];
      Vaccine vaccine = vaccines.get(offer.getVaccineCode());
      byCenter
          .computeIfAbsent((VaccinationCenter) row[1], c -> new ArrayList<>())
          .add(
              new LeftoverCenter.Dose(
                  offer.getId(),
                  vaccine.getCode(),
                  new Localized(vaccine.getNameKo(), vaccine.getNameEn()),
                  offer.getRemaining()));
    }
    List<LeftoverCenter> centers = new ArrayList<>();
    byCenter.forEach(
        (c, doses) ->
            centers.add(
                new LeftoverCenter(
                    c.getId(),
                    new Localized(c.getNameKo(), c.getNameEn()),
                    new Localized(c.getAddressKo(), c.getAddressEn()),
                    c.getPhone(),
                    c.getDistrict().getCode(),
                    new Localized(c.getDistrict().getNameKo(), c.getDistrict().getNameEn()),
                    c.getLatitude().doubleValue(),
                    c.getLongitude().doubleValue(),
                    null,
                    doses.stream().mapToInt(LeftoverCenter.Dose::remaining).sum(),
                    doses)));
    return centers;
  }

  private Map<String, Vaccine> allVaccines() {
    return em.createNamedQuery(Vaccine.ALL, Vaccine.class).getResultList().stream()
        .collect(Collectors.toMap(Vaccine::getCode, Function.identity()));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(KOREA));
  }
}
