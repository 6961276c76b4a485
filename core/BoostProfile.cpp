// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/BoostProfile.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace trilink {
namespace {
// Airframes flown with lift. Sources and reasoning in docs/physics.md ("Lift and drag"):
// - a one-piece finned SRBM with a pointed nose pulling up at angle of attack: (L/D)max 2.0, lift up to
//   2 CL* (slender pointed bodies of revolution, Bertin "Hypersonic Aerothermodynamics" ch. 6: blunted
//   bodies 1-2, sharp cones 2-3); a blunted conical manoeuvring RV: 1.5; the lifting flight ends below
//   about Mach 3.5 at 20 km, where the terminal dive starts;
// - a boost-glide vehicle: (L/D)max 2.6 and m/(CD A) 13,000 kg/m^2, the HTV-2 / CAV-H-class figures of
//   Acton (Science & Global Security 23, 2015) and Tracy & Wright (Science & Global Security 28, 2020);
//   the glide ends below about Mach 5 (1500 m/s), the lower edge of the hypersonic regime.
Airframe ballistic(double beta, const char *name = "re-entry vehicle")
{
    return Airframe{QString::fromLatin1(name), beta, 0, 1, 0};
}
Airframe pullUpBody(double beta) { return Airframe{QStringLiteral("manoeuvring body (pull-up)"), beta, 2.0, 2.0, 1100}; }
Airframe hgv() { return Airframe{QStringLiteral("hypersonic glide vehicle"), 13000, 2.6, 2.0, 1500}; }

struct Spec {
    const char *name;
    MissileClass cls;
    std::vector<BoostStage> stages;
    double verticalRiseS;
    double launchMassKg;
    double diameterM;
    double reentryBeta;
};

BoostProfile make(const Spec &s)
{
    BoostProfile p;
    p.name = QString::fromLatin1(s.name);
    p.missileClass = s.cls;
    p.stages = s.stages;
    p.verticalRiseS = s.verticalRiseS;
    p.launchMassKg = s.launchMassKg;
    p.diameterM = s.diameterM;
    p.reentry = ballistic(s.reentryBeta);
    p.pullUp = pullUpBody(s.reentryBeta);
    p.glider = hgv();
    return p;
}

// Burn times follow public open-source estimates (Wright/UCS, Schiller & Schmucker, CSIS Missile Threat,
// 38 North, IISS): Scud-class liquids 60-90 s, Nodong ~110 s, IRBM 115-130 s, two-stage ICBM ~250-330 s;
// solid SRBMs burn far shorter (a thrust-to-weight of about 5 at launch). Delta-v is sized so that the
// nominal loading reaches the class's reach; the solver scales it (payload and loading are unknown) up to
// TrajectorySolver::kMaxDeltaVScale and never changes the burn times. Masses and diameters (for the boost
// drag) and ballistic coefficients are public estimates rounded to two figures.
const Spec kGenericSrbm{"solid SRBM (Hwasong-11 / KN-23 class)", MissileClass::Srbm, {{35, 3500, 3.6}}, 4, 3400, 0.95, 9000};
const Spec kKn25{"KN-25 (600 mm guided rocket)", MissileClass::Srbm, {{25, 2900, 3.2}}, 3, 3000, 0.6, 22000};
const Spec kScudC{"Scud-C (1-stage liquid)", MissileClass::Srbm, {{70, 2600, 3.0}}, 6, 6400, 0.88, 3000};
const Spec kErScud{"ER Scud (1-stage liquid)", MissileClass::Mrbm, {{85, 3900, 3.4}}, 6, 6500, 0.88, 3000};
const Spec kNodong{"Nodong (1-stage liquid)", MissileClass::Mrbm, {{110, 4300, 3.6}}, 8, 16000, 1.36, 4000};
const Spec kPks2{"Pukguksong-2 (2-stage solid)", MissileClass::Mrbm, {{55, 2300, 2.6}, {50, 2100, 2.4}}, 6, 16000, 1.4, 4000};
const Spec kMusudan{"Musudan (1-stage liquid)", MissileClass::Irbm, {{125, 6100, 4.5}}, 10, 19000, 1.5, 4000};
const Spec kHs12{"Hwasong-12 (1-stage liquid)", MissileClass::Irbm, {{115, 6700, 3.0}}, 6, 24000, 1.65, 6000};
const Spec kHs16{"Hwasong-16 (2-stage solid IRBM)", MissileClass::Irbm, {{70, 3100, 2.8}, {60, 3000, 2.6}}, 6, 35000, 1.9, 6000};
const Spec kHs14{"Hwasong-14 (2-stage liquid)", MissileClass::Icbm, {{140, 5200, 4.5}, {150, 2900, 2.5}}, 12, 33000, 1.65, 5000};
const Spec kHs15{"Hwasong-15 (2-stage liquid)", MissileClass::Icbm, {{150, 3900, 3.2}, {150, 4300, 3.4}}, 12, 72000, 2.4, 6000};
const Spec kHs17{"Hwasong-17 (2-stage liquid)", MissileClass::Icbm, {{170, 4000, 3.3}, {160, 4500, 3.5}}, 14, 100000, 2.9, 6000};
const Spec kHs18{"Hwasong-18 (3-stage solid)", MissileClass::Icbm, {{85, 3200, 2.9}, {75, 2500, 2.7}, {60, 2300, 2.5}}, 8, 55000, 2.0, 7000};
const Spec kHs19{"Hwasong-19 (3-stage solid)", MissileClass::Icbm, {{90, 3300, 2.9}, {80, 2600, 2.7}, {60, 2400, 2.5}}, 8, 60000, 2.2, 7000};
const Spec kPks1{"Pukguksong-1 (2-stage solid SLBM)", MissileClass::Slbm, {{50, 2400, 2.6}, {45, 2300, 2.5}}, 5, 14000, 1.4, 4000};
const Spec kPks3{"Pukguksong-3 (2-stage solid SLBM)", MissileClass::Slbm, {{55, 2700, 2.7}, {55, 2700, 2.6}}, 5, 15000, 1.5, 5000};
const Spec kHs11s{"Hwasong-11S (KN-23-derived SLBM)", MissileClass::Slbm, {{35, 3500, 3.6}}, 4, 3400, 0.95, 9000};
// Satellite launchers: three liquid stages to a ~500 km orbit; ascent to insertion about 705 s (KCNA on the
// 2023-11-21 Chollima-1 flight), stage 1 about 150 s (the Paektusan engine pair of Hwasong-15 class).
const Spec kChollima{"Chollima-1 (3-stage liquid SLV)", MissileClass::Slv, {{150, 3600, 3.3}, {150, 3300, 3.1}, {390, 2900, 2.7}}, 12, 100000, 2.4, 2000};
const Spec kUnha{"Unha-3 (3-stage liquid SLV)", MissileClass::Slv, {{125, 3300, 3.2}, {110, 3300, 3.1}, {300, 3200, 2.8}}, 10, 90000, 2.4, 2000};

BoostProfile withGlider(BoostProfile p, const char *name)
{
    p.name = QString::fromLatin1(name);
    return p;
}
} // namespace

double dragMachFactor(double mach)
{
    // Piecewise linear through (Mach, factor).
    static constexpr std::array<std::pair<double, double>, 10> kCurve{{
        {0.0, 1.00}, {0.8, 1.00}, {1.0, 1.60}, {1.2, 1.90}, {1.5, 1.75}, {2.0, 1.50}, {3.0, 1.25}, {4.0, 1.10}, {5.0, 1.00}, {1e9, 1.00},
    }};
    if (!(mach > 0))
        return kCurve.front().second;
    for (std::size_t i = 1; i < kCurve.size(); ++i) {
        if (mach <= kCurve[i].first) {
            const auto &[m0, f0] = kCurve[i - 1];
            const auto &[m1, f1] = kCurve[i];
            return f0 + (f1 - f0) * (mach - m0) / (m1 - m0);
        }
    }
    return 1.0;
}

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

double BoostProfile::massFraction(double timeS) const
{
    double start = 0;
    double mass = 1.0;
    for (const auto &s : stages) {
        const double burnedFraction = 1.0 - 1.0 / s.massRatio; // of this stage's initial mass
        if (timeS < start + s.burnS)
            return mass * (1.0 - burnedFraction * std::max(0.0, timeS - start) / s.burnS);
        const double propellant = mass * burnedFraction;
        mass = mass / s.massRatio - kStructuralRatio * propellant;
        start += s.burnS;
    }
    return std::max(mass, 0.01);
}

BoostProfile BoostProfile::forClass(MissileClass c)
{
    switch (c) {
    case MissileClass::Srbm:
        return make(kGenericSrbm);
    case MissileClass::Mrbm:
        return make(kNodong);
    case MissileClass::Irbm:
        return make(kHs12);
    case MissileClass::Icbm:
        return make(kHs15);
    case MissileClass::Slbm:
        return make(kPks3);
    case MissileClass::Hgv:
        return withGlider(make(kHs16), "Hwasong-16B class (2-stage solid IRBM + HGV)");
    case MissileClass::Slv:
        return make(kChollima);
    }
    return {};
}

BoostProfile BoostProfile::forMissile(const QString &missileName, MissileClass fallback)
{
    const QString n = missileName.toLower();
    const auto has = [&](const char *pattern) {
        return n.contains(QRegularExpression(QString::fromLatin1(pattern)));
    };
    // Order matters: specific names before the families they contain ("hwasong-11s" before "hwasong-11").
    if (has("hwasong-?19"))
        return make(kHs19);
    if (has("hwasong-?18"))
        return make(kHs18);
    if (has("hwasong-?17"))
        return make(kHs17);
    if (has("hwasong-?16"))
        return make(kHs16);
    if (has("hwasong-?15"))
        return make(kHs15);
    if (has("hwasong-?14"))
        return make(kHs14);
    if (has("hwasong-?12a")) {
        // The January 2022 "hypersonic missile": a conical manoeuvring RV on the Hwasong-12 booster (ROK MND,
        // 2022-01-07: a MaRV, not a glider); flown with maneuver "glide" it glides on the MaRV's lift.
        BoostProfile p = withGlider(make(kHs12), "Hwasong-12 booster + manoeuvring RV");
        p.glider = Airframe{QStringLiteral("manoeuvring RV (cone)"), 8000, 1.5, 2.0, 1100};
        p.pullUp = p.glider;
        return p;
    }
    if (has("hwasong-?12b|hwasong-?8"))
        return withGlider(make(kHs12), "Hwasong-8 (Hwasong-12 booster + HGV)");
    if (has("hwasong-?12|new-irbm"))
        return make(kHs12);
    if (has("hwasong-?11s"))
        return make(kHs11s);
    if (has("hwasong-?11e|hwasong-?11ma"))
        return withGlider(make(kGenericSrbm), "Hwasong-11 booster + HGV");
    if (has("kn-?25"))
        return make(kKn25);
    if (has("hwasong-?11|kn-?23|kn-?24"))
        return make(kGenericSrbm);
    if (has("musudan"))
        return make(kMusudan);
    if (has("pukguksong-?3|pukguksong-?4|pukguksong-?5"))
        return make(kPks3);
    if (has("pukguksong-?2"))
        return make(kPks2);
    if (has("pukguksong-?1|pukguksong$|kn-?11"))
        return make(kPks1);
    if (has("nodong"))
        return make(kNodong);
    if (has("er scud|er-scud|scud-er|scud-d"))
        return make(kErScud);
    if (has("scud"))
        return make(kScudC);
    if (has("chollima"))
        return make(kChollima);
    if (has("unha"))
        return make(kUnha);
    return forClass(fallback);
}

} // namespace trilink
