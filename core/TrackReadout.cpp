// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrackReadout.h"

#include "core/EarthModel.h"
#include "core/Geodesic.h"
#include "core/Text.h"

#include <QStringList>

#include <algorithm>

namespace trilink {

std::vector<SensorRange> nearestRadars(const SensorLaydown &laydown, PartnerMask partners, double lon, double lat, double altM,
                                       std::size_t count)
{
    const Vec3 target = earth::geodeticToEcef(lon, lat, altM);
    std::vector<SensorRange> near;
    for (const Sensor &s : laydown.sensors()) {
        if (!s.isRadar() || !(partners & partnerBit(s.partner)))
            continue;
        const double ground = geodesic::inverse(s.lon, s.lat, lon, lat).distanceM;
        const double slant = (target - earth::geodeticToEcef(s.lon, s.lat, s.altM)).norm();
        near.push_back({s.id, ground, slant});
    }
    std::sort(near.begin(), near.end(), [](const SensorRange &a, const SensorRange &b) { return a.slantM < b.slantM; });
    near.resize(std::min(near.size(), count));
    return near;
}

TrackReadout trackReadout(const Scenario &scenario, const ScenarioTrack &track, double timeMs, ViewAs viewAs)
{
    TrackReadout r;
    r.label = track.label;
    const double since = (timeMs - static_cast<double>(track.launchMsUtc)) / 1000.0;
    if (since >= 0 && since <= track.flightTimeS) {
        r.sinceLaunchS = since;
        r.state = track.stateAt(since);
        r.nearest = nearestRadars(scenario.laydown, viewMask(viewAs), r.state.lon, r.state.lat, r.state.altM, 2);
    }
    if (viewAs) {
        r.viewer = *viewAs;
        r.gain = SharingModel::gain(track.attribution, *viewAs, scenario.sharing);
    }
    return r;
}

QString TrackReadout::text(const UnitSystem &units) const
{
    QStringList parts;
    if (sinceLaunchS) {
        parts << QStringLiteral("%1 %2 · alt %3 · %4")
                     .arg(label, text::missionTime(*sinceLaunchS), text::height(state.altM, units), text::speed(state.speedMps, units));
        for (const SensorRange &n : nearest)
            parts << QStringLiteral("%1: %2 ground, %3 slant").arg(n.sensorId, text::distance(n.groundM, units), text::distance(n.slantM, units));
    }
    if (viewer)
        parts << QStringLiteral("sharing gain for %1: %2").arg(partnerCode(*viewer), text::sharingGain(gain));
    return parts.join(QStringLiteral("   ·   "));
}

} // namespace trilink
