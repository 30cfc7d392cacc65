#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite (CTest),
# then replay every fuzz corpus under AddressSanitizer + UndefinedBehaviorSanitizer (a
# second build, build-asan/, of the replay programs only, to keep CI time down). Both
# parts always run; the exit status is non-zero when either found a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
status=0
(cd build && ctest --output-on-failure -j "$(nproc)") || status=1

# -O1 -g1: fast to compile, still line numbers in every sanitizer report.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Sanitize -DCMAKE_CXX_FLAGS="-O1 -g1" -DCMAKE_C_FLAGS="-O1 -g1" \
  -DCANVASS_SANITIZE=ON -DCANVASS_TESTS=ON >/dev/null
cmake --build build-asan -j "$(nproc)" --target fuzz_replays
(cd build-asan && ctest --output-on-failure -L fuzz -j "$(nproc)") || status=1
exit "$status"
