#!/usr/bin/env bash
# Sets up what is missing, builds ISMS Desk twice (with the GUI, and the GUI-free build of domain,
# storage and CLI) and runs every test suite through ctest.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-deps.sh
jobs=$(nproc)

cmake -S . -B build -G Ninja -DISMS_GUI=ON
cmake --build build -j"$jobs"
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j"$jobs"

cmake -S . -B build-nogui -G Ninja -DISMS_GUI=OFF -DISMS_BENCH=OFF
cmake --build build-nogui -j"$jobs"
ctest --test-dir build-nogui --output-on-failure -j"$jobs"
