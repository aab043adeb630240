package io.anshim.booking.policy;

import java.util.List;
import java.util.Optional;

/** Booking windows, priority-group members and the policy's two audit trails. */
public interface BookingPolicyRepository {

  List<BookingWindow> windows();

  /** The windows whose cohort holds a person born in {@code birthYear} with this resident hash. */
  List<BookingWindow> windowsCovering(int birthYear, String residentNumberHash);

  Optional<BookingWindow> window(long id);

  void add(BookingWindow window);

  void remove(BookingWindow window);

  boolean isMember(String groupCode, String residentNumberHash);

  /** The priority groups this resident hash is a member of. */
  List<String> groupsOf(String residentNumberHash);

  long groupSize(String groupCode);

  void add(PriorityGroupMember member);

  void add(BookingPolicyChange change);

  List<BookingPolicyChange> changes(int offset, int max);

  long changeCount();

  void add(ProxyDecision decision);

  List<ProxyDecision> proxyDecisions(int offset, int max);

  long proxyDecisionCount();
}
