#!/usr/bin/env bash
# Statistics series queries on five years of daily visit counters (org.civicportal.visits.SeriesBench, in the
# module's test classes): fills a fresh repository, then prints how long each query takes. On demand, not a test.
# Builds nothing: run `mvn -B -q package -DskipTests` first.
#
# Usage: bench/visit-series.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
if [[ ! -f "$root/magnolia-module/target/test-classes/org/civicportal/visits/SeriesBench.class" ]]; then
  echo "the module's test classes are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi
cp="$(cd "$root" && mvn -q -o -pl magnolia-module dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -cp "$root/magnolia-module/target/test-classes:$root/magnolia-module/target/classes:$cp" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.civicportal.visits.SeriesBench
