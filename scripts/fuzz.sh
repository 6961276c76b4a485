#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets of fuzz/ with clang (ASan + UBSan + coverage) in build/fuzz and runs each for
# SECONDS (default 24: fourteen targets, two at a time, under three minutes in all), from a seed corpus of the test fixtures and the malformed corpus copied
# into a scratch folder (nothing generated is kept in the tree). Fails on any crash, sanitizer report, leak,
# timeout (-timeout=10 s an input) or memory blow-up (-rss_limit_mb=2048); the input is kept in
# build/fuzz/artifacts/TARGET/ and the command to reproduce it is printed.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   targets: csv geojson czml gpx kml cot ogr sniff cot_stream scenario
#                                                 sensor_catalog launch_catalog cns_catalog catalog_store
# TRILINK_FUZZ_BUILD overrides the build folder. The random seed is fixed (TRILINK_FUZZ_SEED, default 1) so a
# run replays the same sequence of inputs: a slower machine tries a prefix of what a faster one tried, and a
# test run passes or fails for the code, not for luck. Set TRILINK_FUZZ_SEED=0 for a fresh random search.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${1:-24}
(($# > 0)) && shift
build=${TRILINK_FUZZ_BUILD:-build/fuzz}
jobs=2
max_len=65536
targets=(csv geojson czml gpx kml cot ogr sniff cot_stream scenario sensor_catalog launch_catalog cns_catalog catalog_store)
(($# > 0)) && targets=("$@")

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/deps.sh test installs it)" >&2; exit 1; }
[[ -f $build/CMakeCache.txt ]] ||
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRILINK_FUZZ=ON \
        -DTRILINK_BUILD_TESTS=OFF -DTRILINK_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j$jobs --target "${targets[@]/#/fuzz_}"
build=$(cd "$build" && pwd)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Seeds by what each parser reads: file extensions of the fixtures, plus the bundled catalogues.
seed_patterns() {
  case $1 in
    csv) echo "*.csv" ;;
    geojson) echo "*.geojson *.json" ;;
    czml) echo "*.czml" ;;
    gpx) echo "*.gpx" ;;
    kml) echo "*.kml" ;;
    cot) echo "*.cot *.xml" ;;
    ogr) echo "*.gpkg *.fgb" ;;
    sniff) echo "*.json *.geojson *.czml *.xml *.gpx *.kml *.cot" ;;
    cot_stream) echo "*.cot *.xml *.mesh *.stream" ;;
    scenario) echo "*.trilink.json" ;;
    sensor_catalog | launch_catalog | cns_catalog) echo "*.csv" ;;
    catalog_store) echo "*.bin" ;;
  esac
}
dict_for() {
  case $1 in
    gpx | kml | cot | sniff | cot_stream) echo "-dict=$root/fuzz/xml.dict" ;;
    geojson | czml | scenario) echo "-dict=$root/fuzz/json.dict" ;;
  esac
}

run_target() {
  local t=$1 corpus=$scratch/corpus/$1 artifacts=$build/artifacts/$1/ log=$scratch/$1.log
  mkdir -p "$corpus" "$artifacts"
  local -a patterns
  read -ra patterns <<<"$(seed_patterns "$t")" # read, unlike a bare $(...), never expands the globs here
  for p in "${patterns[@]}"; do
    # -size counts in rounded-up units: -1000k is "under 1000 KiB" (-1M would be "empty").
    find tests/maps/data tests/app/data -type f -name "$p" -size -1000k -exec cp -t "$corpus" {} + 2>/dev/null || true
  done
  case $t in
    sensor_catalog) cp resources/sensors/sensors.csv "$corpus/" ;;
    launch_catalog | cns_catalog) cp resources/catalog/*.csv "$corpus/" ;;
    catalog_store) cp fuzz/seeds/catalog_store.bin "$corpus/" ;;
    scenario) cp docs/examples/*.trilink.json "$corpus/" ;;
    ogr)
      # Real GeoPackage and FlatGeobuf files to mutate, made by GDAL's own ogr2ogr (gdal-bin).
      for f in GPKG FlatGeobuf; do
        ogr2ogr -f $f "$corpus/seed.${f,,}" tests/maps/data/trackio/ogr_points.csv -oo X_POSSIBLE_NAMES=lon \
          -oo Y_POSSIBLE_NAMES=lat -oo AUTODETECT_TYPE=YES -a_srs EPSG:4326 2>/dev/null || true
      done
      [[ -f $corpus/seed.flatgeobuf ]] && mv "$corpus/seed.flatgeobuf" "$corpus/seed.fgb"
      ;;
  esac
  local len=$max_len
  [[ $t == ogr ]] && len=262144 # a GeoPackage is some 100 KiB of SQLite pages
  # shellcheck disable=SC2046
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  LSAN_OPTIONS=suppressions=$root/tests/lsan.supp:print_suppressions=0 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$build/bin/fuzz_$t" "$corpus" $(dict_for "$t") -max_total_time="$seconds" -seed="${TRILINK_FUZZ_SEED:-1}" -max_len=$len -timeout=10 \
      -rss_limit_mb=2048 -artifact_prefix="$artifacts" -print_final_stats=1 >"$log" 2>&1 &&
    echo 0 >"$scratch/$t.status" || echo $? >"$scratch/$t.status"
}

echo "fuzz.sh: ${#targets[@]} targets, ${seconds} s each, $jobs at a time"
for t in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
  run_target "$t" &
done
wait
failed=()
for t in "${targets[@]}"; do
  status=$(cat "$scratch/$t.status" 2>/dev/null || echo 99)
  log=$scratch/$t.log
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{print $2}' | tail -1 || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | awk '{print $2}' | tail -1 || true)
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$log" | tail -1 || true)
  if ((status == 0)); then
    printf '  %-15s ok      %10s execs  %6s/s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$cov"
  else
    failed+=("$t")
    artifact=$(ls -t "$build/artifacts/$t/" 2>/dev/null | grep -v '^last.log$' | head -1 || true)
    printf '  %-15s FAILED  (exit %d)\n' "$t" "$status"
    grep -E 'ERROR: |SUMMARY: |runtime error|contract broken|==[0-9]+==.*(leak|timeout|out-of-memory)' "$log" | head -5 | sed 's/^/      /' || true
    grep -E '^ +#[0-9]+ ' "$log" | grep -v -E ' in (fuzzer::|__asan|__sanitizer|__interceptor|malloc|calloc|realloc|operator new|__libc|_start|main )' |
      head -10 | sed 's/^/      /' || true
    if [[ -n $artifact ]]; then
      echo "      input kept: $build/artifacts/$t/$artifact"
      echo "      reproduce:  $build/bin/fuzz_$t $build/artifacts/$t/$artifact"
    fi
    cp "$log" "$build/artifacts/$t/last.log"
    echo "      full log:   $build/artifacts/$t/last.log"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz.sh: failures in ${failed[*]}; add each input to tests/app/data/malformed/ with an EXPECTED.tsv line once fixed" >&2
  exit 1
fi
echo "fuzz.sh: no crash, leak, hang or memory blow-up in ${#targets[@]} targets"
