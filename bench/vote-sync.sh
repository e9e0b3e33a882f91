#!/usr/bin/env bash
# What the sync to disk at each save costs (bench/vote-store.sh four times, one after the other in this run): votes
# from new visitors on one rated item with civic-feedback in Derby synced (the default: a save's log written to the
# disk before it returns), unsynced (derby.system.durability=test: the same save, handed to the operating system
# only), synced and unsynced again, each on a fresh repository. Prints the four tables, then the votes/s and CPU per
# vote of each; on demand, not a test. Builds nothing: run `mvn -B -q package -DskipTests` first.
#
# Usage: bench/vote-sync.sh [votes per setting (20000)] [votes per window (5000)] [persistence derby|h2 (derby)]
set -euo pipefail

votes="${1:-20000}"
window="${2:-5000}"
persistence="${3:-derby}"
bench="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp)"
summary="$(mktemp)"
trap 'rm -f "$out" "$summary"' EXIT
for sync in true false true false; do
  echo "## $persistence, sync=$sync"
  "$bench/vote-store.sh" rating "$votes" "$window" 0 "$persistence" "$sync" | tee "$out"
  grep '^all ' "$out" | sed "s/^/$persistence sync=$sync: /" >>"$summary"
  echo
done
echo "## Summary (each setting twice, alternating, so that a change in the machine's load shows)"
cat "$summary"
