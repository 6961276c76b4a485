// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/MissileClass.h"

#include <QString>

#include <vector>

namespace trilink {

// One powered stage: constant mass flow, so the thrust acceleration rises as propellant burns
// (a = ve*mdot/m(t)); the stage delivers its ideal velocity change deltaVMps over burnS.
struct BoostStage {
    double burnS = 0;
    double deltaVMps = 0;  // ideal (rocket-equation) delta-v at nominal loading, before gravity losses
    double massRatio = 3;  // initial / final mass of this stage including upper stages and payload
};

// The powered flight model of a missile: stages fired back to back, a vertical rise and then a
// prescribed pitch program (thrust elevation falls from 90 degrees to a final angle chosen by the
// solver), plus the re-entry body's ballistic coefficient for the terminal-phase drag.
// The numbers are public open-source estimates (see docs/physics.md); they set burnout time and altitude,
// which in turn set the flight time for a given apogee and range.
struct BoostProfile {
    QString name;
    MissileClass missileClass = MissileClass::Srbm;
    std::vector<BoostStage> stages;
    double verticalRiseS = 10;
    // Shape of the pitch-over after the vertical rise: elevation = 90 - (90 - final) * s^exponent, s the
    // fraction of the remaining burn. Below 1 the missile turns early and then holds, as a gravity turn
    // does, which puts more of the burn into downrange speed than a linear program.
    double pitchExponent = 0.5;
    double ballisticCoefficientKgM2 = 5000; // m / (Cd A) of what re-enters

    double burnS() const;
    double deltaVMps() const;

    // Generic profile per class.
    static BoostProfile forClass(MissileClass c);
    // A named missile's profile where the missile is recognised in free text ("Hwasong-15",
    // "3x ER Scud/Nodong", "Scud-C MaRV"), else the class default.
    static BoostProfile forMissile(const QString &missileName, MissileClass fallback);
};

} // namespace trilink
