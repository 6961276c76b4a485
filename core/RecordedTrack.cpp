// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/RecordedTrack.h"

#include "core/Geodesic.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace trilink {

double RecordedTrack::apogeeM() const
{
    double best = 0;
    for (const auto &p : points)
        best = std::max(best, p.altM);
    return best;
}

double RecordedTrack::groundRangeM() const
{
    if (points.size() < 2)
        return 0;
    return geodesic::inverse(points.front().lon, points.front().lat, points.back().lon, points.back().lat).distanceM;
}

PartnerMask RecordedTrack::partnerSet() const
{
    PartnerMask m = 0;
    for (const auto &p : points)
        m |= p.partners;
    return m;
}

QString isoUtcMs(std::int64_t timeMsUtc)
{
    // Formatted by hand: Qt writes a UTC time zone as "+00:00"; the convention of every format here is "Z".
    return QDateTime::fromMSecsSinceEpoch(timeMsUtc, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
}

} // namespace trilink
