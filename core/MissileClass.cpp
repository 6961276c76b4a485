// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/MissileClass.h"

#include "core/KeplerArc.h"

namespace trilink {

QString missileClassName(MissileClass c)
{
    switch (c) {
    case MissileClass::Srbm:
        return QStringLiteral("srbm");
    case MissileClass::Mrbm:
        return QStringLiteral("mrbm");
    case MissileClass::Irbm:
        return QStringLiteral("irbm");
    case MissileClass::Icbm:
        return QStringLiteral("icbm");
    }
    return {};
}

std::optional<MissileClass> parseMissileClass(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"srbm")
        return MissileClass::Srbm;
    if (t == u"mrbm")
        return MissileClass::Mrbm;
    if (t == u"irbm")
        return MissileClass::Irbm;
    if (t == u"icbm")
        return MissileClass::Icbm;
    return std::nullopt;
}

MissileClass classForFlight(double rangeM, double apogeeM)
{
    const double equivalentRangeM = KeplerArc::minimumEnergyRangeForSpeed(
        KeplerArc::throughApogee(rangeM / KeplerArc::kRadiusM, apogeeM).speedMps);
    if (equivalentRangeM < 1000e3)
        return MissileClass::Srbm;
    if (equivalentRangeM < 3000e3)
        return MissileClass::Mrbm;
    if (equivalentRangeM < 5500e3)
        return MissileClass::Irbm;
    return MissileClass::Icbm;
}

} // namespace trilink
