// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Trajectory.h"

namespace trilink {

QString flightPhaseName(FlightPhase p)
{
    switch (p) {
    case FlightPhase::Boost:
        return QStringLiteral("boost");
    case FlightPhase::Midcourse:
        return QStringLiteral("midcourse");
    case FlightPhase::PullUp:
        return QStringLiteral("pullup");
    case FlightPhase::Glide:
        return QStringLiteral("glide");
    case FlightPhase::Terminal:
        return QStringLiteral("terminal");
    case FlightPhase::Debris:
        return QStringLiteral("debris");
    case FlightPhase::Orbit:
        return QStringLiteral("orbit");
    }
    return {};
}

std::optional<FlightPhase> parseFlightPhase(QStringView name)
{
    const QStringView n = name.trimmed();
    for (FlightPhase p : kAllFlightPhases)
        if (n.compare(flightPhaseName(p), Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

std::vector<PhaseInterval> phaseIntervals(const std::vector<TrajectorySample> &samples)
{
    std::vector<PhaseInterval> out;
    for (const TrajectorySample &s : samples) {
        if (out.empty() || out.back().phase != s.phase) {
            if (!out.empty())
                out.back().endS = s.timeS;
            out.push_back({s.phase, s.timeS, s.timeS});
        }
    }
    if (!out.empty())
        out.back().endS = samples.back().timeS;
    return out;
}

QString trajectoryEventKindName(TrajectoryEventKind k)
{
    switch (k) {
    case TrajectoryEventKind::Launch:
        return QStringLiteral("launch");
    case TrajectoryEventKind::StageBurnout:
        return QStringLiteral("stage_burnout");
    case TrajectoryEventKind::Apogee:
        return QStringLiteral("apogee");
    case TrajectoryEventKind::Reentry:
        return QStringLiteral("reentry");
    case TrajectoryEventKind::Impact:
        return QStringLiteral("impact");
    case TrajectoryEventKind::EnterJapanEez:
        return QStringLiteral("enter_japan_eez");
    case TrajectoryEventKind::LeaveJapanEez:
        return QStringLiteral("leave_japan_eez");
    case TrajectoryEventKind::EnterJapanTerritory:
        return QStringLiteral("enter_japan_territory");
    case TrajectoryEventKind::LeaveJapanTerritory:
        return QStringLiteral("leave_japan_territory");
    case TrajectoryEventKind::PullUp:
        return QStringLiteral("pullup");
    case TrajectoryEventKind::GlideStart:
        return QStringLiteral("glide_start");
    case TrajectoryEventKind::Dive:
        return QStringLiteral("dive");
    case TrajectoryEventKind::Turn:
        return QStringLiteral("turn");
    case TrajectoryEventKind::Failure:
        return QStringLiteral("failure");
    case TrajectoryEventKind::OrbitInsertion:
        return QStringLiteral("orbit_insertion");
    }
    return {};
}

} // namespace trilink
