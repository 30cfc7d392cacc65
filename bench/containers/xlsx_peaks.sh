#!/usr/bin/env bash
# Workbook streaming before and after (issue 19, Excel part): `dist` and `ingest` of the
# benchmark survey as CSV and as an Excel workbook (shared strings, as Excel writes them) at
# 200k and 1M rows, and `dist`/`ingest` of a 200k-row workbook damaged at its very end, each
# with CPU seconds (user + system), wall seconds and peak RSS from /usr/bin/time.
# Prints one line per run; bench/results/xlsx-streaming.md holds a run's figures.
#
# Usage: bench/containers/xlsx_peaks.sh BEFORE_CANVASS AFTER_CANVASS [SIZES...]
# Environment: DATA=scratch folder (default /tmp/canvass-xlsx-peaks; about 1.5 GB for 1M).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BEFORE=$(realpath "$1")
AFTER=$(realpath "$2")
shift 2
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(200000 1000000)
DATA=${DATA:-/tmp/canvass-xlsx-peaks}
mkdir -p "$DATA"
cd "$DATA"

# One run: "cpu_s wall_s peak_MB exit".
timed() {
  local rc=0
  /usr/bin/time -f "%U %S %e %M" -o time.txt "$@" > out.txt 2> err.txt || rc=$?
  tail -1 time.txt | awk -v rc="$rc" '{ printf "%.2f %.2f %.0f %d\n", $1 + $2, $3, $4 / 1024, rc }'  # after "Command exited with ..."
}
run() {  # run LABEL BINARY ARGS...
  local label=$1 bin=$2
  shift 2
  rm -f i.db*
  echo "$label $(timed "$bin" "$@")"
}

for n in "${SIZES[@]}"; do
  [ -f "s$n.csv" ] || python3 "$ROOT/../shared/bench/gen_survey.py" "$n" "s$n.csv"
  [ -f "s$n.xlsx" ] || python3 "$HERE/csv_to_xlsx.py" "s$n.csv" "s$n.xlsx"
  run "dist $n csv after" "$AFTER" dist --format counts "s$n.csv"
  cp out.txt counts.csv
  for side in before after; do
    bin=$BEFORE; [ $side = after ] && bin=$AFTER
    run "dist $n xlsx $side" "$bin" dist --format counts "s$n.xlsx"
    cmp -s out.txt counts.csv || echo "  counts differ from the CSV's"
  done
  run "ingest $n csv after" "$AFTER" ingest --db i.db "s$n.csv"
  for side in before after; do
    bin=$BEFORE; [ $side = after ] && bin=$AFTER
    run "ingest $n xlsx $side" "$bin" ingest --db i.db "s$n.xlsx"
  done
done

# A 200k-row workbook whose last row refers to a shared string it does not have.
if [ ! -f bad.xlsx ]; then
  [ -f s200000.csv ] || python3 "$ROOT/../shared/bench/gen_survey.py" 200000 s200000.csv
  [ -f s200000.xlsx ] || python3 "$HERE/csv_to_xlsx.py" s200000.csv s200000.xlsx
  python3 - s200000.xlsx bad.xlsx <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "xl/worksheets/sheet1.xml":
            data = data.replace(b"</sheetData>", b'<row r="999999"><c r="A999999" t="s"><v>99999999</v></c></row></sheetData>')
        zout.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
PY
fi
for side in before after; do
  bin=$BEFORE; [ $side = after ] && bin=$AFTER
  run "dist damaged-200000 xlsx $side" "$bin" dist bad.xlsx
  run "ingest damaged-200000 xlsx $side" "$bin" ingest --db i.db bad.xlsx
done
rm -f i.db*
