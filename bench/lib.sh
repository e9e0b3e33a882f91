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

# Prints "requests requests/s p50-ms p99-ms non-2xx socket-errors" for one wrk run.
wrk_run() {
  local seconds="$1" url="$2" kind="$3" phase="$4"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 30s -s "$bench/load.lua" "$url" -- "$kind" "$phase" \
    | awk '$1 == "result" {print $2, $3, $4, $5, $6, $7}'
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
    wrk_run "$warmup" "$(url_of "$warmup_path")" "$kind" w >/dev/null
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
