// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QIODevice>

#include <cmath>
#include <span>
#include <vector>

// The GeoJSON writer (docs/formats.md, "GeoJSON tracks"; GeoJsonTrack.cpp reads): one feature per track, a
// LineString, or a MultiLineString cut at the antimeridian as RFC 7946 section 3.1.9 asks.

namespace trilink::maps::trackio {
namespace {
// A track that crosses the antimeridian as the parts RFC 7946 section 3.1.9 asks for: each crossing (a step of
// more than 180 degrees of longitude, the short way round) ends a part at +-180 and starts the next at -+180
// with the same point, its latitude, altitude and time interpolated along the step (a crossing point that is
// a track point is that point). Empty when the track does not cross, or a step is too short in time to cut.
std::vector<std::vector<TrackPoint>> antimeridianParts(const std::vector<TrackPoint> &points)
{
    std::vector<std::vector<TrackPoint>> parts;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const TrackPoint &a = points[i - 1], &b = points[i];
        if (std::abs(b.lon - a.lon) <= 180.0) {
            if (!parts.empty())
                parts.back().push_back(b);
            continue;
        }
        const double edge = a.lon > 0 ? 180.0 : -180.0;
        const double bLon = b.lon + 2 * edge; // b's longitude continued past the edge
        const double f = (edge - a.lon) / (bLon - a.lon);
        TrackPoint cut = f >= 1.0 ? b : a;
        if (f > 0.0 && f < 1.0) {
            cut.lat = a.lat + f * (b.lat - a.lat);
            cut.altM = a.altM + f * (b.altM - a.altM);
            cut.timeMsUtc = a.timeMsUtc + std::llround(f * static_cast<double>(b.timeMsUtc - a.timeMsUtc));
            if (cut.timeMsUtc <= a.timeMsUtc || cut.timeMsUtc >= b.timeMsUtc)
                return {}; // a step of a millisecond or two: no time between to cut at
        }
        if (parts.empty())
            parts.emplace_back(points.begin(), points.begin() + static_cast<std::ptrdiff_t>(i));
        if (f > 0.0) {
            cut.lon = edge;
            parts.back().push_back(cut);
        }
        parts.emplace_back();
        if (f < 1.0) {
            cut.lon = -edge;
            parts.back().push_back(cut);
        }
        parts.back().push_back(b);
    }
    return parts;
}
} // namespace

// One LineString feature per track (a MultiLineString when it crosses the antimeridian); every attribute a
// reader needs to rebuild the track exactly is in the properties, parallel to the coordinates (times nested
// like the coordinates of a MultiLineString, partners and sensors over all its points in order). Written as
// text, point by point: a DOM of a million points would cost gigabytes.
bool writeGeoJson(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    QByteArray buf("{\"type\":\"FeatureCollection\",\"features\":[");
    bool ok = true;
    auto flush = [&] {
        if (ok && out.write(buf) != buf.size()) {
            ok = false;
            if (error)
                *error = QStringLiteral("write failed: %1").arg(out.errorString());
        }
        buf.clear();
        return ok;
    };
    // Each point of the parts in turn, as one list (nested: a list per part).
    auto list = [&](const std::vector<std::span<const TrackPoint>> &parts, bool nested, auto &&item) {
        buf += '[';
        bool first = true;
        for (const auto &part : parts) {
            if (nested)
                buf += first ? "[" : ",[";
            bool firstInPart = true;
            for (const auto &p : part) {
                if (!(nested ? firstInPart : first))
                    buf += ',';
                item(p);
                first = firstInPart = false;
            }
            if (nested)
                buf += ']';
            first = false;
        }
        buf += ']';
    };
    bool firstTrack = true;
    for (const auto &t : tracks) {
        if (t.points.empty())
            continue; // a LineString needs points, and a reader would report a track without times
        buf += firstTrack ? "\n" : ",\n";
        firstTrack = false;
        std::vector<std::vector<TrackPoint>> cut = antimeridianParts(t.points);
        const bool multi = !cut.empty();
        // The track as one part (no copy), or the parts the antimeridian cuts it into.
        std::vector<std::span<const TrackPoint>> parts;
        if (multi)
            parts.assign(cut.begin(), cut.end());
        else
            parts.emplace_back(t.points);
        buf += "{\"type\":\"Feature\",\"id\":";
        appendJsonString(buf, t.id);
        buf += multi ? ",\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":" : ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":";
        list(parts, multi, [&](const TrackPoint &p) {
            buf += '[';
            appendShortestNumber(buf, p.lon);
            buf += ',';
            appendShortestNumber(buf, p.lat);
            buf += ',';
            appendShortestNumber(buf, p.altM);
            buf += ']';
            if (buf.size() > (1 << 20))
                flush();
        });
        buf += "},\n\"properties\":{\"id\":";
        appendJsonString(buf, t.id);
        buf += ",\"label\":";
        appendJsonString(buf, t.label);
        buf += ",\"times\":";
        list(parts, multi, [&](const TrackPoint &p) {
            buf += '"';
            appendIsoUtcMs(buf, p.timeMsUtc);
            buf += '"';
        });
        buf += ",\"partners\":";
        list(parts, false, [&](const TrackPoint &p) {
            buf += '[';
            bool first = true;
            for (auto partner : kAllPartners) {
                if (!(p.partners & partnerBit(partner)))
                    continue;
                buf += first ? "\"" : ",\"";
                buf += partnerCode(partner).toLatin1();
                buf += '"';
                first = false;
            }
            buf += ']';
        });
        buf += ",\"sensors\":";
        list(parts, false, [&](const TrackPoint &p) { appendJsonString(buf, p.sensor); });
        buf += "}}";
        if (!flush())
            return false;
    }
    buf += "\n]}\n";
    return flush();
}

} // namespace trilink::maps::trackio
