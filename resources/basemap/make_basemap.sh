#!/usr/bin/env bash
# Regenerate resources/basemap/trilink-basemap.gpkg from pinned, checksummed inputs.
#
#   resources/basemap/make_basemap.sh
#
# Inputs (fetched into a temporary directory that is removed afterwards):
#   * npm package world-atlas@2.0.2 (Natural Earth v4.1.0 as TopoJSON, ISC)  -> npm pack
#   * Debian package qgis-common 3.22.16+dfsg-1 (world_map.gpkg, Natural Earth 10m v4.1.0)
#                                                          -> apt-get download + dpkg-deb -x
# To work fully offline, point at copies you already have:
#   WORLD_ATLAS_TGZ=/path/world-atlas-2.0.2.tgz \
#   QGIS_COMMON_DEB=/path/qgis-common_3.22.16+dfsg-1_all.deb  resources/basemap/make_basemap.sh
#
# Requirements: bash, npm, apt-get, dpkg-deb, tar, sha256sum,
#               /usr/bin/python3 with python3-gdal (Debian; GDAL >= 3.6, GEOS >= 3.8).
# The output is deterministic: the same inputs give a byte-identical GeoPackage.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PY=/usr/bin/python3

WA_VERSION=2.0.2
WA_TGZ_SHA256=032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97
QGIS_VERSION=3.22.16+dfsg-1
QGIS_DEB_SHA256=8c46e9da78b82772b23777643e02210c43945f01faee2316899f6438b65a5960
WORLD_MAP_SHA256=ff5cceefc4b27abea094fa82459d8aef9417023236c326a666978b62ffe85db2
WORLD_MAP_REL=usr/share/qgis/resources/data/world_map.gpkg

export LC_ALL=C TZ=UTC PYTHONDONTWRITEBYTECODE=1

die() { echo "make_basemap.sh: $*" >&2; exit 1; }
check_sha() {  # <sha256> <file>
    echo "$1  $2" | sha256sum --check --status - || die "checksum mismatch for $2 (expected $1)"
}

"$PY" -c 'from osgeo import ogr, osr' 2>/dev/null \
    || die "$PY cannot import osgeo; install: apt-get install -y --no-install-recommends python3-gdal"

work="$(mktemp -d "${TMPDIR:-/tmp}/trilink-basemap.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- world-atlas (npm) --------------------------------------------------------
tgz="$work/world-atlas-$WA_VERSION.tgz"
if [ -n "${WORLD_ATLAS_TGZ:-}" ]; then
    cp "$WORLD_ATLAS_TGZ" "$tgz"
else
    (cd "$work" && npm pack --silent "world-atlas@$WA_VERSION" >/dev/null)
fi
[ -f "$tgz" ] || die "npm pack did not produce $tgz"
check_sha "$WA_TGZ_SHA256" "$tgz"
mkdir "$work/wa"
tar -xzf "$tgz" -C "$work/wa"

# --- qgis-common (Debian) -----------------------------------------------------
if [ -n "${QGIS_COMMON_DEB:-}" ]; then
    cp "$QGIS_COMMON_DEB" "$work/"
else
    (cd "$work" && apt-get download "qgis-common=$QGIS_VERSION") \
        || die "apt-get download qgis-common=$QGIS_VERSION failed (run apt-get update; the version is in Debian 12 bookworm)"
fi
deb="$(ls "$work"/qgis-common_*_all.deb)"
check_sha "$QGIS_DEB_SHA256" "$deb"
dpkg-deb -x "$deb" "$work/x"
check_sha "$WORLD_MAP_SHA256" "$work/x/$WORLD_MAP_REL"

# --- build --------------------------------------------------------------------
"$PY" "$HERE/make_basemap.py" \
    --world-atlas-dir "$work/wa/package" \
    --world-map-gpkg "$work/x/$WORLD_MAP_REL" \
    --places "$HERE/places.csv" \
    --out "$HERE/trilink-basemap.gpkg"

sha256sum "$HERE/trilink-basemap.gpkg"
