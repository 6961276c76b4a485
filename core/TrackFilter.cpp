// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrackFilter.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace trilink {

bool TrackFilter::isEmpty() const
{
    // Field by field rather than `*this == TrackFilter()`, which GCC 12 at -O1 (the sanitizer build) warns
    // may read the temporary's unset optional.
    return !year && missileClass.isEmpty() && missile.isEmpty() && !outcome && siteKey.isEmpty() && heldBy == 0 && text.isEmpty();
}

bool TrackFilter::accepts(const ScenarioTrack &t, ViewAs viewAs) const
{
    const CatalogFacts *f = t.facts ? &*t.facts : nullptr;
    const bool needsFacts = year || !missileClass.isEmpty() || !missile.isEmpty() || outcome || !siteKey.isEmpty();
    if (needsFacts && !f)
        return false;
    if (f) {
        if ((year && f->year() != *year) || (!missileClass.isEmpty() && f->missileClass != missileClass)
            || (!missile.isEmpty() && f->missile != missile) || (outcome && f->outcome != *outcome)
            || (!siteKey.isEmpty() && f->siteKey != siteKey))
            return false;
    }
    if (heldBy) {
        PartnerMask held = 0;
        for (const PartnerMask m : t.attribution.partnersAt)
            held |= m & viewMask(viewAs);
        if ((held & heldBy) != heldBy)
            return false;
    }
    if (!text.trimmed().isEmpty()) {
        const QString q = text.trimmed();
        QStringList hay{t.id, t.label, t.siteName, trackOriginName(t.origin), QDateTime::fromMSecsSinceEpoch(t.launchMsUtc, Qt::UTC).toString(Qt::ISODate)};
        if (f)
            hay << f->aliases << f->eventId << f->missileReported << f->missileClass << f->landingArea;
        if (!std::any_of(hay.begin(), hay.end(), [&](const QString &s) { return s.contains(q, Qt::CaseInsensitive); }))
            return false;
    }
    return true;
}

TrackFilter::Choices TrackFilter::choices(const Scenario &scenario)
{
    Choices c;
    std::map<int, int> years;
    QHash<QString, int> classes, missiles, sites;
    QHash<QString, QString> siteNames;
    for (const ScenarioTrack &t : scenario.tracks) {
        if (!t.facts)
            continue;
        ++years[t.facts->year()];
        ++classes[t.facts->missileClass];
        ++missiles[t.facts->missile];
        ++sites[t.facts->siteKey];
        siteNames.insert(t.facts->siteKey, t.facts->siteName);
    }
    for (const auto &[y, n] : years)
        c.years << y;
    for (const QString &k : {QStringLiteral("srbm"), QStringLiteral("mrbm"), QStringLiteral("irbm"), QStringLiteral("icbm"),
                             QStringLiteral("slbm"), QStringLiteral("hgv"), QStringLiteral("slv"), QStringLiteral("unknown")})
        if (classes.contains(k))
            c.classes << k;
    const auto byCount = [](const QHash<QString, int> &h) {
        QStringList keys = h.keys();
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) { return h[a] != h[b] ? h[a] > h[b] : a < b; });
        return keys;
    };
    c.missiles = byCount(missiles);
    for (const QString &k : byCount(sites))
        c.sites << std::pair{k, siteNames.value(k)};
    return c;
}

} // namespace trilink
