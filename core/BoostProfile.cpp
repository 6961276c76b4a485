// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/BoostProfile.h"

#include <QRegularExpression>

namespace trilink {
namespace {
BoostProfile make(const char *name, MissileClass c, std::vector<BoostStage> stages, double verticalRiseS,
                  double beta)
{
    BoostProfile p;
    p.name = QString::fromLatin1(name);
    p.missileClass = c;
    p.stages = std::move(stages);
    p.verticalRiseS = verticalRiseS;
    p.ballisticCoefficientKgM2 = beta;
    return p;
}
} // namespace

double BoostProfile::burnS() const
{
    double t = 0;
    for (const auto &s : stages)
        t += s.burnS;
    return t;
}

double BoostProfile::deltaVMps() const
{
    double v = 0;
    for (const auto &s : stages)
        v += s.deltaVMps;
    return v;
}

// Burn times follow the public estimates collected in docs/physics.md (Wright/UCS, Schiller & Schmucker,
// CSIS Missile Threat, 38 North): SRBM 60-90 s, MRBM ~110 s, IRBM 120-180 s, ICBM two stages ~250-330 s.
// Delta-v is sized so that the nominal loading reaches the class's design range; the solver scales it
// (payload and loading are unknown) and never changes the burn times.
BoostProfile BoostProfile::forClass(MissileClass c)
{
    switch (c) {
    case MissileClass::Srbm:
        return make("generic SRBM", c, {{70, 2600, 3.0}}, 6, 3000);
    case MissileClass::Mrbm:
        return make("generic MRBM", c, {{110, 4300, 3.6}}, 8, 4000);
    case MissileClass::Irbm:
        return make("generic IRBM", c, {{115, 6700, 3.0}}, 6, 6000);
    case MissileClass::Icbm:
        return make("generic ICBM", c, {{150, 3900, 3.2}, {150, 4300, 3.4}}, 12, 6000);
    }
    return {};
}

BoostProfile BoostProfile::forMissile(const QString &missileName, MissileClass fallback)
{
    const QString n = missileName.toLower();
    const auto has = [&](const char *pattern) {
        return n.contains(QRegularExpression(QString::fromLatin1(pattern)));
    };
    // Order matters: "Hwasong-17 claimed (CNS: Hwasong-15)" is tested by the caller's choice of name.
    if (has("hwasong-?19"))
        return make("Hwasong-19 (3-stage solid)", MissileClass::Icbm, {{90, 3300, 2.9}, {80, 2600, 2.7}, {60, 2400, 2.5}},
                    8, 7000);
    if (has("hwasong-?18"))
        return make("Hwasong-18 (3-stage solid)", MissileClass::Icbm, {{85, 3200, 2.9}, {75, 2500, 2.7}, {60, 2300, 2.5}},
                    8, 7000);
    if (has("hwasong-?17"))
        return make("Hwasong-17 (2-stage liquid)", MissileClass::Icbm, {{170, 4000, 3.3}, {160, 4500, 3.5}}, 14, 6000);
    if (has("hwasong-?15"))
        return make("Hwasong-15 (2-stage liquid)", MissileClass::Icbm, {{150, 3900, 3.2}, {150, 4300, 3.4}}, 12, 6000);
    if (has("hwasong-?14"))
        return make("Hwasong-14 (2-stage liquid)", MissileClass::Icbm, {{140, 5200, 4.5}, {150, 2900, 2.5}}, 12, 5000);
    if (has("hwasong-?12"))
        return make("Hwasong-12 (1-stage liquid)", MissileClass::Irbm, {{115, 6700, 3.0}}, 6, 6000);
    if (has("musudan"))
        return make("Musudan (1-stage liquid)", MissileClass::Irbm, {{125, 6100, 4.5}}, 10, 4000);
    if (has("pukguksong"))
        return make("Pukguksong-2 (2-stage solid)", MissileClass::Mrbm, {{55, 2300, 2.6}, {50, 2100, 2.4}}, 6, 4000);
    if (has("nodong"))
        return make("Nodong (1-stage liquid)", MissileClass::Mrbm, {{110, 4300, 3.6}}, 8, 4000);
    if (has("er scud|scud-er|scud-d"))
        return make("ER Scud (1-stage liquid)", MissileClass::Mrbm, {{85, 3900, 3.4}}, 6, 3000);
    if (has("scud"))
        return make("Scud-C (1-stage liquid)", MissileClass::Srbm, {{70, 2600, 3.0}}, 6, 3000);
    return forClass(fallback);
}

} // namespace trilink
