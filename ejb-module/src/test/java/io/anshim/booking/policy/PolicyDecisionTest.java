package io.anshim.booking.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.anshim.booking.TenPartRotation;
import io.anshim.booking.policy.BookingNotAllowedException.Reason;
import io.anshim.shared.InvalidRequestException;
import io.anshim.shared.Localized;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The booking policy's decisions: the 10-part rotation inside a window (August 2021: 18-49 year
 * olds, 9 August for digit 9, 20:00 to 18:00 the next day, catch-up 19 August to 18 September),
 * cohorts by birth year and priority group, overlapping windows, and proxy rules.
 */
class PolicyDecisionTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final Set<String> NO_GROUPS = Set.of();
  private static final LocalDate BORN_ON_THE_13TH = LocalDate.of(1985, 3, 13);

  /** Shared with the policy's other tests. */
  static final TenPartRotation AUGUST_2021 =
      new TenPartRotation(
          LocalDate.of(2021, 8, 9),
          9,
          LocalTime.of(20, 0),
          LocalTime.of(18, 0),
          LocalDate.of(2021, 8, 19),
          LocalDate.of(2021, 9, 18),
          SEOUL);

  private static final CohortWindow AGED_18_TO_49 =
      window(1, 1972, 2003, null, at(2021, 8, 9, 20, 0), at(2021, 9, 19, 18, 0), AUGUST_2021);

  @Test
  void onTheirRotationDayAPersonMayBookUntilItCloses() {
    PolicyDecision.Granted granted =
        PolicyDecision.forSelf(
            List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 13, 21, 0));
    assertEquals(1, granted.opening().window().id());
    assertEquals(at(2021, 8, 14, 18, 0), granted.opening().period().end());
  }

  @Test
  void onAnotherDayThePersonIsToldTheDateAndTimeTheirDayOpens() {
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forSelf(
                    List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 10, 21, 0)));
    assertEquals(Reason.NOT_YET, refused.reason());
    assertEquals(at(2021, 8, 13, 20, 0), refused.opensAt());
    assertEquals(List.of("2021", "8", "13", "20:00", "August"), refused.arguments());
  }

  @Test
  void theCatchUpIsOpenToEveryoneInTheCohort() {
    PolicyDecision.Granted granted =
        PolicyDecision.forSelf(
            List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 25, 9, 0));
    assertEquals(at(2021, 9, 19, 18, 0), granted.opening().period().end());
  }

  @Test
  void afterTheirDayAndBeforeTheCatchUpThePersonIsToldWhenTheCatchUpOpens() {
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forSelf(
                    List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 16, 12, 0)));
    assertEquals(Reason.NOT_YET, refused.reason());
    assertEquals(at(2021, 8, 19, 20, 0), refused.opensAt());
  }

  @Test
  void afterTheCatchUpTheWindowIsClosed() {
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forSelf(
                    List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 9, 20, 0, 0)));
    assertEquals(Reason.CLOSED, refused.reason());
  }

  @Test
  void theWindowsOpeningTimeCutsTheRotationDay() {
    CohortWindow opensLate =
        window(2, 1972, 2003, null, at(2021, 8, 13, 22, 0), at(2021, 9, 19, 18, 0), AUGUST_2021);
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forSelf(
                    List.of(opensLate), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 13, 21, 0)));
    assertEquals(at(2021, 8, 13, 22, 0), refused.opensAt());
  }

  @Test
  void aCohortIsARangeOfBirthYears() {
    Instant now = at(2021, 8, 13, 21, 0);
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forSelf(
                    List.of(AGED_18_TO_49), LocalDate.of(1971, 12, 13), NO_GROUPS, now));
    assertEquals(Reason.NO_WINDOW, refused.reason());
    PolicyDecision.forSelf(List.of(AGED_18_TO_49), LocalDate.of(1972, 1, 3), NO_GROUPS, now);
    PolicyDecision.forSelf(List.of(AGED_18_TO_49), LocalDate.of(2003, 12, 23), NO_GROUPS, now);
  }

  @Test
  void aPriorityGroupWindowCoversItsMembersOnly() {
    CohortWindow teachers =
        window(3, null, null, "TEACHER", at(2021, 7, 1, 0, 0), at(2021, 7, 31, 0, 0), null);
    Instant now = at(2021, 7, 10, 12, 0);
    LocalDate born = LocalDate.of(1980, 5, 5);
    assertEquals(
        Reason.NO_WINDOW,
        assertThrows(
                BookingNotAllowedException.class,
                () -> PolicyDecision.forSelf(List.of(teachers), born, Set.of("HEALTHCARE"), now))
            .reason());
    assertEquals(
        3,
        PolicyDecision.forSelf(List.of(teachers), born, Set.of("TEACHER"), now)
            .opening()
            .window()
            .id());
  }

  @Test
  void withOverlappingWindowsAnyOpenOneLetsThePersonBook() {
    CohortWindow teachers =
        window(4, null, null, "TEACHER", at(2021, 8, 1, 0, 0), at(2021, 8, 31, 0, 0), null);
    Instant notTheirRotationDay = at(2021, 8, 10, 21, 0);
    PolicyDecision.Granted granted =
        PolicyDecision.forSelf(
            List.of(AGED_18_TO_49, teachers),
            BORN_ON_THE_13TH,
            Set.of("TEACHER"),
            notTheirRotationDay);
    assertEquals(4, granted.opening().window().id());
  }

  @Test
  void withSeveralWindowsNotYetOpenTheSoonestIsNamed() {
    CohortWindow later =
        window(5, 1980, 1990, null, at(2021, 9, 1, 9, 0), at(2021, 9, 30, 18, 0), null);
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forSelf(
                    List.of(later, AGED_18_TO_49),
                    BORN_ON_THE_13TH,
                    NO_GROUPS,
                    at(2021, 8, 1, 0, 0)));
    assertEquals(at(2021, 8, 13, 20, 0), refused.opensAt());
  }

  @Test
  void aProxyWithAnAllowedRelationshipMayBookForAPersonOfAProxyCohort() {
    CohortWindow seniors = proxyWindow(EnumSet.of(ProxyRelationship.CHILD));
    PolicyDecision.Granted granted =
        PolicyDecision.forProxy(
            List.of(seniors),
            LocalDate.of(1950, 2, 2),
            NO_GROUPS,
            ProxyRelationship.CHILD,
            at(2021, 7, 10, 12, 0));
    assertEquals(6, granted.opening().window().id());
  }

  @Test
  void aProxyMustStateTheRelationship() {
    CohortWindow seniors = proxyWindow(EnumSet.of(ProxyRelationship.CHILD));
    assertEquals(
        Reason.RELATIONSHIP_REQUIRED,
        assertThrows(
                BookingNotAllowedException.class,
                () ->
                    PolicyDecision.forProxy(
                        List.of(seniors),
                        LocalDate.of(1950, 2, 2),
                        NO_GROUPS,
                        null,
                        at(2021, 7, 10, 12, 0)))
            .reason());
  }

  @Test
  void aRelationshipTheCohortDoesNotAllowIsRefusedNamingTheAllowedOnes() {
    CohortWindow seniors =
        proxyWindow(EnumSet.of(ProxyRelationship.CHILD, ProxyRelationship.SPOUSE));
    BookingNotAllowedException refused =
        assertThrows(
            BookingNotAllowedException.class,
            () ->
                PolicyDecision.forProxy(
                    List.of(seniors),
                    LocalDate.of(1950, 2, 2),
                    NO_GROUPS,
                    ProxyRelationship.SIBLING,
                    at(2021, 7, 10, 12, 0)));
    assertEquals(Reason.RELATIONSHIP_NOT_ALLOWED, refused.reason());
    assertEquals(List.of("SIBLING", "CHILD, SPOUSE"), refused.arguments());
  }

  @Test
  void aCohortNotMarkedForProxyIsSelfOnlyEvenWhileOpen() {
    CohortWindow selfOnly =
        window(7, 1940, 1960, null, at(2021, 7, 1, 0, 0), at(2021, 7, 31, 0, 0), null);
    assertEquals(
        Reason.PROXY_NOT_ALLOWED,
        assertThrows(
                BookingNotAllowedException.class,
                () ->
                    PolicyDecision.forProxy(
                        List.of(selfOnly),
                        LocalDate.of(1950, 2, 2),
                        NO_GROUPS,
                        ProxyRelationship.CHILD,
                        at(2021, 7, 10, 12, 0)))
            .reason());
    PolicyDecision.forSelf(
        List.of(selfOnly), LocalDate.of(1950, 2, 2), NO_GROUPS, at(2021, 7, 10, 12, 0));
  }

  @Test
  void anUnknownRelationshipIsRefused() {
    assertThrows(InvalidRequestException.class, () -> ProxyRelationship.parse("NEIGHBOUR"));
    assertEquals(ProxyRelationship.CHILD, ProxyRelationship.parse(" child "));
    assertEquals(null, ProxyRelationship.parse(" "));
  }

  @Test
  void theBookingDaySaysWhenItOpensIsOpenOrThatThereIsNoWindowYet() {
    BookingDay notYet =
        PolicyDecision.bookingDay(
            List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 1, 0, 0));
    assertEquals(BookingDay.State.NOT_YET, notYet.state());
    assertEquals("policy.day.notYet", notYet.messageKey());
    assertEquals(List.of("2021", "8", "13", "20:00", "August"), notYet.arguments());
    assertEquals(true, notYet.rotation());

    BookingDay open =
        PolicyDecision.bookingDay(
            List.of(AGED_18_TO_49), BORN_ON_THE_13TH, NO_GROUPS, at(2021, 8, 13, 20, 0));
    assertEquals(BookingDay.State.OPEN, open.state());
    assertEquals(List.of("2021", "8", "14", "18:00", "August"), open.arguments());

    BookingDay none =
        PolicyDecision.bookingDay(
            List.of(AGED_18_TO_49), LocalDate.of(1960, 1, 1), NO_GROUPS, at(2021, 8, 13, 20, 0));
    assertEquals(BookingDay.State.NO_WINDOW, none.state());
  }

  private static CohortWindow proxyWindow(Set<ProxyRelationship> relationships) {
    return new CohortWindow(
        6,
        new Localized("60세 이상", "60 and over"),
        1900,
        1961,
        null,
        at(2021, 7, 1, 0, 0),
        at(2021, 7, 31, 0, 0),
        null,
        true,
        relationships,
        List.of());
  }

  static CohortWindow window(
      long id,
      Integer from,
      Integer to,
      String group,
      Instant opens,
      Instant closes,
      TenPartRotation rotation) {
    return new CohortWindow(
        id,
        new Localized("창 " + id, "window " + id),
        from,
        to,
        group,
        opens,
        closes,
        rotation,
        false,
        Set.of(),
        List.of());
  }

  static Instant at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
  }
}
