#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages Trilink needs, once: only those missing, so a second run does nothing.
# Usage: scripts/deps.sh run|test
set -euo pipefail

run_pkgs=(cmake g++ make pkg-config qt6-base-dev qt6-positioning-dev qt6-svg-dev qt6-charts-dev qt6-qpa-plugins libgdal-dev libproj-dev
          libgl-dev fonts-dejavu-core libprotobuf-dev protobuf-compiler libssl-dev zlib1g-dev)
test_pkgs=(googletest libgtest-dev libbenchmark-dev proj-bin gdal-bin dpkg-dev fakeroot file
           poppler-utils ffmpeg clang libclang-rt-14-dev sqlite3 strace openssl nodejs
           geographiclib-tools librsvg2-bin gpsbabel)
# ffmpeg: trilink animate's MP4/GIF; clang and its libFuzzer runtime for scripts/fuzz.sh; sqlite3: hostile
# GeoPackages (views, virtual tables) made at test time; strace: the hostile-file test watches what the
# program opens, connects to and runs; openssl and Node: the live interop tests (openssl
# s_server, node-cot). npm comes with NodeSource's nodejs; Debian's nodejs needs the npm package beside it
# (and installing that one over NodeSource's would conflict). GeoConvert (geographiclib-tools): the independent
# truth of the MGRS tests; rsvg-convert (librsvg2-bin): the SVG renderer the SVG export test draws with;
# gpsbabel: the track-file interop tests make its KML and read Trilink's with it at test time.
command -v npm >/dev/null || test_pkgs+=(npm)

case "${1:-run}" in
  run) wanted=("${run_pkgs[@]}") ;;
  test) wanted=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "deps: installing ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  sudo=sudo
  command -v sudo >/dev/null || { echo "deps: run as root to install: apt-get install ${missing[*]}" >&2; exit 1; }
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive
# Try with the package lists already on the machine; refresh them only if that fails.
$sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
  { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
