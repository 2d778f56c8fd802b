#!/usr/bin/env bash
# The benchmark in one command: builds the plugin and this module, then measures a generated 12,000-file tree
# (or any tree given with --tree DIR). Arguments go to dev.keepalivelint.bench.Benchmark:
#   bench/run.sh [--files N] [--tree DIR] [--work DIR] [--no-half]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
mvn -B -q -f "$root/pom.xml" install -DskipTests -Dinvoker.skip=true
exec java -Xmx2g -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  dev.keepalivelint.bench.Benchmark --work "$here/target/bench" "$@"
