#!/usr/bin/env bash
# Visit counting under load, and statistics queries on five years of data.
#  1. Beacons/s (POST /.civic/api/visits, text/plain, a browser's user agent, many client addresses through a
#     trusted proxy header) against the built standalone jar, as a ratio to a trivial request in the same Tomcat
#     in the same run: an unknown API route (the same servlet answering a small JSON 404, no work).
#  2. JCR saves/s of the visit counter at that load (from the counter's own count, logged at shutdown).
#  3. Series query times on five years of daily counters (org.civicportal.visits.SeriesBench, test classes).
# Builds nothing: run `mvn -q package -DskipTests` (or `mvn test-compile` for 3) first.
#
# Usage: bench/visits.sh [seconds per measurement (15)] [connections (32)] [threads (2)]
# Needs wrk (Debian/Ubuntu: sudo apt-get install wrk).
set -euo pipefail

duration="${1:-15}"
connections="${2:-32}"
threads="${3:-2}"
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/standalone/target/civic-portal-standalone.jar"

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is not installed. On Debian/Ubuntu: sudo apt-get install wrk" >&2
  exit 2
fi
if [[ ! -f "$jar" ]]; then
  echo "$jar is missing: build it first with: mvn -q package -DskipTests" >&2
  exit 2
fi

data="$(mktemp -d)"
log="$data/site.log"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

started=$(date +%s.%N)
CIVIC_ADMIN_PASSWORD=bench-only java -jar "$jar" --port 0 --data-dir "$data/site" --trusted-proxy 127.0.0.1/32 \
  >"$log" 2>&1 &
pid=$!

base=""
for _ in $(seq 1 120); do
  base="$(grep -o 'serving http://[^/ ]*' "$log" | head -1 | sed 's/^serving //')" || true
  [[ -n "$base" ]] && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the site did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
if [[ -z "$base" ]]; then
  echo "the site did not start within 60 s" >&2
  exit 1
fi
echo "standalone up after $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s: $(grep -o 'after [0-9]* ms' "$log" | head -1)"

# Each request comes from one of 50,000 client addresses (via the trusted proxy), as a public site's beacons do;
# the per-address rate limit then stays out of the way, as it would for real visitors.
lua="$data/beacon.lua"
cat >"$lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local ip = "10." .. (n % 50) .. "." .. math.floor(n / 50) % 250 .. "." .. (n % 200 + 1)
  local body = '{"path":"/articles/item-' .. (n % 300) .. '","referrer":"https://www.google.com/"}'
  return wrk.format("POST", nil, {
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["User-Agent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
    ["X-Forwarded-For"] = ip
  }, body)
end
LUA

measure() {
  local url="$1"
  wrk -t"$threads" -c"$connections" -d5s -s "$lua" "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$lua" --latency "$url" \
    | awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$NF} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
           END {printf "%s %s %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad)}'
}

echo "wrk ${threads} threads, ${connections} connections, ${duration} s each (after 5 s warm-up); $(nproc) CPUs; $(java -version 2>&1 | head -1)"
read -r trivial_rps trivial_p50 trivial_p99 trivial_bad < <(measure "$base/.civic/api/none")
printf '%-40s %10s req/s   p50 %8s   p99 %8s   (404 by design)\n' "trivial: POST /.civic/api/none" "$trivial_rps" "$trivial_p50" "$trivial_p99"
load_start=$(date +%s.%N)
read -r beacon_rps beacon_p50 beacon_p99 beacon_bad < <(measure "$base/.civic/api/visits")
load_end=$(date +%s.%N)
printf '%-40s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n' "beacon: POST /.civic/api/visits" "$beacon_rps" "$beacon_p50" "$beacon_p99" "$beacon_bad"
echo "beacons/s as a ratio to the trivial request: $(echo "scale=2; $beacon_rps / $trivial_rps" | bc)"
summary="$(curl -fsS "$base/.civic/api/visits/summary")"
echo "summary after the load: $summary"

kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
pid=""
saves="$(grep -o 'visit counts saved [0-9]* times' "$log" | grep -o '[0-9]*' | head -1)"
load_seconds="$(echo "$load_end - $load_start" | bc)"
echo "JCR saves by the visit counter: ${saves:-?} in the whole run; the beacon load lasted ${load_seconds%.*} s (+5 s warm-up);"
echo "  saves/s under load <= $(echo "scale=2; ${saves:-0} / ($load_seconds + 5)" | bc) (one per flush interval with new counts)"

echo
echo "statistics queries on five years of daily data:"
cp="$(cd "$root" && mvn -q -o -pl magnolia-module dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$root/magnolia-module/target/test-classes:$root/magnolia-module/target/classes:$cp" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.civicportal.visits.SeriesBench
