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
    case FlightPhase::Terminal:
        return QStringLiteral("terminal");
    }
    return {};
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
    }
    return {};
}

} // namespace trilink
