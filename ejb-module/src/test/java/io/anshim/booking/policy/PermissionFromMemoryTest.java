package io.anshim.booking.policy;

import static io.anshim.booking.policy.PolicyDecisionTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.identity.CitizenSignedIn;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy's answer from memory, which lets the booking lane refuse a full slot without a read: a
 * yes only where {@code requirePermission} would say yes, and nothing read or recorded (the
 * policy's repository, the audit and the citizen rows are absent here: touching one fails).
 */
class PermissionFromMemoryTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
  private static final long CITIZEN = 7;
  private static final LocalDate BORN_ON_THE_13TH = LocalDate.of(1985, 3, 13);
  private static final CohortWindow AGED_18_TO_49 = window(1, 1972, 2003, null);

  private final DefaultBookingPolicy policy = new DefaultBookingPolicy();

  PermissionFromMemoryTest() {
    policy.people = new PolicyPeople();
    policy.windowCache = new WindowCache();
  }

  @Test
  void onTheirRotationDayAKnownCitizenMayBook() {
    known(List.of(AGED_18_TO_49), at(2021, 8, 13, 21, 0));
    BookingPermission permission = policy.permissionFromMemory(CITIZEN).orElseThrow();
    assertEquals(1, permission.windowId());
    assertEquals(CITIZEN, permission.personCitizenId());
  }

  @Test
  void aRefusalIsLeftToTheWholeCheck() {
    known(List.of(AGED_18_TO_49), at(2021, 8, 10, 21, 0));
    assertTrue(policy.permissionFromMemory(CITIZEN).isEmpty());
  }

  @Test
  void aCitizenNotKeptOnThisNodeIsLeftToTheWholeCheck() {
    known(List.of(AGED_18_TO_49), at(2021, 8, 13, 21, 0));
    assertTrue(policy.permissionFromMemory(CITIZEN + 1).isEmpty());
  }

  @Test
  void windowsNotKeptAreLeftToTheWholeCheck() {
    known(List.of(AGED_18_TO_49), at(2021, 8, 13, 21, 0));
    policy.windowCache.drop();
    assertTrue(policy.permissionFromMemory(CITIZEN).isEmpty());
  }

  @Test
  void aPriorityGroupsWindowNeedsTheMembershipRead() {
    known(List.of(AGED_18_TO_49, window(2, null, null, "care-workers")), at(2021, 8, 13, 21, 0));
    assertTrue(policy.permissionFromMemory(CITIZEN).isEmpty());
  }

  private void known(List<CohortWindow> windows, Instant now) {
    policy.clock = Clock.fixed(now, SEOUL);
    policy.windowCache.windows(() -> windows);
    policy.people.onSignIn(new CitizenSignedIn(CITIZEN, BORN_ON_THE_13TH, "hash-7"));
  }

  private static CohortWindow window(long id, Integer from, Integer to, String group) {
    return PolicyDecisionTest.window(
        id,
        from,
        to,
        group,
        at(2021, 8, 9, 20, 0),
        at(2021, 9, 19, 18, 0),
        PolicyDecisionTest.AUGUST_2021);
  }
}
