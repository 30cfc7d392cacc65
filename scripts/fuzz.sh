#!/usr/bin/env bash
# Fuzzes every reader with libFuzzer (clang), a minute each by default (FUZZ_SECONDS=N to
# change; extra arguments go to every fuzzer). Starts from the committed seed corpora; new
# inputs go to build-fuzz/corpus/NAME and crashes to build-fuzz/crashes/NAME/. Add any
# crash found to tests/fuzz/corpus/NAME/ so the test suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --fuzz
seconds="${FUZZ_SECONDS:-60}"
targets=(decode csv layouts study zip ooxml_part xlsx docx notes sav triple_s lss)

cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCANVASS_FUZZ=ON -DCANVASS_TESTS=OFF >/dev/null
cmake --build build-fuzz -j 2 --target "${targets[@]/#/fuzz_}"

failed=()
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  echo "fuzzing $t for ${seconds}s" >&2
  if ! ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp:print_suppressions=0 \
    "build-fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/crashes/$t/" "$@" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
      2> "build-fuzz/$t.log"; then
    failed+=("$t")
    tail -30 "build-fuzz/$t.log" >&2
  else
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$t.log" | sed "s/^/  $t: /" >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]} (inputs in build-fuzz/crashes/)" >&2
  exit 1
fi
echo "fuzzing found nothing in ${#targets[@]} targets x ${seconds}s" >&2
