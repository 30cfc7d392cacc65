#!/usr/bin/env bash
# README command 1: install what is missing, build, and run the main job on the bundled
# samples: `canvass run samples/study.xml` (store and report under out/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
mkdir -p out
status=0
build/canvass run samples/study.xml || status=$?
# 1 means some input was rejected (listed in out/report/rejects.csv); anything else is a failure.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then exit "$status"; fi
echo "store written to out/canvass.db; report written to out/report/" >&2
