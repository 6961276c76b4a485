#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up what is missing, builds (incrementally) and opens the viewer on the bundled public data.
# Extra arguments go to trilink, e.g. scripts/run.sh export --out map.png
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh run
build=build/run
[[ -f $build/CMakeCache.txt ]] ||
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRILINK_BUILD_TESTS=OFF -DTRILINK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j2 --target trilink trilink_data
exec "$build/bin/trilink" "$@"
