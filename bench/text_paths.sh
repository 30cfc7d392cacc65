#!/usr/bin/env bash
# The free-text paths against the CSV `dist` path, in one run on the same machine: for each
# size, the generated Google-Forms export (../shared/bench/gen_survey.py, 40 grid
# statements and two comment questions) is read by `dist FILE` and `ingest`, and the
# store it makes by `quotes --limit 20` (nothing kept yet: every comment through the text
# pipeline) and `report --db` (the comments' pieces that quotes kept are reused), again
# into the same folder (up to date) and into a new one (`report-redo`: every section
# redone with nothing changed); then one more export a tenth the size is ingested and the
# report redone (`report-added`), beside the same small export ingested and reported alone
# in a store of its own (`report-alone`): adding an export should cost about that export,
# so report-added minus report-redo is set beside report-alone. `run` of a one-export
# study is timed fresh, re-run with nothing changed, and re-run after the small export is
# added to its folder (`run-added`, set beside `run-alone`, a study of that export alone);
# `notes` reads a focus-group notes file grown from the bundled sample to a size
# proportional to the export. Each command once
# under /usr/bin/time (elapsed, user CPU, peak RSS). Writes bench/results/text-paths.tsv and
# prints the table with ratios to ingest at the same size (bench/results/text-performance.md
# keeps the runs that were measured).
#
# Usage: bench/text_paths.sh [-s "20000 60000 200000"] [--keep-data]
# Environment: CANVASS=path/to/canvass (default build/canvass);
#   DATA_DIR=scratch folder for generated files (default /tmp/canvass-textbench);
#   GEN=the generator (default ../shared/bench/gen_survey.py beside the checkout).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
GEN=${GEN:-$ROOT/../shared/bench/gen_survey.py}
CANVASS=$(realpath "${CANVASS:-$ROOT/build/canvass}")
DATA_DIR=${DATA_DIR:-/tmp/canvass-textbench}
SIZES="20000 60000 200000"
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    -s) SIZES=$2; shift 2 ;;
    --keep-data) KEEP=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time (apt-get install time)" >&2; exit 1; }
[ -f "$GEN" ] || { echo "no $GEN: the generator lives in ../shared/bench" >&2; exit 1; }
[ -x "$CANVASS" ] || { echo "no $CANVASS: run scripts/build.sh" >&2; exit 1; }
mkdir -p "$DATA_DIR" "$HERE/results"
OUT=$HERE/results/text-paths.tsv
printf 'path\trespondents\tinput_bytes\tseconds\tuser_seconds\tsystem_seconds\tpeak_kb\texit\n' > "$OUT"

# timed PATH N BYTES -- COMMAND...: one line of the table; the command's output is discarded.
timed() {
  local path=$1 n=$2 bytes=$3; shift 4
  local t=$DATA_DIR/time.txt rc=0
  /usr/bin/time -f '%e\t%U\t%S\t%M' -o "$t" "$@" >/dev/null 2>"$DATA_DIR/stderr.txt" || rc=$?
  printf '%s\t%s\t%s\t%s\t%s\n' "$path" "$n" "$bytes" "$(tail -1 "$t")" "$rc" >> "$OUT"
  printf '%-14s %8s  %s\n' "$path" "$n" "$(tail -1 "$t")" >&2
}

# Notes of about BYTES: the bundled sample's lines again and again, each copy's lines
# marked with its session so that no two copies are duplicates of each other.
grow_notes() {
  python3 - "$ROOT/samples/notes/carers-forum-notes.txt" "$1" "$2" <<'PY'
import sys
src, want, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(src, "rb").read().split(b"\n")  # bytes: the sample is Windows-1252, kept so
with open(out, "wb") as f:
    size, k = 0, 0
    while size < want:
        k += 1
        for line in lines:
            body, cr = (line[:-1], b"\r") if line.endswith(b"\r") else (line, b"")
            if body.strip() and not body.startswith(b"#"):
                body += b" (session %d)" % k
            f.write(body + cr + b"\n")
            size += len(body) + len(cr) + 1
PY
}

for n in $SIZES; do
  csv=$DATA_DIR/survey_$n.csv
  [ -s "$csv" ] || python3 "$GEN" "$n" "$csv"
  bytes=$(stat -L -c %s "$csv")
  notes=$DATA_DIR/notes_$n.txt
  [ -s "$notes" ] || grow_notes $((n * 250)) "$notes"   # 50 MB at 200k respondents
  work=$DATA_DIR/work_$n
  rm -rf "$work" && mkdir -p "$work"
  timed dist "$n" "$bytes" -- "$CANVASS" dist --format counts "$csv"
  timed ingest "$n" "$bytes" -- "$CANVASS" ingest --db "$work/s.db" --batch bench "$csv"
  timed quotes "$n" "$bytes" -- "$CANVASS" quotes --db "$work/s.db" --limit 20
  timed report "$n" "$bytes" -- "$CANVASS" report --db "$work/s.db" --out "$work/report"
  timed report-again "$n" "$bytes" -- "$CANVASS" report --db "$work/s.db" --out "$work/report"
  timed report-redo "$n" "$bytes" -- "$CANVASS" report --db "$work/s.db" --out "$work/report-redo"
  extra=$DATA_DIR/survey_extra_$((n / 10)).csv
  [ -s "$extra" ] || python3 "$GEN" $((n / 10)) "$extra" --seed 2
  ebytes=$(stat -L -c %s "$extra")
  timed ingest-added "$n" "$ebytes" -- "$CANVASS" ingest --db "$work/s.db" --batch added "$extra"
  timed report-added "$n" "$ebytes" -- "$CANVASS" report --db "$work/s.db" --out "$work/report-added"
  timed ingest-alone "$n" "$ebytes" -- "$CANVASS" ingest --db "$work/alone.db" --batch alone "$extra"
  timed report-alone "$n" "$ebytes" -- "$CANVASS" report --db "$work/alone.db" --out "$work/report-alone"
  timed notes "$n" "$(stat -L -c %s "$notes")" -- "$CANVASS" notes "$notes"
  # A study of every export in its folder: one at first, then the small one added.
  mkdir -p "$work/study" "$work/study-alone"
  cp "$csv" "$work/study/export-1.csv"
  cp "$extra" "$work/study-alone/export-2.csv"
  for folder in study study-alone; do
    cat > "$work/$folder/study.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<study title="bench" batch="bench" store="study.db">
  <sources><source files="export-*.csv" platform="google-forms"/></sources>
  <outputs folder="out"/>
</study>
XML
  done
  timed run "$n" "$bytes" -- "$CANVASS" run "$work/study/study.xml"
  timed run-again "$n" "$bytes" -- "$CANVASS" run "$work/study/study.xml"
  cp "$extra" "$work/study/export-2.csv"
  timed run-added "$n" "$ebytes" -- "$CANVASS" run "$work/study/study.xml"
  timed run-alone "$n" "$ebytes" -- "$CANVASS" run "$work/study-alone/study.xml"
  [ "$KEEP" = 1 ] || rm -rf "$work"
done
rm -f "$DATA_DIR/time.txt"

{
  echo "date	$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "canvass	$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "cpu	$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') x $(nproc)"
  echo "load	$(cut -d' ' -f1-3 /proc/loadavg)"
} > "$HERE/results/text-paths-machine.tsv"
python3 "$HERE/text_paths_summary.py" "$OUT" "$HERE/results/text-paths-machine.tsv"
