package io.anshim.booking;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import org.infinispan.Cache;

/**
 * Free places per center and day for the search screens, in the Infinispan cache
 * "anshim/booking-capacity" (entries live a few seconds). Only a view: a committed change to a slot
 * drops its day's entry, and booking itself never reads here.
 */
@ApplicationScoped
class CapacityCache {

  @Resource(lookup = "java:jboss/infinispan/cache/anshim/booking-capacity")
  private Cache<String, Integer> cache;

  static String key(long centerId, LocalDate date) {
    return centerId + "/" + date;
  }

  Integer get(long centerId, LocalDate date) {
    return cache.get(key(centerId, date));
  }

  void put(long centerId, LocalDate date, int remaining) {
    cache.putForExternalRead(key(centerId, date), remaining);
  }

  void clear() {
    cache.clear();
  }

  void onSlotChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlotChanged change) {
    cache.remove(key(change.centerId(), change.date()));
  }

  void onCapacityChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CapacityChanged change) {
    cache.clear();
  }
}
