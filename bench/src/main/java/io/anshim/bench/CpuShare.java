package io.anshim.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time the server and this load generator used during a timed phase. Both share this
 * machine's cores, so a throughput figure means more with the share the server had: a load
 * generator that burns half the cores halves what the server can show. The server is the process
 * {@code -Dbench.serverPid} names, or else the one WildFly process running here (none is reported
 * when there are several). When PostgreSQL runs on this machine, its processes' CPU is reported too
 * (those alive at both ends of the phase; a connection pool keeps its backends).
 */
final class CpuShare {

  private final ProcessHandle server;
  private final long wallStart;
  private final long serverStart;
  private final long selfStart;
  private final Map<Long, Long> databaseStart;

  private CpuShare(ProcessHandle server) {
    this.server = server;
    this.wallStart = System.nanoTime();
    this.serverStart = server == null ? 0 : cpuNanos(server);
    this.selfStart = cpuNanos(ProcessHandle.current());
    this.databaseStart = databaseCpuNanos();
  }

  static CpuShare start() {
    return new CpuShare(SERVER);
  }

  /** E.g. "CPU in 2.51 s: server 4.20 s (84 % of 2 cores), load generator 0.61 s (12 %)". */
  String report() {
    double wall = (System.nanoTime() - wallStart) / 1e9;
    int cores = Runtime.getRuntime().availableProcessors();
    double self = (cpuNanos(ProcessHandle.current()) - selfStart) / 1e9;
    String generator =
        String.format("load generator %.2f s (%.0f %%)", self, 100 * self / (wall * cores));
    if (server == null) {
      return String.format(
          "CPU in %.2f s on %d cores: %s; server not found", wall, cores, generator);
    }
    double used = (cpuNanos(server) - serverStart) / 1e9;
    return String.format(
        "CPU in %.2f s: server %.2f s (%.0f %% of %d cores), %s%s",
        wall, used, 100 * used / (wall * cores), cores, generator, database(wall, cores));
  }

  private String database(double wall, int cores) {
    if (databaseStart.isEmpty()) {
      return "";
    }
    long nanos = 0;
    for (Map.Entry<Long, Long> now : databaseCpuNanos().entrySet()) {
      Long before = databaseStart.get(now.getKey());
      if (before != null) {
        nanos += now.getValue() - before;
      }
    }
    double used = nanos / 1e9;
    return String.format(", PostgreSQL %.2f s (%.0f %%)", used, 100 * used / (wall * cores));
  }

  /** CPU time by process id of every PostgreSQL process. */
  private static Map<Long, Long> databaseCpuNanos() {
    Map<Long, Long> found = new HashMap<>();
    ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .forEach(p -> found.put(p.pid(), cpuNanos(p)));
    return found;
  }

  private static final ProcessHandle SERVER = findServer();

  private static ProcessHandle findServer() {
    Long pid = Long.getLong("bench.serverPid");
    if (pid != null) {
      return ProcessHandle.of(pid).orElse(null);
    }
    List<ProcessHandle> servers =
        ProcessHandle.allProcesses()
            .filter(
                p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
            .toList();
    return servers.size() == 1 ? servers.get(0) : null;
  }

  private static long cpuNanos(ProcessHandle process) {
    Optional<Duration> cpu = process.info().totalCpuDuration();
    return cpu.map(Duration::toNanos).orElse(0L);
  }
}
