// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"
#include "maps/trackio/TrackXml.h"

#include <QIODevice>
#include <QXmlStreamWriter>

#include <algorithm>

// GPX 1.0/1.1: each <trk> (segments joined) and each <rte> is a track named by its <name>; waypoints with a
// <time> make one track "waypoints" in time order. <ele> is taken as height above the ellipsoid: GPX says
// "elevation" without a datum, and the geoid offset (tens of metres) is far inside a missile track's error.
// Attribution travels in <extensions> in Trilink's namespace (any prefix; local names are matched):
//   <extensions><trilink:partners>USA;KOR</trilink:partners><trilink:sensor>TPY-2</trilink:sensor></extensions>
// The writer writes GPX 1.1 as GPS tools read it: one <trk> per track (<name> the id, <desc> the label), one
// <trkseg> of <trkpt>s with <ele> and <time> (UTC, milliseconds), and the attribution in those extensions.

namespace trilink::maps::trackio {
namespace {

using xml::XmlTrackReader;

struct PendingPoint {
    TrackPoint point;
    int line = 0;
    bool hasTime = false;
    bool badTime = false;
    bool hasPosition = false;
};

class GpxTrackReader : XmlTrackReader {
public:
    GpxTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : XmlTrackReader(in, fileName, control)
    {
    }

    TrackFileResult read()
    {
        while (m_xml.next()) {
            if (m_xml.depth() == 1 && m_xml.isStart() && !m_xml.rootIs({u"gpx"}))
                return unreadable(m_xml.line(), QStringLiteral("not a GPX file: the root element is <%1>").arg(shortText(m_xml.rootName())));
            if (m_xml.isStart())
                start();
            else if (m_xml.isEnd())
                end();
        }
        // A truncated file keeps the points of the track it stopped in.
        closeTrack();
        finishWaypoints();
        return finishXml(QStringLiteral("no <trk>, <rte> or timed <wpt> points"));
    }

private:
    void start()
    {
        const auto n = m_xml.name();
        const bool track = n == u"trk" || n == u"rte", point = n == u"trkpt" || n == u"rtept" || n == u"wpt";
        // Nesting GPX does not have is not merged into what holds it: refused, with what it holds.
        if (track && m_inTrack)
            return refuse(QStringLiteral("<%1> inside the <%2> of line %3: GPX does not nest tracks; skipped, with its points")
                              .arg(n, m_trackName)
                              .arg(m_trackLine));
        if (point && m_inPoint)
            return refuse(QStringLiteral("<%1> inside the point of line %2; skipped").arg(n).arg(m_pending.line));
        if ((n == u"trkpt" || n == u"rtept") && !m_inTrack)
            return refuse(QStringLiteral("<%1> outside any <trk> or <rte> (GPX keeps track points in <trk><trkseg>); skipped")
                              .arg(n));
        if (track) {
            m_inTrack = true;
            m_trackDepth = m_xml.depth();
            m_trackLine = m_xml.line();
            m_trackName = n.toString();
            m_points = {};
            m_id.clear();
            m_label.clear();
            ++m_trackCount;
        } else if (point) {
            m_inPoint = true;
            m_pointDepth = m_xml.depth();
            m_pending = {};
            m_pending.line = m_xml.line();
            const auto lat = m_xml.attributeNumber("lat");
            const auto lon = m_xml.attributeNumber("lon");
            m_pending.hasPosition = lat && lon;
            if (m_pending.hasPosition) {
                m_pending.point.lat = *lat;
                m_pending.point.lon = *lon;
            }
        } else if (m_inPoint) {
            pointChild(n);
        } else if (m_inTrack && m_xml.depth() == m_trackDepth + 1 && n == u"name") {
            m_id = m_xml.elementText();
        } else if (m_inTrack && m_xml.depth() == m_trackDepth + 1 && n == u"desc") {
            m_label = m_xml.elementText();
        }
    }

    void refuse(const QString &why)
    {
        problemHere(why);
        m_xml.skipElement();
    }

    void pointChild(QStringView n)
    {
        if (n == u"ele") {
            m_pending.point.altM = parseNumber(m_xml.elementText()).value_or(qQNaN());
        } else if (n == u"time") {
            const auto t = parseIsoTimeMsUtc(m_xml.elementText());
            m_pending.hasTime = t.has_value();
            m_pending.badTime = !t;
            if (t)
                m_pending.point.timeMsUtc = *t;
        } else if (n == u"partners") {
            QStringList unknown;
            m_pending.point.partners = parsePartnerList(m_xml.elementText(), &unknown);
            if (!unknown.isEmpty())
                problemHere(unknownPartnerProblem(unknown));
        } else if (n == u"sensor") {
            m_pending.point.sensor = m_sensors.share(m_xml.elementText());
        }
    }

    void end()
    {
        if (m_inPoint && m_xml.depth() == m_pointDepth - 1) {
            m_inPoint = false;
            const bool waypoint = m_xml.name() == u"wpt";
            if (waypoint && !m_pending.hasTime && !m_pending.badTime) {
                ++m_untimedWaypoints; // waypoints without time are places, not track points: counted once
                return;
            }
            acceptPending(waypoint ? m_waypoints : m_points);
        } else if (m_inTrack && m_xml.depth() == m_trackDepth - 1) {
            closeTrack();
        }
    }

    void acceptPending(PointRun &points)
    {
        const int line = m_pending.line;
        if (!m_pending.hasPosition)
            return m_builder.problem(line, QStringLiteral("point without a valid lat/lon; skipped"));
        if (!m_pending.hasTime)
            return m_builder.problem(line, m_pending.badTime ? QStringLiteral("point time is not ISO 8601; point skipped")
                                                             : QStringLiteral("point has no <time>; point skipped"));
        points.push(std::move(m_pending.point), line);
    }

    // The track's points go in once its name is known (a <name> may follow the points in careless files).
    void closeTrack()
    {
        if (!m_inTrack)
            return;
        m_inTrack = false;
        const QString id = m_id.isEmpty() ? QStringLiteral("track %1").arg(m_trackCount) : m_id;
        m_builder.declare(id); // a track without a good point is reported, not silently missing
        m_builder.addRun(id, std::move(m_points));
        m_builder.setLabel(id, m_label);
    }

    // Waypoints are unordered by nature: sorted by time, then checked like any track (two at one instant
    // cannot both be the position: the later in the file is reported).
    void finishWaypoints()
    {
        if (m_untimedWaypoints > 0)
            m_builder.problem(0, QStringLiteral("%1 waypoint(s) without <time> left out").arg(m_untimedWaypoints));
        sortByTime(m_waypoints.points, m_waypoints.lines);
        if (!m_waypoints.empty())
            m_builder.addRun(QStringLiteral("waypoints"), std::move(m_waypoints));
    }

    PointRun m_points;    // of the open <trk>/<rte>, with their lines
    PointRun m_waypoints; // timed <wpt>s, with their lines
    SharedText m_sensors;
    QString m_id, m_label;
    PendingPoint m_pending;
    bool m_inTrack = false;
    bool m_inPoint = false;
    int m_trackDepth = 0;
    int m_trackLine = 0;
    QString m_trackName;
    int m_pointDepth = 0;
    int m_trackCount = 0;
    int m_untimedWaypoints = 0;
};

} // namespace

TrackFileResult readGpx(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return GpxTrackReader(in, fileName, control).read();
}

bool writeGpx(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    const QString gpx = QStringLiteral("http://www.topografix.com/GPX/1/1");
    const QString ext = QStringLiteral("https://trilink.invalid/xmlns/track/1");
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDefaultNamespace(gpx);
    w.writeNamespace(ext, QStringLiteral("trilink"));
    w.writeStartDocument();
    w.writeStartElement(gpx, QStringLiteral("gpx"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    w.writeAttribute(QStringLiteral("creator"), QStringLiteral("Trilink"));
    for (const auto &t : tracks) {
        w.writeStartElement(gpx, QStringLiteral("trk"));
        w.writeTextElement(gpx, QStringLiteral("name"), t.id);
        if (!t.label.isEmpty())
            w.writeTextElement(gpx, QStringLiteral("desc"), t.label);
        w.writeStartElement(gpx, QStringLiteral("trkseg"));
        for (const auto &p : t.points) {
            w.writeStartElement(gpx, QStringLiteral("trkpt"));
            w.writeAttribute(QStringLiteral("lat"), shortestNumber(p.lat));
            w.writeAttribute(QStringLiteral("lon"), shortestNumber(p.lon));
            w.writeTextElement(gpx, QStringLiteral("ele"), shortestNumber(p.altM));
            w.writeTextElement(gpx, QStringLiteral("time"), isoUtcMsText(p.timeMsUtc));
            if (p.partners != 0 || !p.sensor.isEmpty()) {
                w.writeStartElement(gpx, QStringLiteral("extensions"));
                if (p.partners != 0)
                    w.writeTextElement(ext, QStringLiteral("partners"), partnerListText(p.partners));
                if (!p.sensor.isEmpty())
                    w.writeTextElement(ext, QStringLiteral("sensor"), p.sensor);
                w.writeEndElement();
            }
            w.writeEndElement(); // trkpt
        }
        w.writeEndElement(); // trkseg
        w.writeEndElement(); // trk
    }
    w.writeEndElement(); // gpx
    w.writeEndDocument();
    if (w.hasError()) {
        if (error)
            *error = QStringLiteral("writing GPX failed: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace trilink::maps::trackio
