package io.anshim.booking.policy;

import io.anshim.booking.TenPartRotation;
import io.anshim.booking.TenPartRotation.Period;
import io.anshim.shared.Localized;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A booking window as the rules see it: its cohort, the time it is open, and within that time the
 * optional 10-part rotation ({@link TenPartRotation}, the one place that rule lives). Plain Java,
 * so the decisions are unit-tested without a server.
 */
public record CohortWindow(
    long id,
    Localized name,
    Integer bornFromYear,
    Integer bornToYear,
    String priorityGroup,
    Instant opensAt,
    Instant closesAt,
    TenPartRotation rotation,
    boolean proxyAllowed,
    Set<ProxyRelationship> proxyRelationships,
    List<String> vaccineCodes) {

  public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

  public CohortWindow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    proxyRelationships = Set.copyOf(proxyRelationships);
    vaccineCodes = List.copyOf(vaccineCodes);
  }

  /**
   * Whether a person born on {@code birthDate}, in the priority groups {@code groups}, is in it.
   */
  public boolean covers(LocalDate birthDate, Set<String> groups) {
    if (priorityGroup != null) {
      return groups.contains(priorityGroup);
    }
    int year = birthDate.getYear();
    return bornFromYear != null && bornFromYear <= year && year <= bornToYear;
  }

  public boolean allowsProxy(ProxyRelationship relationship) {
    return proxyAllowed && relationship != null && proxyRelationships.contains(relationship);
  }

  /**
   * The periods in which this person may book: the whole window, or with a rotation their own
   * rotation day and the catch-up, each cut to the window's open and close times.
   */
  public List<Period> periodsFor(LocalDate birthDate) {
    List<Period> periods = new ArrayList<>();
    if (rotation == null) {
      periods.add(new Period(opensAt, closesAt, KOREA));
    } else {
      clip(rotation.rotationPeriodFor(birthDate)).ifPresent(periods::add);
      clip(rotation.catchUpPeriod()).ifPresent(periods::add);
    }
    periods.sort(Comparator.comparing(Period::start));
    return periods;
  }

  /** Whether the person may book at {@code now} in this window, and if not, when. */
  public Opening openingFor(LocalDate birthDate, Instant now) {
    List<Period> periods = periodsFor(birthDate);
    for (Period period : periods) {
      if (period.contains(now)) {
        return new Opening(this, Opening.State.OPEN, period);
      }
    }
    for (Period period : periods) {
      if (now.isBefore(period.start())) {
        return new Opening(this, Opening.State.NOT_YET, period);
      }
    }
    Period last =
        periods.isEmpty() ? new Period(opensAt, closesAt, KOREA) : periods.get(periods.size() - 1);
    return new Opening(this, Opening.State.CLOSED, last);
  }

  private Optional<Period> clip(Period period) {
    Instant start = period.start().isBefore(opensAt) ? opensAt : period.start();
    Instant end = period.end().isAfter(closesAt) ? closesAt : period.end();
    return start.isBefore(end) ? Optional.of(new Period(start, end, KOREA)) : Optional.empty();
  }

  /** Whether, and in which period, a person may book in one window. */
  public record Opening(CohortWindow window, State state, Period period) {

    public enum State {
      /** Open now, until the period ends. */
      OPEN,
      /** Opens when the period starts. */
      NOT_YET,
      /** Over: the period was the last one. */
      CLOSED
    }

    /**
     * The opening that matters most of several windows covering one person: an open one (the one
     * open longest), else the soonest to open, else the last to close. Empty when none covers.
     */
    public static Optional<Opening> best(List<Opening> openings) {
      Optional<Opening> open =
          openings.stream()
              .filter(o -> o.state == State.OPEN)
              .max(Comparator.comparing((Opening o) -> o.period.end()));
      if (open.isPresent()) {
        return open;
      }
      Optional<Opening> next =
          openings.stream()
              .filter(o -> o.state == State.NOT_YET)
              .min(Comparator.comparing((Opening o) -> o.period.start()));
      if (next.isPresent()) {
        return next;
      }
      return openings.stream().max(Comparator.comparing((Opening o) -> o.period.end()));
    }
  }
}
