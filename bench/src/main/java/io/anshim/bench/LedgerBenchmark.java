package io.anshim.bench;

import io.anshim.ledger.EntryKind;
import io.anshim.ledger.merkle.CompactRange;
import io.anshim.ledger.merkle.Hash;
import io.anshim.ledger.merkle.InMemorySubtreeStore;
import io.anshim.ledger.merkle.InclusionProof;
import io.anshim.ledger.merkle.MerkleTree;
import io.anshim.ledger.merkle.SubtreeHash;
import io.anshim.ledger.note.NoteSigner;
import io.anshim.ledger.note.SignatureType;
import io.anshim.ledger.note.SignerKey;
import io.anshim.ledger.sequencer.Sequencer;
import io.anshim.ledger.store.JpaLedgerNodes;
import io.anshim.ledger.store.LedgerNode;
import io.anshim.ledger.store.LedgerStore;
import io.anshim.ledger.store.NewEntry;
import io.anshim.sql.SchemaMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The ledger's figures for docs/benchmarks.md: sustained appends through the JPA store with the
 * real sequencer (batches of 256 or 250 ms, one transaction each with its signed checkpoint),
 * append-to- checkpoint latency, inclusion-proof latency from persisted subtree hashes, proof size,
 * and the naive baseline of recomputing the root from all leaves.
 *
 * <p>System properties: bench.db (h2 | postgresql), bench.appends (default 100000),
 * bench.proofLeaves (default 10000000), bench.pg.url (default
 * jdbc:postgresql://127.0.0.1:5432/test).
 */
public final class LedgerBenchmark {

  private static final String ORIGIN = "bench.anshim.example/ledger";

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("bench.db", "h2");
    int appends = Integer.getInteger("bench.appends", 100_000);
    int proofLeaves = Integer.getInteger("bench.proofLeaves", 10_000_000);
    System.out.printf(
        "Ledger benchmark on %s, %d cores, Java %s%n",
        db, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

    Database database = "postgresql".equals(db) ? postgresql("anshim_bench") : h2("appends", false);
    try (EntityManagerFactory emf = database.entityManagers()) {
      sustainedAppends(emf, appends);
      paced(emf, 1000, 5);
      paced(emf, 4000, 5);
    }
    if (proofLeaves == 0) {
      return;
    }
    boolean reuse = Boolean.getBoolean("bench.proofs.reuse");
    Database proofs =
        "postgresql".equals(db) ? postgresql("anshim_bench_proofs") : h2("proofs", reuse);
    proofLatency(proofs, proofLeaves, reuse);
  }

  // --- appends
  // -------------------------------------------------------------------------------------

  private static Sequencer sequencer(EntityManagerFactory emf) {
    NoteSigner signer =
        new NoteSigner(SignerKey.generate(ORIGIN, SignatureType.ED25519, new SecureRandom()));
    EntityManager em = emf.createEntityManager();
    em.getTransaction().begin();
    CompactRange[] edge = {new LedgerStore(em).recover(signer, ORIGIN, Instant.now()).edge()};
    em.getTransaction().commit();
    em.close();
    return new Sequencer(
        batch -> {
          EntityManager tx = emf.createEntityManager();
          try {
            tx.getTransaction().begin();
            CompactRange next = CompactRange.of(edge[0].size(), edge[0].peaks());
            long first = next.size();
            new LedgerStore(tx).append(next, batch, signer, ORIGIN, Instant.now());
            tx.getTransaction().commit();
            edge[0] = next;
            return first;
          } finally {
            if (tx.getTransaction().isActive()) {
              tx.getTransaction().rollback();
            }
            tx.close();
          }
        },
        256,
        Duration.ofMillis(250),
        1_000_000);
  }

  /** As fast as the store takes them, at most 4096 appends waiting at a time. */
  private static void sustainedAppends(EntityManagerFactory emf, int count) throws Exception {
    Semaphore inFlight = new Semaphore(4096);
    long[] latencies = new long[count];
    List<CompletableFuture<Long>> all = new ArrayList<>(count);
    Random random = new Random(1);
    long start;
    long end;
    try (Sequencer sequencer = sequencer(emf)) {
      sequencer.start(Thread::new);
      start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        byte[] data = new byte[32];
        random.nextBytes(data);
        inFlight.acquire();
        long submitted = System.nanoTime();
        int slot = i;
        all.add(
            sequencer
                .submit(new NewEntry(EntryKind.CERTIFICATE_ISSUED, data))
                .toCompletableFuture()
                .whenComplete(
                    (index, failure) -> {
                      latencies[slot] = System.nanoTime() - submitted;
                      inFlight.release();
                    }));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
      end = System.nanoTime();
    }
    double seconds = (end - start) / 1e9;
    System.out.printf(
        "sustained appends: %d entries in %.2f s = %.0f appends/s (batches of 256, one transaction"
            + " each with entries, subtree hashes and a signed checkpoint)%n",
        count, seconds, count / seconds);
    System.out.printf(
        "  append->signed checkpoint under saturation (4096 in flight): %s%n",
        percentiles(latencies));
  }

  /** A steady load well below capacity: latency is then mostly the 250 ms batching window. */
  private static void paced(EntityManagerFactory emf, int perSecond, int seconds) throws Exception {
    int count = perSecond * seconds;
    long[] latencies = new long[count];
    List<CompletableFuture<Long>> all = new ArrayList<>(count);
    Random random = new Random(2);
    try (Sequencer sequencer = sequencer(emf)) {
      sequencer.start(Thread::new);
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        long due = start + (long) i * 1_000_000_000L / perSecond;
        while (System.nanoTime() < due) {
          Thread.onSpinWait();
        }
        byte[] data = new byte[32];
        random.nextBytes(data);
        long submitted = System.nanoTime();
        int slot = i;
        all.add(
            sequencer
                .submit(new NewEntry(EntryKind.CERTIFICATE_ISSUED, data))
                .toCompletableFuture()
                .whenComplete((index, failure) -> latencies[slot] = System.nanoTime() - submitted));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    }
    System.out.printf(
        "  append->signed checkpoint at a steady %d appends/s: %s%n",
        perSecond, percentiles(latencies));
  }

  // --- proofs
  // --------------------------------------------------------------------------------------

  private static void proofLatency(Database database, int leaves, boolean reuse) throws Exception {
    System.out.printf(
        "a %,d-leaf tree: subtree hashes bulk-loaded into ledger_node (JDBC batches), leaf hashes"
            + " kept in memory to verify each proof%n",
        leaves);
    long t0 = System.nanoTime();
    Hash[] leafHashes = new Hash[leaves];
    Random random = new Random(3);
    byte[] data = new byte[32];
    for (int i = 0; i < leaves; i++) {
      random.nextBytes(data);
      leafHashes[i] = Hash.leafHash(data);
    }
    if (!reuse) {
      bulkLoad(database.dataSource, leafHashes);
      System.out.printf("  built and loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
    Random pick = new Random(4);
    Hash root;
    try (EntityManagerFactory emf = database.entityManagers()) {
      EntityManager em = emf.createEntityManager();
      MerkleTree stored = new MerkleTree(new JpaLedgerNodes(em, leaves));
      root = stored.root();
      Hash expected = root;
      int[] proofBytes = {0};
      // the first pass after opening the database also pays for filling H2's page cache from the
      // file
      for (String pass : List.of("first pass after opening", "second pass")) {
        long[] dbTimes =
            measure(
                20_000,
                () -> {
                  long index = pick.nextInt(leaves);
                  InclusionProof proof = stored.inclusionProof(index, leaves);
                  if (!proof.isValid(leafHashes[(int) index], expected)) {
                    throw new IllegalStateException("stored proof does not verify");
                  }
                  proofBytes[0] = Math.max(proofBytes[0], proof.path().size() * Hash.SIZE);
                  em.clear();
                });
        System.out.printf(
            "inclusion proof at %,d leaves, JPA store (one query, %s), %s: %s%n",
            leaves, database.name, pass, percentiles(dbTimes));
      }
      System.out.printf(
          "proof size: %d hashes = %d bytes of hashes at most (hex JSON about %d bytes)%n",
          proofBytes[0] / Hash.SIZE,
          proofBytes[0],
          proofBytes[0] * 2 + (proofBytes[0] / Hash.SIZE) * 3 + 120);
      em.close();
    }

    InMemorySubtreeStore memory = InMemorySubtreeStore.of(Arrays.asList(leafHashes));
    MerkleTree inMemory = new MerkleTree(memory);
    if (!inMemory.root().equals(root)) {
      throw new IllegalStateException("stored root differs from the in-memory root");
    }
    long[] memoryTimes =
        measure(
            20_000,
            () -> {
              long index = pick.nextInt(leaves);
              InclusionProof proof = inMemory.inclusionProof(index, leaves);
              if (!proof.isValid(leafHashes[(int) index], root)) {
                throw new IllegalStateException("in-memory proof does not verify");
              }
            });
    System.out.printf(
        "inclusion proof at %,d leaves, in-memory store: %s%n", leaves, percentiles(memoryTimes));

    long[] naive =
        measure(
            3,
            () -> {
              Hash recomputed = naiveRoot(leafHashes, 0, leaves);
              if (!recomputed.equals(root)) {
                throw new IllegalStateException("naive root differs");
              }
            });
    System.out.printf(
        "naive baseline, recompute the root from all %,d leaf hashes: %s%n",
        leaves, percentiles(naive));
  }

  /**
   * RFC 9162 MTH by its definition, over leaf hashes: what a proof costs without stored subtrees.
   */
  private static Hash naiveRoot(Hash[] leaves, int start, int end) {
    int n = end - start;
    if (n == 1) {
      return leaves[start];
    }
    int k = Integer.highestOneBit(n - 1);
    return Hash.nodeHash(naiveRoot(leaves, start, start + k), naiveRoot(leaves, start + k, end));
  }

  private static void bulkLoad(DataSource dataSource, Hash[] leafHashes) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      CompactRange edge = CompactRange.empty();
      try (PreparedStatement insert =
          connection.prepareStatement("INSERT INTO ledger_node (node_id, hash) VALUES (?, ?)")) {
        int pending = 0;
        for (Hash leaf : leafHashes) {
          for (SubtreeHash finished : edge.append(leaf)) {
            insert.setLong(1, LedgerNode.idOf(finished.subtree()));
            insert.setString(2, finished.hash().hex());
            insert.addBatch();
            if (++pending == 5000) {
              insert.executeBatch();
              connection.commit();
              pending = 0;
            }
          }
        }
        insert.executeBatch();
        connection.commit();
      }
    }
  }

  // --- plumbing
  // ------------------------------------------------------------------------------------

  private static long[] measure(int times, Runnable action) {
    for (int i = 0; i < Math.min(times, 500); i++) {
      action.run();
    }
    long[] nanos = new long[times];
    for (int i = 0; i < times; i++) {
      long t = System.nanoTime();
      action.run();
      nanos[i] = System.nanoTime() - t;
    }
    return nanos;
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.3f ms, p99 %.3f ms, max %.3f ms (n=%d)",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        sorted.length);
  }

  private record Database(String name, DataSource dataSource, Map<String, Object> jpa) {

    EntityManagerFactory entityManagers() {
      return Persistence.createEntityManagerFactory("ledger-bench", jpa);
    }
  }

  /** Like the server's datasource: connections (and their statement caches) are reused. */
  private static DataSource pooled(JdbcDataSource dataSource) {
    if (pools.containsKey(dataSource.getURL())) {
      return pools.get(dataSource.getURL());
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource);
    pools.put(dataSource.getURL(), pool);
    return pool;
  }

  private static final Map<String, JdbcConnectionPool> pools = new java.util.HashMap<>();

  private static Database h2(String name, boolean reuse) throws Exception {
    Path dir = Path.of("target", "bench-h2");
    Files.createDirectories(dir);
    for (String suffix : List.of(".mv.db", ".trace.db")) {
      if (!reuse) {
        Files.deleteIfExists(dir.resolve(name + suffix));
      }
    }
    // the server keeps a pool of open connections; keeping the database open here is the equivalent
    String url =
        "jdbc:h2:"
            + dir.toAbsolutePath().resolve(name)
            + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"
            + ";CACHE_SIZE="
            + Integer.getInteger("bench.h2.cacheKb", 65536)
            // the server's datasource writes at every commit (WRITE_DELAY=0); H2's default is 500
            // ms
            + Optional.ofNullable(System.getProperty("bench.h2.writeDelay"))
                .map(ms -> ";WRITE_DELAY=" + Integer.parseInt(ms))
                .orElse("");
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("anshim");
    dataSource.setPassword("anshim");
    SchemaMigration.migrate(dataSource);
    return new Database(
        "H2 2.2 file",
        pooled(dataSource),
        Map.of("jakarta.persistence.nonJtaDataSource", pooled(dataSource)));
  }

  private static Database postgresql(String schema) throws Exception {
    String base = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    org.postgresql.ds.PGSimpleDataSource admin = new org.postgresql.ds.PGSimpleDataSource();
    admin.setURL(base);
    admin.setUser("postgres");
    admin.setPassword("postgres");
    try (Connection connection = admin.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    String url = base + "?currentSchema=" + schema;
    PGConnectionPoolDataSource dataSource = new PGConnectionPoolDataSource();
    dataSource.setURL(url);
    dataSource.setUser("postgres");
    dataSource.setPassword("postgres");
    DataSource pool = JdbcConnectionPool.create(dataSource);
    SchemaMigration.migrate(pool);
    return new Database(
        "PostgreSQL 15", pool, Map.of("jakarta.persistence.nonJtaDataSource", pool));
  }
}
