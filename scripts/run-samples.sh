#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the main job on the bundled
# samples with the embedded SQLite store.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
mkdir -p out
rm -f out/canvass.db out/canvass.db-wal out/canvass.db-shm
build/canvass ingest --db out/canvass.db --batch final samples/ci-survey/ci-final-survey.csv
build/canvass dist --db out/canvass.db --summary
build/canvass report --db out/canvass.db --out out/report
echo "store written to out/canvass.db; report written to out/report/report.html (and report.md, CSV, SVG)" >&2
