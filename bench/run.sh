#!/usr/bin/env bash
# The end-to-end benchmark: canvass against the peers (pandas, R data.table, DuckDB,
# Polars, Python csv, the memchr floor) on the same 200k-row Google-Forms export, in one
# run, through ../shared/bench/run_peers.sh (ENGINE_CMD="canvass dist --format counts").
# Then canvass ingest's speed and memory, and a 20k/200k/2M linearity check of dist and ingest.
# Writes bench/results/latest.md (the table bench/README.md quotes).
#
# Usage: bench/run.sh [--setup] [-r RUNS] [-w WARMUP] [--no-peers] [--no-ingest] [--no-linearity]
#   --setup        apt-get install the peers' runtimes and hyperfine, npm install the node peers
#   -r RUNS        timed runs per tool (default 5); -w WARMUP warm-ups (default 2)
# Environment: CANVASS=path/to/canvass (default build/canvass, built when missing);
#   INGEST_RUNS=N ingest repetitions (default 3);
#   PEERS_DIR=scratch copy of ../shared/bench (default /tmp/canvass-peerbench; data lives there).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
SHARED_BENCH=$ROOT/../shared/bench
PEERS_DIR=${PEERS_DIR:-/tmp/canvass-peerbench}
CANVASS=${CANVASS:-$ROOT/build/canvass}
INGEST_RUNS=${INGEST_RUNS:-3}
RUNS=5 WARMUP=2 SETUP=0 PEERS=1 INGEST=1 LINEAR=1
while [ $# -gt 0 ]; do
  case "$1" in
    --setup) SETUP=1; shift ;;
    -r) RUNS=$2; shift 2 ;;
    -w) WARMUP=$2; shift 2 ;;
    --no-peers) PEERS=0; shift ;;
    --no-ingest) INGEST=0; shift ;;
    --no-linearity) LINEAR=0; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

if [ "$SETUP" = 1 ]; then
  apt-get install -y hyperfine time gcc python3-pandas r-base-core r-cran-data.table nodejs npm
fi
for t in hyperfine python3; do
  command -v "$t" >/dev/null || { echo "missing $t: run bench/run.sh --setup" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time: run bench/run.sh --setup" >&2; exit 1; }
[ -d "$SHARED_BENCH" ] || { echo "no $SHARED_BENCH: the peer scripts live there" >&2; exit 1; }

# The peers run from a scratch copy: ../shared is read-only and the project keeps none of its files.
mkdir -p "$PEERS_DIR"
cp -r "$SHARED_BENCH"/. "$PEERS_DIR"/
if command -v npm >/dev/null && [ ! -d "$PEERS_DIR/node_modules" ]; then (cd "$PEERS_DIR" && npm install); fi

if [ ! -x "$CANVASS" ]; then
  cmake -S "$ROOT" -B "$ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$ROOT/build" -j2 --target canvass
fi
VERSION="canvass $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), g++ -O3 (Release)"

OUT=$HERE/results
mkdir -p "$OUT"
gen() {  # gen ROWS: the deterministic export and its true counts
  local f=$PEERS_DIR/data/survey_$1.csv
  mkdir -p "$PEERS_DIR/data"
  [ -s "$f" ] || python3 "$PEERS_DIR/gen_survey.py" "$1" "$f" --expect "$PEERS_DIR/data/survey_$1.expected.csv" >&2
  echo "$f"
}

# ---- 1. canvass dist against the peers, side by side --------------------------------
if [ "$PEERS" = 1 ]; then
  ENGINE_CMD="$CANVASS dist --format counts" ENGINE_VERSION="$VERSION" \
    "$PEERS_DIR/run_peers.sh" -n 200000 -s 2000 -r "$RUNS" -w "$WARMUP" >&2
  cp "$PEERS_DIR"/results/*.json "$PEERS_DIR"/results/*.tsv "$OUT"/
fi

# ---- 2. canvass ingest: records per second and peak memory ---------------------------
# 200k rows INGEST_RUNS times; with the linearity check also 20k and 2M rows once each
# (time and peak RSS as the file grows). The 20k store is checked against the true counts.
if [ "$INGEST" = 1 ]; then
  : > "$OUT/ingest.tsv"
  sizes="200000"
  [ "$LINEAR" = 1 ] && sizes="20000 200000 2000000"
  for n in $sizes; do
    f=$(gen "$n")
    runs=1
    [ "$n" = 200000 ] && runs=$INGEST_RUNS
    for k in $(seq "$runs"); do
      dir=$(mktemp -d)
      /usr/bin/time -f '%e\t%M' -o "$OUT/time.tmp" "$CANVASS" ingest --db "$dir/bench.db" "$f" >/dev/null 2>&1
      agree=n/a
      if [ "$n" = 20000 ]; then
        "$CANVASS" dist --db "$dir/bench.db" --format counts | cmp -s - "$PEERS_DIR/data/survey_$n.expected.csv" \
          && agree=yes || agree=no
      fi
      printf '%s\t%s\t%s\n' "$n" "$(tail -1 "$OUT/time.tmp")" "$agree" >> "$OUT/ingest.tsv"
      rm -rf "$dir"
    done
  done
  rm -f "$OUT/time.tmp"
fi

# ---- 3. linearity and flat memory: 20k, 200k, 2M rows ---------------------------------
if [ "$LINEAR" = 1 ]; then
  : > "$OUT/linearity.tsv"
  for n in 20000 200000 2000000; do
    f=$(gen "$n")
    "$CANVASS" dist --format counts "$f" | cmp -s - "$PEERS_DIR/data/survey_$n.expected.csv" && agree=yes || agree=no
    hyperfine -N --style none --warmup 1 --runs "$RUNS" --export-json "$OUT/linear_$n.json" \
      "$CANVASS dist --format counts $f" >/dev/null
    rss=$(for k in 1 2 3; do /usr/bin/time -f '%M' "$CANVASS" dist --format counts "$f" 2>&1 >/dev/null | tail -1; done | sort -n | sed -n 2p)
    printf '%s\t%s\t%s\t%s\n' "$n" "$(stat -c %s "$f")" "$rss" "$agree" >> "$OUT/linearity.tsv"
  done
fi

{
  echo "date	$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu	$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') x $(nproc)"
  echo "mem	$(free -g | awk '/Mem:/{print $2" GiB"}')"
  echo "load	$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/machine.tsv"
python3 "$HERE/summarize.py" "$OUT" | tee "$OUT/latest.md"
