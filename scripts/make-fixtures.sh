#!/usr/bin/env bash
# Regenerates the container fixtures in samples/platforms/ (XLSX, SAV, Triple-S) from
# tests/tools/platform_fixtures.hpp. The outputs are committed; a unit test checks they match.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
g++ -std=c++20 -O1 -Wall -Wextra -Itests -I/usr/include/minizip tests/tools/make_platform_fixtures.cpp \
  -o "$out/make_platform_fixtures" -lminizip -lz -lreadstat
"$out/make_platform_fixtures" samples/platforms
