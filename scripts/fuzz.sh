#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan, GUI-free) and runs each for a
# bounded time, seeded from tests/data. Any crash, leak or sanitizer report fails.
#   scripts/fuzz.sh [BUILD-DIR]   (default build-fuzz; test.sh passes its sanitized build-nogui)
#   FUZZ_SECONDS                  time per target (default 60)
# New inputs a run finds go to BUILD-DIR/corpus/TARGET (kept between runs, never committed); a
# failing input is saved as BUILD-DIR/artifacts/TARGET-crash-... to replay with
#   BUILD-DIR/tests/fuzz/TARGET BUILD-DIR/artifacts/TARGET-crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${FUZZ_SECONDS:-60}

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DISMS_GUI=OFF -DISMS_BENCH=OFF \
  -DISMS_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_open_check fuzz_csv_import fuzz_xlsx_read ismsctl

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
mkdir -p "$build/artifacts"
# tests/data holds only files to refuse: a healthy one lets mutations reach the checks beyond
# the header (made here, so it always has the current schema).
seeds="$build/fuzz-seeds"
rm -rf "$seeds" && mkdir -p "$seeds"
"$build/src/cli/ismsctl" new "$seeds/template.isms" --org "Seed Ltd" >/dev/null
run() {
  local target=$1
  shift
  mkdir -p "$build/corpus/$target"
  echo "Fuzzing $target for ${seconds}s (seeds: $*)"
  "$build/tests/fuzz/$target" "$build/corpus/$target" "$@" \
    -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=1048576 \
    -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 2>"$build/$target.log" \
    || { tail -n 80 "$build/$target.log"; echo "fuzz: $target failed (log: $build/$target.log)" >&2; return 1; }
  grep -E "^stat::(number_of_executed_units|new_units_added)" "$build/$target.log" || true
}
run fuzz_open_check tests/data "$seeds"
run fuzz_csv_import tests/data/csv
run fuzz_xlsx_read tests/data/xlsx-xml
