#!/usr/bin/env bash
# Instructions a run of the whole report (or the rfm pipeline, or ingest) executes, counted by
# valgrind's cachegrind: a figure the machine's load does not move, for changes worth a few
# percent that this VM's timing noise hides (docs/performance.md, finding 37). Not part of the
# tests; needs `apt-get install valgrind`.
#
#   scripts/bench/count-instructions.sh [report|rfm|ingest] [rows=200000] [runs=12]
#
# Two processes, one making 3 runs and one 3 + runs, with V8 made as deterministic as it goes
# (one thread, fixed seeds); the difference ÷ runs is one steady run. Two counts of the same
# code differed by ~1% of a run; it counts the full GC that --profile makes before each run.
set -euo pipefail
what=${1:-report}
rows=${2:-200000}
runs=${3:-12}
cd "$(dirname "$0")/../.."
command -v valgrind >/dev/null || { echo 'count-instructions.sh: valgrind is not installed (apt-get install valgrind)' >&2; exit 2; }
bundle=node_modules/.cache/cx-bench/count-$$.mjs
trap 'rm -f "$bundle"' EXIT
npx esbuild scripts/bench/main.ts --bundle --platform=node --format=esm --target=node20 \
  --external:@duckdb/node-api --external:arquero --log-level=warning --outfile="$bundle"
count() {
  GLIBC_TUNABLES=glibc.malloc.hugetlb=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    node --expose-gc --max-old-space-size=8192 --single-threaded --predictable --hash-seed=1 --random-seed=1 \
    "$bundle" --profile="$what" --rows="$rows" --runs="$1" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ,
}
more=$(count $((3 + runs)))
base=$(count 3)
echo "instructions what=$what rows=$rows runs=$runs per_run=$(( (more - base) / runs ))"
