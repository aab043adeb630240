package io.anshim.booking.policy;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The one decision on who may book when, and for whom. Time is the server's clock only: nothing a
 * request carries moves it.
 */
@Local
public interface BookingPolicy {

  /**
   * May {@code bookerCitizenId} book for {@code personCitizenId} now? Booking for oneself: booker
   * equals person and {@code relationship} is null (ignored). Booking for someone else needs a
   * window covering the person that allows proxy booking for the stated relationship (CHILD,
   * SPOUSE, GRANDCHILD, SIBLING, CAREGIVER); every such decision, granted or refused, is recorded.
   *
   * @throws BookingNotAllowedException no window, not yet (with when it opens), closed, proxy or
   *     relationship not allowed, relationship missing
   * @throws io.anshim.shared.InvalidRequestException an unknown relationship code
   * @throws io.anshim.shared.NotFoundException an unknown citizen id
   */
  BookingPermission requirePermission(
      long personCitizenId, long bookerCitizenId, String relationship);

  /**
   * The permission for a citizen booking for themselves, if this node can decide it from memory
   * alone (the person and the windows kept, no priority group in play) and says yes; empty
   * otherwise, refusals included: those are for {@link #requirePermission} to give. Records
   * nothing.
   */
  Optional<BookingPermission> permissionFromMemory(long citizenId);

  /** What to show the citizen about their booking day. Never throws for a known citizen. */
  BookingDay bookingDayFor(long citizenId);
}
