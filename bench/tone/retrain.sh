#!/usr/bin/env bash
# Retrains the shipped tone model (data/tone/tone_model.tsv) from bench/tone/data and
# prints the held-out table for docs/tone.md. Same files in, same model out (fixed seed).
# Needs the trainer: bash scripts/build.sh -DCANVASS_BENCHMARKS=ON
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=build/bench/tone/train_tone
[ -x "$tool" ] || { echo "build the trainer first: bash scripts/build.sh -DCANVASS_BENCHMARKS=ON" >&2; exit 2; }
"$tool" train --data data --out data/tone/tone_model.tsv bench/tone/data/feedback-train.tsv
"$tool" evaluate --data data --model data/tone/tone_model.tsv bench/tone/data/feedback-heldout.tsv
