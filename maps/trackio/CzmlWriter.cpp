// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/PartnerStyle.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QIODevice>

#include <algorithm>
#include <vector>

// The CZML writer (docs/formats.md, "CZML tracks"; CzmlTrack.cpp reads): a document packet with the clock, then
// one packet per track with availability, position samples, a label, a point and a path that trails the
// whole flight coloured by the partner holding the track (grey while nobody does), a description and
// properties that carry the attribution over time for Cesium apps, and the "trilink" member.

namespace trilink::maps::trackio {
namespace {

// A partner's colour as CZML rgba, the same as Trilink's map (maps/PartnerStyle.h); grey while nobody holds it.
QByteArray rgba(const QColor &c) { return QStringLiteral("[%1,%2,%3,255]").arg(c.red()).arg(c.green()).arg(c.blue()).toLatin1(); }

QColor firstPartnerColour(PartnerMask m)
{
    for (auto p : kAllPartners)
        if (m & partnerBit(p))
            return partnerColor(p);
    return unheldColor(true);
}

QColor lastPartnerColour(PartnerMask m)
{
    QColor c = unheldColor(true);
    for (auto p : kAllPartners)
        if (m & partnerBit(p))
            c = partnerColor(p);
    return c;
}

// The points of a track as runs of the same partners and sensor: [first, next) in the points, shown from the
// first's time to the next run's (the last to the last point's).
struct Run {
    std::size_t first = 0, next = 0;
};

std::vector<Run> attributionRuns(const std::vector<TrackPoint> &points)
{
    std::vector<Run> runs;
    for (std::size_t i = 0; i < points.size(); ++i)
        if (runs.empty() || points[i].partners != points[runs.back().first].partners || points[i].sensor != points[runs.back().first].sensor)
            runs.push_back({i, i + 1});
        else
            runs.back().next = i + 1;
    return runs;
}

// What Cesium's InfoBox shows for a run: who held the track and through what (HTML, the file's text escaped).
QString describe(const RecordedTrack &t, const TrackPoint &p)
{
    QString html = QStringLiteral("<p><b>%1</b>").arg((t.label.isEmpty() ? t.id : t.label).toHtmlEscaped());
    if (!t.label.isEmpty())
        html += QStringLiteral(" (%1)").arg(t.id.toHtmlEscaped());
    html += QStringLiteral("</p><p>");
    html += p.partners ? QStringLiteral("Held by %1").arg(partnerListText(p.partners).replace(u';', QStringLiteral(", ")))
                       : QStringLiteral("Held by no partner");
    if (!p.sensor.isEmpty())
        html += QStringLiteral(" through %1").arg(p.sensor.toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

// A CZML property that changes with the runs: one value, or a list of {"interval", value} objects.
template <typename Value>
void appendRuns(QByteArray &buf, const RecordedTrack &t, const std::vector<Run> &runs, Value &&value)
{
    if (runs.size() == 1) {
        value(buf, t.points[runs[0].first]);
        return;
    }
    buf += '[';
    for (std::size_t k = 0; k < runs.size(); ++k) {
        const std::int64_t from = t.points[runs[k].first].timeMsUtc;
        const std::int64_t to = k + 1 < runs.size() ? t.points[runs[k + 1].first].timeMsUtc : t.points.back().timeMsUtc;
        buf += k ? ",{\"interval\":\"" : "{\"interval\":\"";
        buf += (isoUtcMsText(from) + u'/' + isoUtcMsText(to)).toLatin1();
        buf += "\",";
        QByteArray v;
        value(v, t.points[runs[k].first]);
        // The value object's members go in beside the interval: {"interval": ..., "rgba": [...]}.
        buf += v.mid(1, v.size() - 2);
        buf += '}';
    }
    buf += ']';
}
} // namespace

bool writeCzml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    bool ok = true;
    QByteArray buf;
    auto flush = [&] {
        if (ok && out.write(buf) != buf.size()) {
            ok = false;
            if (error)
                *error = QStringLiteral("write failed: %1").arg(out.errorString());
        }
        buf.clear();
        return ok;
    };
    std::int64_t start = 0, end = 0;
    bool any = false;
    for (const auto &t : tracks) {
        if (t.points.empty())
            continue;
        start = any ? std::min(start, t.points.front().timeMsUtc) : t.points.front().timeMsUtc;
        end = any ? std::max(end, t.points.back().timeMsUtc) : t.points.back().timeMsUtc;
        any = true;
    }
    const QByteArray interval = (isoUtcMsText(start) + u'/' + isoUtcMsText(end)).toLatin1();
    buf += "[\n{\"id\":\"document\",\"name\":\"Trilink tracks\",\"version\":\"1.0\"";
    if (any) {
        buf += ",\"clock\":{\"interval\":\"" + interval + "\",\"currentTime\":\"" + isoUtcMsText(start).toLatin1() +
               "\",\"multiplier\":10,\"range\":\"LOOP_STOP\",\"step\":\"SYSTEM_CLOCK_MULTIPLIER\"}";
    }
    buf += '}';

    for (const auto &t : tracks) {
        if (t.points.empty())
            continue; // CZML has no way to say "a track without samples"
        const std::vector<Run> runs = attributionRuns(t.points);
        const std::int64_t epoch = t.points.front().timeMsUtc;
        const double spanS = static_cast<double>(t.points.back().timeMsUtc - epoch) / 1000.0;
        const QString name = t.label.isEmpty() ? t.id : t.label;
        buf += ",\n{\"id\":";
        appendJsonString(buf, t.id);
        buf += ",\"name\":";
        appendJsonString(buf, name);
        buf += ",\"availability\":\"" + (isoUtcMsText(epoch) + u'/' + isoUtcMsText(t.points.back().timeMsUtc)).toLatin1();
        buf += "\",\"position\":{\"epoch\":\"" + isoUtcMsText(epoch).toLatin1() + "\",\"cartographicDegrees\":[";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            const auto &p = t.points[i];
            if (i > 0)
                buf += ',';
            // Milliseconds as seconds: exact to the ms when read back with rounding.
            appendShortestNumber(buf, static_cast<double>(p.timeMsUtc - epoch) / 1000.0);
            buf += ',';
            appendShortestNumber(buf, p.lon);
            buf += ',';
            appendShortestNumber(buf, p.lat);
            buf += ',';
            appendShortestNumber(buf, p.altM);
            if (buf.size() > (1 << 20))
                flush();
        }
        // The point and the path in the colour of the partner holding the track at the time (the point's outline
        // and the path's edge in the last partner's when several do), grey while nobody does.
        auto fill = [](QByteArray &b, const TrackPoint &p) { b += "{\"rgba\":" + rgba(firstPartnerColour(p.partners)) + '}'; };
        auto edge = [](QByteArray &b, const TrackPoint &p) { b += "{\"rgba\":" + rgba(lastPartnerColour(p.partners)) + '}'; };
        buf += "]},\"point\":{\"pixelSize\":9,\"outlineWidth\":2,\"color\":";
        appendRuns(buf, t, runs, fill);
        buf += ",\"outlineColor\":";
        appendRuns(buf, t, runs, edge);
        buf += "},\"label\":{\"text\":";
        appendJsonString(buf, name);
        buf += ",\"font\":\"14px sans-serif\",\"style\":\"FILL_AND_OUTLINE\",\"outlineWidth\":3,\"fillColor\":{\"rgba\":[255,255,255,255]},"
               "\"outlineColor\":{\"rgba\":[0,0,0,255]},\"horizontalOrigin\":\"LEFT\",\"pixelOffset\":{\"cartesian2\":[12,0]}}";
        buf += ",\"path\":{\"width\":4,\"resolution\":1,\"leadTime\":0,\"trailTime\":";
        appendShortestNumber(buf, spanS + 1.0);
        buf += ",\"material\":{\"polylineOutline\":{\"outlineWidth\":1,\"color\":";
        appendRuns(buf, t, runs, fill);
        buf += ",\"outlineColor\":";
        appendRuns(buf, t, runs, edge);
        buf += "}}}";
        // Who held it through what, over time: the InfoBox's description and properties Cesium apps read.
        buf += ",\"description\":";
        appendRuns(buf, t, runs, [&t](QByteArray &b, const TrackPoint &p) {
            b += "{\"string\":";
            appendJsonString(b, describe(t, p));
            b += '}';
        });
        buf += ",\"properties\":{\"track_id\":";
        appendJsonString(buf, t.id);
        buf += ",\"label\":";
        appendJsonString(buf, t.label);
        buf += ",\"partners\":";
        appendRuns(buf, t, runs, [](QByteArray &b, const TrackPoint &p) {
            b += "{\"string\":";
            appendJsonString(b, partnerListText(p.partners));
            b += '}';
        });
        buf += ",\"sensor\":";
        appendRuns(buf, t, runs, [](QByteArray &b, const TrackPoint &p) {
            b += "{\"string\":";
            appendJsonString(b, p.sensor);
            b += '}';
        });
        buf += '}';
        // The label as it is (Cesium's "name" above needs one, and gets the id when there is none).
        buf += ",\"trilink\":{\"label\":";
        appendJsonString(buf, t.label);
        buf += ",\"partners\":[";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            if (i > 0)
                buf += ',';
            appendJsonString(buf, partnerListText(t.points[i].partners));
        }
        buf += "],\"sensors\":[";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            if (i > 0)
                buf += ',';
            appendJsonString(buf, t.points[i].sensor);
        }
        buf += "]}}";
        if (!flush())
            return false;
    }
    buf += "\n]\n";
    return flush();
}

} // namespace trilink::maps::trackio
