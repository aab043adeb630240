package io.anshim.booking.policy;

import io.anshim.booking.policy.CohortWindow.Opening;
import io.anshim.shared.BusinessException;
import io.anshim.shared.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Stateless
@PermitAll
public class DefaultBookingPolicy implements BookingPolicy {

  static final String GRANTED = "GRANTED";

  @Inject private BookingPolicyRepository repository;
  @Inject PolicyPeople people;
  @Inject private ProxyDecisionLog proxyLog;
  @Inject Clock clock;
  @Inject WindowCache windowCache;

  /**
   * Reads only (a proxy's decision is logged in a transaction of its own), mostly from memory:
   * without a transaction, whose begin and commit cost more than the rest of the call (2 % of the
   * request threads' CPU in the booking race, docs/booking.md, "Session 12").
   */
  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public BookingPermission requirePermission(
      long personCitizenId, long bookerCitizenId, String relationship) {
    Instant now = clock.instant();
    PolicyPeople.Person person = citizen(personCitizenId);
    List<CohortWindow> covering = covering(person);
    if (personCitizenId == bookerCitizenId) {
      return permission(
          PolicyDecision.forSelf(covering, person.birthDate(), groupsOf(covering), now),
          personCitizenId,
          bookerCitizenId,
          null);
    }
    citizen(bookerCitizenId);
    try {
      ProxyRelationship stated = ProxyRelationship.parse(relationship);
      PolicyDecision.Granted granted =
          PolicyDecision.forProxy(covering, person.birthDate(), groupsOf(covering), stated, now);
      BookingPermission permission =
          permission(granted, personCitizenId, bookerCitizenId, stated.name());
      proxyLog.record(
          bookerCitizenId,
          personCitizenId,
          permission.relationship(),
          true,
          GRANTED,
          permission.windowId(),
          now);
      return permission;
    } catch (BusinessException refused) {
      proxyLog.record(
          bookerCitizenId,
          personCitizenId,
          relationship == null || relationship.isBlank() ? null : relationship,
          false,
          refused.messageKey(),
          null,
          now);
      throw refused;
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<BookingPermission> permissionFromMemory(long citizenId) {
    Optional<PolicyPeople.Person> person = people.known(citizenId);
    Optional<List<CohortWindow>> all = windowCache.kept();
    if (person.isEmpty()
        || all.isEmpty()
        || all.get().stream().anyMatch(w -> w.priorityGroup() != null)) {
      return Optional.empty();
    }
    List<CohortWindow> covering = covering(person.get(), all.get(), Set.of());
    try {
      return Optional.of(
          permission(
              PolicyDecision.forSelf(
                  covering, person.get().birthDate(), groupsOf(covering), clock.instant()),
              citizenId,
              citizenId,
              null));
    } catch (BusinessException refused) {
      return Optional.empty();
    }
  }

  @Override
  public BookingDay bookingDayFor(long citizenId) {
    PolicyPeople.Person citizen = citizen(citizenId);
    List<CohortWindow> covering = covering(citizen);
    return PolicyDecision.bookingDay(
        covering, citizen.birthDate(), groupsOf(covering), clock.instant());
  }

  private BookingPermission permission(
      PolicyDecision.Granted granted, long person, long booker, String relationship) {
    Opening opening = granted.opening();
    CohortWindow window = opening.window();
    return new BookingPermission(
        person,
        booker,
        relationship,
        window.id(),
        window.name(),
        opening.period().end(),
        window.vaccineCodes());
  }

  /**
   * The windows whose cohort holds this person, ordered by opening time: born in the window's
   * years, or a member of its priority group. The windows come from {@link WindowCache}; membership
   * is read only when some window is a group's.
   */
  private List<CohortWindow> covering(PolicyPeople.Person citizen) {
    List<CohortWindow> all =
        windowCache.windows(() -> repository.windows().stream().map(PolicyWindows::rules).toList());
    Set<String> groups =
        all.stream().anyMatch(w -> w.priorityGroup() != null)
            ? Set.copyOf(repository.groupsOf(citizen.residentNumberHash()))
            : Set.of();
    return covering(citizen, all, groups);
  }

  private static List<CohortWindow> covering(
      PolicyPeople.Person citizen, List<CohortWindow> all, Set<String> groups) {
    int year = citizen.birthDate().getYear();
    return all.stream()
        .filter(
            w ->
                (w.bornFromYear() != null
                        && w.bornToYear() != null
                        && w.bornFromYear() <= year
                        && w.bornToYear() >= year)
                    || (w.priorityGroup() != null && groups.contains(w.priorityGroup())))
        .collect(Collectors.toList());
  }

  /**
   * The person's priority groups among these windows: the repository returns a group's window only
   * to its members.
   */
  private static Set<String> groupsOf(List<CohortWindow> covering) {
    return covering.stream()
        .map(CohortWindow::priorityGroup)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private PolicyPeople.Person citizen(long id) {
    return people
        .person(id)
        .orElseThrow(() -> new NotFoundException("error.identity.unknownCitizen"));
  }
}
