#!/usr/bin/env bash
# Visits at scale (org.civicportal.visits.SeriesBench, in the module's test classes): fills a fresh repository
# through the visit store with five years of daily counters, 100,000 distinct page paths a day, then prints the disk
# per day and the median time of the statistics queries (daily series over five years, the overview's totals, top
# lists) against an empty read measured in the same run. On demand, not a test; figures in docs/visits.md.
# Builds nothing: run `mvn -B -q package -DskipTests` first; the standalone jar supplies the module and its
# libraries.
#
# Usage: bench/visit-series.sh [YEARS|DAYSd [PATHS_PER_DAY [RUNS]]]   (defaults: 5 100000 21; "60d" for a quick look)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
classes="$root/magnolia-module/target/test-classes"
jar="$root/standalone/target/civic-portal-standalone.jar"
if [[ ! -f "$classes/org/civicportal/visits/SeriesBench.class" || ! -f "$jar" ]]; then
  echo "the module's test classes or the standalone jar are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi
java -cp "$classes:$jar" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.civicportal.visits.SeriesBench "$@"
