// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "EnvelopeGrid.h"

#include "core/BoostProfile.h"
#include "core/EarthModel.h"
#include "core/FlightProblem.h"
#include "core/KeplerArc.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;

// The solver never gives up on a flight a missile of the class can fly: every class, over its ranges, at
// apogees from its depressed limit to its lofted limit, converges with range and apogee within 1 % of the
// request. The limits are the solver's own (by continuation); they are checked against independent truths:
// the minimum-energy apogee (closed form) lies inside them, and no lofted limit exceeds the height a
// vertical shot with the whole ideal delta-v and no losses at all could reach (v^2 = 2 mu (1/R - 1/r)).
TEST(TrajectoryEnvelope, EveryClassConvergesFromItsDepressedToItsLoftedLimit)
{
    int solved = 0;
    for (const envelope::GridCase &c : envelope::testGridCases()) {
        const BoostProfile profile = BoostProfile::forClass(c.missileClass);
        const double idealMps = kMaxDeltaVScale * profile.deltaVMps();
        const double r0 = KeplerArc::kRadiusM;
        const double verticalLimitM = 1.0 / (1.0 / r0 - idealMps * idealMps / (2 * earth::kMuM3PerS2)) - r0;
        for (const double rangeKm : c.rangesKm) {
            const std::string what = missileClassName(c.missileClass).toStdString() + " " + maneuverName(c.maneuver).toStdString() +
                                     " " + std::to_string(int(rangeKm)) + " km";
            TrajectoryRequest r = envelope::request(c, rangeKm);
            const auto limits = TrajectorySolver::apogeeLimits(r);
            ASSERT_TRUE(limits.has_value()) << what;
            EXPECT_LT(limits->lowM, limits->highM) << what;
            if (verticalLimitM > 0) {
                EXPECT_LT(limits->highM, verticalLimitM) << what;
            }
            const double minimumEnergyM = KeplerArc::minimumEnergy(rangeKm * 1000.0 / r0).apogeeM;
            if (c.maneuver == Maneuver::None) {
                EXPECT_LT(limits->lowM, minimumEnergyM) << what;
                EXPECT_GT(limits->highM, minimumEnergyM) << what;
            }
            for (const double apogeeM : envelope::apogeesM(*limits)) {
                r.apogeeM = apogeeM;
                const TrajectoryResult res = TrajectorySolver::solve(r);
                ASSERT_TRUE(res.ok()) << what << " apogee " << apogeeM / 1000 << " km: " << res.error.toStdString();
                EXPECT_NEAR(res.trajectory.rangeM, rangeKm * 1000.0, 0.01 * rangeKm * 1000.0) << what;
                EXPECT_NEAR(res.trajectory.apogeeM, apogeeM, 0.01 * apogeeM) << what;
                ++solved;
            }
        }
    }
    EXPECT_GE(solved, 70);
}
