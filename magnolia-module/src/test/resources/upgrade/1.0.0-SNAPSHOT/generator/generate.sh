#!/bin/sh
# Regenerates the upgrade fixture of civic-portal 1.0.0-SNAPSHOT with that version's own code (commit b8c4b3a):
# a temporary worktree of that commit runs FixtureGenerator as a test and writes the files beside this script's folder.
# Usage (from the repository root): magnolia-module/src/test/resources/upgrade/1.0.0-SNAPSHOT/generator/generate.sh
set -eu
COMMIT=b8c4b3a
here=$(cd "$(dirname "$0")" && pwd)
out=$(dirname "$here")
tree=$(mktemp -d)/civic-portal-$COMMIT
git worktree add --detach "$tree" "$COMMIT" >/dev/null
trap 'git worktree remove --force "$tree"' EXIT
mkdir -p "$tree/magnolia-module/src/test/java/org/civicportal/upgrade"
cp "$here/FixtureGenerator.java" "$tree/magnolia-module/src/test/java/org/civicportal/upgrade/"
(cd "$tree" && mvn -B -q -o test -pl magnolia-module -am -Dtest=FixtureGenerator -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfixture.out="$out")
echo "fixture written to $out"
