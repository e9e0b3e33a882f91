#!/usr/bin/env bash
# Does anything grow without bound in the standalone site's heap under constant load? On demand, not a test.
# Starts the built site on a fresh temporary data directory (as bench/load.sh does), puts a constant mixed load on
# it with wrk for the whole run (rating votes from new visitors, visit beacons, article pages, rating reads, each from
# its own client address), and after a minute of warm-up takes a class histogram of the live heap
# (jcmd GC.class_histogram, which collects garbage first) every interval. Prints the live heap of each histogram and
# the classes that grew most from the first histogram to the last, with what they did in each interval: a class that
# grows in every interval by about the same is a leak; one that steps up once and stays is a cache filling up.
#
# Builds nothing: run `mvn -B -q package -DskipTests` first.
# Usage: bench/heap-growth.sh [seconds between histograms (60)] [histograms (3)] [connections per load (8)]
# The site's JVM takes the options in CIVIC_SITE_JAVA_OPTS, e.g. CIVIC_SITE_JAVA_OPTS=-Xmx256m.
# Needs wrk, curl and jcmd (the JDK's).
set -euo pipefail

interval="${1:-60}"
histograms="${2:-3}"
connections="${3:-8}"
threads=1
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/lib.sh"
require_numbers "bench/heap-growth.sh [seconds between histograms (60)] [histograms (3)] [connections per load (8)]" \
  "$interval" "$histograms" "$connections"
require_tools wrk curl jcmd
target="$bench/../standalone/target"
classpath="$target/test-classes:$target/civic-portal-standalone.jar"
if [[ ! -f "$target/civic-portal-standalone.jar" || ! -f "$target/test-classes/org/civicportal/standalone/LoadBenchSite.class" ]]; then
  echo "the standalone jar or its test classes are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi

data="$(mktemp -d)"
log="$data/site.log"
loads=()
stop_all() {
  for load in "${loads[@]}"; do
    kill "$load" 2>/dev/null || true
  done
  stop_site
}
trap 'stop_all; rm -rf "$data"' EXIT
start_bench_site "$classpath"
find_rated_items
read -r article item <<<"${rated[0]}"

warm=60
span=$((warm + interval * (histograms - 1) + 30))
echo "civic-portal standalone at $base; site JVM: ${CIVIC_SITE_JAVA_OPTS:-default options}, $(site_max_heap)"
echo "constant load for $span s: 4 wrk loads of $connections connections (votes, beacons, article page, rating reads);"
echo "a class histogram every $interval s after $warm s of warm-up; $(nproc) CPUs; uptime: $(uptime)"
for load in "vote /.civic/api/ratings/$item" "beacon /.civic/api/visits" "get $article" "get /.civic/api/ratings/$item"; do
  read -r kind path <<<"$load"
  wrk -t"$threads" -c"$connections" -d"${span}s" --timeout 30s -s "$bench/load.lua" "$base$path" -- "$kind" \
    "h${#loads[@]}" >"$data/wrk.${#loads[@]}" 2>&1 &
  loads+=($!)
done

sleep "$warm"
for n in $(seq 1 "$histograms"); do
  jcmd "$pid" GC.class_histogram >"$data/histogram.$n"
  awk -v n="$n" -v t="$((warm + (n - 1) * interval))" '$1 == "Total" {printf "histogram %d at %d s: live heap %.1f MiB in %d objects\n", n, t, $3 / 1048576, $2}' \
    "$data/histogram.$n"
  [[ "$n" -lt "$histograms" ]] && sleep "$interval"
done
for load in "${loads[@]}"; do
  wait "$load" || true
done
loads=()
echo "requests answered by each load (votes, beacons, page, reads):" \
  "$(awk '$1 == "result" {printf "%s ", $2}' "$data"/wrk.*)"

echo
echo "Top 20 classes by growth of live bytes, first histogram to last (per interval: bytes added):"
echo "| class | instances first | instances last | KiB first | KiB last | KiB added per interval |"
echo "|---|---:|---:|---:|---:|---|"
# Histogram lines: "   1:  instances  bytes  class (module)".
for n in $(seq 1 "$histograms"); do
  awk -v n="$n" '$1 ~ /^[0-9]+:$/ {print n, $4, $2, $3}' "$data/histogram.$n"
done | awk -v last="$histograms" '
  {inst[$2, $1] = $3; bytes[$2, $1] = $4; seen[$2] = 1}
  END {
    for (c in seen) {
      growth = bytes[c, last] - bytes[c, 1]
      steps = ""
      for (n = 2; n <= last; n++) steps = steps sprintf("%s%+.0f", n > 2 ? " " : "", (bytes[c, n] - bytes[c, n - 1]) / 1024)
      printf "%d\t| `%s` | %d | %d | %.0f | %.0f | %s |\n", growth, c, inst[c, 1], inst[c, last], bytes[c, 1] / 1024,
        bytes[c, last] / 1024, steps
    }
  }' | sort -t$'\t' -k1,1nr | head -20 | cut -f2-
stop_site
