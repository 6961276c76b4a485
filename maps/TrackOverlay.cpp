// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/TrackOverlay.h"

#include "core/Geodesic.h"
#include "core/JapanZones.h"
#include "core/ParallelFor.h"
#include "core/VisibilityModel.h"

#include <cmath>

namespace trilink::maps {
namespace {
// The sector's azimuths in clockwise order, wrapping through north where it does.
std::vector<double> sectorAzimuths(const Sensor &s, double stepDeg)
{
    double from = s.azimuthMinDeg, to = s.azimuthMaxDeg;
    if (to <= from)
        to += 360.0;
    if (to - from >= 360.0 - 1e-9)
        to = from + 360.0;
    std::vector<double> az;
    const int n = std::max(2, static_cast<int>(std::ceil((to - from) / stepDeg)));
    for (int i = 0; i <= n; ++i)
        az.push_back(std::fmod(from + (to - from) * i / n, 360.0));
    return az;
}

bool fullCircle(const Sensor &s)
{
    const double span = std::fmod(s.azimuthMaxDeg - s.azimuthMinDeg + 360.0, 360.0);
    return span < 1e-9 && s.azimuthMaxDeg != s.azimuthMinDeg;
}
} // namespace

const TrackOverlay::Track *TrackOverlay::find(const QString &id) const
{
    for (const auto &t : tracks)
        if (t.id == id)
            return &t;
    return nullptr;
}

QPolygonF radarCoverage(const Sensor &sensor, double altM, double stepDeg)
{
    if (!sensor.isRadar() || sensor.maxRangeM <= 0)
        return {};
    const VisibilityModel model({sensor});
    const auto seenAt = [&](double az, double groundM) {
        const auto p = geodesic::direct(sensor.lon, sensor.lat, az, groundM);
        TrajectorySample s;
        s.lon = p.lon;
        s.lat = p.lat;
        s.altM = altM;
        s.phase = FlightPhase::Midcourse;
        return model.sees(0, s, 0.0);
    };
    QPolygonF ring;
    const bool closed = fullCircle(sensor);
    if (!closed)
        ring << QPointF(sensor.lon, sensor.lat);
    for (double az : sectorAzimuths(sensor, stepDeg)) {
        // Bisection between a distance that is seen and one that is not. Close in, a high target may be
        // above the sensor's elevation limit (none in the catalogue has one), so start a little out.
        double lo = 1000.0, hi = sensor.maxRangeM;
        if (!seenAt(az, lo)) {
            ring << QPointF(sensor.lon, sensor.lat);
            continue;
        }
        if (seenAt(az, hi)) {
            lo = hi;
        } else {
            for (int i = 0; i < 22; ++i) {
                const double mid = 0.5 * (lo + hi);
                (seenAt(az, mid) ? lo : hi) = mid;
            }
        }
        const auto p = geodesic::direct(sensor.lon, sensor.lat, az, lo);
        ring << QPointF(p.lon, p.lat);
    }
    if (!ring.isEmpty())
        ring << ring.front();
    return ring;
}

namespace {
bool sameSensors(const TrackOverlay &overlay, const SensorLaydown &laydown, double coverageAltM)
{
    const auto &sensors = laydown.sensors();
    if (overlay.coverageAltM != coverageAltM || overlay.sensors.size() != sensors.size())
        return false;
    for (std::size_t i = 0; i < sensors.size(); ++i)
        if (overlay.sensors[i].id != sensors[i].id || overlay.sensors[i].lonLat != QPointF(sensors[i].lon, sensors[i].lat))
            return false;
    return true;
}
} // namespace

namespace {
TrackOverlay::Track overlayTrack(const ScenarioTrack &t, const SharingSettings &sharing)
{
    TrackOverlay::Track o;
    o.id = t.id;
    o.label = t.label;
    o.launchMsUtc = t.launchMsUtc;
    o.flightTimeS = t.flightTimeS;
    o.origin = t.origin;
    const std::size_t n = t.samples.size();
    o.groundTrack.reserve(static_cast<int>(n));
    o.timesS.reserve(n);
    o.altM.reserve(n);
    for (const TrajectorySample &s : t.samples) {
        o.groundTrack << QPointF(s.lon, s.lat);
        o.timesS.push_back(static_cast<float>(s.timeS));
        o.altM.push_back(static_cast<float>(s.altM));
    }
    o.partners = t.attribution.partnersAt;
    o.partners.resize(n, 0);
    for (const SensorDetection &d : t.attribution.sensors)
        o.sensorIds << d.sensorId;
    for (Partner p : kAllPartners) {
        auto &pic = o.pictures[partnerIndex(p)];
        pic.aloneHeld = SharingModel::alone(t.attribution, p).heldFraction;
        pic.sharedHeld = SharingModel::shared(t.attribution, p, sharing).heldFraction;
        pic.gain = SharingModel::gain(t.attribution, p, sharing);
    }
    return o;
}

void addSensors(TrackOverlay &overlay, const Scenario &scenario, double coverageAltM, CoverageFans fans)
{
    for (const Sensor &s : scenario.laydown.sensors()) {
        TrackOverlay::SensorMark m;
        m.id = s.id;
        m.name = s.name;
        m.partner = s.partner;
        m.kind = s.kind;
        m.lonLat = QPointF(s.lon, s.lat);
        m.notional = s.isNotional();
        if (s.isRadar() && s.maxRangeM > 0) {
            if (!fullCircle(s))
                m.rangeArc << m.lonLat;
            for (double az : sectorAzimuths(s, 2.0)) {
                const auto p = geodesic::direct(s.lon, s.lat, az, s.maxRangeM);
                m.rangeArc << QPointF(p.lon, p.lat);
            }
            if (!fullCircle(s))
                m.rangeArc << m.lonLat;
            if (fans == CoverageFans::Built)
                m.coverage = radarCoverage(s, coverageAltM);
        }
        overlay.notionalLaydown = overlay.notionalLaydown || m.notional;
        overlay.sensors.push_back(std::move(m));
    }
    for (const GeoPolygon &g : JapanZones::builtin().eez()) {
        QPolygonF ring;
        for (const auto &p : g.ring)
            ring << QPointF(p.lon, p.lat);
        if (!ring.isEmpty())
            ring << ring.front();
        overlay.eez.push_back(ring);
    }
}
} // namespace

TrackOverlay::Ptr buildTrackOverlay(const Scenario &scenario, double coverageAltM, const TrackOverlay *previous, CoverageFans fans)
{
    auto overlay = std::make_shared<TrackOverlay>();
    // Without fans the altitude is no altitude, so a later build never takes these sensors as its own.
    overlay->coverageAltM = fans == CoverageFans::Built ? coverageAltM : std::nan("");
    const bool reuse = previous && fans == CoverageFans::Built && sameSensors(*previous, scenario.laydown, coverageAltM);
    // The tracks on two threads, the sensors and their fans as one more item beside them: hundreds of tracks
    // of the record each work out the sharing gain of three partners, and the fans are bisections against
    // the visibility model.
    const std::size_t n = scenario.tracks.size();
    overlay->tracks.resize(n);
    parallelFor(n + 1, [&](std::size_t i) {
        if (i > 0)
            overlay->tracks[i - 1] = overlayTrack(scenario.tracks[i - 1], scenario.sharing);
        else if (!reuse)
            addSensors(*overlay, scenario, coverageAltM, fans); // first, while the other thread takes the tracks
    });
    if (reuse) {
        overlay->sensors = previous->sensors;
        overlay->eez = previous->eez;
        overlay->notionalLaydown = previous->notionalLaydown;
    }
    return overlay;
}

} // namespace trilink::maps
