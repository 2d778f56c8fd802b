#!/usr/bin/env bash
# Scripted check (not part of `mvn verify`): on Maven 4, GitHub workflow commands reach the real standard output
# bare, not as "[INFO] [stdout] ::error ...". Maven 4 is fetched from Maven Central with the dependency plugin.
#
# Needs the ITs to have run first (`mvn -B -pl plugin -am verify`): it reuses their local repository, where
# the invoker installed this plugin, and the interpolated reactor-fail-fast project.
#   plugin/src/test/maven4/annotations-on-maven4.sh [maven-4-version]
set -euo pipefail
version="${1:-4.0.0-rc-4}"
plugin="$(cd "$(dirname "$0")/../../.." && pwd)"
repo="$plugin/target/local-repo"
work="$plugin/target/maven4"
project="$plugin/target/it/reactor-fail-fast"
[ -d "$project" ] || { echo "run the ITs first: mvn -B -pl plugin -am verify" >&2; exit 2; }
mkdir -p "$work"
if [ ! -x "$work/apache-maven-$version/bin/mvn" ]; then
  mvn -B -q -Dmaven.repo.local="$repo" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.apache.maven:apache-maven:$version:zip:bin" -DoutputDirectory="$work"
  (cd "$work" && unzip -q -o "apache-maven-$version-bin.zip")
fi
copy="$work/project"
rm -rf "$copy" && cp -r "$project" "$copy" && rm -rf "$copy"/target "$copy"/*/target "$copy"/services/*/target
# the same settings as the ITs: this machine's local repository as a file repository first, then Central
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" "$plugin/src/it/settings.xml" > "$work/settings.xml"
out="$work/build.log"
(cd "$copy" && GITHUB_ACTIONS=true GITHUB_WORKSPACE="$copy" GITHUB_STEP_SUMMARY="$work/summary.md" \
  "$work/apache-maven-$version/bin/mvn" -B -s "$work/settings.xml" -Dmaven.repo.local="$repo" validate > "$out" 2>&1) || true
bare=$(grep -c '^::error file=' "$out" || true)
prefixed=$(grep -c '\[stdout\] ::' "$out" || true)
echo "Maven $version: $bare bare ::error lines, $prefixed prefixed"
grep '^::error' "$out"
[ "$bare" -eq 2 ] && [ "$prefixed" -eq 0 ] || { echo "FAILED: see $out" >&2; exit 1; }
grep -q '| `ping-without-calls` | 1 | 0 | 0 |' "$work/summary.md" || { echo "FAILED: no job summary table" >&2; exit 1; }
echo OK
