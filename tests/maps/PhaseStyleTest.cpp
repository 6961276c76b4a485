// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Trajectory.h"
#include "maps/PartnerStyle.h"
#include "maps/PhaseStyle.h"

#include <gtest/gtest.h>

#include <cmath>

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

namespace {
// WCAG 2 relative luminance, by hand from the sRGB definition.
double luminance(QColor c)
{
    const auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}
} // namespace

// On the brief's white page (dark text) every phase line reads: contrast at least 2.5:1 against white
// (Okabe-Ito yellow alone would be 1.2:1).
TEST(PhaseStyle, PhaseColoursReadOnWhite)
{
    for (FlightPhase a : kAllFlightPhases) {
        const double l = luminance(maps::phaseColor(a, Qt::black));
        EXPECT_GE(1.05 / (l + 0.05), 2.5) << flightPhaseName(a).toStdString();
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
