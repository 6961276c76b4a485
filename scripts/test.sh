#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up what is missing, builds and runs every test: once normally with warnings as errors, once under
# AddressSanitizer + UndefinedBehaviorSanitizer; fuzzes each parser (24 s each); then builds the .deb,
# installs it and runs the installed program from another folder. Incremental: a second run rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
./scripts/deps.sh test
jobs=2

echo "== build and test (build/test)"
[[ -f build/test/CMakeCache.txt ]] ||
  cmake -S . -B build/test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRILINK_WERROR=ON >/dev/null
cmake --build build/test -j$jobs
ctest --test-dir build/test --output-on-failure -j$jobs

echo "== build and test under ASan + UBSan (build/asan)"
# Without precompiled headers: this build also proves every file includes what it uses (a PCH would hide it).
[[ -f build/asan/CMakeCache.txt ]] ||
  cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DTRILINK_SANITIZE=ON \
        -DTRILINK_WERROR=ON -DTRILINK_BUILD_BENCH=OFF -DTRILINK_PCH=OFF >/dev/null
cmake --build build/asan -j$jobs
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build/asan --output-on-failure -j$jobs

echo "== fuzz every parser for 24 s (build/fuzz, clang + libFuzzer; two targets at a time)"
./scripts/fuzz.sh 24

echo "== Debian package"
rm -rf build/test/package
cpack --config build/test/CPackConfig.cmake -B build/test/package >/dev/null
deb=$(ls build/test/package/trilink_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $deb"
echo "Depends: $depends"
[[ $depends == *libqt6gui6* && $depends == *libgdal32* && $depends == *libproj25* ]] ||
  { echo "test.sh: Depends are missing the shared libraries dpkg-shlibdeps should find" >&2; exit 1; }
dpkg -i "$deb" >/dev/null
dpkg -L trilink | grep -q '^/usr/share/applications/trilink.desktop$'
scratch=$(mktemp -d)
( cd "$scratch" && env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u TRILINK_DATA_DIR \
    /usr/bin/trilink export --out installed.png --size 800x600 )
file "$scratch/installed.png" | grep -q "PNG image data, 800 x 600" ||
  { echo "test.sh: the installed trilink did not export an 800x600 PNG" >&2; exit 1; }
dpkg -r trilink >/dev/null
rm -rf "$scratch"
echo "test.sh: all passed (unit tests, sanitizer run, package install check)"
