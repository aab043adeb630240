package io.anshim.booking;

import io.anshim.center.CenterDirectory;
import io.anshim.center.CenterQuery;
import io.anshim.center.CenterView;
import io.anshim.center.DistrictCode;
import io.anshim.center.ProvinceCode;
import io.anshim.center.VaccinationCenter;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.NotFoundException;
import io.anshim.shared.Page;
import io.anshim.shared.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Stateless
@PermitAll
public class DefaultSlotSearch implements SlotSearch {

  @Inject private CenterDirectory directory;
  @Inject private JpaBookingRepository repository;
  @Inject private CapacityCache cache;
  @Inject private Clock clock;

  @Override
  public List<CenterAvailability> centers(
      String province, String district, String vaccine, LocalDate from, int days) {
    if (vaccine == null || vaccine.isBlank()) {
      throw new InvalidRequestException("error.booking.vaccineRequired");
    }
    if (province == null || province.isBlank()) {
      throw new InvalidRequestException("error.provinceRequired");
    }
    LocalDate first = from == null ? SlotCalendar.firstBookableDay(clock) : from;
    bookable(first);
    int count = Math.max(1, Math.min(days <= 0 ? 7 : days, MAX_DAYS));
    LocalDate last = first.plusDays(count - 1L);
    if (last.isAfter(SlotCalendar.lastBookableDay(clock))) {
      last = SlotCalendar.lastBookableDay(clock);
    }
    List<CenterView> centers = matchingCenters(province, district, vaccine.strip());
    Map<String, Integer> remaining = remaining(centers, first, last);
    List<CenterAvailability> result = new ArrayList<>();
    for (CenterView center : centers) {
      List<DayRemaining> perDay = new ArrayList<>();
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        perDay.add(new DayRemaining(d, remaining.get(CapacityCache.key(center.id(), d))));
      }
      result.add(new CenterAvailability(center, perDay));
    }
    return result;
  }

  private List<CenterView> matchingCenters(String province, String district, String vaccine) {
    List<CenterView> centers = new ArrayList<>();
    ProvinceCode provinceCode = ProvinceCode.parse(province);
    Optional<DistrictCode> districtCode =
        district == null || district.isBlank()
            ? Optional.empty()
            : Optional.of(DistrictCode.parse(district));
    for (int page = 0; ; page++) {
      Page<CenterView> found =
          directory.findCenters(
              new CenterQuery(
                  provinceCode,
                  districtCode,
                  Optional.of(vaccine),
                  new PageRequest(page, PageRequest.MAX_SIZE)));
      centers.addAll(found.items());
      if (centers.size() >= found.totalItems() || found.items().isEmpty()) {
        return centers;
      }
    }
  }

  /** Free places per "center/day", from the cache where it has them, else one grouped query. */
  private Map<String, Integer> remaining(
      List<CenterView> centers, LocalDate first, LocalDate last) {
    Map<String, Integer> remaining = new HashMap<>();
    Set<Long> missing = new LinkedHashSet<>();
    for (CenterView center : centers) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        Integer cached = cache.get(center.id(), d);
        if (cached == null) {
          missing.add(center.id());
        } else {
          remaining.put(CapacityCache.key(center.id(), d), cached);
        }
      }
    }
    if (missing.isEmpty()) {
      return remaining;
    }
    Map<Long, Integer> dosesPerSlot = repository.dosesPerSlot(missing);
    Map<String, Object[]> totals =
        repository.dayTotals(missing, first, last).stream()
            .collect(
                Collectors.toMap(
                    row -> CapacityCache.key((Long) row[0], (LocalDate) row[1]),
                    Function.identity()));
    for (long centerId : missing) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        String key = CapacityCache.key(centerId, d);
        Object[] row = totals.get(key);
        long made = row == null ? 0 : ((Number) row[2]).longValue();
        long free = row == null ? 0 : ((Number) row[3]).longValue();
        int value = (int) (free + (SlotCalendar.slotsPerDay() - made) * dosesPerSlot.get(centerId));
        remaining.put(key, value);
        cache.put(centerId, d, value);
      }
    }
    return remaining;
  }

  @Override
  public List<SlotView> slots(long centerId, LocalDate date) {
    if (date == null) {
      throw new InvalidRequestException("error.booking.dateRequired");
    }
    bookable(date);
    VaccinationCenter center =
        repository
            .center(centerId)
            .orElseThrow(() -> new NotFoundException("error.unknownCenter", centerId));
    Map<LocalTime, BookingSlot> made =
        repository.slotsOf(centerId, date).stream()
            .collect(Collectors.toMap(BookingSlot::getStartsAt, Function.identity()));
    List<SlotView> slots = new ArrayList<>();
    for (LocalTime start : SlotCalendar.starts()) {
      BookingSlot slot = made.get(start);
      slots.add(
          slot == null
              ? new SlotView(
                  centerId, date, start, center.getDosesPerSlot(), center.getDosesPerSlot())
              : new SlotView(centerId, date, start, slot.getCapacity(), slot.getRemaining()));
    }
    return slots;
  }

  private void bookable(LocalDate date) {
    LocalDate first = SlotCalendar.firstBookableDay(clock);
    LocalDate last = SlotCalendar.lastBookableDay(clock);
    if (date.isBefore(first) || date.isAfter(last)) {
      throw new InvalidRequestException("error.booking.dayNotBookable", date, first, last);
    }
  }
}
