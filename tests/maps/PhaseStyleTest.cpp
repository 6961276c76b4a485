// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Trajectory.h"
#include "maps/PartnerStyle.h"
#include "maps/PhaseStyle.h"

#include <gtest/gtest.h>

using namespace trilink;

// Every phase colour stands apart from every partner colour (a phase must never read as "held by USA") and
// from the other phases, except midcourse and orbit, which never meet on one flight.
TEST(PhaseStyle, PhaseColoursStandApartFromPartnersAndEachOther)
{
    const auto distance = [](QColor a, QColor b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
    };
    for (const QColor text : {QColor(Qt::black), QColor(Qt::white)}) {
        for (FlightPhase a : kAllFlightPhases) {
            for (Partner p : kAllPartners)
                EXPECT_GT(distance(maps::phaseColor(a, text), maps::partnerColor(p)), 75) << flightPhaseName(a).toStdString();
            for (FlightPhase b : kAllFlightPhases) {
                if (a == b || (a == FlightPhase::Midcourse && b == FlightPhase::Orbit) || (a == FlightPhase::Orbit && b == FlightPhase::Midcourse))
                    continue;
                EXPECT_GT(distance(maps::phaseColor(a, text), maps::phaseColor(b, text)), 90)
                    << flightPhaseName(a).toStdString() << " " << flightPhaseName(b).toStdString();
            }
        }
    }
}

// The legend lists the phases a flight has, in flight order; a flight with none shows the ballistic three.
TEST(PhaseStyle, LegendListsThePhasesOfTheFlight)
{
    std::vector<TrajectorySample> s(5);
    const FlightPhase order[] = {FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::PullUp, FlightPhase::PullUp, FlightPhase::Terminal};
    for (int i = 0; i < 5; ++i)
        s[static_cast<std::size_t>(i)].phase = order[i];
    EXPECT_EQ(maps::legendPhases(s), (std::vector<FlightPhase>{FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::PullUp, FlightPhase::Terminal}));
    EXPECT_EQ(maps::legendPhases(std::vector<TrajectorySample>{}),
              (std::vector<FlightPhase>{FlightPhase::Boost, FlightPhase::Midcourse, FlightPhase::Terminal}));
}
