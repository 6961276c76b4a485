// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"
#include "maps/trackio/TrackXml.h"

#include <QIODevice>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

// Cursor on Target: each <event> is one point of the track named by its uid, at the event's `time` (when the
// position was reported; `start` when `time` is missing), at <point lat lon hae> (hae is height above the
// ellipsoid, as TrackPoint wants; CoT's "unknown" 9999999 reads as 0). Events may come alone as the root or
// inside any wrapper, in any order: they are grouped by uid and sorted by time. From <detail>:
//   <contact callsign="..."/>            the track's label (else <__group name="..."/>)
//   <trilink partners="USA;KOR" sensor="TPY-2"/>   Trilink's attribution, written and read back

namespace trilink::maps::trackio {
namespace {

using xml::XmlTrackReader;

constexpr double kCotUnknown = 9999999.0;

struct UidGroup {
    QString label;
    PointRun points; // the events of one uid, each at its line
};

class CotTrackReader : XmlTrackReader {
public:
    CotTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : XmlTrackReader(in, fileName, control)
    {
    }

    TrackFileResult read()
    {
        while (m_xml.next()) {
            if (m_xml.isStart())
                start();
            else if (m_xml.isEnd() && m_inEvent && m_xml.depth() == m_eventDepth - 1)
                closeEvent();
        }
        if (m_events == 0 && !m_xml.hasError() && m_xml.guardStop().isEmpty() && !m_xml.wasCancelled())
            return unreadable(0, QStringLiteral("no Cursor on Target <event> elements"));
        finishTracks();
        return finishXml({});
    }

private:
    void start()
    {
        const auto n = m_xml.name();
        if (n == u"event" && m_inEvent) {
            // An event is one report; one inside another is no part of it, and not read as one either.
            problemHere(QStringLiteral("<event> inside the <event> of line %1; skipped").arg(m_line));
            return m_xml.skipElement();
        }
        if (n == u"event") {
            ++m_events;
            m_inEvent = true;
            m_eventDepth = m_xml.depth();
            m_line = m_xml.line();
            m_uid = m_xml.attribute("uid").trimmed();
            m_hasPoint = false;
            m_badPoint = false;
            m_badHae.clear();
            m_pending = {};
            m_label.clear();
            m_groupName.clear();
            QString time = m_xml.attribute("time");
            if (time.isEmpty())
                time = m_xml.attribute("start");
            const auto t = parseIsoTimeMsUtc(time);
            m_timeText = time;
            m_hasTime = t.has_value();
            if (t)
                m_pending.timeMsUtc = *t;
            return;
        }
        if (!m_inEvent)
            return;
        if (n == u"point") {
            const auto lat = m_xml.attributeNumber("lat");
            const auto lon = m_xml.attributeNumber("lon");
            const QString haeText = m_xml.attribute("hae").trimmed();
            const auto hae = m_xml.attributeNumber("hae");
            m_hasPoint = lat && lon;
            m_badPoint = !m_hasPoint;
            // hae is required; CoT writes 9999999 for "unknown". A value that is no finite number ("inf",
            // "abc") is no height at all: the event is refused rather than put at 0 m.
            m_unknownHae = haeText.isEmpty() || (hae && *hae >= kCotUnknown);
            if (!haeText.isEmpty() && !hae)
                m_badHae = haeText;
            if (m_hasPoint) {
                m_pending.lat = *lat;
                m_pending.lon = *lon;
                m_pending.altM = hae && !m_unknownHae ? *hae : 0.0;
            }
        } else if (n == u"contact") {
            m_label = m_xml.attribute("callsign").trimmed();
        } else if (n == u"__group") {
            m_groupName = m_xml.attribute("name").trimmed();
        } else if (n == u"trilink") {
            QStringList unknown;
            m_pending.partners = parsePartnerList(m_xml.attribute("partners"), &unknown);
            m_pending.sensor = m_sensors.share(m_xml.attribute("sensor").trimmed());
            if (!unknown.isEmpty())
                problemHere(unknownPartnerProblem(unknown));
        }
    }

    void closeEvent()
    {
        m_inEvent = false;
        auto skip = [&](const QString &why) { problem(m_line, why); };
        if (m_uid.isEmpty())
            return skip(QStringLiteral("event without a uid; skipped"));
        if (!m_hasTime)
            return skip(m_timeText.isEmpty() ? QStringLiteral("event without a time; skipped")
                                             : QStringLiteral("event time %1 is not ISO 8601; skipped").arg(quotedValue(m_timeText)));
        if (!m_hasPoint)
            return skip(m_badPoint ? QStringLiteral("<point> without a valid lat/lon; event skipped")
                                   : QStringLiteral("event without a <point>; skipped"));
        if (!m_badHae.isEmpty())
            return skip(QStringLiteral("<point hae=%1> is not a height in metres; event skipped").arg(quotedValue(m_badHae)));
        if (m_unknownHae)
            ++m_unknownHaeEvents;
        auto [it, fresh] = m_groups.try_emplace(m_uid);
        if (fresh)
            m_order.push_back(m_uid);
        if (!m_label.isEmpty())
            it->second.label = m_label;
        else if (it->second.label.isEmpty())
            it->second.label = m_groupName;
        it->second.points.push(std::move(m_pending), m_line);
    }

    void finishTracks()
    {
        if (m_unknownHaeEvents > 0)
            problem(0, QStringLiteral("%1 event(s) give no height (hae missing, or 9999999: CoT's \"unknown\"); read at 0 m")
                           .arg(m_unknownHaeEvents));
        for (const auto &uid : m_order) {
            auto &g = m_groups[uid];
            sortByTime(g.points.points, g.points.lines); // in place: events come in any order
            m_builder.addRun(uid, std::move(g.points));
            m_builder.setLabel(uid, g.label);
        }
    }

    std::map<QString, UidGroup> m_groups;
    SharedText m_sensors;
    QStringList m_order; // uids in order of first appearance, so tracks come out as the file lists them
    TrackPoint m_pending;
    QString m_uid, m_label, m_groupName, m_timeText;
    bool m_inEvent = false, m_hasTime = false, m_hasPoint = false, m_badPoint = false, m_unknownHae = false;
    QString m_badHae;
    int m_unknownHaeEvents = 0;
    int m_eventDepth = 0, m_line = 0, m_events = 0;
};


} // namespace

TrackFileResult readCot(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return CotTrackReader(in, fileName, control).read();
}

bool writeCot(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument();
    // A file of many events needs one root; readers that take one event at a time split on <event>.
    w.writeStartElement(QStringLiteral("events"));
    for (const auto &t : tracks) {
        for (const auto &p : t.points) {
            w.writeStartElement(QStringLiteral("event"));
            w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
            w.writeAttribute(QStringLiteral("uid"), t.id);
            // MIL-STD-2525 hostile air track, weapon, missile; "m" (machine-generated) claims no sensor type.
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("a-h-A-W-M"));
            w.writeAttribute(QStringLiteral("how"), QStringLiteral("m"));
            const QString time = isoUtcMs(p.timeMsUtc);
            w.writeAttribute(QStringLiteral("time"), time);
            w.writeAttribute(QStringLiteral("start"), time);
            w.writeAttribute(QStringLiteral("stale"), isoUtcMs(p.timeMsUtc + 60'000));
            w.writeEmptyElement(QStringLiteral("point"));
            // The shortest text that reads back as the same double, so a converted file reads back the same.
            w.writeAttribute(QStringLiteral("lat"), shortestNumber(p.lat));
            w.writeAttribute(QStringLiteral("lon"), shortestNumber(p.lon));
            w.writeAttribute(QStringLiteral("hae"), shortestNumber(p.altM));
            w.writeAttribute(QStringLiteral("ce"), QStringLiteral("9999999.0"));
            w.writeAttribute(QStringLiteral("le"), QStringLiteral("9999999.0"));
            w.writeStartElement(QStringLiteral("detail"));
            if (!t.label.isEmpty()) {
                w.writeEmptyElement(QStringLiteral("contact"));
                w.writeAttribute(QStringLiteral("callsign"), t.label);
            }
            if (p.partners != 0 || !p.sensor.isEmpty()) {
                w.writeEmptyElement(QStringLiteral("trilink"));
                if (p.partners != 0)
                    w.writeAttribute(QStringLiteral("partners"), partnerListText(p.partners));
                if (!p.sensor.isEmpty())
                    w.writeAttribute(QStringLiteral("sensor"), p.sensor);
            }
            w.writeEndElement(); // detail
            w.writeEndElement(); // event
        }
    }
    w.writeEndElement(); // events
    w.writeEndDocument();
    if (w.hasError()) {
        if (error)
            *error = QStringLiteral("writing CoT failed: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace trilink::maps::trackio
