package io.anshim.booking;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit of bookings on this node: requests wait in a lane, and the lane's thread books all
 * that are waiting (up to {@link #MAX_BATCH}) in one transaction, so many bookings share one
 * durable commit. Each request is answered only after that commit; a batch that does not commit
 * sends each of its requests to book alone. A center always goes to the same lane, so two batches
 * never take the same slot rows; inside a batch, bookings take their rows in one order (center,
 * day, time). The database still decides every place with its conditional update.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BookingSequencer {

  /**
   * At most this many bookings in one transaction, {@code anshim.booking.max-batch} (50): the
   * batch's reads take its persons in one IN list, and a batch that cannot commit is booked again
   * one by one.
   */
  static final int MAX_BATCH = Math.max(1, Integer.getInteger("anshim.booking.max-batch", 50));

  /**
   * Lanes (threads), {@code anshim.booking.lanes} (2); each center always goes to the same one.
   * Lanes (their centers) never wait for each other's rows; fewer lanes make bigger batches, so
   * fewer commits and fewer reads. Since a batch takes its places in one round trip (session 13), 2
   * lanes beat 4 on PostgreSQL: 864-1,073 → 1,234-1,262 committed bookings/s in the later races
   * against 769-837 → 939-975 (docs/benchmarks.md, "Session 13"). Before, with a round trip per
   * place, 4 lanes had been best (session 6).
   */
  static final int LANES = Math.max(1, Integer.getInteger("anshim.booking.lanes", 2));

  private static final Logger LOG = Logger.getLogger(BookingSequencer.class.getName());
  private static final Comparator<PendingBooking> LOCK_ORDER =
      Comparator.comparingLong((PendingBooking p) -> p.request().centerId())
          .thenComparing(p -> p.request().date())
          .thenComparing(p -> p.request().time());

  @Inject private BookingBatches batches;
  @Resource private ManagedThreadFactory threads;

  private final List<BlockingQueue<PendingBooking>> lanes = new ArrayList<>();
  private final List<Thread> workers = new ArrayList<>();
  private final LongAdder committed = new LongAdder();
  private final LongAdder notCommitted = new LongAdder();
  private volatile boolean started;
  private volatile boolean stopping;

  public BookingSequencer() {
    for (int i = 0; i < LANES; i++) {
      lanes.add(new LinkedBlockingQueue<>());
    }
  }

  /** Queues the booking for its lane's next batch; answered through {@link PendingBooking}. */
  public void enqueue(PendingBooking pending) {
    if (!started) {
      startOnce();
    }
    BlockingQueue<PendingBooking> lane = lanes.get(laneOf(pending.request().centerId()));
    lane.add(pending);
    if (stopping && lane.remove(pending)) {
      pending.abandon();
    }
  }

  /** The lane a center's bookings always go to. */
  static int laneOf(long centerId) {
    return Math.floorMod(Long.hashCode(centerId), LANES);
  }

  /**
   * Batches since the start, committed and not: a batch that did not commit sent each of its
   * bookings alone, which is correct but slow, so a growing second figure is worth a look.
   */
  public BatchCounts batchCounts() {
    return new BatchCounts(committed.sum(), notCommitted.sum());
  }

  /** See {@link #batchCounts()}. */
  public record BatchCounts(long committed, long notCommitted) {}

  private synchronized void startOnce() {
    if (started || stopping) {
      return;
    }
    for (int i = 0; i < LANES; i++) {
      BlockingQueue<PendingBooking> lane = lanes.get(i);
      Thread worker = threads.newThread(() -> work(lane));
      worker.setName("booking-sequencer-" + i);
      workers.add(worker);
    }
    workers.forEach(Thread::start);
    started = true;
  }

  private void work(BlockingQueue<PendingBooking> lane) {
    while (!stopping) {
      PendingBooking first;
      try {
        first = lane.take();
      } catch (InterruptedException stop) {
        break;
      }
      List<PendingBooking> batch = new ArrayList<>(MAX_BATCH);
      batch.add(first);
      lane.drainTo(batch, MAX_BATCH - 1);
      batch.sort(LOCK_ORDER);
      try {
        batches.bookAll(batch);
      } catch (RuntimeException | Error failed) {
        notCommitted.increment();
        LOG.log(Level.FINE, failed, () -> "a batch of " + batch.size() + " did not commit");
        batch.forEach(PendingBooking::abandon);
        continue;
      }
      committed.increment();
      batch.forEach(PendingBooking::publish);
    }
    List<PendingBooking> left = new ArrayList<>();
    lane.drainTo(left);
    left.forEach(PendingBooking::abandon);
  }

  @PreDestroy
  void stop() {
    stopping = true;
    synchronized (this) {
      workers.forEach(Thread::interrupt);
    }
    for (BlockingQueue<PendingBooking> lane : lanes) {
      List<PendingBooking> left = new ArrayList<>();
      lane.drainTo(left);
      left.forEach(PendingBooking::abandon);
    }
  }
}
