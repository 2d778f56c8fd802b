#!/usr/bin/env bash
# The real-code harness: lints public repositories at pinned commits and compares the findings with what we
# expect of them (bench/realworld/expectations.tsv). Not part of .ci/run: it needs local git clones.
#
#   bench/realworld/run.sh [--clones DIR] [--work DIR] [--list FILE] [--expect FILE] [--only owner/name] [--no-build] [--no-lint]
#
# --clones DIR  where the git clones are (or KEEPALIVE_LINT_CLONES; default /work/.mirror). For owner/name the
#               harness tries DIR/owner+name/repo, DIR/owner+name, DIR/owner/name and DIR/name; each may be a bare
#               repository or a clone with a work tree. Bring your own: `git clone https://…/owner/name DIR/owner/name`.
#               A clone must contain every commit of the list (a shallow clone usually does not).
# --work DIR    where commits are extracted (git archive) and results written; default bench/target/realworld.
# --list FILE   the repositories at pinned commits (default bench/realworld/repos.tsv).
# --expect FILE the expectations (default bench/realworld/expectations.tsv).
# --only NAME   run only the entries of that repository.
# --no-build    use the engine already built in core/target and bench/target.
# --no-lint     only compare: reuse WORK/findings.tsv of the last run (after editing the expectations).
#
# Output: WORK/findings.tsv (WORK/findings-owner+name.tsv with --only) (repo, commit, rule, severity, file, line, message head), then a table per repo@commit
# (errors+warnings, true, false, unclassified, known bugs found/missed, fixed commit clean) and the precision.
# Exit status: 0 when every known bug is found, every fixed place is clean and nothing is unclassified; 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bench="$(dirname "$here")"
root="$(dirname "$bench")"
clones="${KEEPALIVE_LINT_CLONES:-/work/.mirror}"
work="$bench/target/realworld"
list="$here/repos.tsv"
expect="$here/expectations.tsv"
only=""
build=1
lint=1
while [ $# -gt 0 ]; do
  case "$1" in
    --clones) clones="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --list) list="$2"; shift 2 ;;
    --expect) expect="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-lint) lint=0; build=0; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$build" = 1 ]; then
  # package, never install: the reactor resolves core and rules from their target/ directories.
  if ! log="$(mvn -B -q -f "$root/pom.xml" -pl bench -am package -DskipTests -Dinvoker.skip=true 2>&1)"; then
    printf '%s\n' "$log" >&2
    echo "run.sh: the build failed (output above)" >&2
    exit 1
  fi
fi

# The git directory of owner/name's clone, or nothing.
clone_of() {
  local repo="$1" owner="${1%%/*}" name="${1#*/}" c
  for c in "$clones/$owner+$name/repo" "$clones/$owner+$name" "$clones/$owner/$name" "$clones/$name"; do
    if [ -d "$c" ] && git -C "$c" rev-parse --git-dir >/dev/null 2>&1; then
      printf '%s\n' "$c"
      return 0
    fi
  done
  return 1
}

runs="$work/runs${only:+-${only/\//+}}.tsv"
findings="$work/findings${only:+-${only/\//+}}.tsv"
if [ "$lint" = 1 ]; then
mkdir -p "$work/trees"
: > "$runs"
missing=0
while IFS=$'\t' read -r repo commit role deps reason; do
  case "$repo" in ''|'#'*) continue ;; esac
  if [ -n "$only" ] && [ "$repo" != "$only" ]; then continue; fi
  if ! clone="$(clone_of "$repo")"; then
    echo "run.sh: no clone of $repo under $clones (skipped)" >&2
    missing=$((missing + 1))
    continue
  fi
  tree="$work/trees/${repo/\//+}@${commit:0:12}"
  if [ ! -f "$tree/.extracted" ]; then
    rm -rf "$tree"
    mkdir -p "$tree"
    if ! git -C "$clone" cat-file -e "$commit^{commit}" 2>/dev/null; then
      echo "run.sh: $repo has no commit $commit (skipped)" >&2
      rm -rf "$tree"
      missing=$((missing + 1))
      continue
    fi
    # Only the files the engine reads (Java sources and the default configuration includes), and of those only the
    # ones whose content the clone has: a snapshot may lack large blobs, and git archive stops at the first absent one.
    listing="$tree.ls"
    git -C "$clone" -c core.quotePath=false ls-tree -r "$commit" \
      | awk -F'\t' '$1 ~ / blob / && $2 ~ /\.(java|ya?ml|properties)$/' > "$listing"
    cut -f1 "$listing" | awk '{print $3}' | git -C "$clone" cat-file --batch-check | awk '$2 == "missing" {print $1}' > "$listing.absent"
    awk -F'\t' 'FILENAME == ARGV[1] {absent[$1] = 1; next} {split($1, m, " "); if (!(m[3] in absent)) printf "%s%c", $2, 0}' \
      "$listing.absent" "$listing" \
      | xargs -0 -r sh -c 'c="$0"; r="$1"; shift; git -C "$c" --literal-pathspecs archive --format=tar "$r" -- "$@"' \
        "$clone" "$commit" \
      | tar -x --ignore-zeros -C "$tree"
    if [ -s "$listing.absent" ]; then
      echo "run.sh: $repo@${commit:0:12}: $(wc -l < "$listing.absent") file(s) absent from the clone, not scanned" >&2
    fi
    rm -f "$listing" "$listing.absent"
    touch "$tree/.extracted"
  fi
  printf '%s\t%s\t%s\t%s\n' "$tree" "$repo" "$commit" "$deps" >> "$runs"
done < "$list"

fi

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="$bench/target/classes:$(cat "$bench/target/classpath.txt")"
if [ "$lint" = 1 ]; then
  "$java" -Xmx3g -cp "$cp" dev.keepalivelint.bench.realworld.Harness "$runs" "$findings"
fi
set +e
"$java" -cp "$cp" dev.keepalivelint.bench.realworld.Compare "$list" "$runs" "$expect" "$findings" ${only:+--only "$only"}
status=$?
set -e
if [ "${missing:-0}" -gt 0 ]; then
  echo "run.sh: $missing entries of the list were not run (no clone or no such commit)" >&2
  status=1
fi
exit "$status"
