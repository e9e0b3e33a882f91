#!/usr/bin/env bash
# Statistics series queries on five years of daily visit counters (org.civicportal.visits.SeriesBench, in the
# module's test classes): fills a fresh repository, then prints how long each query takes. On demand, not a test.
# Builds nothing: run `mvn -B -q package -DskipTests` first; the standalone jar supplies the module and its
# libraries.
#
# Usage: bench/visit-series.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
classes="$root/magnolia-module/target/test-classes"
jar="$root/standalone/target/civic-portal-standalone.jar"
if [[ ! -f "$classes/org/civicportal/visits/SeriesBench.class" || ! -f "$jar" ]]; then
  echo "the module's test classes or the standalone jar are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi
java -cp "$classes:$jar" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.civicportal.visits.SeriesBench
