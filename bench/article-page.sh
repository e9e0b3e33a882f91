#!/usr/bin/env bash
# Article page requests/s against a static file served by the same Tomcat, in the same run.
# Builds nothing: run `mvn -q package -DskipTests` first. Starts the built standalone jar on a fresh temporary
# data directory (so the demo content is imported), warms both URLs up, then measures each with wrk.
#
# Usage: bench/article-page.sh [seconds per measurement (15)] [connections (32)] [threads (2)]
# Needs wrk (Debian/Ubuntu: sudo apt-get install wrk).
set -euo pipefail

duration="${1:-15}"
connections="${2:-32}"
threads="${3:-2}"
if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is not installed. On Debian/Ubuntu: sudo apt-get install wrk" >&2
  exit 2
fi
# shellcheck source=bench/standalone.sh
source "$(dirname "$0")/standalone.sh"
start_standalone

article="$(curl -fsS "$base/articles" | grep -o 'href="/articles/[a-z0-9-]*"' | head -1 | cut -d'"' -f2)"
static="$(curl -fsS "$base$article" | grep -o 'href="/\.resources/[^"]*\.css"' | head -1 | cut -d'"' -f2)"
if [[ -z "$article" || -z "$static" ]]; then
  echo "could not find an article page and a stylesheet on $base" >&2
  exit 1
fi

measure() {
  local url="$1"
  wrk -t"$threads" -c"$connections" -d5s --timeout 30s "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 30s --latency "$url" \
    | awk '/Requests\/sec/ {rps=$2} /Non-2xx/ {bad=$NF} /Socket errors/ {err=$0} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2}
           END {printf "%10s req/s   p50 %8s   p99 %8s   non-2xx %s %s\n", rps, p50, p99, (bad == "" ? 0 : bad), err}'
}

echo "civic-portal standalone at $base; wrk ${threads} threads, ${connections} connections, ${duration} s each"
echo "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
printf '%-52s' "article page  $article"; measure "$base$article"
printf '%-52s' "static file   $static"; measure "$base$static"
