#!/usr/bin/env bash
# Load on a running Magnolia with civic-portal installed (with its samples), on demand (not part of the tests).
# Measures with wrk, one after the other, each side by side with a static file of the same instance: the static
# file (the baseline), the seed report page from Magnolia's page cache and bypassing it (a query parameter makes
# the cache step aside), a rating GET, a durable rating vote (each from a new visitor and client address) and the
# visit beacon. Prints the same table as bench/load.sh, then checks that the votes stored match those answered.
#
# The instance must believe 127.0.0.1 as a proxy, or the per-address rate limit refuses most votes and beacons:
# set /modules/civic-portal/config/trustedProxies/0 = 127.0.0.1/32 and restart Magnolia (read at start-up).
# The server CPU column needs the Magnolia JVM's process id: found from the port, or set MAGNOLIA_PID.
#
# Usage: bench/magnolia-load.sh BASE_URL [seconds measured (15)] [connections (32)] [wrk threads (2)]
#        [seconds of warm-up (10)]      BASE_URL e.g. http://127.0.0.1:8080/magnoliaPublic
# Needs wrk and curl (Debian/Ubuntu: sudo apt-get install wrk curl).
set -euo pipefail

usage="bench/magnolia-load.sh BASE_URL [seconds measured (15)] [connections (32)] [wrk threads (2)] [seconds of warm-up (10)]"
if [[ $# -lt 1 || ! "$1" =~ ^https?://[^/]+(/.*)?$ ]]; then
  echo "usage: $usage" >&2
  exit 2
fi
base="${1%/}"
duration="${2:-15}"
connections="${3:-32}"
threads="${4:-2}"
warmup="${5:-10}"
bench="$(cd "$(dirname "$0")" && pwd)"
source "$bench/lib.sh"
require_numbers "$usage" "$duration" "$connections" "$threads" "$warmup"
require_tools wrk curl

port="$(sed -E 's|^https?://[^/:]+:?([0-9]*).*|\1|' <<<"$base")"
port="${port:-80}"
pid="${MAGNOLIA_PID:-$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)}"

report="/reports/ket-qua-hoat-dong-quy-iii-nam-2019"
static="/.resources/civic-portal/webresources/css/civic-portal.css"
item="$(curl -fsS -A "$user_agent" "$base$report" | grep -o 'data-civic-rating="[0-9a-f-]*"' | head -1 | cut -d'"' -f2)" \
  || true
if [[ -z "$item" ]]; then
  echo "no rating widget on $base$report: is civic-portal installed with its samples?" >&2
  exit 1
fi
# Warm-up votes go to another rated item, so that the check counts only measured ones.
warmup_item=""
for page in $(curl -fsS -A "$user_agent" "$base/reports" | grep -o 'href="[^"]*/reports/[a-z0-9-]*"' | cut -d'"' -f2 \
  | sed 's|.*\(/reports/[a-z0-9-]*\)$|\1|' | awk '!seen[$0]++'); do
  [[ "$page" == "$report" ]] && continue
  warmup_item="$(curl -fsS -A "$user_agent" "$base$page" | grep -o 'data-civic-rating="[0-9a-f-]*"' | head -1 \
    | cut -d'"' -f2)" || true
  [[ -n "$warmup_item" && "$warmup_item" != "$item" ]] && break
done
if [[ -z "$warmup_item" ]]; then
  echo "no second rated report listed at $base/reports" >&2
  exit 1
fi
probe="$(curl -sS -o /dev/null -w '%{http_code}' -A "$user_agent" -X POST -H 'Content-Type: application/json' \
  -H 'Sec-Fetch-Site: same-origin' -H 'X-Forwarded-For: 10.255.255.1' -d '{"score":9}' "$base/.civic/api/ratings/$item")"
if [[ "$probe" != 400 ]]; then
  echo "a malformed vote got $probe instead of 400: is the API reachable and 127.0.0.1 a trusted proxy?" >&2
  exit 1
fi

# name | method and path shown | path measured | wrk request kind (bench/load.lua) | path warmed up
runs=(
  "static file|GET $static|$static|get|$static"
  "report page, cached|GET $report|$report|get|$report"
  "report page, not cached|GET $report?nocache=1|$report?nocache=1|get|$report?nocache=1"
  "rating|GET /.civic/api/ratings/{id}|/.civic/api/ratings/$item|get|/.civic/api/ratings/$item"
  "rating vote, new visitor each|POST /.civic/api/ratings/{id}|/.civic/api/ratings/$item|vote|/.civic/api/ratings/$warmup_item"
  "visit beacon|POST /.civic/api/visits|/.civic/api/visits|beacon|/.civic/api/visits"
)

before="$(curl -fsS -A "$user_agent" "$base/.civic/api/ratings/$item" | grep -o '"count":[0-9]*' | cut -d: -f2)"
echo "Magnolia at $base (pid ${pid:-unknown}); wrk $threads threads, $connections connections,"
echo "$warmup s warm-up then $duration s measured per request; $(nproc) CPUs"
echo "report $report; rated item $item ($before votes before; warm-up votes on $warmup_item)"
echo "uptime before: $(uptime)"
echo
votes_answered=0
measure_table "static file" "${runs[@]}"
echo
echo "uptime after:  $(uptime)"
votes_answered=$((votes_answered + before))
check_votes "$base/.civic/api/ratings/$item"
