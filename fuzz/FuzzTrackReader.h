// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What every track-reader fuzz target shares: the input as a QBuffer (no file, no copy) and the reader
// contract of maps/trackio/TrackFile.h and TrackParsing.h checked on every result, so libFuzzer finds broken
// promises (a NaN point, times out of order, tracks from an unreadable file) as well as crashes, hangs and
// leaks.

#include "maps/GdalSetup.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace trilink::fuzz {

[[noreturn]] inline void contractBroken(const char *what)
{
    std::fprintf(stderr, "reader contract broken: %s\n", what);
    std::abort();
}

// Readers may warn through Qt; thousands of warnings a second would drown libFuzzer's own output.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

inline void checkResult(const maps::TrackFileResult &r)
{
    if (!r.readable && !r.tracks.empty())
        contractBroken("an unreadable file returned tracks");
    if (!r.readable && r.problems.empty())
        contractBroken("an unreadable file without a problem saying why");
    for (const auto &pr : r.problems)
        if (pr.line < 0 || pr.message.isEmpty())
            contractBroken("a problem without a message or with a negative line");
    for (const auto &t : r.tracks) {
        if (t.points.empty())
            contractBroken("an empty track");
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            const TrackPoint &p = t.points[i];
            if (!std::isfinite(p.lon) || !std::isfinite(p.lat) || !std::isfinite(p.altM))
                contractBroken("a point that is not finite");
            if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
                contractBroken("a point off the Earth");
            if (p.altM < maps::trackio::kMinAltM || p.altM > maps::trackio::kMaxAltM)
                contractBroken("an altitude outside the accepted band");
            if (i > 0 && p.timeMsUtc <= t.points[i - 1].timeMsUtc)
                contractBroken("times not strictly increasing within a track");
        }
    }
}

// Progress must stay within 0..1 whatever the input claims about its own size.
inline maps::ReadControl checkingControl()
{
    maps::ReadControl control;
    control.progress = [](double fraction) {
        if (!(fraction >= 0.0 && fraction <= 1.0))
            contractBroken("progress outside 0..1");
    };
    return control;
}

template <typename Reader>
int fuzzTrackReader(const std::uint8_t *data, std::size_t size, const QString &fileName, Reader read)
{
    static const bool ready = (silenceQt(), maps::setUpGdal(), true); // GDAL as the program sets it up
    (void)ready;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        contractBroken("QBuffer did not open");
    checkResult(read(buffer, fileName, checkingControl()));
    return 0;
}

} // namespace trilink::fuzz
