// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

#include <optional>

namespace trilink {

// Range classes as the US DoD uses them (SRBM < 1000 km, MRBM 1000-3000 km, IRBM 3000-5500 km,
// ICBM > 5500 km, all for a minimum-energy trajectory). The class picks the default boost model.
enum class MissileClass { Srbm, Mrbm, Irbm, Icbm };

QString missileClassName(MissileClass c); // "srbm", "mrbm", "irbm", "icbm"
std::optional<MissileClass> parseMissileClass(const QString &text);

// The class whose minimum-energy range covers a flight of the given ground range and apogee: the speed
// needed for that arc (spherical Earth, from the surface) is converted into the range the same speed
// would reach on a minimum-energy arc. A lofted 1000 km ICBM test therefore comes out as an ICBM.
MissileClass classForFlight(double rangeM, double apogeeM);

} // namespace trilink
