// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Projects the bundled base map once, at build time, for the regional view, into the file the program reads
// instead of projecting it at every start (maps/ProjectedBaseMapStore.h):
//   trilink_basemap_gen BASEMAP.gpkg OUT.projected
// Exits 1 when the base map cannot be read or the file written.
#include "maps/BaseMap.h"
#include "maps/ProjectedBaseMapStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace trilink::maps;
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        err << "usage: trilink_basemap_gen BASEMAP.gpkg OUT.projected\n";
        return 2;
    }
    const auto read = readBaseMap(args.at(1));
    if (!read.data) {
        err << "trilink_basemap_gen: " << read.error << "\n";
        return 1;
    }
    const auto projected = ProjectedBaseMap::build(*read.data, ProjectionSpec::regional());
    if (!projected) {
        err << "trilink_basemap_gen: the regional projection could not be built\n";
        return 1;
    }
    QDir().mkpath(QFileInfo(args.at(2)).absolutePath());
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(writeProjectedBaseMap(*projected, baseMapFingerprint(*read.data))) < 0 || !out.commit()) {
        err << "trilink_basemap_gen: " << args.at(2) << ": cannot write: " << out.errorString() << "\n";
        return 1;
    }
    return 0;
}
