package io.anshim.ledger.sequencer;

import io.anshim.ledger.store.NewEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Orders concurrent appends into batches: a batch closes when it holds {@code maxBatch} entries or
 * its first entry has waited {@code maxDelay}, then one writer thread writes it and completes every
 * caller's future with its entry's index. One writer keeps the order of the log the order of the
 * queue.
 */
public final class Sequencer implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Sequencer.class.getName());

  private final BatchWriter writer;
  private final int maxBatch;
  private final long maxDelayNanos;
  private final LongSupplier nanoTime;
  private final BlockingQueue<Pending> queue;
  private volatile boolean open = true;
  private Thread thread;
  // idle re-signing: only the writer thread reads and writes these after start
  private Runnable resign;
  private long resignIntervalNanos;
  private long lastSignedNanos;

  public Sequencer(BatchWriter writer, int maxBatch, Duration maxDelay, int queueCapacity) {
    this(writer, maxBatch, maxDelay, queueCapacity, System::nanoTime);
  }

  Sequencer(
      BatchWriter writer,
      int maxBatch,
      Duration maxDelay,
      int queueCapacity,
      LongSupplier nanoTime) {
    this.writer = Objects.requireNonNull(writer, "writer");
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
    }
    if (maxDelay.isNegative()) {
      throw new IllegalArgumentException("maxDelay must not be negative: " + maxDelay);
    }
    this.maxBatch = maxBatch;
    this.maxDelayNanos = maxDelay.toNanos();
    this.nanoTime = nanoTime;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
  }

  /**
   * Makes the writer call {@code resign} when no batch was written for {@code interval}, so that an
   * idle log still signs a fresh checkpoint at that pace. Call before {@link #start}.
   */
  public synchronized void resignWhenIdle(Duration interval, Runnable resign) {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("re-signing interval must be positive: " + interval);
    }
    this.resignIntervalNanos = interval.toNanos();
    this.resign = Objects.requireNonNull(resign, "resign");
    this.lastSignedNanos = nanoTime.getAsLong();
  }

  private record Pending(NewEntry entry, long arrivedAt, CompletableFuture<Long> index) {}

  /** Queues an entry; the stage completes with its index once its batch is committed. */
  public CompletionStage<Long> submit(NewEntry entry) {
    Objects.requireNonNull(entry, "entry");
    CompletableFuture<Long> index = new CompletableFuture<>();
    Pending pending;
    if (!open) {
      index.completeExceptionally(new IllegalStateException("the ledger sequencer is stopped"));
    } else if (!queue.offer(pending = new Pending(entry, nanoTime.getAsLong(), index))) {
      index.completeExceptionally(
          new IllegalStateException("the ledger sequencer is full; try again"));
    } else if (!open && queue.remove(pending)) {
      // stopped while we queued: the writer may already have drained the queue for the last time
      index.completeExceptionally(new IllegalStateException("the ledger sequencer is stopped"));
    }
    return index;
  }

  /** Starts the writer thread. */
  public synchronized void start(ThreadFactory threads) {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    thread = threads.newThread(this::run);
    thread.setName("ledger-sequencer");
    thread.start();
  }

  private void run() {
    while (open || !queue.isEmpty()) {
      try {
        writeNextBatch(100, TimeUnit.MILLISECONDS);
        resignIfIdle();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "ledger sequencer loop failed", e);
      }
    }
    open = false; // also when interrupted: nobody would write what is queued after this
    failRemaining();
  }

  /**
   * Waits up to the given time for a first entry, gathers its batch and writes it.
   *
   * @return the number of entries written (0 if none arrived or the write failed)
   */
  int writeNextBatch(long wait, TimeUnit unit) throws InterruptedException {
    Pending first = queue.poll(wait, unit);
    if (first == null) {
      return 0;
    }
    List<Pending> batch = new ArrayList<>(maxBatch);
    batch.add(first);
    long deadline = first.arrivedAt() + maxDelayNanos;
    try {
      while (batch.size() < maxBatch) {
        queue.drainTo(batch, maxBatch - batch.size());
        long left = deadline - nanoTime.getAsLong();
        if (batch.size() >= maxBatch || left <= 0 || !open) {
          break;
        }
        Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
        if (next == null) {
          break;
        }
        batch.add(next);
      }
    } catch (InterruptedException e) {
      // these entries are out of the queue: answer their callers, or they would wait for ever
      batch.forEach(
          pending ->
              pending
                  .index()
                  .completeExceptionally(
                      new IllegalStateException("the ledger sequencer stopped", e)));
      throw e;
    }
    return write(batch);
  }

  /**
   * Re-signs if re-signing is configured and nothing was signed for the interval.
   *
   * @return whether it re-signed
   */
  boolean resignIfIdle() {
    if (resign == null || !open) {
      return false;
    }
    long now = nanoTime.getAsLong();
    if (now - lastSignedNanos < resignIntervalNanos) {
      return false;
    }
    lastSignedNanos = now; // also on failure: retry at the next interval, not in a tight loop
    try {
      resign.run();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "re-signing the idle ledger's checkpoint failed", e);
      return false;
    }
  }

  private int write(List<Pending> batch) {
    long firstIndex;
    try {
      firstIndex = writer.write(batch.stream().map(Pending::entry).toList());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "ledger batch of " + batch.size() + " entries was not written", e);
      batch.forEach(pending -> pending.index().completeExceptionally(e));
      return 0;
    }
    lastSignedNanos = nanoTime.getAsLong(); // every batch signs a checkpoint
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).index().complete(firstIndex + i);
    }
    return batch.size();
  }

  private void failRemaining() {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(
        p ->
            p.index()
                .completeExceptionally(new IllegalStateException("the ledger sequencer stopped")));
  }

  public int queued() {
    return queue.size();
  }

  /** Stops taking entries, writes what is queued, and waits for the writer thread to end. */
  @Override
  public void close() {
    open = false;
    Thread running;
    synchronized (this) {
      running = thread;
    }
    if (running != null) {
      try {
        running.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    } else {
      failRemaining();
    }
  }
}
