#!/usr/bin/env bash
# Prints the SHA-256 of every output canvass makes from the bundled samples, one
# "HASH  NAME" line each: the report folder of `run samples/study.xml`, a report with other
# options, the ci-survey's report with default breakdowns, quotes and notes in each format.
# tests/data/pinned/outputs.sha256 holds what this printed for canvass before the text
# speed-ups (regenerated at the merge of the text, tone, redaction and report branches, which change outputs on purpose); the PinnedOutputs test runs it again and compares, so a
# change that alters any output shows. When a change is meant to alter outputs (tone,
# redaction), regenerate:  tests/tools/pin_outputs.sh > tests/data/pinned/outputs.sha256
# Usage: tests/tools/pin_outputs.sh [CANVASS]   (default build/canvass)
set -euo pipefail
export SOURCE_DATE_EPOCH=1700000000  # report.xlsx carries its creation time: pin it
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CANVASS=$(realpath "${1:-$ROOT/build/canvass}")
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cp -r "$ROOT/samples" "$W/samples"
cd "$W"
ok() { "$@" >/dev/null 2>&1 || [ $? -eq 1 ]; }  # exit 1 (some rows rejected) still writes everything
ok "$CANVASS" run samples/study.xml
ok "$CANVASS" report --db out/canvass.db --out other --title "Pinned" --by label --min-cell 5 --sort agree \
  --palette colourblind
ok "$CANVASS" ingest --db ci.db --batch final samples/ci-survey/ci-final-survey.csv
ok "$CANVASS" report --db ci.db --out ci
mkdir printed
"$CANVASS" quotes --db out/canvass.db --limit 20 --format json > printed/quotes-20.json 2>/dev/null || true
"$CANVASS" quotes --db out/canvass.db --tone critical --format csv > printed/quotes-critical.csv 2>/dev/null || true
"$CANVASS" quotes --db ci.db --format md > printed/quotes-ci.md 2>/dev/null || true
for f in samples/notes/*; do
  for format in json md csv; do
    "$CANVASS" notes "$f" --format "$format" > "printed/notes-$(basename "$f").$format" 2>/dev/null || true
  done
done
find out/report other ci printed -type f ! -name .canvass-manifest.json -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
