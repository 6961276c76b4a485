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
    double deltaVMps = 0;  // ideal (rocket-equation) delta-v at nominal loading, before gravity and drag losses
    double massRatio = 3;  // initial / final mass of this stage including upper stages and payload
};

// What flies after the boost: the re-entry body, the missile itself (a one-piece SRBM) or a glide vehicle.
// Aerodynamics from a parabolic drag polar, written in the normalised lift command n = CL / CL* (CL* the
// lift coefficient of maximum L/D): lift acceleration = (q / beta) 2 E* n, drag acceleration =
// (q / beta) f(M) (1 + n^2), so L/D = 2 E* n / (1 + n^2) peaks at E* for n = 1 (Anderson, "Hypersonic and
// High-Temperature Gas Dynamics", ch. 10; the polar CD = CD0 + K CL^2 with E* = 1 / (2 sqrt(CD0 K))).
// q is the dynamic pressure, f(M) the Mach-number factor of the zero-lift drag (dragMachFactor).
struct Airframe {
    QString name;
    double ballisticCoefficientKgM2 = 5000; // beta = m / (CD0 S) at hypersonic speed (Mach >= 5)
    double maxLiftToDrag = 0;               // E*; 0: no lift (a ballistic re-entry vehicle)
    double maxLiftFactor = 1;               // n limit: CL_max / CL*, what the structure and trim allow
    double diveSpeedMps = 0;                // the lifting flight ends in the terminal dive below this speed
    bool canLift() const { return maxLiftToDrag > 0; }
};

// CD0(M) / CD0(hypersonic) of a slender finned body: 1 at Mach >= 5, rising through the supersonic range to
// a transonic peak of about 1.9 near Mach 1.2, about 1 again in subsonic flight (the shape of the V-2 and
// sounding-rocket zero-lift drag curves, e.g. Sutton & Biblarz, "Rocket Propulsion Elements", ch. 4).
double dragMachFactor(double mach);

// The powered flight model of a missile: stages fired back to back, a vertical rise and then a
// prescribed pitch program (thrust elevation falls from 90 degrees to a final angle chosen by the
// solver), the size of the stack (for drag during the boost) and the airframes that fly after burnout.
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
    double launchMassKg = 0; // with diameterM: drag on the stack during the boost (0: none)
    double diameterM = 0;
    Airframe reentry; // the unpowered vehicle of a ballistic flight
    Airframe pullUp;  // the same vehicle flown with lift (a manoeuvring RV or one-piece SRBM with fins)
    Airframe glider;  // a boost-glide vehicle

    double burnS() const;
    double deltaVMps() const;
    // Mass of the stack at a time of the boost as a fraction of the launch mass: each stage burns at constant
    // mass flow and drops a structure of kStructuralRatio times its propellant at burnout.
    double massFraction(double timeS) const;
    static constexpr double kStructuralRatio = 0.1; // dry structure / propellant of a stage (Sutton & Biblarz)
    static constexpr double kBoostDragCoefficient = 0.15; // CD0 of a slender stack at hypersonic speed

    // Generic profile per class.
    static BoostProfile forClass(MissileClass c);
    // A named missile's profile where the missile is recognised in free text or a database key
    // ("Hwasong-15", "3x ER Scud/Nodong", "hwasong-11a", "KN-25", "pukguksong-3", "chollima-1"), else the
    // class default.
    static BoostProfile forMissile(const QString &missileName, MissileClass fallback);
};

} // namespace trilink
