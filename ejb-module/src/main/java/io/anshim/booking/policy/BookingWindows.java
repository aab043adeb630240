package io.anshim.booking.policy;

import io.anshim.shared.Page;
import io.anshim.shared.PageRequest;
import jakarta.ejb.Local;
import java.util.List;

/**
 * The operator's side of the booking policy: windows, priority groups, and the audit trails of
 * changes and proxy decisions. Every change is recorded with who made it and when.
 */
@Local
public interface BookingWindows {

  List<BookingWindowView> windows();

  BookingWindowForm editableWindow(long windowId);

  BookingWindowView createWindow(BookingWindowForm form);

  BookingWindowView updateWindow(long windowId, BookingWindowForm form);

  void deleteWindow(long windowId);

  /** Adds the person with this resident number to a priority group (stored as the keyed hash). */
  GroupMembership addMember(String groupCode, String residentNumber);

  /**
   * Adds everyone on a list to a priority group, all or nothing: an entry that is not a resident
   * number refuses the whole list, naming its place in the list (never the number); blank entries
   * are passed over. At most {@link #MEMBERS_AT_ONCE} entries; the same person twice counts once.
   */
  GroupMembers addMembers(String groupCode, List<String> residentNumbers);

  /** Entries one list may hold. */
  int MEMBERS_AT_ONCE = 1_000;

  Page<PolicyChangeView> changes(PageRequest page);

  Page<ProxyDecisionView> proxyDecisions(PageRequest page);

  /** A list added to a group: how many were new, how many were members already. */
  record GroupMembers(String groupCode, int added, int alreadyMembers, long groupSize)
      implements java.io.Serializable {}

  /** A person added to a group: only the masked number is shown back. */
  record GroupMembership(
      String groupCode, String maskedResidentNumber, boolean added, long groupSize)
      implements java.io.Serializable {}
}
