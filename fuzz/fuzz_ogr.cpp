// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The GDAL path of readTrackFile, whole: the input written to a file named .fgb when it starts like FlatGeobuf,
// else .gpkg, then read as the program reads it (the magic check, GDALOpenEx with one allowed driver and the
// open options, the refusal of views and virtual tables, the layer reader and TrackBuilder), with GDAL set up
// as at start-up. Besides crashes and leaks, the reader contract of FuzzTrackReader.h is checked.
#include "fuzz/FuzzTrackReader.h"
#include "maps/trackio/TrackFile.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink;
    static const bool ready = (fuzz::silenceQt(), maps::setUpGdal(), true);
    (void)ready;
    // One file per fuzzing process, in memory where the system has it (/dev/shm), rewritten for every input.
    static const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static const QString base = folder + QStringLiteral("/trilink-fuzz-ogr-") + QString::number(::getpid());
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString path = base + (bytes.startsWith("fgb") ? QStringLiteral(".fgb") : QStringLiteral(".gpkg"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes.data(), bytes.size()) != bytes.size())
            fuzz::contractBroken("the input could not be written to a file");
    }
    fuzz::checkResult(maps::readTrackFile(path, fuzz::checkingControl()));
    return 0;
}
