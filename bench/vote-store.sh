#!/usr/bin/env bash
# Votes at scale through the stores (org.civicportal.feedback.VoteStoreBench, in the module's test classes): one
# rated item or one poll gets votes from new visitors on a fresh repository on disk, and every window of votes prints
# the CPU time per vote, votes/s, the bytes on disk per vote (H2 file and search index) and the summary read time;
# then the repository idles (the store's own compaction runs while it is open) and shuts down. On demand, not a test.
# Builds nothing: run `mvn -B -q package -DskipTests` first; the standalone jar supplies the module and its
# libraries.
#
# Usage: bench/vote-store.sh [rating|poll (rating)] [votes (1000000)] [votes per window (10000)] [idle seconds (60)]
#                            [persistence derby|h2 (derby, what a new data directory gets; h2 as earlier versions made)]
#                            [sync true|false (true)]
# Prints Markdown tables; the data directory is a fresh temporary one, deleted at the end.
# CIVIC_BENCH_VOTES_PER_SECOND=N caps the rate (H2's file holds what was rewritten in H2's 45 s retention time, so
# its size depends on the rate as well as on the votes).
set -euo pipefail

kind="${1:-rating}"
votes="${2:-1000000}"
window="${3:-10000}"
idle="${4:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/lib.sh"
usage="bench/vote-store.sh [rating|poll] [votes] [votes per window] [idle seconds] [derby|h2] [true|false]"
require_numbers "$usage" "$votes" "$window"
if [[ "$kind" != rating && "$kind" != poll || ! "$idle" =~ ^[0-9]+$ ]]; then
  echo "usage: $usage" >&2
  exit 2
fi
classes="$root/magnolia-module/target/test-classes"
jar="$root/standalone/target/civic-portal-standalone.jar"
if [[ ! -f "$classes/org/civicportal/feedback/VoteStoreBench.class" || ! -f "$jar" ]]; then
  echo "the module's test classes or the standalone jar are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
settings=()
if [[ $# -ge 5 ]]; then
  if [[ "$5" != derby && "$5" != h2 || ! "${6:-true}" =~ ^(true|false)$ ]]; then
    echo "usage: $usage" >&2
    exit 2
  fi
  settings=("$5" "${6:-true}")
fi
echo "$(nproc) CPUs; $(java -version 2>&1 | head -1); uptime: $(uptime)"
rate=()
if [[ -n "${CIVIC_BENCH_VOTES_PER_SECOND:-}" ]]; then
  require_numbers "CIVIC_BENCH_VOTES_PER_SECOND=N $usage" "$CIVIC_BENCH_VOTES_PER_SECOND"
  rate=("-Dcivic.bench.votesPerSecond=$CIVIC_BENCH_VOTES_PER_SECOND")
fi
java -cp "$classes:$jar" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "${rate[@]}" org.civicportal.feedback.VoteStoreBench \
  "$kind" "$votes" "$window" "$idle" "$data" "${settings[@]}"
