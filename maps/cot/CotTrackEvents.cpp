// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotTrackEvents.h"

#include "core/Geodesic.h"
#include "maps/trackio/TrackBuilder.h"
#include "maps/trackio/TrackParsing.h"

#include <QFileInfo>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace trilink::maps::cot {
namespace {

bool isModelled(const ScenarioTrack &t)
{
    return t.origin != TrackOrigin::Recorded;
}

QString partnerNames(PartnerMask mask)
{
    QStringList names;
    for (Partner p : kAllPartners)
        if (mask & partnerBit(p))
            names << partnerCode(p);
    return names.join(QStringLiteral(", "));
}

QString remarksFor(const ScenarioTrack &t, const TrackPoint &p, double groundSpeedMps)
{
    QStringList parts;
    parts << (t.label.isEmpty() ? t.id : t.label);
    if (isModelled(t))
        parts << QStringLiteral("Modelled by Trilink from public launch facts (%1), not a sensor track").arg(trackOriginName(t.origin));
    else
        parts << QStringLiteral("Recorded track (%1) relayed by Trilink").arg(QFileInfo(t.source).fileName());
    const double sinceLaunchS = (p.timeMsUtc - t.launchMsUtc) / 1000.0;
    parts << QStringLiteral("T+%1 s, altitude %2 km, ground speed %3 km/s")
                 .arg(std::lround(sinceLaunchS))
                 .arg(p.altM / 1000.0, 0, 'f', 1)
                 .arg(groundSpeedMps / 1000.0, 0, 'f', 2);
    if (p.partners)
        parts << QStringLiteral("Held by %1%2").arg(partnerNames(p.partners),
                                                    p.sensor.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QString(p.sensor).replace(u';', QStringLiteral(", "))));
    else
        parts << QStringLiteral("Held by no partner sensor");
    if (isModelled(t))
        parts << QStringLiteral("Launched %1 UTC%2; sensor laydown partly notional")
                     .arg(trackio::isoUtcMsText(t.launchMsUtc).left(19).replace(u'T', u' '),
                          t.siteName.isEmpty() ? QString() : QStringLiteral(" from ") + t.siteName);
    return parts.join(QStringLiteral(". ")) + u'.';
}

} // namespace

QString cotTypeFor(const ScenarioTrack &t)
{
    if (!t.identity.kind.isEmpty())
        return t.identity.kind; // what its source called it: a friendly ground unit stays one
    // A launch from a submarine is subsurface-to-surface; the catalogue names the platform in the site.
    const QString where = t.siteName + u' ' + t.label;
    if (where.contains(QLatin1String("submarine"), Qt::CaseInsensitive) || where.contains(QLatin1String("SLBM"), Qt::CaseInsensitive))
        return QString::fromLatin1(kTypeSubmarineLaunched);
    return QString::fromLatin1(kTypeBallisticMissile);
}

QString cotHowFor(const ScenarioTrack &t)
{
    if (!t.identity.how.isEmpty())
        return t.identity.how;
    return QString::fromLatin1(isModelled(t) ? kHowModelled : kHowRecorded);
}

CotEvent eventForPoint(const ScenarioTrack &t, const RecordedTrack &points, int i, const QString &callsign, const SampleTiming &timing)
{
    const TrackPoint &p = points.points.at(static_cast<std::size_t>(i));
    CotEvent e;
    e.uid = t.id;
    e.type = cotTypeFor(t);
    e.how = cotHowFor(t);
    if (isModelled(t))
        e.opex = QStringLiteral("s-trilink");
    e.timeMs = e.startMs = timing.eventTimeMs;
    // Never past the last instant ISO 8601 (and so any CoT reader) can write: a point late in 9999 must read back.
    e.staleMs = std::min(timing.eventTimeMs + timing.staleAfterMs, trackio::kMaxTimeMs);
    if (timing.eventTimeMs != p.timeMsUtc)
        e.sourceTimeMs = p.timeMsUtc;
    e.lat = p.lat;
    e.lon = p.lon;
    e.hae = p.altM;
    e.callsign = callsign;
    // Course and ground speed over the step to the next point (from the previous one at the end).
    const std::size_t n = points.points.size();
    if (n >= 2) {
        const std::size_t a = std::min<std::size_t>(static_cast<std::size_t>(i), n - 2);
        const TrackPoint &from = points.points[a], &to = points.points[a + 1];
        const auto g = geodesic::inverse(from.lon, from.lat, to.lon, to.lat);
        const double dt = (to.timeMsUtc - from.timeMsUtc) / 1000.0;
        if (dt > 0) {
            e.courseDeg = geodesic::compassBearing(g.azimuth1Deg);
            e.speedMps = g.distanceM / dt;
        }
    }
    e.partners = p.partners;
    e.sensor = p.sensor;
    e.otherDetail = t.identity.extra; // the source's own detail (its team, device, icon), as it came
    e.remarks = remarksFor(t, p, e.speedMps.value_or(0));
    return e;
}

LiveReport reportFromEvent(const CotEvent &e, std::int64_t receivedMs, const QString &source, std::optional<PartnerMask> senderPartners)
{
    LiveReport r;
    r.uid = e.uid;
    r.label = e.callsign;
    r.point.timeMsUtc = e.timeMs;
    r.point.lon = e.lon;
    r.point.lat = e.lat;
    r.point.altM = e.hasHae() ? e.hae : 0.0;
    r.point.partners = e.partners ? *e.partners : senderPartners.value_or(0);
    r.point.sensor = e.sensor;
    r.staleMs = e.staleMs;
    r.receivedMs = receivedMs;
    r.identity.kind = e.type;
    r.identity.how = e.how;
    r.source = source;
    // The team and everything Trilink does not read itself, as <detail> XML, for writing the track again.
    QXmlStreamWriter w(&r.identity.extra);
    if (!e.groupName.isEmpty() || !e.groupRole.isEmpty()) {
        w.writeEmptyElement(QStringLiteral("__group"));
        if (!e.groupName.isEmpty())
            w.writeAttribute(QStringLiteral("name"), e.groupName);
        if (!e.groupRole.isEmpty())
            w.writeAttribute(QStringLiteral("role"), e.groupRole);
    }
    w.writeCharacters(QString()); // closes the empty element before the raw fragment follows
    r.identity.extra += e.otherDetail;
    return r;
}

} // namespace trilink::maps::cot
