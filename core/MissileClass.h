// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

#include <optional>

namespace trilink {

// Range classes as the US DoD uses them (SRBM < 1000 km, MRBM 1000-3000 km, IRBM 3000-5500 km,
// ICBM > 5500 km, all for a minimum-energy trajectory), plus the kinds the public databases list apart:
// submarine-launched (SLBM), hypersonic glide vehicle on its booster (HGV) and satellite launcher (SLV).
// The class picks the default boost model and airframe (BoostProfile::forClass).
enum class MissileClass { Srbm, Mrbm, Irbm, Icbm, Slbm, Hgv, Slv };

QString missileClassName(MissileClass c); // "srbm", "mrbm", "irbm", "icbm", "slbm", "hgv", "slv"
QString missileClassLabel(MissileClass c); // "SRBM", ..., as prose uses it
std::optional<MissileClass> parseMissileClass(const QString &text);

// The ground ranges flights of a class are flown over, as the envelope tests and the documentation use
// them (a lofted test shot flies a long-range missile short; a class's full reach is its upper end).
struct ClassRangeSpan {
    double minRangeM = 0;
    double maxRangeM = 0;
};
ClassRangeSpan classRangeSpan(MissileClass c);

// The ballistic class whose minimum-energy range covers a flight of the given ground range and apogee:
// the speed needed for that arc (spherical Earth, from the surface) is converted into the range the same
// speed would reach on a minimum-energy arc. A lofted 1000 km ICBM test therefore comes out as an ICBM.
MissileClass classForFlight(double rangeM, double apogeeM);

} // namespace trilink
