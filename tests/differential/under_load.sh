#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the whole differential suite N times in a row (default 20) under
# `ctest -j2` while one busy loop per core keeps the machine loaded, and
# stops at the first failure. The suite's verdict must not depend on load.
#   tests/differential/under_load.sh [N] [BUILD_DIR]
set -euo pipefail
runs=${1:-20}
build=${2:-build/dev}
cd "$(dirname "$0")/../.."
load=()
for _ in $(seq "$(nproc)"); do
    python3 -c 'while True: pass' &
    load+=($!)
done
trap 'kill "${load[@]}" 2>/dev/null || true' EXIT
for i in $(seq "$runs"); do
    if ! ctest --test-dir "$build" -R '^differential\.' -j2 --output-on-failure >"/tmp/differential-run-$i.log" 2>&1; then
        echo "run $i of $runs failed under load:"
        cat "/tmp/differential-run-$i.log"
        exit 1
    fi
    echo "run $i of $runs passed under load ($(grep -o 'Total Test time.*' "/tmp/differential-run-$i.log"))"
done
echo "$runs passed, 0 failed"
