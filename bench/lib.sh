# Shared by bench/load.sh and bench/magnolia-load.sh (sourced, not run): wrk runs measured one after the other and
# printed as a Markdown table. The caller sets: bench (this folder), threads, connections, duration, warmup, pid
# (the server's process id, or empty: no CPU column figures) and base (the server's base URL).

# Exits with the usage unless every argument is a whole number from 1 up.
require_numbers() {
  local usage="$1"
  shift
  for number in "$@"; do
    if [[ ! "$number" =~ ^[1-9][0-9]*$ ]]; then
      echo "usage: $usage" >&2
      exit 2
    fi
  done
}

require_tools() {
  for tool in "$@"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "$tool is not installed; this script needs it (Debian/Ubuntu: sudo apt-get install $tool)" >&2
      exit 2
    fi
  done
}

# Prints "requests requests/s p50-ms p99-ms non-2xx socket-errors" for one wrk run. When the caller sets cookies (a
# path prefix), the visitor cookies issued to warm-up votes are kept there and measured votes send them (load.lua).
wrk_run() {
  local seconds="$1" url="$2" kind="$3" phase="$4"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s -s "$bench/load.lua" "$url" -- "$kind" "$phase" \
    "${cookies:-}" | awk '$1 == "result" {print $2, $3, $4, $5, $6, $7}'
}

# The server's CPU time so far in ms (user + system), or nothing where there is no /proc or no pid.
server_cpu_ms() {
  if [[ -n "$pid" && -r "/proc/$pid/stat" ]]; then
    awk -v tick="$(getconf CLK_TCK)" '{print ($14 + $15) * 1000 / tick}' "/proc/$pid/stat"
  fi
}

# A run's URL: its path on base, or the path itself when it is a whole URL (a baseline served apart from the site).
url_of() {
  if [[ "$1" == http://* || "$1" == https://* ]]; then
    echo "$1"
  else
    echo "$base$1"
  fi
}

# Measures each run ("name|method and path shown|path measured|wrk request kind|path warmed up") and prints the
# table; the first run is the baseline of the last column. Sets votes_answered to the 2xx answers of the vote run.
measure_table() {
  local baseline_name="$1"
  shift
  echo "| request | req/s | p50 ms | p99 ms | non-2xx | socket errors | server CPU ms/request | req/s vs $baseline_name |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  local baseline="" run name shown path kind warmup_path cpu_before requests rps p50 p99 non2xx errors cpu ratio
  for run in "$@"; do
    IFS='|' read -r name shown path kind warmup_path <<<"$run"
    # Votes warm up as long as they are measured: each measured vote can then come from a warmed-up visitor.
    wrk_run "$([[ "$kind" == vote ]] && echo $((warmup > duration ? warmup : duration)) || echo "$warmup")" \
      "$(url_of "$warmup_path")" "$kind" w >/dev/null
    cpu_before="$(server_cpu_ms)"
    read -r requests rps p50 p99 non2xx errors < <(wrk_run "$duration" "$(url_of "$path")" "$kind" m)
    cpu="$(awk -v a="$cpu_before" -v b="$(server_cpu_ms)" -v n="$requests" \
      'BEGIN {if (a == "" || n == 0) print "n/a"; else printf "%.3f", (b - a) / n}')"
    baseline="${baseline:-$rps}"
    ratio="$(awk -v a="$rps" -v b="$baseline" 'BEGIN {printf "%.3f", a / b}')"
    printf "| %s \`%s\` | %s | %s | %s | %s | %s | %s | %s |\n" "$name" "$shown" "$rps" "$p50" "$p99" "$non2xx" \
      "$errors" "$cpu" "$ratio"
    if [[ "$kind" == vote ]]; then
      votes_answered=$((requests - non2xx))
      votes_sent=$requests
    fi
  done
}

# Compares the rating count stored for an item with the votes answered 2xx; votes still in flight when wrk stopped
# may be stored without their answer having been counted. Prints the check; returns 1 on a mismatch.
check_votes() {
  local url="$1"
  sleep 1
  local stored
  stored="$(curl -fsS -A "$user_agent" "$url" | grep -o '"count":[0-9]*' | cut -d: -f2)"
  if (( stored < votes_answered || stored > votes_answered + connections )); then
    echo "rating votes: $votes_answered answered 2xx, $stored stored (at most $connections in flight): MISMATCH"
    return 1
  fi
  echo "rating votes: $votes_answered answered 2xx, $stored stored (at most $connections in flight when wrk stopped): OK"
}

user_agent="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"

# Starts the standalone site of the bench (org.civicportal.standalone.LoadBenchSite from the classpath given) on a
# free port with its data in "$data/site" and its log in "$log", believing 127.0.0.1 as a proxy so that every request
# can name its own client address in X-Forwarded-For. JVM options of the site's own: CIVIC_SITE_JAVA_OPTS (say
# -Xmx256m). Sets pid, started, base (the site) and baseline (its empty servlet); exits when the site does not start.
start_bench_site() {
  local classpath="$1"
  # shellcheck disable=SC2086 # the options are words
  CIVIC_ADMIN_PASSWORD=bench-only java ${CIVIC_SITE_JAVA_OPTS:-} -cp "$classpath" \
    org.civicportal.standalone.LoadBenchSite --port 0 --data-dir "$data/site" --trusted-proxy 127.0.0.1/32 \
    >"$log" 2>&1 &
  pid=$!
  started=$SECONDS
  base=""
  baseline=""
  for _ in $(seq 1 240); do
    # Port 0 lets the site pick a free port; it logs the address once it serves. The baseline prints its own first.
    base="$(grep -o 'serving http://[^/ ]*' "$log" | head -1 | sed 's/^serving //')" || true
    baseline="$(grep -o 'empty servlet listening on http://[^/ ]*' "$log" | head -1 | sed 's/^.* on //')" || true
    [[ -n "$base" && -n "$baseline" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the site did not start:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  if [[ -z "$base" ]]; then
    echo "the site did not start within 120 s" >&2
    exit 1
  fi
}

stop_site() {
  if [[ -n "${pid:-}" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}

# The site's maximum heap, as its JVM sees it.
site_max_heap() {
  jcmd "$pid" VM.flags 2>/dev/null | grep -o 'MaxHeapSize=[0-9]*' | head -1 \
    | awk -F= '{printf "max heap %d MiB", $2 / 1048576}' || true
}

# Sets rated to the first two listed articles or reports that show a rating widget (editors may switch rating off
# per item), each as "page itemId"; exits when there are not two.
find_rated_items() {
  rated=()
  local page item
  for page in $(curl -fsS "$base/articles" "$base/reports" | grep -o 'href="/\(articles\|reports\)/[a-z0-9-]*"' \
    | cut -d'"' -f2 | awk '!seen[$0]++'); do
    item="$(curl -fsS "$base$page" | grep -o 'data-civic-rating="[0-9a-f-]*"' | head -1 | cut -d'"' -f2)" || true
    [[ -n "$item" ]] && rated+=("$page $item")
    [[ ${#rated[@]} -ge 2 ]] && break
  done
  if [[ ${#rated[@]} -lt 2 ]]; then
    echo "could not find two articles or reports with a rating widget on $base" >&2
    exit 1
  fi
}
