// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotDetailXml.h"

#include "maps/trackio/TrackParsing.h"
#include "maps/trackio/TrackXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace trilink::maps::cot::detail {
namespace {

using trackio::xml::SafeXmlReader;

// Copies the element the reader is on, with everything inside it, to w; leaves the reader on its end tag.
void copyElement(SafeXmlReader &x, QXmlStreamWriter &w)
{
    const int depth = x.depth();
    w.writeCurrentToken(x.xml());
    while (x.next()) {
        w.writeCurrentToken(x.xml());
        if (x.isEnd() && x.depth() == depth - 1)
            return;
    }
}

void writeOtherDetail(QXmlStreamWriter &w, const QString &fragment)
{
    if (fragment.isEmpty())
        return;
    // The fragment is XML this program wrote (readDetail re-serialises what it keeps), so it is well formed;
    // copying it token by token keeps the writer's escaping in charge.
    QXmlStreamReader r(QStringLiteral("<d>") + fragment + QStringLiteral("</d>"));
    int depth = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement && ++depth == 1)
            continue;
        if (token == QXmlStreamReader::EndElement && --depth == 0)
            break;
        if (depth >= 1 && token != QXmlStreamReader::StartDocument && token != QXmlStreamReader::EndDocument)
            w.writeCurrentToken(r);
    }
}

} // namespace

QString numberText(double v)
{
    QByteArray b;
    trackio::appendShortestNumber(b, v);
    return QString::fromLatin1(b);
}

bool contactIsTyped(const CotEvent &e)
{
    return !e.callsign.isEmpty();
}

bool groupIsTyped(const CotEvent &e)
{
    return !e.groupName.isEmpty() && !e.groupRole.isEmpty();
}

bool trackIsTyped(const CotEvent &e)
{
    return e.courseDeg.has_value() && e.speedMps.has_value();
}

void readDetail(SafeXmlReader &x, CotEvent &e, std::vector<CotStreamProblem> &problems, int lineBase, qint64 offset)
{
    const int depth = x.depth();
    auto warn = [&](const QString &message) { problems.push_back({offset, lineBase + x.line(), message}); };
    QString other;
    QXmlStreamWriter otherWriter(&other);
    auto number = [&](const char *attribute, std::optional<double> &into, const char *what) {
        if (x.attribute(attribute).isEmpty())
            return;
        if (const auto v = x.attributeNumber(attribute))
            into = *v;
        else
            warn(QStringLiteral("%1 \"%2\" is not a number; ignored").arg(QLatin1String(what), x.attribute(attribute)));
    };
    while (x.next()) {
        if (x.isEnd() && x.depth() == depth - 1)
            break;
        if (!x.isStart() || x.depth() != depth + 1)
            continue;
        const auto n = x.name();
        if (n == u"contact") {
            e.callsign = x.attribute("callsign").trimmed();
            e.endpoint = x.attribute("endpoint").trimmed();
        } else if (n == u"__group") {
            e.groupName = x.attribute("name").trimmed();
            e.groupRole = x.attribute("role").trimmed();
        } else if (n == u"track") {
            number("course", e.courseDeg, "<track> course");
            number("speed", e.speedMps, "<track> speed");
        } else if (n == u"remarks") {
            // Only the text: attributes (source, time, to) are a chat's addressing, not the track's.
            e.remarks = x.elementText();
        } else if (n == u"trilink") {
            if (x.xml().attributes().hasAttribute(QLatin1String("partners"))) {
                QStringList unknown;
                e.partners = trackio::parsePartnerList(x.attribute("partners"), &unknown);
                if (!unknown.isEmpty())
                    warn(QStringLiteral("unknown partner %1 ignored").arg(unknown.join(u", ")));
            }
            e.sensor = x.attribute("sensor").trimmed();
            const QString source = x.attribute("source_time");
            if (!source.isEmpty()) {
                if (const auto t = trackio::parseIsoTimeMsUtc(QStringView(source)))
                    e.sourceTimeMs = *t;
                else
                    warn(QStringLiteral("<trilink> source_time \"%1\" is not ISO 8601; ignored").arg(source));
            }
        } else if (n == u"event") {
            // An event is one report; one inside another's detail is no part of it, and not read as one either.
            warn(QStringLiteral("<event> inside an event's <detail>; skipped"));
            x.skipElement();
        } else {
            // Kept as it came (a <link> too, after noting who produced the event).
            if (n == u"link" && x.attribute("relation") == u"p-p")
                e.parentCallsign = x.attribute("parent_callsign").trimmed();
            copyElement(x, otherWriter);
        }
    }
    e.otherDetail += other;
}

void writeDetailChildren(QXmlStreamWriter &w, const CotEvent &e, Children which)
{
    const bool all = which == Children::All;
    if (!e.callsign.isEmpty() && (all || !contactIsTyped(e))) {
        w.writeEmptyElement(QStringLiteral("contact"));
        w.writeAttribute(QStringLiteral("callsign"), e.callsign);
        if (!e.endpoint.isEmpty())
            w.writeAttribute(QStringLiteral("endpoint"), e.endpoint);
    }
    if ((!e.groupName.isEmpty() || !e.groupRole.isEmpty()) && (all || !groupIsTyped(e))) {
        w.writeEmptyElement(QStringLiteral("__group"));
        if (!e.groupName.isEmpty())
            w.writeAttribute(QStringLiteral("name"), e.groupName);
        if (!e.groupRole.isEmpty())
            w.writeAttribute(QStringLiteral("role"), e.groupRole);
    }
    if ((e.courseDeg || e.speedMps) && (all || !trackIsTyped(e))) {
        w.writeEmptyElement(QStringLiteral("track"));
        if (e.courseDeg)
            w.writeAttribute(QStringLiteral("course"), numberText(*e.courseDeg));
        if (e.speedMps)
            w.writeAttribute(QStringLiteral("speed"), numberText(*e.speedMps));
    }
    if (e.partners || !e.sensor.isEmpty() || e.sourceTimeMs) {
        w.writeEmptyElement(QStringLiteral("trilink"));
        if (e.partners)
            w.writeAttribute(QStringLiteral("partners"), trackio::partnerListText(*e.partners));
        if (!e.sensor.isEmpty())
            w.writeAttribute(QStringLiteral("sensor"), e.sensor);
        if (e.sourceTimeMs)
            w.writeAttribute(QStringLiteral("source_time"), trackio::isoUtcMsText(*e.sourceTimeMs));
    }
    writeOtherDetail(w, e.otherDetail);
    if (!e.remarks.isEmpty())
        w.writeTextElement(QStringLiteral("remarks"), e.remarks);
}

} // namespace trilink::maps::cot::detail
