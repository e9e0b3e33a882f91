# Sourced by the benchmark scripts: starts the built standalone jar on a fresh temporary data directory (so the
# demo content is imported) with the given extra flags, sets $base (http://127.0.0.1:PORT) and $data (scratch
# directory, removed on exit), and stops the site on exit.
# Usage: source "$(dirname "$0")/standalone.sh"; start_standalone [flags...]

jar="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/standalone/target/civic-portal-standalone.jar"
if [[ ! -f "$jar" ]]; then
  echo "$jar is missing: build it first with: mvn -q package -DskipTests" >&2
  exit 2
fi

data="$(mktemp -d)"
pid=""
stop_standalone() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap stop_standalone EXIT

start_standalone() {
  local log="$data/site.log"
  CIVIC_ADMIN_PASSWORD=bench-only java -jar "$jar" --port 0 --data-dir "$data/site" "$@" >"$log" 2>&1 &
  pid=$!
  # Port 0 lets the site pick a free port; it logs the address once it serves.
  base=""
  for _ in $(seq 1 120); do
    base="$(grep -o 'serving http://[^/ ]*' "$log" | head -1 | sed 's/^serving //')" || true
    [[ -n "$base" ]] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the site did not start:" >&2
      cat "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "the site did not start within 60 s" >&2
  exit 1
}
