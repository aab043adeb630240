package io.anshim.booking.policy;

import io.anshim.booking.policy.BookingNotAllowedException.Reason;
import io.anshim.booking.policy.CohortWindow.Opening;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The booking policy's rules over the windows: windows may overlap, and a person may book if any
 * window covering them is open now. Plain Java: the service feeds it windows, a birth date, the
 * person's priority groups and the server's clock.
 */
public final class PolicyDecision {

  private PolicyDecision() {}

  /** A yes: the opening the permission is based on. */
  public record Granted(Opening opening) {}

  /** May the person book for themselves at {@code now}? */
  public static Granted forSelf(
      List<CohortWindow> windows, LocalDate birthDate, Set<String> groups, Instant now) {
    List<CohortWindow> covering = covering(windows, birthDate, groups);
    if (covering.isEmpty()) {
      throw new BookingNotAllowedException(Reason.NO_WINDOW, null);
    }
    return decide(covering, birthDate, now);
  }

  /**
   * May someone who states {@code relationship} book for the person at {@code now}? Only windows
   * covering the person that allow proxy booking for this relationship count.
   */
  public static Granted forProxy(
      List<CohortWindow> windows,
      LocalDate birthDate,
      Set<String> groups,
      ProxyRelationship relationship,
      Instant now) {
    if (relationship == null) {
      throw new BookingNotAllowedException(Reason.RELATIONSHIP_REQUIRED, null);
    }
    List<CohortWindow> covering = covering(windows, birthDate, groups);
    if (covering.isEmpty()) {
      throw new BookingNotAllowedException(Reason.NO_WINDOW, null);
    }
    List<CohortWindow> proxyWindows = covering.stream().filter(CohortWindow::proxyAllowed).toList();
    if (proxyWindows.isEmpty()) {
      throw new BookingNotAllowedException(Reason.PROXY_NOT_ALLOWED, null);
    }
    List<CohortWindow> forRelationship =
        proxyWindows.stream().filter(w -> w.allowsProxy(relationship)).toList();
    if (forRelationship.isEmpty()) {
      String allowed =
          proxyWindows.stream()
              .flatMap(w -> w.proxyRelationships().stream())
              .distinct()
              .sorted()
              .map(Enum::name)
              .collect(Collectors.joining(", "));
      throw new BookingNotAllowedException(
          Reason.RELATIONSHIP_NOT_ALLOWED, null, relationship.name(), allowed);
    }
    return decide(forRelationship, birthDate, now);
  }

  /** What to tell the person about their booking day; never throws. */
  public static BookingDay bookingDay(
      List<CohortWindow> windows, LocalDate birthDate, Set<String> groups, Instant now) {
    Optional<Opening> best =
        Opening.best(
            covering(windows, birthDate, groups).stream()
                .map(w -> w.openingFor(birthDate, now))
                .toList());
    if (best.isEmpty()) {
      return new BookingDay(
          BookingDay.State.NO_WINDOW, null, null, null, null, false, "policy.day.none", List.of());
    }
    Opening opening = best.get();
    CohortWindow window = opening.window();
    BookingDay.State state;
    String key;
    Instant shown;
    switch (opening.state()) {
      case OPEN -> {
        state = BookingDay.State.OPEN;
        key = "policy.day.open";
        shown = opening.period().end();
      }
      case NOT_YET -> {
        state = BookingDay.State.NOT_YET;
        key = "policy.day.notYet";
        shown = opening.period().start();
      }
      default -> {
        state = BookingDay.State.CLOSED;
        key = "policy.day.closed";
        shown = opening.period().end();
      }
    }
    return new BookingDay(
        state,
        window.id(),
        window.name(),
        opening.period().start(),
        opening.period().end(),
        window.rotation() != null,
        key,
        List.of(KoreaTime.arguments(shown)).stream().map(String::valueOf).toList());
  }

  private static Granted decide(List<CohortWindow> covering, LocalDate birthDate, Instant now) {
    Opening opening =
        Opening.best(covering.stream().map(w -> w.openingFor(birthDate, now)).toList())
            .orElseThrow(() -> new BookingNotAllowedException(Reason.NO_WINDOW, null));
    return switch (opening.state()) {
      case OPEN -> new Granted(opening);
      case NOT_YET ->
          throw new BookingNotAllowedException(
              Reason.NOT_YET,
              opening.period().start(),
              KoreaTime.arguments(opening.period().start()));
      case CLOSED ->
          throw new BookingNotAllowedException(
              Reason.CLOSED, null, KoreaTime.arguments(opening.period().end()));
    };
  }

  private static List<CohortWindow> covering(
      List<CohortWindow> windows, LocalDate birthDate, Set<String> groups) {
    return windows.stream().filter(w -> w.covers(birthDate, groups)).toList();
  }
}
