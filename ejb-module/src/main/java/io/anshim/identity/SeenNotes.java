package io.anshim.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Sessions seen since the last write of last-seen times, each with the latest time it was seen.
 * {@link #take} hands them out in chunks; a session seen again meanwhile stays for the next write.
 */
final class SeenNotes {

  /** Past this many sessions waiting, new ones are dropped until the next write (a hint). */
  static final int MAX_WAITING = 500_000;

  /** One write: these sessions were seen at {@code at} at the latest. */
  record Chunk(List<String> sessionIds, Instant at) {}

  private final ConcurrentMap<String, Instant> waiting = new ConcurrentHashMap<>();

  void seen(String sessionId, Instant at) {
    if (waiting.size() >= MAX_WAITING && !waiting.containsKey(sessionId)) {
      return;
    }
    waiting.merge(sessionId, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** Takes every waiting session out, in chunks of at most {@code size}. */
  List<Chunk> take(int size) {
    List<Chunk> chunks = new ArrayList<>();
    List<String> ids = new ArrayList<>(size);
    Instant latest = null;
    for (Map.Entry<String, Instant> e : waiting.entrySet()) {
      if (!waiting.remove(e.getKey(), e.getValue())) {
        continue; // seen again meanwhile: the newer time goes with the next write
      }
      ids.add(e.getKey());
      latest = latest == null || e.getValue().isAfter(latest) ? e.getValue() : latest;
      if (ids.size() == size) {
        chunks.add(new Chunk(List.copyOf(ids), latest));
        ids.clear();
        latest = null;
      }
    }
    if (!ids.isEmpty()) {
      chunks.add(new Chunk(List.copyOf(ids), latest));
    }
    return chunks;
  }

  boolean isEmpty() {
    return waiting.isEmpty();
  }
}
