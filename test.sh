#!/usr/bin/env bash
# Sets up what is missing, builds ISMS Desk twice and runs every test suite through ctest: with
# the GUI (gcc), and the GUI-free build of domain, storage, content and CLI with clang,
# AddressSanitizer and UBSan (the first report fails the test). That same build has the fuzz
# targets, which scripts/fuzz.sh then runs for a bounded time.
set -euo pipefail
# Compile paths relative to the checkout, so ccache serves any clone of it (CI, worktrees).
cd "$(dirname "$0")"
export CCACHE_BASEDIR="$PWD"
# Debug info names the build folder; without this ccache would hash it and miss in every new clone.
export CCACHE_NOHASHDIR=1
bash scripts/install-deps.sh
jobs=$(nproc)

cmake -S . -B build -G Ninja -DISMS_GUI=ON
cmake --build build -j"$jobs"
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j"$jobs"

cmake -S . -B build-nogui -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DISMS_GUI=OFF -DISMS_BENCH=OFF -DISMS_FUZZ=ON
cmake --build build-nogui -j"$jobs"
ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-nogui --output-on-failure -j"$jobs"

bash scripts/fuzz.sh build-nogui
