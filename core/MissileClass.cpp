// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/MissileClass.h"

#include "core/KeplerArc.h"

#include <array>

namespace trilink {
namespace {
struct ClassInfo {
    MissileClass cls;
    const char *name;
    const char *label;
    ClassRangeSpan span;
};
// Spans: the DoD bands for the ballistic classes, from the shortest flight a test of that class flies
// (lofted, or depressed for the short-range ones) to the class's reach (the MRBM's to 2000 km, the reach
// of North Korea's MRBMs, Nodong and Pukguksong-2, rather than the band's 3000 km); SLBM from the failures and short
// KN-23-derived shots to Pukguksong-3's estimated ~2000 km; HGV from the 200 km Hwasong-8 test to an
// IRBM-class boost-glide reach. An SLV has no range: it flies to orbit.
constexpr std::array<ClassInfo, 7> kClasses{{
    {MissileClass::Srbm, "srbm", "SRBM", {50e3, 1000e3}},
    {MissileClass::Mrbm, "mrbm", "MRBM", {200e3, 2000e3}},
    {MissileClass::Irbm, "irbm", "IRBM", {300e3, 5500e3}},
    {MissileClass::Icbm, "icbm", "ICBM", {500e3, 15000e3}},
    {MissileClass::Slbm, "slbm", "SLBM", {50e3, 2000e3}},
    {MissileClass::Hgv, "hgv", "HGV", {150e3, 3500e3}},
    {MissileClass::Slv, "slv", "SLV", {0, 0}},
}};

const ClassInfo &info(MissileClass c)
{
    for (const auto &i : kClasses)
        if (i.cls == c)
            return i;
    return kClasses.front();
}
} // namespace

QString missileClassName(MissileClass c) { return QString::fromLatin1(info(c).name); }
QString missileClassLabel(MissileClass c) { return QString::fromLatin1(info(c).label); }
ClassRangeSpan classRangeSpan(MissileClass c) { return info(c).span; }

std::optional<MissileClass> parseMissileClass(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const auto &i : kClasses)
        if (t == QLatin1String(i.name))
            return i.cls;
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
