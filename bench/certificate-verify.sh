#!/bin/bash
# The verifier benchmark as docs/benchmarks.md ("Certificates", "Over HTTP") describes it: starts a
# bench server (port offset 1000, its own base folder, H2), issues CITIZENS real certificates
# through the portal, then times POST /api/certificates/verify over CONNECTIONS keep-alive
# connections for ROUNDS rounds (each WARMUP s unmeasured, then SECONDS s measured), stops the
# server.
#   bench/certificate-verify.sh OUTDIR
# Build first: mvn -q -o install -DskipTests. On a shared machine wrap it in the CPU lock:
#   flock /tmp/anshim-cpu.lock bench/certificate-verify.sh /tmp/certificate-verify
# Defaults: CITIZENS=50 CONNECTIONS=16 ROUNDS=6 WARMUP=15 SECONDS_MEASURED=20; SERVER_OPTS adds server
# properties, SERVER_JAVA_OPTS JVM options (e.g. a profiler agent). The server gets 1 GB of heap, as
# the booking race's does: with WildFly's default 512 MB, G1's concurrent marking ran all the time
# and took ~18 % of the CPU (docs/benchmarks.md, "Certificates").
set -u
OUT=$1
cd "$(dirname "$0")/.."
mkdir -p "$OUT"
S=wildfly-config/target/wildfly; B=${BASE_DIR:-/tmp/anshim-bench-cert}
rm -rf "$B" && mkdir -p "$B/deployments" && cp -r $S/standalone/configuration "$B/" \
  && cp $S/.anshim-standalone.xml "$B/configuration/standalone.xml" \
  && cp "${EAR:-ear/target/anshim.ear}" "$B/deployments/"
export JBOSS_PIDFILE="$B/server.pid" LAUNCH_JBOSS_IN_BACKGROUND=1
JAVA_OPTS="-Xms1g -Xmx1g -Djava.net.preferIPv4Stack=true ${SERVER_JAVA_OPTS:-}" \
  $S/bin/standalone.sh -Djboss.server.base.dir="$B" -Djboss.socket.binding.port-offset=1000 \
  -Danshim.identity.max-starts-per-address=1000000000 ${SERVER_OPTS:-} > "$OUT/server.out" 2>&1 &
for i in $(seq 1 180); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:9080/api/health)" = 200 ] && break
  sleep 1
done
SERVER=$(cat "$B/server.pid")
echo "load before: $(uptime | sed 's/.*load average: //'); $(bench/machine.sh)" \
  | tee "$OUT/summary.txt"
java -Dbench.url=http://localhost:9080/ -Dbench.citizens="${CITIZENS:-50}" \
  -Dbench.connections="${CONNECTIONS:-16}" -Dbench.warmup="${WARMUP:-15}" \
  -Dbench.seconds="${SECONDS_MEASURED:-20}" -Dbench.rounds="${ROUNDS:-6}" \
  -Dbench.serverPid="$SERVER" -cp bench/target/classes io.anshim.bench.CertificateBenchmark 2>&1 \
  | tee -a "$OUT/summary.txt"
echo "load after: $(uptime | sed 's/.*load average: //')" | tee -a "$OUT/summary.txt"
kill "$SERVER"; sleep 5; kill -0 "$SERVER" 2>/dev/null && kill -9 "$SERVER"
wait
