package io.anshim.booking.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * All booking windows as the rules see them, kept in this node's memory: the policy asks for them
 * on every booking request and they change a few times a year. A change drops them once it is
 * committed ({@link WindowsChanged}, fired by {@link DefaultBookingWindows}), before the operator's
 * request returns, so the next decision on this node reads the table again.
 *
 * <p>A list read from the table before a change was committed is never kept after that change: the
 * list and a generation number are swapped together, and a list is kept only if no drop happened
 * while it was read. Priority-group membership is not kept here (it is read per person).
 *
 * <p>On a cluster each node keeps its own copy; the drop would have to reach every node (an
 * invalidation-mode Infinispan cache, or a JMS topic the observer publishes to).
 */
@ApplicationScoped
class WindowCache {

  private record Snapshot(long generation, List<CohortWindow> windows) {}

  private final AtomicReference<Snapshot> current = new AtomicReference<>(new Snapshot(0, null));

  /** The windows ordered by opening time then id, read through {@code loader} when not kept. */
  List<CohortWindow> windows(Supplier<List<CohortWindow>> loader) {
    Snapshot seen = current.get();
    if (seen.windows() != null) {
      return seen.windows();
    }
    List<CohortWindow> loaded =
        loader.get().stream()
            .sorted(Comparator.comparing(CohortWindow::opensAt).thenComparingLong(CohortWindow::id))
            .toList();
    // kept only if nothing was dropped since "seen" was taken
    current.compareAndSet(seen, new Snapshot(seen.generation(), loaded));
    return loaded;
  }

  /** The windows if this node keeps them now; never reads the table. */
  Optional<List<CohortWindow>> kept() {
    return Optional.ofNullable(current.get().windows());
  }

  void onWindowsChanged(
      @Observes(during = TransactionPhase.AFTER_COMPLETION) WindowsChanged change) {
    drop();
  }

  void drop() {
    current.updateAndGet(s -> new Snapshot(s.generation() + 1, null));
  }
}
