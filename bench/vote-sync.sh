#!/usr/bin/env bash
# What the sync to disk at each save costs (bench/vote-store.sh four times, one after the other in this run): votes
# from new visitors on one rated item with civic-feedback's syncToDisk true (the default: each save forced to the
# disk), false (the same save, written to the file but not forced), true and false again, each on a fresh
# repository. Prints the four tables, then the votes/s and CPU per vote of each; on demand, not a test.
# Builds nothing: run `mvn -B -q package -DskipTests` first.
#
# Usage: bench/vote-sync.sh [votes per setting (20000)] [votes per window (5000)]
set -euo pipefail

votes="${1:-20000}"
window="${2:-5000}"
bench="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp)"
summary="$(mktemp)"
trap 'rm -f "$out" "$summary"' EXIT
for sync in true false true false; do
  echo "## syncToDisk=$sync"
  "$bench/vote-store.sh" rating "$votes" "$window" 0 "$sync" | tee "$out"
  grep '^all ' "$out" | sed "s/^/syncToDisk=$sync: /" >>"$summary"
  echo
done
echo "## Summary (each setting twice, alternating, so that a change in the machine's load shows)"
cat "$summary"
