#!/usr/bin/env bash
# Durable rating votes per second with concurrent clients, against a static file and a rating read served by the
# same Tomcat, in the same run. A vote is answered 200 only after the JCR save that holds it (group commit), so
# every 2xx counted here is durable; the script checks afterwards that the item's count equals the 2xx count.
# Builds nothing: run `mvn -q package -DskipTests` first. Starts the built standalone jar on a fresh temporary data
# directory with 127.0.0.1 as trusted proxy, so that each vote can come from its own client address
# (X-Forwarded-For) and its own visitor cookie, as many visitors behind a proxy do; the per-IP limit stays on.
#
# Usage: bench/rating.sh [seconds per measurement (15)] [connections (32)] [threads (2)]
# Needs wrk (Debian/Ubuntu: sudo apt-get install wrk) and curl.
set -euo pipefail

duration="${1:-15}"
connections="${2:-32}"
threads="${3:-2}"
for tool in wrk curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed. On Debian/Ubuntu: sudo apt-get install $tool" >&2
    exit 2
  fi
done

# shellcheck source=bench/standalone.sh
source "$(dirname "$0")/standalone.sh"
start_standalone --trusted-proxy 127.0.0.1/32

# The first listed article that shows a rating widget (editors may switch rating off per item).
item="" static="" article=""
for article in $(curl -fsS "$base/articles" | grep -o 'href="/articles/[a-z0-9-]*"' | cut -d'"' -f2 || true); do
  page="$(curl -fsS "$base$article")"
  item="$(grep -o 'data-civic-rating="[0-9a-f-]*"' <<<"$page" | head -1 | cut -d'"' -f2 || true)"
  static="$(grep -o 'href="/\.resources/[^"]*\.css"' <<<"$page" | head -1 | cut -d'"' -f2 || true)"
  [[ -n "$item" && -n "$static" ]] && break
done
if [[ -z "$item" || -z "$static" ]]; then
  echo "could not find an article with a rating widget and a stylesheet on $base" >&2
  exit 1
fi
ratings="$base/.civic/api/ratings/$item"

# Every request is a new visitor (own cookie) from its own address (X-Forwarded-For, trusted from 127.0.0.1).
# The phase letter keeps warm-up visitors and measured visitors apart, so no vote is refused as a repeat.
cat >"$data/vote.lua" <<'LUA'
local counter = 0
local id = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  id = tonumber(wrk.thread:get("id")) or 0
end
request = function()
  counter = counter + 1
  local cookie = string.format("%s%02d%019d", wrk.headers["X-Bench-Phase"], id, counter)
  local ip = string.format("10.%d.%d.%d", id, math.floor(counter / 256) % 256, counter % 256)
  return wrk.format("POST", nil, {
    ["Content-Type"] = "application/json",
    ["Origin"] = wrk.headers["X-Site-Origin"],
    ["Sec-Fetch-Site"] = "same-origin",
    ["Cookie"] = "civic_vid=" .. cookie,
    ["X-Forwarded-For"] = ip,
  }, '{"score":' .. (counter % 5 + 1) .. '}')
end
LUA
cat >"$data/read.lua" <<'LUA'
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", nil, {
    ["X-Forwarded-For"] = string.format("10.200.%d.%d", math.floor(counter / 256) % 256, counter % 256),
  })
end
LUA

run() {
  # $1 duration, $2 url, then extra wrk arguments
  local d="$1" url="$2"
  shift 2
  wrk -t"$threads" -c"$connections" -d"$d" --latency "$@" "$url"
}

summarise() {
  awk '/requests in/ {total=$1} /Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$NF} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
       END {printf "%10s req/s   p50 %8s   p99 %8s   requests %s   non-2xx %s\n", rps, p50, p99, total, (bad == "" ? 0 : bad)}'
}

count() {
  curl -fsS "$ratings" | grep -o '"count":[0-9]*' | cut -d: -f2
}

echo "civic-portal standalone at $base; wrk ${threads} threads, ${connections} connections, ${duration} s each"
echo "machine: $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1)"
origin="$base"

# Warm-up: the same kinds of request, not measured.
run 5s "$ratings" -s "$data/vote.lua" -H "X-Site-Origin: $origin" -H "X-Bench-Phase: w" >/dev/null
run 5s "$base$static" >/dev/null
before="$(count)"

vote_out="$(run "${duration}s" "$ratings" -s "$data/vote.lua" -H "X-Site-Origin: $origin" -H "X-Bench-Phase: m")"
after="$(count)"
printf '%-34s' "POST vote (durable)"; summarise <<<"$vote_out"
printf '%-34s' "GET rating summary"; run "${duration}s" "$ratings" -s "$data/read.lua" | summarise
printf '%-34s' "static file (CSS)"; run "${duration}s" "$base$static" | summarise

total="$(awk '/requests in/ {print $1}' <<<"$vote_out")"
bad="$(awk '/Non-2xx/ {print $NF}' <<<"$vote_out")"
ok=$((total - ${bad:-0}))
echo "votes stored during the measurement: $((after - before)); 2xx answers: $ok (wrk stops with requests in flight, so stored may exceed answered by up to $connections)"
