#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite (CTest),
# then replay every fuzz corpus under AddressSanitizer + UndefinedBehaviorSanitizer (a
# second build, build-asan/, of the replay programs only, to keep CI time down).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
(cd build && ctest --output-on-failure -j "$(nproc)")

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCANVASS_SANITIZE=ON -DCANVASS_TESTS=ON >/dev/null
cmake --build build-asan -j "$(nproc)" --target fuzz_replays
(cd build-asan && ctest --output-on-failure -L fuzz -j "$(nproc)")
