#!/usr/bin/env bash
# Exports whose layout has more than one header row, at scale: the bundled Qualtrics
# (three header rows) and SurveyMonkey (two) samples grown to N respondents by repeating
# their data rows, as CSV and as a workbook written the way Excel writes one
# (bench/containers/csv_to_xlsx.py); `dist FILE` and `ingest` of each, with the Google Forms
# export of ../shared/bench/gen_survey.py at the same size for comparison. One run of each
# under /usr/bin/time (elapsed, user CPU, peak RSS). Writes bench/results/layouts.md.
#
# Usage: bench/layouts/run.sh [N]   (default 200000)
# Environment: CANVASS=path/to/canvass (default build/canvass); DATA_DIR (default /tmp/canvass-layoutbench).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$(dirname "$HERE")")
CANVASS=$(realpath "${CANVASS:-$ROOT/build/canvass}")
DATA_DIR=${DATA_DIR:-/tmp/canvass-layoutbench}
N=${1:-200000}
mkdir -p "$DATA_DIR" "$ROOT/bench/results"
OUT=$ROOT/bench/results/layouts.md

grow() {  # grow SAMPLE HEADER_ROWS N OUT.csv
  python3 - "$@" <<'PY'
import csv, io, sys
src, header_rows, n, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rows = list(csv.reader(io.StringIO(open(src, encoding="utf-8-sig").read())))
head, data = rows[:header_rows], [r for r in rows[header_rows:] if r]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerows(head)
    for i in range(n):
        w.writerow(data[i % len(data)])
PY
}

row() {  # row LABEL FILE COMMAND... -> one Markdown row
  local label=$1 file=$2; shift 2
  /usr/bin/time -f '%e %U %M' -o "$DATA_DIR/time.txt" "$@" >/dev/null 2>"$DATA_DIR/err.txt" || true
  read -r secs user kb <"$DATA_DIR/time.txt"
  printf '| %s | %s | %.1f | %s | %s | %s |\n' "$label" "$(basename "$file")" \
    "$(python3 -c "import os,sys;print(os.path.getsize(sys.argv[1])/1e6)" "$file")" "$secs" "$user" "$((kb / 1024))"
}

[ -s "$DATA_DIR/google-forms.csv" ] || python3 "$ROOT/../shared/bench/gen_survey.py" "$N" "$DATA_DIR/google-forms.csv"
grow "$ROOT/samples/platforms/qualtrics.csv" 3 "$N" "$DATA_DIR/qualtrics.csv"
grow "$ROOT/samples/platforms/surveymonkey.csv" 2 "$N" "$DATA_DIR/surveymonkey.csv"
for f in qualtrics surveymonkey; do python3 "$ROOT/bench/containers/csv_to_xlsx.py" "$DATA_DIR/$f.csv" "$DATA_DIR/$f.xlsx"; done
{
  echo "# Multi-header-row layouts at $N respondents"
  echo
  echo "\`bench/layouts/run.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores; canvass $("$CANVASS" --version 2>/dev/null | head -1)."
  echo "One run each; peak is the maximum resident set size."
  echo
  echo "| command | file | MB | elapsed s | user s | peak MB |"
  echo "|---|---|---:|---:|---:|---:|"
  for f in google-forms.csv qualtrics.csv surveymonkey.csv qualtrics.xlsx surveymonkey.xlsx; do
    row "dist" "$DATA_DIR/$f" "$CANVASS" dist --format counts "$DATA_DIR/$f"
    rm -f "$DATA_DIR/s.db"
    row "ingest" "$DATA_DIR/$f" "$CANVASS" ingest --db "$DATA_DIR/s.db" "$DATA_DIR/$f"
  done
} > "$OUT"
cat "$OUT"
