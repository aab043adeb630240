package io.anshim.ledger.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.anshim.ledger.EntryKind;
import io.anshim.ledger.store.NewEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SequencerTest {

  /** A log in memory: batches are appended whole, in the order written. */
  private static final class FakeLog implements BatchWriter {
    final List<List<NewEntry>> batches = new ArrayList<>();
    long size;
    boolean failNext;

    @Override
    public synchronized long write(List<NewEntry> batch) {
      if (failNext) {
        failNext = false;
        throw new IllegalStateException("database down");
      }
      batches.add(batch);
      long first = size;
      size += batch.size();
      return first;
    }
  }

  private static NewEntry entry(int marker) {
    byte[] data = new byte[32];
    data[0] = (byte) marker;
    return new NewEntry(EntryKind.CERTIFICATE_ISSUED, data);
  }

  @Test
  void entriesOfABatchGetConsecutiveIndicesInTheOrderSubmitted() throws Exception {
    FakeLog log = new FakeLog();
    Sequencer sequencer = new Sequencer(log, 256, Duration.ZERO, 1000);
    List<CompletableFuture<Long>> indices = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      indices.add(sequencer.submit(entry(i)).toCompletableFuture());
    }

    assertEquals(5, sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS));

    for (int i = 0; i < 5; i++) {
      assertEquals(i, indices.get(i).get());
      assertEquals(i, log.batches.get(0).get(i).leafData()[0]);
    }
  }

  @Test
  void aBatchClosesWhenFull() throws Exception {
    FakeLog log = new FakeLog();
    Sequencer sequencer = new Sequencer(log, 3, Duration.ofHours(1), 1000);
    for (int i = 0; i < 7; i++) {
      sequencer.submit(entry(i));
    }

    assertEquals(3, sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS));
    assertEquals(3, sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS));
    assertEquals(1, sequencer.queued());
  }

  @Test
  void aBatchClosesWhenItsFirstEntryHasWaitedLongEnough() throws Exception {
    AtomicLong now = new AtomicLong();
    FakeLog log = new FakeLog();
    Sequencer sequencer = new Sequencer(log, 256, Duration.ofMillis(250), 1000, now::get);
    sequencer.submit(entry(1));
    now.addAndGet(Duration.ofMillis(251).toNanos());

    assertEquals(
        1, sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS), "no waiting past the deadline");
  }

  @Test
  void aFailedWriteFailsItsCallersAndTheNextBatchContinuesTheLog() throws Exception {
    FakeLog log = new FakeLog();
    log.failNext = true;
    Sequencer sequencer = new Sequencer(log, 2, Duration.ZERO, 1000);
    CompletableFuture<Long> lost = sequencer.submit(entry(1)).toCompletableFuture();
    sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS);
    CompletableFuture<Long> kept = sequencer.submit(entry(2)).toCompletableFuture();
    sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS);

    assertThrows(ExecutionException.class, lost::get);
    assertEquals(0, kept.get(), "a failed batch leaves no gap");
  }

  @Test
  void manyConcurrentAppendsGetDistinctGaplessIndices() throws Exception {
    FakeLog log = new FakeLog();
    List<CompletableFuture<Long>> indices = new ArrayList<>();
    try (Sequencer sequencer = new Sequencer(log, 64, Duration.ofMillis(5), 100_000)) {
      sequencer.start(Thread::new);
      List<Thread> callers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Thread caller =
            new Thread(
                () -> {
                  for (int i = 0; i < 1000; i++) {
                    CompletableFuture<Long> index =
                        sequencer.submit(entry(i)).toCompletableFuture();
                    synchronized (indices) {
                      indices.add(index);
                    }
                  }
                });
        callers.add(caller);
        caller.start();
      }
      for (Thread caller : callers) {
        caller.join();
      }
    }
    long[] sorted = indices.stream().mapToLong(CompletableFuture::join).sorted().toArray();
    for (int i = 0; i < sorted.length; i++) {
      assertEquals(i, sorted[i]);
    }
    assertTrue(log.batches.stream().allMatch(batch -> batch.size() <= 64));
  }

  @Test
  void aStoppedSequencerRefusesNewEntries() {
    Sequencer sequencer = new Sequencer(new FakeLog(), 1, Duration.ZERO, 10);
    sequencer.close();
    assertThrows(
        ExecutionException.class, () -> sequencer.submit(entry(1)).toCompletableFuture().get());
  }

  @Test
  void anAppendRacingTheStopIsAnsweredNotLeftWaiting() throws Exception {
    // the clock is read between the sequencer's "open?" check and the queueing: stop it right there
    AtomicLong calls = new AtomicLong();
    Sequencer[] sequencer = new Sequencer[1];
    sequencer[0] =
        new Sequencer(
            new FakeLog(),
            1,
            Duration.ZERO,
            10,
            () -> {
              if (calls.incrementAndGet() == 1) {
                sequencer[0].close();
              }
              return 0;
            });
    sequencer[0].start(Thread::new);

    CompletableFuture<Long> index = sequencer[0].submit(entry(1)).toCompletableFuture();

    assertTrue(index.isDone(), "the writer is gone: nobody else would ever answer");
    assertThrows(ExecutionException.class, index::get);
  }

  @Test
  void aWriterInterruptedWhileGatheringABatchFailsItsCallersAndRefusesNewOnes() throws Exception {
    FakeLog log = new FakeLog();
    Sequencer sequencer = new Sequencer(log, 256, Duration.ofHours(1), 10);
    Thread[] writer = new Thread[1];
    sequencer.start(runnable -> writer[0] = new Thread(runnable));
    CompletableFuture<Long> gathered = sequencer.submit(entry(1)).toCompletableFuture();
    while (sequencer.queued() > 0) {
      Thread.onSpinWait(); // the writer took it and waits for more to fill its batch
    }

    writer[0].interrupt();
    writer[0].join();

    assertThrows(ExecutionException.class, gathered::get);
    assertThrows(
        ExecutionException.class, () -> sequencer.submit(entry(2)).toCompletableFuture().get());
    assertEquals(0, log.size);
  }

  @Test
  void anIdleLogIsReSignedOncePerIntervalAndABatchPostponesIt() throws Exception {
    AtomicLong now = new AtomicLong();
    FakeLog log = new FakeLog();
    Sequencer sequencer = new Sequencer(log, 256, Duration.ZERO, 1000, now::get);
    AtomicLong resigned = new AtomicLong();
    sequencer.resignWhenIdle(Duration.ofSeconds(60), resigned::incrementAndGet);

    now.addAndGet(Duration.ofSeconds(59).toNanos());
    assertFalse(sequencer.resignIfIdle(), "not yet due");
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertTrue(sequencer.resignIfIdle(), "due after 60 s without a batch");
    assertFalse(sequencer.resignIfIdle(), "once per interval");
    assertEquals(1, resigned.get());

    now.addAndGet(Duration.ofSeconds(50).toNanos());
    sequencer.submit(entry(1));
    sequencer.writeNextBatch(0, TimeUnit.MILLISECONDS); // signs a checkpoint of its own
    now.addAndGet(Duration.ofSeconds(59).toNanos());
    assertFalse(sequencer.resignIfIdle(), "a batch 59 s ago is fresh enough");
    now.addAndGet(Duration.ofSeconds(1).toNanos());
    assertTrue(sequencer.resignIfIdle());
    assertEquals(2, resigned.get());
  }

  @Test
  void withoutAnIntervalNothingIsReSigned() {
    AtomicLong now = new AtomicLong();
    Sequencer sequencer = new Sequencer(new FakeLog(), 256, Duration.ZERO, 1000, now::get);
    now.addAndGet(Duration.ofDays(1).toNanos());
    assertFalse(sequencer.resignIfIdle());
    assertThrows(
        IllegalArgumentException.class,
        () -> sequencer.resignWhenIdle(Duration.ZERO, () -> {}),
        "a zero interval would re-sign in a tight loop");
  }

  @Test
  void aFailedReSigningIsRetriedAtTheNextIntervalNotAtOnce() {
    AtomicLong now = new AtomicLong();
    Sequencer sequencer = new Sequencer(new FakeLog(), 256, Duration.ZERO, 1000, now::get);
    AtomicLong attempts = new AtomicLong();
    sequencer.resignWhenIdle(
        Duration.ofSeconds(10),
        () -> {
          attempts.incrementAndGet();
          throw new IllegalStateException("database down");
        });
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    assertFalse(sequencer.resignIfIdle());
    assertFalse(sequencer.resignIfIdle());
    assertEquals(1, attempts.get());
    now.addAndGet(Duration.ofSeconds(10).toNanos());
    sequencer.resignIfIdle();
    assertEquals(2, attempts.get());
  }
}
