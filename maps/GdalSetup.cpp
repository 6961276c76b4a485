// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/GdalSetup.h"

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_spatialref.h>
#include <ogr_srs_api.h>

#include <cmath>
#include <mutex>
#include <string>

namespace trilink::maps {
namespace {

// The drivers Trilink opens files with: the bundled base map and GeoPackage tracks (read and written), and
// FlatGeobuf tracks (read). Both are single files that name no other file.
constexpr const char *kKeptDrivers[] = {"GPKG", "FlatGeobuf"};

bool kept(const char *name)
{
    for (const char *k : kKeptDrivers)
        if (std::string_view(name) == k)
            return true;
    return false;
}

// Configuration that holds for every dataset any code in this process opens. Set with CPLSetConfigOption,
// which also overrides an environment variable of the same name.
void setOptions()
{
    // Sidecars: no .aux.xml (Persistent Auxiliary Metadata) read or written beside a file, and no listing of
    // the file's folder to look for siblings.
    CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
    CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
    // No driver plugins from disk. "disable" stops the scan for C++ plugins, but the scan for Python plugin
    // drivers (gdal_*.py) takes GDAL_DRIVER_PATH as a folder, so "disable" would be a folder of the current
    // directory: it is given a path that names nothing instead.
    CPLSetConfigOption("GDAL_DRIVER_PATH", "disable");
    CPLSetConfigOption("GDAL_PYTHON_DRIVER_PATH", "/nonexistent/trilink-loads-no-gdal-plugins");
    // GeoPackage connections without SpatiaLite: its VirtualText, VirtualShape, VirtualDbf, VirtualXL and
    // VirtualGeoJSON tables and its zipfile_*() functions open files named inside the database.
    CPLSetConfigOption("SPATIALITE_LOAD", "NO");
    // SQLite's own escape hatches, should any SQLite connection be made: no VirtualOGR tables listed, no
    // extensions loaded.
    CPLSetConfigOption("OGR_SQLITE_LIST_VIRTUAL_OGR", "NO");
    CPLSetConfigOption("OGR_SQLITE_LOAD_EXTENSIONS", "");
    CPLSetConfigOption("GDAL_VRT_ENABLE_PYTHON", "NO");
    // /vsicurl/ and the network file systems built on it consider no file to exist but this one (which no URL
    // names), so they never send a request; no proxy or credentials are looked up for them either.
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_FILENAME", "/nonexistent/trilink-no-network");
    CPLSetConfigOption("GDAL_HTTP_NETRC", "NO");
    CPLSetConfigOption("CPL_VSIL_CURL_HEADER_FILE_KVP_ENABLED", "NO");
    // Coordinate operations never fetch grids from the PROJ CDN.
    OSRSetPROJEnableNetwork(FALSE);
}

void keepOnlyTrustedDrivers()
{
    GDALAllRegister();
    std::string skipped;
    for (int i = GDALGetDriverCount() - 1; i >= 0; --i) {
        GDALDriverH driver = GDALGetDriver(i);
        const char *name = GDALGetDriverShortName(driver);
        if (kept(name))
            continue;
        if (!skipped.empty())
            skipped += ',';
        skipped += name;
        GDALDeregisterDriver(driver);
        GDALDestroyDriver(driver);
    }
    // A later GDALAllRegister (by any library in the process) registers the drivers again and then drops
    // every one named here.
    CPLSetConfigOption("GDAL_SKIP", skipped.c_str());
}

} // namespace

void setUpGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        setOptions();
        keepOnlyTrustedDrivers();
    });
}

QStringList gdalDrivers()
{
    setUpGdal();
    QStringList names;
    for (int i = 0; i < GDALGetDriverCount(); ++i)
        names << QString::fromUtf8(GDALGetDriverShortName(GDALGetDriver(i)));
    return names;
}

bool transformFileCoordinates(OGRCoordinateTransformation &transform, double &x, double &y, double &z)
{
    constexpr double limit = 1e9;
    if (!(std::abs(x) <= limit && std::abs(y) <= limit && std::abs(z) <= limit))
        return false;
    return transform.Transform(1, &x, &y, &z);
}

} // namespace trilink::maps
