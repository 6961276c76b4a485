// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/TakProtoCodec.h"

#include "maps/cot/CotDetailXml.h"

#include "takmessage.pb.h"

#include <QXmlStreamWriter>

#include <limits>

namespace trilink::maps::cot::tak {
namespace {

namespace pb = atakmap::commoncommo::protobuf::v1;

QString text(const std::string &s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())).trimmed();
}

std::string bytes(const QString &s)
{
    const QByteArray b = s.toUtf8();
    return std::string(b.constData(), static_cast<size_t>(b.size()));
}

// Milliseconds on the wire are unsigned; anything past the year 9999 is not a time.
std::int64_t wireTime(std::uint64_t ms)
{
    constexpr std::uint64_t kYear10000 = 253402300800000ULL;
    return ms >= kYear10000 ? -1 : static_cast<std::int64_t>(ms);
}

std::uint64_t toWire(std::int64_t ms)
{
    return ms < 0 ? 0 : static_cast<std::uint64_t>(ms);
}

} // namespace

Decoded decode(QByteArrayView payload)
{
    Decoded d;
    pb::TakMessage m;
    if (payload.size() > std::numeric_limits<int>::max() || !m.ParseFromArray(payload.data(), static_cast<int>(payload.size())))
        return d;
    d.parsed = true;
    if (!m.has_cotevent())
        return d;
    d.hasEvent = true;
    const pb::CotEvent &c = m.cotevent();
    CotEvent &e = d.event;
    e.type = text(c.type());
    e.access = text(c.access());
    e.qos = text(c.qos());
    e.opex = text(c.opex());
    e.uid = text(c.uid());
    e.how = text(c.how());
    e.timeMs = wireTime(c.sendtime());
    e.startMs = wireTime(c.starttime());
    e.staleMs = wireTime(c.staletime());
    e.lat = c.lat();
    e.lon = c.lon();
    e.hae = c.hae();
    e.ce = c.ce();
    e.le = c.le();
    if (!c.has_detail())
        return d;
    const pb::Detail &dt = c.detail();
    if (dt.has_contact()) {
        e.callsign = text(dt.contact().callsign());
        e.endpoint = text(dt.contact().endpoint());
    }
    if (dt.has_group()) {
        e.groupName = text(dt.group().name());
        e.groupRole = text(dt.group().role());
    }
    if (dt.has_track()) {
        e.courseDeg = dt.track().course();
        e.speedMps = dt.track().speed();
    }
    // The other typed messages have no field of their own here: they become the XML they stand for.
    QXmlStreamWriter w(&e.otherDetail);
    if (dt.has_precisionlocation()) {
        w.writeEmptyElement(QStringLiteral("precisionlocation"));
        w.writeAttribute(QStringLiteral("geopointsrc"), text(dt.precisionlocation().geopointsrc()));
        w.writeAttribute(QStringLiteral("altsrc"), text(dt.precisionlocation().altsrc()));
    }
    if (dt.has_status()) {
        w.writeEmptyElement(QStringLiteral("status"));
        w.writeAttribute(QStringLiteral("battery"), QString::number(dt.status().battery()));
    }
    if (dt.has_takv()) {
        const pb::Takv &v = dt.takv();
        w.writeEmptyElement(QStringLiteral("takv"));
        w.writeAttribute(QStringLiteral("device"), text(v.device()));
        w.writeAttribute(QStringLiteral("platform"), text(v.platform()));
        w.writeAttribute(QStringLiteral("os"), text(v.os()));
        w.writeAttribute(QStringLiteral("version"), text(v.version()));
    }
    d.xmlDetail = QByteArray(dt.xmldetail().data(), static_cast<qsizetype>(dt.xmldetail().size()));
    return d;
}

QByteArray encode(const CotEvent &e, const QByteArray &xmlDetail)
{
    pb::TakMessage m;
    pb::CotEvent &c = *m.mutable_cotevent();
    c.set_type(bytes(e.type));
    c.set_access(bytes(e.access));
    c.set_qos(bytes(e.qos));
    c.set_opex(bytes(e.opex));
    c.set_uid(bytes(e.uid));
    c.set_how(bytes(e.how));
    c.set_sendtime(toWire(e.timeMs));
    c.set_starttime(toWire(e.startMs));
    c.set_staletime(toWire(e.staleMs));
    c.set_lat(e.lat);
    c.set_lon(e.lon);
    c.set_hae(e.hae);
    c.set_ce(e.ce);
    c.set_le(e.le);
    pb::Detail &dt = *c.mutable_detail();
    if (detail::contactIsTyped(e)) {
        dt.mutable_contact()->set_callsign(bytes(e.callsign));
        if (!e.endpoint.isEmpty())
            dt.mutable_contact()->set_endpoint(bytes(e.endpoint));
    }
    if (detail::groupIsTyped(e)) {
        dt.mutable_group()->set_name(bytes(e.groupName));
        dt.mutable_group()->set_role(bytes(e.groupRole));
    }
    if (detail::trackIsTyped(e)) {
        dt.mutable_track()->set_course(*e.courseDeg);
        dt.mutable_track()->set_speed(*e.speedMps);
    }
    if (!xmlDetail.isEmpty())
        dt.set_xmldetail(std::string(xmlDetail.constData(), static_cast<size_t>(xmlDetail.size())));
    const std::string out = m.SerializeAsString();
    return QByteArray(out.data(), static_cast<qsizetype>(out.size()));
}

} // namespace trilink::maps::cot::tak
