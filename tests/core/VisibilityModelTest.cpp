// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/EarthModel.h"
#include "core/Geodesic.h"
#include "core/SensorLaydown.h"
#include "core/TrajectorySolver.h"
#include "core/VisibilityModel.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

namespace {
Sensor radar(double lon, double lat, double altM, double azMin, double azMax, double minElevationDeg = 0.0,
             double maxRangeM = 5000e3)
{
    Sensor s;
    s.id = QStringLiteral("TEST");
    s.kind = SensorKind::RadarFixed;
    s.lon = lon;
    s.lat = lat;
    s.altM = altM;
    s.azimuthMinDeg = azMin;
    s.azimuthMaxDeg = azMax;
    s.minElevationDeg = minElevationDeg;
    s.maxRangeM = maxRangeM;
    return s;
}

// A target state at a bearing and ground distance from a point (geodesic on WGS84).
VisibilityTarget targetFrom(double lon, double lat, double azimuthDeg, double distanceM, double altM,
                            FlightPhase phase = FlightPhase::Midcourse, double timeS = 100)
{
    const GeodesicDirect d = geodesic::direct(lon, lat, azimuthDeg, distanceM);
    TrajectorySample s;
    s.lon = d.lon;
    s.lat = d.lat;
    s.altM = altM;
    s.phase = phase;
    s.timeS = timeS;
    return VisibilityTarget::fromSample(s);
}
} // namespace

// Hand computation, 4/3 Earth, sensor at sea level, target at h = 100 km:
//   Re = 4/3 * 6371.0 km = 8494.7 km; small-angle horizon d = sqrt(2 Re h) = sqrt(2 * 8494.7 * 100) = 1303.4 km;
//   exact d = Re * acos(Re / (Re + h)) = 8494.7 km * 0.152693 rad = 1297.1 km (the h^2 term the square root drops).
//   Without refraction (k = 1): sqrt(2 * 6371 * 100) = 1128.8 km, exact 6371 km * acos(6371 / 6471) = 1121.5 km.
TEST(VisibilityGeometry, RadarHorizonFor100KmTargetMatchesHandComputation)
{
    EXPECT_NEAR(visibility::radarHorizonGroundRangeM(0, 100e3) / 1e3, 1297.1, 0.5);
    EXPECT_NEAR(visibility::radarHorizonGroundRangeM(0, 100e3) / 1e3, std::sqrt(2 * 4.0 / 3.0 * 6371.0 * 100.0), 0.01 * 1303.4);
    EXPECT_NEAR(visibility::radarHorizonGroundRangeM(0, 100e3, 1.0) / 1e3, 1121.5, 0.5);
    // Zero apparent elevation exactly there.
    const double theta = visibility::radarHorizonGroundRangeM(0, 100e3) / earth::kMeanRadiusM;
    EXPECT_NEAR(visibility::apparentElevationDeg(theta, 0, 100e3), 0.0, 1e-9);
}

// The same through the full model: a sea-level radar, minimum elevation 0, no range or sector limit. The
// geodesic distance on the ellipsoid differs from the mean-sphere arc by < 0.3 % here, hence +-15 km.
TEST(VisibilityModel, TargetAt100KmIsSeenInsideTheRefractedHorizonAndNotBeyond)
{
    const double lon = 130.0, lat = 37.0;
    const VisibilityModel m({radar(lon, lat, 0, 0, 360)});
    const double horizonM = 1297.1e3;
    for (double az : {0.0, 90.0, 200.0}) {
        EXPECT_TRUE(m.sees(0, targetFrom(lon, lat, az, horizonM - 15e3, 100e3), 0)) << az;
        EXPECT_FALSE(m.sees(0, targetFrom(lon, lat, az, horizonM + 15e3, 100e3), 0)) << az;
        // Refraction matters: beyond the geometric horizon (1121 km) and still seen.
        const auto t = targetFrom(lon, lat, az, 1200e3, 100e3);
        EXPECT_LT(m.look(0, t).elevationDeg, 0.0);
        EXPECT_GT(m.look(0, t).apparentElevationDeg, 0.0);
        EXPECT_TRUE(m.sees(0, t, 0));
    }
}

TEST(VisibilityGeometry, SectorWrappingThroughNorth)
{
    using visibility::inAzimuthSector;
    EXPECT_TRUE(inAzimuthSector(0, 270, 30));
    EXPECT_TRUE(inAzimuthSector(359.9, 270, 30));
    EXPECT_TRUE(inAzimuthSector(270, 270, 30));
    EXPECT_TRUE(inAzimuthSector(30, 270, 30));
    EXPECT_FALSE(inAzimuthSector(30.1, 270, 30));
    EXPECT_FALSE(inAzimuthSector(269.9, 270, 30));
    EXPECT_FALSE(inAzimuthSector(180, 270, 30));
    EXPECT_TRUE(inAzimuthSector(0, 240, 360));
    EXPECT_TRUE(inAzimuthSector(123, 0, 360));
    EXPECT_TRUE(inAzimuthSector(100, 210, 330) == false);
    EXPECT_TRUE(inAzimuthSector(300, 210, 330));
}

// THAAD-like sector 270 -> 30 at Seongju; a target 400 km away at 100 km altitude is far above the horizon,
// so only the azimuth decides. Azimuth in the model is from the ECEF line of sight, which at 400 km differs
// from the geodesic azimuth by well under 0.5 deg.
TEST(VisibilityModel, TargetJustInsideAndJustOutsideASectorThroughNorth)
{
    const double lon = 128.17, lat = 35.98;
    const VisibilityModel m({radar(lon, lat, 680, 270, 30, 1.0, 1000e3)});
    const auto seesAt = [&](double az) { return m.sees(0, targetFrom(lon, lat, az, 400e3, 100e3), 0); };
    EXPECT_TRUE(seesAt(29.0));
    EXPECT_FALSE(seesAt(31.0));
    EXPECT_TRUE(seesAt(271.0));
    EXPECT_FALSE(seesAt(269.0));
    EXPECT_TRUE(seesAt(0.0));
    EXPECT_TRUE(seesAt(350.0));
    EXPECT_FALSE(seesAt(150.0));
    EXPECT_NEAR(m.look(0, targetFrom(lon, lat, 29.0, 400e3, 100e3)).azimuthDeg, 29.0, 0.5);
}

// A low target over North Korea: Green Pine site 1 (~280 km) sees it, Sado's FPS-5 (~1030 km, within its
// 1500 km range and inside its sector) does not, because it is behind the Earth: at 1030 km a 40 km target
// needs about 0.13 + (1030-130)^2 / (2 * 8495) = 47.8 km to clear the refracted horizon from 1000 m.
TEST(VisibilityModel, TargetBehindTheEarthForOneSiteAndVisibleFromAnother)
{
    const SensorLaydown l = SensorLaydown::builtin();
    const Sensor *greenPine = l.find(QStringLiteral("KOR-GREENPINE-B1"));
    const Sensor *sado = l.find(QStringLiteral("JPN-FPS5-SADO"));
    ASSERT_TRUE(greenPine && sado);
    const VisibilityModel m({*greenPine, *sado});
    TrajectorySample s;
    s.lon = 126.5;
    s.lat = 39.0;
    s.altM = 40e3;
    s.phase = FlightPhase::Midcourse;
    const VisibilityTarget t = VisibilityTarget::fromSample(s);
    EXPECT_TRUE(m.sees(0, t, 0));
    EXPECT_FALSE(m.sees(1, t, 0));
    const visibility::LookAngles fromSado = m.look(1, t);
    EXPECT_LT(fromSado.slantRangeM, sado->maxRangeM);
    EXPECT_TRUE(visibility::inAzimuthSector(fromSado.azimuthDeg, sado->azimuthMinDeg, sado->azimuthMaxDeg));
    EXPECT_LT(fromSado.apparentElevationDeg, 0.0);
    // Higher up, the same point comes over Sado's horizon.
    s.altM = 120e3;
    EXPECT_TRUE(m.sees(1, VisibilityTarget::fromSample(s), 0));
}

TEST(VisibilityModel, RangeLimitHoldsAboveTheHorizon)
{
    const VisibilityModel m({radar(127.5, 36.6, 200, 0, 360, 1.0, 600e3)});
    // 100 km up: slant range ~565 km at 550 km ground distance, ~660 km at 650 km; both well above the horizon.
    EXPECT_TRUE(m.sees(0, targetFrom(127.5, 36.6, 0, 550e3, 100e3), 0));
    const VisibilityTarget beyond = targetFrom(127.5, 36.6, 0, 650e3, 100e3);
    EXPECT_GT(m.look(0, beyond).apparentElevationDeg, 1.0);
    EXPECT_FALSE(m.sees(0, beyond, 0));
}

// Geostationary space IR at 150 E over a Hwasong-15-like lofted flight: seen in boost above 3 km and for at
// most 10 s after burnout, never at apogee or in the terminal phase, never before the plume clears cloud.
TEST(VisibilityModel, SpaceIrSeesBoostNotMidcourse)
{
    TrajectoryRequest req;
    req.launchLon = 125.869;
    req.launchLat = 39.282;
    req.impactLon = 139.5;
    req.impactLat = 40.9;
    req.shape = TrajectoryShape::Apogee;
    req.apogeeM = 4475e3;
    req.missileName = QStringLiteral("Hwasong-15");
    const TrajectoryResult r = TrajectorySolver::solve(req);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Trajectory &tr = r.trajectory;
    const SensorLaydown l = SensorLaydown::builtin();
    const VisibilityModel m({*l.find(QStringLiteral("USA-SBIRS"))});

    int boostSeen = 0;
    for (const TrajectorySample &s : tr.samples) {
        const bool seen = m.sees(0, s, tr.burnoutTimeS);
        if (s.altM < 3000) {
            EXPECT_FALSE(seen) << s.timeS;
        }
        if (s.phase == FlightPhase::Boost && s.altM >= 3000) {
            EXPECT_TRUE(seen) << s.timeS;
            ++boostSeen;
        }
        if (s.timeS > tr.burnoutTimeS + 10 || s.phase == FlightPhase::Terminal) {
            EXPECT_FALSE(seen) << s.timeS;
        }
    }
    EXPECT_GT(boostSeen, 100);
    // An Atlantic slot cannot see Korea: 125 deg of longitude is beyond the 81.3 deg coverage circle.
    Sensor atlantic = *l.find(QStringLiteral("USA-SBIRS"));
    atlantic.lon = -30;
    EXPECT_NEAR(visibility::satelliteCoverageAngleDeg(35786e3), 81.3, 0.1);
    const VisibilityModel far({atlantic});
    for (const TrajectorySample &s : tr.samples)
        EXPECT_FALSE(far.sees(0, s, tr.burnoutTimeS));
}
