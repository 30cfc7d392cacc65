#!/usr/bin/env bash
# The quote bank's speed and memory: `canvass quotes --limit 20` on stores made from the
# shared generator's Google-Forms export at three sizes, beside `canvass ingest` of the
# same export (the ratio issue 18 sets: quotes <= 3x ingest, peak < 300 MB at 200k rows,
# about 256k comments). CPU seconds (user+sys) are the fair figure on a shared machine;
# wall seconds are shown too. Writes bench/results/tone-quotes.md.
# Usage: bench/tone/quotes_bench.sh [ROWS...]   (default: 20000 100000 200000)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CANVASS=${CANVASS:-$ROOT/build/canvass}
GEN=${GEN:-$ROOT/../shared/bench/gen_survey.py}  # GEN=... when shared/ lives elsewhere
WORK=${WORK:-/tmp/canvass-quotes-bench}
[ -x "$CANVASS" ] || { echo "build canvass first: bash scripts/build.sh" >&2; exit 2; }
[ -f "$GEN" ] || { echo "no $GEN" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$WORK"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(20000 100000 200000)
measure() {  # measure OUT CMD...: "cpu wall peak_mb" of one run
  /usr/bin/time -f "%U %S %e %M" -o "$1.time" "${@:2}" >/dev/null 2>"$1.err" || { cat "$1.err" >&2; exit 1; }
  awk '{printf "%.2f %.2f %.0f\n", $1 + $2, $3, $4 / 1024}' "$1.time"
}
out=$ROOT/bench/results/tone-quotes.md
{
  echo "# Quote bank: \`quotes --limit 20\` against \`ingest\`"
  echo
  echo "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at the start."
  echo
  echo "| rows | comments | ingest CPU s | ingest wall s | ingest peak MB | quotes CPU s | quotes wall s | quotes peak MB | quotes / ingest (CPU) |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$out"
for n in "${sizes[@]}"; do
  csv=$WORK/survey_$n.csv
  [ -s "$csv" ] || python3 "$GEN" "$n" "$csv" >/dev/null
  rm -f "$WORK/s$n.db"
  read -r icpu iwall ipeak < <(measure "$WORK/ingest$n" "$CANVASS" ingest --db "$WORK/s$n.db" "$csv")
  comments=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from comment').fetchone()[0])" "$WORK/s$n.db")
  read -r qcpu qwall qpeak < <(measure "$WORK/quotes$n" "$CANVASS" quotes --db "$WORK/s$n.db" --limit 20)
  ratio=$(awk -v q="$qcpu" -v i="$icpu" 'BEGIN {printf "%.1f", q / i}')
  echo "| $n | $comments | $icpu | $iwall | $ipeak | $qcpu | $qwall | $qpeak | $ratio |" >> "$out"
  echo "$n rows: ingest ${icpu}s CPU, quotes ${qcpu}s CPU (${ratio}x), peak ${qpeak} MB" >&2
done
echo "written $out" >&2
