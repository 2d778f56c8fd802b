#!/usr/bin/env bash
# The benchmark in one command, from any directory: builds the engine, the plugin and this module, then measures a
# generated, deterministic 12,000-file tree (or the tree given with --tree DIR). Arguments go to
# dev.keepalivelint.bench.Benchmark:
#   bench/run.sh [--files N] [--tree DIR] [--work DIR] [--keep] [--no-half]
#                [--real DIR]... [--corpus DIR] [--file FILE]... [--no-parse-all] [--scaling] [--only-real]
#                [--jvm-option OPTION]...
# Generated trees and caches go to bench/target/bench-tree unless --work says otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
# package, not install: nothing goes into the local repository. Built in the reactor (-pl bench -am), the bench
# module's package phase writes its runtime classpath, the reactor's own jars included, to target/classpath.txt
# (maven-dependency-plugin build-classpath).
# The build's output is shown only when it fails: even with -q, Maven prints colour escapes that would garble
# the table.
if ! log="$(mvn -B -q -f "$root/pom.xml" -pl bench -am package -DskipTests -Dinvoker.skip=true 2>&1)"; then
  printf '%s\n' "$log" >&2
  echo "bench/run.sh: the build failed (output above)" >&2
  exit 1
fi
# The same JDK Maven used, when JAVA_HOME says which.
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xmx2g -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  dev.keepalivelint.bench.Benchmark --work "$here/target/bench-tree" "$@"
