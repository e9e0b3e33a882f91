#!/usr/bin/env bash
# Site search over 10,000 articles and reports (org.civicportal.search.SearchBench, in the module's test classes):
# fills a fresh repository configured as the standalone's (folding analyzer, sizeEstimate), then prints the median
# and 90th percentile time of searches against a baseline measured in the same run (one item found by its name, the
# query of every item page). On demand, not a test. Builds nothing: run `mvn -B -q package -DskipTests` first; the
# standalone jar supplies the module and its libraries.
#
# Usage: bench/search.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
classes="$root/magnolia-module/target/test-classes"
jar="$root/standalone/target/civic-portal-standalone.jar"
if [[ ! -f "$classes/org/civicportal/search/SearchBench.class" || ! -f "$jar" ]]; then
  echo "the module's test classes or the standalone jar are missing: build first with: mvn -B -q package -DskipTests" >&2
  exit 2
fi
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown), cores: $(nproc)"
java -cp "$classes:$jar" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn org.civicportal.search.SearchBench
