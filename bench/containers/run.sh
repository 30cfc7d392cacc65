#!/usr/bin/env bash
# The containers benchmark (issue 19): the same Google-Forms-style survey as CSV, as an
# Excel workbook written as Excel writes it (shared strings), as an SPSS .sav and as a
# Triple-S survey (.sss + fixed-width .asc), at 20k / 200k / 1M rows. For each: canvass
# dist (counts) and canvass ingest, wall time, CPU time and peak memory (/usr/bin/time),
# the dist counts of every other container checked identical to the CSV's. In the same
# run, the peers that are installed read and count the same files: R haven read_sav +
# table() of each Likert column (and read_sav alone), openpyxl read_only iterating rows +
# counting, pandas read_excel + value_counts, pandas read_spss when pyreadstat exists.
# Writes bench/results/streaming.md.
#
# Usage: bench/containers/run.sh [SIZES...]   (default: 20000 200000 1000000)
# Environment: CANVASS=path (default build/canvass), DATA=folder for the generated files
#   (default /tmp/canvass-containers; the 1M files take about 2.3 GB), INGEST_MAX=largest
#   size ingested (default 200000), KINDS (default "csv xlsx sav sss"), PEERS (default:
#   every installed one of "haven openpyxl pandas"), PEER_TIMEOUT seconds per peer run
#   (default 600), PEER_MEMORY_GB address-space cap per peer run (default 12),
#   PYTHON (default /usr/bin/python3 when it has pandas, else python3).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CANVASS=${CANVASS:-$ROOT/build/canvass}
DATA=${DATA:-/tmp/canvass-containers}
INGEST_MAX=${INGEST_MAX:-200000}
KINDS=(${KINDS:-csv xlsx sav sss})
PEER_TIMEOUT=${PEER_TIMEOUT:-600}
PEER_MEMORY_GB=${PEER_MEMORY_GB:-12}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(20000 200000 1000000)
OUT=$ROOT/bench/results/streaming.md
WORK=$(mktemp -d)  # this run's scratch: runs in parallel never share it
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DATA" "$(dirname "$OUT")"
[ -x "$CANVASS" ] || bash "$ROOT/scripts/build.sh"
[ -x "$DATA/csv_to_sav" ] || g++ -O2 -std=c++20 "$HERE/csv_to_sav.cpp" -lreadstat -o "$DATA/csv_to_sav"
if [ -z "${PYTHON:-}" ]; then
  PYTHON=python3
  /usr/bin/python3 -c 'import pandas' 2>/dev/null && PYTHON=/usr/bin/python3
fi

# One timed run: prints "seconds cpu_seconds peak_MB" ("timeout"/"failed" when it did not
# finish) and leaves the command's output in $WORK/out.txt.
timed() {
  local rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" > "$WORK/out.txt" 2> "$WORK/err.txt" || rc=$?
  if [ $rc -eq 124 ]; then echo "timeout - -"; return; fi
  if [ $rc -ne 0 ]; then echo "failed - -"; return; fi
  tail -1 "$WORK/time.txt" | awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }'
}
# A peer's run, under a time limit and an address-space cap.
peer_timed() { timed bash -c 'ulimit -v $(('"$PEER_MEMORY_GB"' * 1024 * 1024)); exec timeout '"$PEER_TIMEOUT"' "$@"' peer "$@"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0 && a + 0 > 0) printf "%.2f×", a / b; else printf "-" }'; }

installed=()
if [ -n "${PEERS:-}" ]; then
  read -r -a installed <<< "$PEERS"
else
  command -v Rscript >/dev/null && Rscript -e 'library(haven)' >/dev/null 2>&1 && installed+=(haven)
  $PYTHON -c 'import openpyxl' 2>/dev/null && installed+=(openpyxl)
  $PYTHON -c 'import pandas, openpyxl' 2>/dev/null && installed+=(pandas)
fi
pyreadstat=no
$PYTHON -c 'import pyreadstat' 2>/dev/null && pyreadstat=yes

# The peers' programs: each reads the file and counts every Likert column (columns 3-42).
OPENPYXL='import collections, openpyxl, sys
wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
counts = [collections.Counter() for _ in range(40)]
for i, row in enumerate(wb.worksheets[0].iter_rows(values_only=True)):
    if i:
        for k in range(40): counts[k][row[2 + k] if 2 + k < len(row) else None] += 1  # trailing empty cells left out
print(sum(sum(c.values()) for c in counts))'
PANDAS_XLSX='import pandas, sys
d = pandas.read_excel(sys.argv[1], engine="openpyxl")
print(sum(d[c].value_counts(dropna=False).sum() for c in d.columns[2:42]))'
PANDAS_SAV='import pandas, sys
d = pandas.read_spss(sys.argv[1])
print(sum(d[c].value_counts(dropna=False).sum() for c in d.columns[2:42]))'
HAVEN_COUNT='d <- haven::read_sav(commandArgs(TRUE)[1]); n <- 0
for (c in names(d)[3:42]) n <- n + sum(table(d[[c]], useNA = "ifany")); cat(n, "\n")'
HAVEN_READ='d <- haven::read_sav(commandArgs(TRUE)[1]); cat(nrow(d), "\n")'

results=$WORK/results.md peers=$WORK/peers.md
: > "$results"; : > "$peers"
for n in "${SIZES[@]}"; do
  csv=$DATA/s$n.csv
  [ -f "$csv" ] || python3 "$ROOT/../shared/bench/gen_survey.py" "$n" "$csv"
  declare -A dist_s=()
  base_dist="" base_ingest=""
  for kind in "${KINDS[@]}"; do
    f=$DATA/s$n.$kind
    case $kind in
      xlsx) [ -f "$f" ] || python3 "$HERE/csv_to_xlsx.py" "$csv" "$f" ;;
      sav) [ -f "$f" ] || "$DATA/csv_to_sav" "$csv" "$f" ;;
      sss) [ -f "$f" ] || python3 "$HERE/csv_to_sss.py" "$csv" "$f" ;;
    esac
    read -r ds dc dm < <(timed "$CANVASS" dist --format counts "$f")
    cp "$WORK/out.txt" "$WORK/counts.$kind"
    same=yes
    [ "$kind" = csv ] || cmp -s "$WORK/counts.csv" "$WORK/counts.$kind" || same=NO
    is="-" ic="-" im="-"
    if [ "$n" -le "$INGEST_MAX" ]; then
      rm -f "$WORK/i.db"*
      read -r is ic im < <(timed "$CANVASS" ingest --db "$WORK/i.db" "$f")
    fi
    [ "$kind" = csv ] && base_dist=$ds base_ingest=$is
    dist_s[$kind]=$ds
    size=$(du -m "$f" | cut -f1)
    [ "$kind" != sss ] || size=$(du -cm "$f" "${f%.sss}.asc" | tail -1 | cut -f1)  # with its data file
    echo "| $n | $kind | $size | $ds | $dc | $dm | $(ratio "$ds" "$base_dist") | $same | $is | $ic | $im | $(ratio "$is" "$base_ingest") |" >> "$results"
  done
  for p in "${installed[@]}"; do
    case $p in
      haven)
        [ -f "$DATA/s$n.sav" ] || continue
        read -r s c m < <(peer_timed Rscript -e "$HAVEN_COUNT" "$DATA/s$n.sav")
        echo "| $n | R haven | sav | read_sav + table() of each Likert column | $s | $c | $m | ${dist_s[sav]:--} | $(ratio "${dist_s[sav]:-0}" "$s") |" >> "$peers"
        read -r s c m < <(peer_timed Rscript -e "$HAVEN_READ" "$DATA/s$n.sav")
        echo "| $n | R haven | sav | read_sav alone | $s | $c | $m | ${dist_s[sav]:--} | $(ratio "${dist_s[sav]:-0}" "$s") |" >> "$peers"
        if [ $pyreadstat = yes ]; then
          read -r s c m < <(peer_timed $PYTHON -c "$PANDAS_SAV" "$DATA/s$n.sav")
          echo "| $n | pandas | sav | read_spss + value_counts | $s | $c | $m | ${dist_s[sav]:--} | $(ratio "${dist_s[sav]:-0}" "$s") |" >> "$peers"
        fi ;;
      openpyxl)
        [ -f "$DATA/s$n.xlsx" ] || continue
        read -r s c m < <(peer_timed $PYTHON -c "$OPENPYXL" "$DATA/s$n.xlsx")
        echo "| $n | openpyxl | xlsx | read_only, rows iterated, Likert columns counted | $s | $c | $m | ${dist_s[xlsx]:--} | $(ratio "${dist_s[xlsx]:-0}" "$s") |" >> "$peers" ;;
      pandas)
        [ -f "$DATA/s$n.xlsx" ] || continue
        read -r s c m < <(peer_timed $PYTHON -c "$PANDAS_XLSX" "$DATA/s$n.xlsx")
        echo "| $n | pandas | xlsx | read_excel + value_counts | $s | $c | $m | ${dist_s[xlsx]:--} | $(ratio "${dist_s[xlsx]:-0}" "$s") |" >> "$peers" ;;
    esac
  done
done

{
  echo "# Streaming Excel, SPSS and Triple-S exports: canvass against the CSV path and the peers"
  echo
  echo "Generated by \`bench/containers/run.sh\` on $(date -u +%Y-%m-%d) ($(nproc) cores, $(uname -m)); one run each,"
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "The survey is \`../shared/bench/gen_survey.py\`'s (44 columns: timestamp, role, 40 Likert statements,"
  echo "two free-text comments); \`csv_to_xlsx.py\` writes it as Excel does (shared strings), \`csv_to_sav.cpp\` as"
  echo "an SPSS .sav (labelled codes, strings, compressed rows), \`csv_to_sss.py\` as Triple-S (an XML definition and"
  echo "fixed-width data). Time is wall-clock seconds, CPU is user + system seconds, memory is peak RSS in MB."
  echo
  echo "| rows | file | size MB | dist s | dist CPU s | dist MB | dist vs CSV | counts = CSV | ingest s | ingest CPU s | ingest MB | ingest vs CSV |"
  echo "|---:|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"
  cat "$results"
  echo
  echo "## Peers in the same run"
  echo
  echo "Each peer reads the same file and counts every Likert column; \"canvass : peer\" is canvass \`dist\`'s"
  echo "wall time on that file over the peer's (below 1 is faster). Limits: ${PEER_TIMEOUT} s and ${PEER_MEMORY_GB} GB of address"
  echo "space per run (\"timeout\" / \"failed\" when a peer did not finish within them)."
  echo "Peers run: ${installed[*]:-none} (Python: $($PYTHON --version 2>&1)). pandas \`read_spss\` needs pyreadstat:"
  [ $pyreadstat = yes ] && echo "installed, run." || echo "not installed (it is not packaged by Debian and PyPI is unreachable here), so not run."
  echo
  echo "| rows | peer | file | what it does | s | CPU s | MB | canvass dist s | canvass : peer |"
  echo "|---:|---|---|---|---:|---:|---:|---:|---:|"
  cat "$peers"
} > "$OUT"
echo "wrote $OUT"
