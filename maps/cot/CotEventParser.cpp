// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotEventParser.h"

#include "maps/cot/CotDetailXml.h"
#include "maps/cot/TakProtoCodec.h"
#include "maps/trackio/TrackParsing.h"
#include "maps/trackio/TrackXml.h"

#include <QBuffer>

#include <cmath>

namespace trilink::maps::cot {
namespace {

using trackio::xml::SafeXmlReader;

// The checks every event must pass, whichever encoding it came in.
bool validate(CotEvent &e, CotParseResult &r, qint64 offset, int line)
{
    auto refuse = [&](const QString &why) {
        r.problems.push_back({offset, line, why});
        return false;
    };
    if (e.uid.isEmpty())
        return refuse(QStringLiteral("event without a uid; skipped"));
    if (e.timeMs <= 0 && e.startMs > 0)
        e.timeMs = e.startMs;
    if (e.timeMs <= 0)
        return refuse(QStringLiteral("event %1 without a valid time; skipped").arg(e.uid));
    if (!std::isfinite(e.lat) || !std::isfinite(e.lon) || std::abs(e.lat) > 90 || std::abs(e.lon) > 180)
        return refuse(QStringLiteral("event %1: <point> lat %2 lon %3 is not on the Earth; skipped")
                          .arg(e.uid, detail::numberText(e.lat), detail::numberText(e.lon)));
    for (double *v : {&e.hae, &e.ce, &e.le})
        if (!std::isfinite(*v))
            *v = kUnknown;
    if (e.startMs <= 0)
        e.startMs = e.timeMs;
    if (e.staleMs <= 0)
        e.staleMs = e.startMs + kDefaultStaleMs;
    return true;
}

// A time attribute: milliseconds, 0 when missing, -1 when present but not ISO 8601.
std::int64_t timeAttribute(const SafeXmlReader &x, const char *name)
{
    const QString text = x.attribute(name);
    if (text.trimmed().isEmpty())
        return 0;
    const auto t = trackio::parseIsoTimeMsUtc(QStringView(text));
    return t ? *t : -1;
}

} // namespace

CotParseResult CotEventParser::parse(const CotFrame &frame)
{
    return frame.kind == CotFrame::Kind::Xml ? parseXml(frame.bytes, frame.lineBase, frame.offset)
                                             : parseTak(frame.bytes, frame.offset);
}

CotParseResult CotEventParser::parseXml(QByteArrayView xmlBytes, int lineBase, qint64 offset)
{
    CotParseResult r;
    QByteArray data = QByteArray::fromRawData(xmlBytes.data(), xmlBytes.size());
    QBuffer device(&data);
    device.open(QIODevice::ReadOnly);
    const ReadControl control;
    SafeXmlReader x(device, QString(), control);
    auto xmlProblems = [&] {
        // The hardened reader words XML errors and its limits; its lines are the message's own.
        if (const QString stop = x.stopReason(); !stop.isEmpty())
            r.problems.push_back({offset, lineBase + std::max(1, x.stopLine()), stop});
    };
    while (x.next() && !x.isStart()) {
    }
    if (!x.isStart()) {
        xmlProblems();
        if (r.problems.empty())
            r.problems.push_back({offset, lineBase + 1, QStringLiteral("no <event> element")});
        return r;
    }
    const int line = lineBase + x.line();
    if (x.name() != u"event") {
        r.problems.push_back({offset, line, QStringLiteral("<%1> is not a Cursor on Target <event>; skipped").arg(x.name())});
        return r;
    }
    CotEvent e;
    e.uid = x.attribute("uid").trimmed();
    e.type = x.attribute("type").trimmed();
    e.how = x.attribute("how").trimmed();
    e.access = x.attribute("access").trimmed();
    e.qos = x.attribute("qos").trimmed();
    e.opex = x.attribute("opex").trimmed();
    const std::int64_t time = timeAttribute(x, "time"), start = timeAttribute(x, "start"), stale = timeAttribute(x, "stale");
    if (time < 0 && start <= 0) {
        r.problems.push_back({offset, line, QStringLiteral("event %1: time \"%2\" is not ISO 8601; skipped").arg(e.uid, x.attribute("time"))});
        return r;
    }
    for (const auto &[value, name] : {std::pair{start, "start"}, std::pair{stale, "stale"}})
        if (value < 0)
            r.problems.push_back({offset, line, QStringLiteral("event %1: %2 \"%3\" is not ISO 8601; ignored").arg(e.uid, QLatin1String(name), x.attribute(name))});
    e.timeMs = std::max<std::int64_t>(time, 0);
    e.startMs = std::max<std::int64_t>(start, 0);
    e.staleMs = std::max<std::int64_t>(stale, 0);

    bool point = false;
    int pointLine = line;
    bool ended = false;
    while (x.next()) {
        if (x.isEnd() && x.depth() == 0) {
            ended = true;
            break;
        }
        if (!x.isStart() || x.depth() != 2)
            continue;
        if (x.name() == u"point" && !point) {
            pointLine = lineBase + x.line();
            const auto lat = x.attributeNumber("lat"), lon = x.attributeNumber("lon");
            point = lat && lon;
            if (!point) {
                r.problems.push_back({offset, pointLine, QStringLiteral("event %1: <point> without a valid lat and lon; skipped").arg(e.uid)});
                return r;
            }
            e.lat = *lat;
            e.lon = *lon;
            // A hae that is no finite number ("inf", "abc") is no height at all: the event is refused rather
            // than put at 0 m (a missing hae is CoT's "unknown", and reads so).
            const QString haeText = x.attribute("hae").trimmed();
            const auto hae = x.attributeNumber("hae");
            if (!haeText.isEmpty() && !hae) {
                r.problems.push_back({offset, pointLine, QStringLiteral("event %1: <point hae=\"%2\"> is not a height in metres; skipped").arg(e.uid, haeText)});
                return r;
            }
            e.hae = hae.value_or(kUnknown);
            e.ce = x.attributeNumber("ce").value_or(kUnknown);
            e.le = x.attributeNumber("le").value_or(kUnknown);
        } else if (x.name() == u"detail") {
            detail::readDetail(x, e, r.problems, lineBase, offset);
        }
    }
    if (!ended) {
        xmlProblems();
        if (r.problems.empty())
            r.problems.push_back({offset, line, QStringLiteral("event %1 is not complete; skipped").arg(e.uid)});
        return r;
    }
    if (!point) {
        r.problems.push_back({offset, line, QStringLiteral("event %1 without a <point>; skipped").arg(e.uid)});
        return r;
    }
    if (validate(e, r, offset, line))
        r.event = std::move(e);
    return r;
}

CotParseResult CotEventParser::parseTak(QByteArrayView payload, qint64 offset)
{
    CotParseResult r;
    tak::Decoded d = tak::decode(payload);
    if (!d.parsed) {
        r.problems.push_back({offset, 0, QStringLiteral("TAK message (%1 bytes) is not a valid TakMessage protobuf; skipped").arg(payload.size())});
        return r;
    }
    if (!d.hasEvent) {
        r.controlOnly = true;
        return r;
    }
    CotEvent &e = d.event;
    if (!d.xmlDetail.isEmpty()) {
        // xmlDetail is the inside of <detail> without the element: wrapped, it is read like any other
        // (the XML reader's limits apply). Where it repeats a typed field, the XML wins (detail.proto).
        QByteArray wrapped;
        wrapped.reserve(d.xmlDetail.size() + 32);
        wrapped.append("<detail>").append(d.xmlDetail).append("</detail>");
        QBuffer device(&wrapped);
        device.open(QIODevice::ReadOnly);
        const ReadControl control;
        SafeXmlReader x(device, QString(), control);
        bool done = false;
        while (x.next()) {
            if (x.isStart() && x.depth() == 1) {
                detail::readDetail(x, e, r.problems, 0, offset);
                done = x.isEnd();
                break;
            }
        }
        if (!done || x.xml().hasError())
            r.problems.push_back({offset, 0, QStringLiteral("event %1: xmlDetail is not well-formed XML (%2); detail ignored")
                                                 .arg(e.uid, x.xml().errorString())});
    }
    for (auto &p : r.problems)
        p.line = 0; // lines inside a binary message name nothing a user can find
    if (validate(e, r, offset, 0))
        r.event = std::move(d.event);
    return r;
}

} // namespace trilink::maps::cot
