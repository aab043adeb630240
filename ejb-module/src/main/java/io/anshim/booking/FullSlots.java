package io.anshim.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The slots the database has said are full, on this node: when thousands race for a slot's last
 * places, the late ones are told "full" without a query. Only a hint, never a refusal of a place
 * that exists: a slot is noted only from a read or a conditional update that found it full, and a
 * committed release on its day drops the day's notes. A read that started before such a release
 * does not note anything (each day has a release count, taken before the read and compared after).
 * A place is only ever given back by this node's {@link DefaultBookings}; with several nodes, the
 * release has to reach every node (the cluster issue).
 */
@ApplicationScoped
class FullSlots {

  /** Past this many days noted, the notes start again (a hint may always be forgotten). */
  private static final int MAX_DAYS = 100_000;

  private final ConcurrentMap<String, Set<LocalTime>> fullByDay = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Long> releases = new ConcurrentHashMap<>();

  private static String day(long centerId, LocalDate date) {
    return centerId + "/" + date;
  }

  /** The day's count of releases; take it before reading a slot of the day. */
  long releasesOf(long centerId, LocalDate date) {
    return releases.getOrDefault(day(centerId, date), 0L);
  }

  boolean knownFull(long centerId, LocalDate date, LocalTime start) {
    Set<LocalTime> full = fullByDay.get(day(centerId, date));
    return full != null && full.contains(start);
  }

  /** The database found the slot full, in a read that began when the day had this count. */
  void noteFull(long centerId, LocalDate date, LocalTime start, long releasesBeforeRead) {
    String day = day(centerId, date);
    if (releases.getOrDefault(day, 0L) != releasesBeforeRead) {
      return;
    }
    if (fullByDay.size() > MAX_DAYS) {
      fullByDay.clear();
    }
    fullByDay.computeIfAbsent(day, d -> ConcurrentHashMap.newKeySet()).add(start);
    if (releases.getOrDefault(day, 0L) != releasesBeforeRead) {
      // a release committed meanwhile: the note may be stale
      fullByDay.remove(day);
    }
  }

  void onPlaceReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceReleased release) {
    String day = day(release.centerId(), release.date());
    releases.merge(day, 1L, Long::sum);
    fullByDay.remove(day);
  }
}
