#!/usr/bin/env bash
# The notes benchmark: `canvass notes FILE` (records with themes, redacted, as JSON) and
# `--tally` on generated notes files of three sizes, the largest again on one core,
# `canvass ingest` of the largest, the largest re-encoded as Windows-1252 (decoded, not read in
# place), and one file that is a single huge line; speed in MB/s, CPU seconds (user + system,
# all threads: the fair figure on a shared machine) and peak memory (GNU time's maximum
# resident set size). Writes bench/results/notes.md.
#
# Usage: bench/notes/run.sh [SIZES_MB...]   (default: 5 20 50; the one-line file is 1 MB, as
#   a longer line is refused: text_notes.cpp's 1 MiB limit)
# Environment: CANVASS=path/to/canvass (default build/canvass); DATA=scratch folder for the
#   generated files (default /tmp/canvass-notes-bench); COMPARE="LABEL=PATH ..." other builds
#   (say, main before this work) timed in the same run on the largest file and the long line.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
CANVASS=${CANVASS:-$ROOT/build/canvass}
DATA=${DATA:-/tmp/canvass-notes-bench}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(5 20 50)
mkdir -p "$DATA" "$ROOT/bench/results"
OUT=$ROOT/bench/results/notes.md

measure() {  # measure LABEL FILE ARGS... -> one Markdown row (BIN= another canvass, CMD=ingest,
             # ON="taskset -c 0" to run on one core)
  local label=$1 file=$2 bin=${BIN:-$CANVASS} cmd=${CMD:-notes}; shift 2
  local mb secs kb user sys
  mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f}')" "$file")
  /usr/bin/time -f '%e %M %U %S' -o "$DATA/time.txt" ${ON:-} "$bin" $cmd "$file" "$@" >"$DATA/out" 2>"$DATA/err" || {
    echo "canvass failed on $file:" >&2; cat "$DATA/err" >&2; exit 1; }
  read -r secs kb user sys <"$DATA/time.txt"
  python3 - "$label" "$mb" "$secs" "$kb" "$user" "$sys" "$cmd${*:+ ${*//$DATA\//}}" <<'PY'
import sys
label, mb, secs, kb, user, sys_, args = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6]), sys.argv[7]
rate = mb / secs if secs > 0 else float("inf")
print(f"| {label} | `{args if args != 'notes' else 'notes (json)'}` | {mb:.1f} | {secs:.2f} | {rate:.1f} | {user + sys_:.2f} | {kb/1024:.0f} |")
PY
}

{
  echo "# Notes benchmark"
  echo
  echo "\`bench/notes/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores ($(uname -m)); files from \`bench/notes/make_notes.py\`."
  echo "Peak = maximum resident set size of the whole process (GNU time); CPU s = user + system, all threads."
  echo "Load average at the start: $(cut -d' ' -f1 /proc/loadavg) (above 0 the machine was shared: compare CPU seconds)."
  echo
  echo "| file | command | MB | seconds | MB/s | CPU s | peak MB |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for mb in "${SIZES[@]}"; do
    f=$DATA/notes-${mb}mb.txt
    [ -f "$f" ] || python3 "$HERE/make_notes.py" "$mb" "$f"
    measure "notes, ${mb} MB" "$f"
    measure "notes, ${mb} MB" "$f" --tally --format csv
  done
  f=$DATA/one-line-1mb.txt
  [ -f "$f" ] || python3 "$HERE/make_notes.py" --one-line 1 "$f"
  measure "one 1 MB line" "$f"
  largest=$DATA/notes-${SIZES[-1]}mb.txt
  cp1252=$DATA/notes-${SIZES[-1]}mb-windows-1252.txt  # what the generator writes, as Excel-era Windows saves it
  [ -f "$cp1252" ] || python3 -c "import sys; open(sys.argv[2], 'wb').write(open(sys.argv[1], encoding='utf-8').read().encode('cp1252', errors='replace'))" "$largest" "$cp1252"
  measure "notes, ${SIZES[-1]} MB, Windows-1252" "$cp1252"
  # the records are worked on every core (engine/model/ordered_work.hpp); the same on one
  if command -v taskset >/dev/null; then ON="taskset -c 0" measure "notes, ${SIZES[-1]} MB, one core" "$largest"; fi
  rm -f "$DATA/store.db"
  CMD=ingest measure "notes, ${SIZES[-1]} MB" "$largest" --db "$DATA/store.db"
  for pair in ${COMPARE:-}; do
    BIN=${pair#*=} measure "${pair%%=*}: ${SIZES[-1]} MB" "$largest"
    BIN=${pair#*=} measure "${pair%%=*}: ${SIZES[-1]} MB, Windows-1252" "$cp1252"
    BIN=${pair#*=} measure "${pair%%=*}: one 1 MB line" "$f"
    rm -f "$DATA/store.db"
    BIN=${pair#*=} CMD=ingest measure "${pair%%=*}: ${SIZES[-1]} MB" "$largest" --db "$DATA/store.db"
  done
} >"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
cat "$OUT"
