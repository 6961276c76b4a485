// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// GDAL set up for files from anywhere, once for the whole process (docs/formats.md, "Security"): only the
// drivers Trilink opens files with stay registered (GeoPackage and FlatGeobuf; never VRT, GPSBabel, SQLite
// with VirtualOGR or a network driver), every other driver is also put on GDAL_SKIP so that a later
// GDALAllRegister cannot bring it back, no plugins are loaded, no sidecar file is read or written (PAM, a
// directory listing for siblings), GeoPackages get no SpatiaLite (whose virtual tables and functions read other
// files), /vsicurl/ considers no URL to exist, and PROJ stays off the network.
// Threads: setUpGdal() may be called from any thread, any number of times; the first call does the work.

#include <QStringList>

class OGRCoordinateTransformation;

namespace trilink::maps {

// Call at start-up (main, test mains, fuzz targets) and before any GDAL use; everything in maps that opens a
// dataset calls it too, so no path can reach GDAL unprepared.
void setUpGdal();

// The short names of the GDAL drivers left registered, for tests and messages.
QStringList gdalDrivers();

// One position transformed by a file's own CRS (x, y, z in place); false when it cannot be. Coordinates that
// are not finite or beyond 1e9 units (any CRS's extent: the Earth is 4e7 m round) never reach GDAL, which
// takes minutes to wrap an x of 1e20 in EPSG:3857 (GDAL 3.6; found by fuzzing).
bool transformFileCoordinates(OGRCoordinateTransformation &transform, double &x, double &y, double &z);

} // namespace trilink::maps
