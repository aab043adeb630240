#!/bin/bash
# The waiting-room benchmark over HTTP as docs/waiting-room.md ("Benchmark") describes it: starts a
# bench server (port offset 850, its own base folder, H2), lets it warm up, runs
# WaitingRoomBenchmark's HTTP part RUNS times on it (joins/s, polls/s, admission accuracy at 20
# and 50/s), prints the machine and the load average around each run, stops the server.
#   bench/waiting-room.sh OUTDIR
# Build first: mvn -q -o install -DskipTests. On a shared machine wrap it in the CPU lock:
#   flock /tmp/anshim-cpu.lock bench/waiting-room.sh /tmp/waiting-room
# Defaults: RUNS=2 PEOPLE=200 THREADS=16 SECONDS_MEASURED=10 ACCURACY_SECONDS=30; EAR=path uses
# another EAR; SERVER_JAVA_OPTS adds JVM options.
set -u
OUT=$1
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
mvn -q -o -pl bench dependency:build-classpath -Dmdep.outputFile=target/cp.txt
CP=bench/target/classes:ejb-module/target/classes:ledger-module/target/classes:sql/target/classes:$(tr ':' '\n' < bench/target/cp.txt | grep -v /io/anshim/ | paste -sd:)
S=wildfly-config/target/wildfly; B=${BASE_DIR:-/tmp/anshim-bench-waiting-room}
rm -rf "$B" && mkdir -p "$B/deployments" && cp -r $S/standalone/configuration "$B/" \
  && cp $S/.anshim-standalone.xml "$B/configuration/standalone.xml" \
  && cp "${EAR:-ear/target/anshim.ear}" "$B/deployments/"
export JBOSS_PIDFILE="$B/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1
JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseParallelGC -Djava.net.preferIPv4Stack=true ${SERVER_JAVA_OPTS:-}" \
  $S/bin/standalone.sh -Djboss.server.base.dir="$B" -Djboss.socket.binding.port-offset=850 \
  -Danshim.identity.max-starts-per-address=1000000000 -Danshim.identity.address-window-seconds=1 \
  > "$OUT/server.out" 2>&1 &
for i in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8930/api/health)" = 200 ] && break
  sleep 1
done
SERVER=$(cat "$B/server.pid")
for run in $(seq 1 "${RUNS:-2}"); do
  echo "run $run; load before: $(uptime | sed 's/.*load average: //'); $(bench/machine.sh)"
  java -Xmx512m -cp "$CP" -Dbench.inProcess=false -Dbench.url=http://localhost:8930/ \
    -Dbench.people="${PEOPLE:-200}" -Dbench.httpThreads="${THREADS:-16}" \
    -Dbench.seconds="${SECONDS_MEASURED:-10}" -Dbench.accuracySeconds="${ACCURACY_SECONDS:-30}" \
    -Dbench.serverPid="$SERVER" io.anshim.bench.WaitingRoomBenchmark 2>&1
  echo "load after: $(uptime | sed 's/.*load average: //')"
done | tee "$OUT/summary.txt"
kill "$SERVER"; sleep 5; kill -0 "$SERVER" 2>/dev/null && kill -9 "$SERVER"
wait
