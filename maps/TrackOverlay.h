// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"
#include "core/Scenario.h"
#include "core/Sensor.h"
#include "core/SharingModel.h"

#include <QPolygonF>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace trilink::maps {

// What the map draws over the base layers: the scenario's tracks with who held them at each sample, the
// sensors with their coverage, and Japan's approximate EEZ. Built once (off the GUI thread) from a
// Scenario and shared, immutable, with every render (the settings snapshot holds a pointer to it), so a
// worker never sees it change. The time shown, the selection and the view-as are settings, not overlay.
struct TrackOverlay {
    using Ptr = std::shared_ptr<const TrackOverlay>;
    struct Track {
        QString id;
        QString label; // the missile
        std::int64_t launchMsUtc = 0;
        double flightTimeS = 0;
        TrackOrigin origin = TrackOrigin::Modelled;
        QPolygonF groundTrack;             // (lon, lat) per sample, launch to impact
        std::vector<float> timesS;         // per sample, since launch
        std::vector<float> altM;           // per sample
        std::vector<PartnerMask> partners; // per sample: who held it (all partners' own sensors)
        QStringList sensorIds;             // the sensors that held it at least once, in laydown order
        // What sharing does for each partner (kAllPartners order): the share of the flight its own
        // sensors hold, the share its shared picture holds, and the gain (SharingModel).
        struct Picture {
            double aloneHeld = 0;
            double sharedHeld = 0;
            SharingGain gain;
        };
        std::array<Picture, kPartnerCount> pictures;
    };
    struct SensorMark {
        QString id;
        QString name;
        Partner partner = Partner::USA;
        SensorKind kind = SensorKind::RadarFixed;
        QPointF lonLat;
        bool notional = false;
        QPolygonF rangeArc;  // (lon, lat): the instrument range over the sector, open at the site
        QPolygonF coverage;  // (lon, lat) closed ring: where a target at coverageAltM is seen
    };
    std::vector<Track> tracks;
    std::vector<SensorMark> sensors;
    std::vector<QPolygonF> eez; // (lon, lat) closed rings, approximate
    double coverageAltM = 0;
    bool notionalLaydown = false;

    const Track *find(const QString &id) const;
};

// Whether an overlay's radars get their coverage fans: a picture that shows none (an export with coverage
// off) need not compute them.
enum class CoverageFans { Built, Skipped };

// Tracks and sensors of a scenario, with coverage computed for targets at coverageAltM (seconds of work at
// most, on two threads; call it off the GUI thread). With `previous` built for the same sensors at the same
// altitude (a live feed's last picture), its sensors and zones are reused and only the tracks are built.
TrackOverlay::Ptr buildTrackOverlay(const Scenario &scenario, double coverageAltM = 300'000.0, const TrackOverlay *previous = nullptr,
                                    CoverageFans fans = CoverageFans::Built);

// The ground footprint of one radar for a target at altM: for each azimuth of its sector, the furthest
// ground distance at which the visibility model sees the target (range, refracted horizon and minimum
// elevation together), found by bisection. Closed ring in (lon, lat); empty for space IR.
QPolygonF radarCoverage(const Sensor &sensor, double altM, double stepDeg = 2.0);

} // namespace trilink::maps
