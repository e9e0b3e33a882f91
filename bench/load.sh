#!/usr/bin/env bash
# Load on the standalone site, on demand (not part of the tests). Starts the built site on a fresh temporary data
# directory (so the demo content is imported), with an empty servlet as the baseline (in a Tomcat of its own, in the
# same JVM, its connector set as the site's), and drives with wrk, one after the other: the empty servlet, an article
# page, the visit summary, a rating GET and POST (votes as browsers send them, each from its own client address: a
# visitor's first vote without a cookie, then votes with the cookie the site issued; see bench/load.lua), and the
# visit beacon. Prints a Markdown table: requests/s, p50 and p99 latency, answers outside 2xx, socket errors, the site's
# CPU time per request (user + system, from /proc on Linux: a figure other processes on the machine hardly change),
# and requests/s as a ratio to the empty servlet.
# Then checks that the rating count stored equals the votes answered 2xx (plus at most the requests in flight when
# wrk stopped; exit status 1 if not), and prints how often the visit counter saved to JCR.
#
# Builds nothing: run `mvn -B -q package -DskipTests` first. The empty servlet comes from the standalone's test
# classes (org.civicportal.standalone.LoadBenchSite), so the product never serves it.
#
# Usage: bench/load.sh [seconds measured (15)] [connections (32)] [wrk threads (2)] [seconds of warm-up (10)]
# The site's JVM takes the options in CIVIC_SITE_JAVA_OPTS, e.g. CIVIC_SITE_JAVA_OPTS=-Xmx256m bench/load.sh
# Needs wrk and curl (Debian/Ubuntu: sudo apt-get install wrk curl).
set -euo pipefail

duration="${1:-15}"
connections="${2:-32}"
threads="${3:-2}"
warmup="${4:-10}"
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/lib.sh"
require_numbers "bench/load.sh [seconds measured (15)] [connections (32)] [wrk threads (2)] [seconds of warm-up (10)]" \
  "$duration" "$connections" "$threads" "$warmup"
require_tools wrk curl
target="$bench/../standalone/target"
classpath="$target/test-classes:$target/civic-portal-standalone.jar"
if [[ ! -f "$target/civic-portal-standalone.jar" || ! -f "$target/test-classes/org/civicportal/standalone/LoadBenchSite.class" ]]; then
  echo "the standalone jar or its test classes are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi

data="$(mktemp -d)"
log="$data/site.log"
cookies="$data/cookies"
trap 'stop_site; rm -rf "$data"' EXIT
start_bench_site "$classpath"

# Rated items: votes are measured on the first; the warm-up votes go to the second, so they stay out of the check.
find_rated_items
read -r article item <<<"${rated[0]}"
read -r _ warmup_item <<<"${rated[1]}"

# name | method and path shown | path measured | wrk request kind (bench/load.lua) | path warmed up
runs=(
  "empty servlet|GET /.bench/empty|$baseline/.bench/empty|get|$baseline/.bench/empty"
  "article page|GET /articles/{name}|$article|get|$article"
  "visit summary|GET /.civic/api/visits/summary|/.civic/api/visits/summary|get|/.civic/api/visits/summary"
  "rating|GET /.civic/api/ratings/{id}|/.civic/api/ratings/$item|get|/.civic/api/ratings/$item"
  "rating vote, a visitor's vote on it|POST /.civic/api/ratings/{id}|/.civic/api/ratings/$item|vote|/.civic/api/ratings/$warmup_item"
  "visit beacon|POST /.civic/api/visits|/.civic/api/visits|beacon|/.civic/api/visits"
)

echo "civic-portal standalone at $base (up after $((SECONDS - started)) s); wrk $threads threads, $connections connections,"
echo "$warmup s warm-up then $duration s measured per request; $(nproc) CPUs; $(java -version 2>&1 | head -1)"
echo "site JVM: ${CIVIC_SITE_JAVA_OPTS:-default options}, $(site_max_heap)"
echo "article $article; rated item $item (warm-up votes on $warmup_item)"
echo "uptime before: $(uptime)"
echo
measure_table "empty servlet" "${runs[@]}"
echo
echo "uptime after:  $(uptime)"

kept="$(cat "$cookies".* 2>/dev/null | wc -l)"
echo "measured votes: $votes_sent, of which $((kept < votes_sent ? kept : votes_sent)) from visitors with the cookie the site"
echo "issued to their warm-up vote, the rest first votes of new visitors (no cookie; the site issues one)"
check="OK"
check_votes "$base/.civic/api/ratings/$item" || check="MISMATCH"
echo "visit summary after the load: $(curl -fsS "$base/.civic/api/visits/summary")"
ran=$((SECONDS - started))
stop_site
echo "visit counter: $(grep -o 'visit counts saved [0-9]* times' "$log" | head -1 || echo 'no save count logged') in the $ran s the site ran"
[[ "$check" == OK ]]
