// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/TrajectoryText.h"

#include "core/Atmosphere.h"
#include "core/Geodesic.h"
#include "core/Text.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTextStream>

#include <cmath>

namespace trilink::cli {
namespace {
QString latLon(double lon, double lat)
{
    return QStringLiteral("%1°%2 %3°%4")
        .arg(std::abs(lat), 0, 'f', 4)
        .arg(lat >= 0 ? 'N' : 'S')
        .arg(std::abs(lon), 0, 'f', 4)
        .arg(lon >= 0 ? 'E' : 'W');
}

} // namespace

double rounded(double v, int decimals)
{
    // Multiplying up and dividing back (rather than rounding to a multiple of 10^-decimals) gives the double
    // nearest the decimal figure, which JSON then prints as written: 0.9608, not 0.9608000000000001.
    const double k = std::pow(10.0, decimals);
    return std::round(v * k) / k;
}

double bearingToImpactDeg(const Trajectory &t)
{
    return geodesic::compassBearing(geodesic::inverse(t.launchLon, t.launchLat, t.impactLon, t.impactLat).azimuth1Deg);
}

QString trajectorySummaryText(const Trajectory &t)
{
    QString s;
    QTextStream o(&s);
    o << "missile      " << t.profile.name << " (" << missileClassLabel(t.profile.missileClass) << ")";
    if (t.maneuver != u"none")
        o << ", " << t.maneuver << " (" << t.airframe << ")";
    if (t.platform != u"land")
        o << ", from a " << t.platform << " at sea";
    o << "\n";
    if (!t.note.isEmpty())
        o << "note         " << t.note << "\n";
    o << "launch       " << latLon(t.launchLon, t.launchLat) << "  launch azimuth " << QString::number(t.launchAzimuthDeg, 'f', 1)
      << "° (the boost's heading over the ground)\n";
    if (t.inOrbit)
        o << "track end    " << latLon(t.impactLon, t.impactLat) << "  in orbit, bearing " << QString::number(bearingToImpactDeg(t), 'f', 1)
          << "° from launch (geodesic)\n";
    else
        o << "impact       " << latLon(t.impactLon, t.impactLat) << "  bearing to impact " << QString::number(bearingToImpactDeg(t), 'f', 1)
          << "° (geodesic from launch)\n";
    o << "range        " << QString::number(t.rangeM / 1000.0, 'f', 1) << " km";
    if (t.pathM > 1.02 * t.rangeM)
        o << " (" << QString::number(t.pathM / 1000.0, 'f', 0) << " km flown over the ground)";
    o << "\n"
      << "apogee       " << QString::number(t.apogeeM / 1000.0, 'f', 1) << " km at T+" << text::duration(t.apogeeTimeS) << "\n"
      << (t.inOrbit ? "track time   " : "flight time  ") << QString::number(t.flightTimeS, 'f', 0) << " s (" << text::duration(t.flightTimeS)
      << ")\n"
      << (t.failed ? "thrust ends  T+" : "burnout      T+") << QString::number(t.burnoutTimeS, 'f', 0) << " s at "
      << QString::number(t.burnoutAltM / 1000.0, 'f', 1) << " km, " << QString::number(t.burnoutSpeedMps, 'f', 0) << " m/s inertial, "
      << QString::number(t.burnoutFlightPathAngleDeg, 'f', 1) << "° above the horizon\n"
      << "max speed    " << QString::number(t.maxSpeedMps, 'f', 0) << " m/s (Mach " << QString::number(t.maxMach, 'f', 1) << " local, "
      << QString::number(t.maxSpeedMps / atmosphere::kSeaLevelSpeedOfSoundMps, 'f', 1) << " at 340 m/s)\n"
      << "phases      ";
    for (const PhaseInterval &ph : phaseIntervals(t.samples))
        o << " " << flightPhaseName(ph.phase) << " " << QString::number(ph.startS, 'f', 0) << "-" << QString::number(ph.endS, 'f', 0) << " s";
    o << "\n"
      << "events\n";
    for (const auto &e : t.events) {
        o << "  T+" << QString::number(e.timeS, 'f', 0).rightJustified(5) << " s  " << trajectoryEventKindName(e.kind).leftJustified(22)
          << latLon(e.lon, e.lat) << "  " << QString::number(e.altM / 1000.0, 'f', 1) << " km";
        if (!e.detail.isEmpty())
            o << "  " << e.detail;
        o << "\n";
    }
    return s;
}

QJsonObject trajectorySummaryJson(const Trajectory &t)
{
    QJsonArray events;
    for (const auto &e : t.events) {
        events.append(QJsonObject{{QStringLiteral("kind"), trajectoryEventKindName(e.kind)},
                                  {QStringLiteral("time_s"), rounded(e.timeS, 1)},
                                  {QStringLiteral("lat"), rounded(e.lat, 5)},
                                  {QStringLiteral("lon"), rounded(e.lon, 5)},
                                  {QStringLiteral("alt_km"), rounded(e.altM / 1000.0, 3)},
                                  {QStringLiteral("detail"), e.detail}});
    }
    QJsonArray phases;
    for (const PhaseInterval &ph : phaseIntervals(t.samples))
        phases.append(QJsonObject{{QStringLiteral("name"), flightPhaseName(ph.phase)},
                                  {QStringLiteral("start_s"), rounded(ph.startS, 1)},
                                  {QStringLiteral("end_s"), rounded(ph.endS, 1)}});
    QJsonObject o{
        {QStringLiteral("missile"), t.profile.name},
        {QStringLiteral("class"), missileClassName(t.profile.missileClass)},
        {QStringLiteral("maneuver"), t.maneuver},
        {QStringLiteral("airframe"), t.airframe},
        {QStringLiteral("platform"), t.platform},
        {QStringLiteral("flight_time_s"), rounded(t.flightTimeS, 1)},
        {QStringLiteral("apogee_km"), rounded(t.apogeeM / 1000.0, 2)},
        {QStringLiteral("apogee_time_s"), rounded(t.apogeeTimeS, 1)},
        {QStringLiteral("range_km"), rounded(t.rangeM / 1000.0, 2)},
        {QStringLiteral("path_km"), rounded(t.pathM / 1000.0, 1)},
        {QStringLiteral("burnout_time_s"), rounded(t.burnoutTimeS, 1)},
        {QStringLiteral("burnout_alt_km"), rounded(t.burnoutAltM / 1000.0, 2)},
        {QStringLiteral("burnout_speed_mps"), rounded(t.burnoutSpeedMps, 1)},
        {QStringLiteral("launch_lat"), rounded(t.launchLat, 6)},
        {QStringLiteral("launch_lon"), rounded(t.launchLon, 6)},
        {QStringLiteral("launch_azimuth_deg"), rounded(t.launchAzimuthDeg, 2)},
        {QStringLiteral("bearing_to_impact_deg"), rounded(bearingToImpactDeg(t), 2)},
        {QStringLiteral("impact_lat"), rounded(t.impactLat, 6)},
        {QStringLiteral("impact_lon"), rounded(t.impactLon, 6)},
        {QStringLiteral("max_speed_mps"), rounded(t.maxSpeedMps, 1)},
        {QStringLiteral("max_mach"), rounded(t.maxMach, 2)},
        {QStringLiteral("delta_v_scale"), rounded(t.deltaVScale, 4)},
        {QStringLiteral("final_pitch_deg"), rounded(t.finalPitchDeg, 2)},
        {QStringLiteral("miss_km"), rounded(t.missDistanceM / 1000.0, 3)},
        {QStringLiteral("samples"), qint64(t.samples.size())},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("events"), events},
    };
    if (t.failed)
        o.insert(QStringLiteral("fail_at_s"), rounded(t.failAtS, 1));
    if (t.inOrbit)
        o.insert(QStringLiteral("in_orbit"), true);
    if (!t.note.isEmpty())
        o.insert(QStringLiteral("note"), t.note);
    return o;
}

QByteArray samplesCsv(const Trajectory &t, std::int64_t launchMsUtc)
{
    QByteArray out = "time_s,time,lon,lat,alt_m,vx_ecef_mps,vy_ecef_mps,vz_ecef_mps,speed_mps,phase\n";
    out.reserve(int(t.samples.size()) * 120);
    for (const auto &s : t.samples) {
        // The absolute time to the millisecond beside time_s, so the file is a track as it is (Trilink, QGIS).
        const QString time = QDateTime::fromMSecsSinceEpoch(launchMsUtc + std::llround(s.timeS * 1000.0), Qt::UTC)
                                 .toString(Qt::ISODateWithMs);
        out += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                   .arg(s.timeS, 0, 'f', 3)
                   .arg(time)
                   .arg(s.lon, 0, 'f', 7)
                   .arg(s.lat, 0, 'f', 7)
                   .arg(s.altM, 0, 'f', 1)
                   .arg(s.velocityEcefMps.x, 0, 'f', 2)
                   .arg(s.velocityEcefMps.y, 0, 'f', 2)
                   .arg(s.velocityEcefMps.z, 0, 'f', 2)
                   .arg(s.speedMps, 0, 'f', 2)
                   .arg(flightPhaseName(s.phase))
                   .toUtf8();
    }
    return out;
}

} // namespace trilink::cli
