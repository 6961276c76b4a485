// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/YearReview.h"

#include "core/SharingModel.h"

#include <QHash>

#include <algorithm>

namespace trilink {
namespace {
const QString kClassPrefix = QStringLiteral("class:");
const QString kPartnerPrefix = QStringLiteral("partner:");

// One modelled flight as the tallies need it.
struct Flight {
    const ScenarioTrack *track;
    QString cls;
    int year;
    bool low;
};

void tally(PartnerTally &t, const ScenarioTrack &track, Partner p, const SharingSettings &sharing)
{
    const AttributionResult &a = track.attribution;
    ++t.flights;
    const SharingGain g = SharingModel::gain(a, p, sharing);
    const PartnerCustody *own = a.custodyOf(p);
    if (own) {
        ++t.seenAlone;
        bool first = true;
        for (Partner o : kAllPartners)
            if (const PartnerCustody *c = a.custodyOf(o); c && c->firstDetectionS < own->firstDetectionS - 1e-6)
                first = false;
        t.detectedFirst += first;
    }
    if (g.seenShared && !g.seenAlone)
        ++t.missedAlone;
    if (g.firstDetectionEarlierS)
        t.secondsEarlier.push_back(*g.firstDetectionEarlierS);
    if (g.seenShared)
        t.heldGainPts.push_back(100.0 * g.heldFractionGain);
}

// Per partner, a figure of the tally of each category.
template <typename Fn>
StatChart partnerChart(StatChart c, const QStringList &categories,
                       const std::vector<std::array<PartnerTally, kPartnerCount>> &tallies, Fn value)
{
    c.categories = categories;
    for (Partner p : kAllPartners) {
        StatChart::Series s{partnerCode(p), kPartnerPrefix + partnerCode(p), {}, {}};
        for (const auto &t : tallies)
            value(s, t[partnerIndex(p)]);
        c.series.push_back(std::move(s));
    }
    return c;
}
} // namespace

void YearReview::Event::Span::add(double v)
{
    low = has ? std::min(low, v) : v;
    high = has ? std::max(high, v) : v;
    has = true;
}

const QStringList &YearReview::classOrder()
{
    static const QStringList order{QStringLiteral("srbm"), QStringLiteral("mrbm"), QStringLiteral("irbm"), QStringLiteral("icbm"),
                                   QStringLiteral("slbm"), QStringLiteral("hgv"),  QStringLiteral("slv"),  QStringLiteral("unknown")};
    return order;
}

QString YearReview::className(const QString &key) { return key == u"unknown" ? key : key.toUpper(); }

const StatChart *YearReview::chart(const QString &id) const
{
    for (const StatChart &c : charts)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString YearReview::periodName() const
{
    return year ? QString::number(*year) : QStringLiteral("2016-2026");
}

YearReview YearReview::compute(const Scenario &scenario, std::optional<int> year)
{
    YearReview r;
    r.year = year;
    const auto inScope = [&](const CatalogFacts &f) { return !year || f.year() == *year; };

    // Every missile of the record, modelled or not, in launch order.
    struct Missile {
        const CatalogFacts *facts;
        const ScenarioTrack *track;
    };
    std::vector<Missile> missiles;
    for (const ScenarioTrack &t : scenario.tracks)
        if (t.facts && inScope(*t.facts))
            missiles.push_back({&*t.facts, &t});
    for (const CatalogExclusion &e : scenario.withoutEnoughFacts)
        if (inScope(e.facts))
            missiles.push_back({&e.facts, nullptr});
    std::stable_sort(missiles.begin(), missiles.end(), [](const Missile &a, const Missile &b) {
        const QDateTime &x = a.facts->launchUtc, &y = b.facts->launchUtc;
        return x.isValid() && y.isValid() ? (x != y ? x < y : a.facts->id < b.facts->id) : a.facts->id < b.facts->id;
    });

    int firstYear = 9999, lastYear = 0;
    QHash<QString, int> eventIndex;
    std::vector<Flight> flights;
    for (const Missile &m : missiles) {
        const CatalogFacts &f = *m.facts;
        ++r.missiles;
        ++r.missilesByClass[f.missileClass];
        firstYear = std::min(firstYear, f.year());
        lastYear = std::max(lastYear, f.year());
        if (m.track)
            ++r.tracks;
        else
            ++r.leftOut;
        int &slot = eventIndex[f.eventId];
        if (slot == 0) {
            r.events.push_back({});
            slot = static_cast<int>(r.events.size());
            Event &e = r.events.back();
            e.eventId = f.eventId;
            e.site = f.siteName;
            e.sources = f.sources;
        }
        Event &e = r.events[slot - 1];
        if (f.launchUtc.isValid() && (!e.firstLaunchUtc.isValid() || f.launchUtc < e.firstLaunchUtc)) {
            e.firstLaunchUtc = f.launchUtc;
            e.koreanDate = f.koreanDate();
        }
        if (!e.missiles.contains(f.missile))
            e.missiles << f.missile;
        if (!e.classes.contains(f.missileClass))
            e.classes << f.missileClass;
        ++e.count;
        e.failures += f.isFailure();
        e.unknownOutcome += f.outcome == LaunchOutcome::Unknown;
        if (f.apogeeKm.has())
            e.apogeeKm.add(*f.apogeeKm.value);
        if (f.rangeKm.has())
            e.rangeKm.add(*f.rangeKm.value);
        if (m.track) {
            ++e.tracks;
            e.flightS.add(m.track->flightTimeS);
            e.trackIds << m.track->id;
            flights.push_back({m.track, f.missileClass, f.year(), m.track->apogeeM < kLowApogeeKm * 1000.0});
        }
    }
    r.eventCount = static_cast<int>(r.events.size());
    std::sort(r.events.begin(), r.events.end(), [](const Event &a, const Event &b) {
        return a.firstLaunchUtc.isValid() && b.firstLaunchUtc.isValid() ? a.firstLaunchUtc < b.firstLaunchUtc : a.eventId < b.eventId;
    });

    // The tallies: all flights, by class, by year, low and the rest.
    QStringList classes; // with at least one modelled flight, in class order
    for (const QString &c : classOrder())
        if (std::any_of(flights.begin(), flights.end(), [&](const Flight &f) { return f.cls == c; }))
            classes << c;
    QStringList years;
    for (int y = firstYear; y <= lastYear; ++y)
        years << QString::number(y);
    std::vector<std::array<PartnerTally, kPartnerCount>> byClass(classes.size()), byYear(years.size());
    for (const Flight &f : flights) {
        r.lowFlights += f.low;
        for (Partner p : kAllPartners) {
            const int i = partnerIndex(p);
            tally(r.partners[i], *f.track, p, scenario.sharing);
            tally((f.low ? r.lowPartners : r.otherPartners)[i], *f.track, p, scenario.sharing);
            tally(byClass[classes.indexOf(f.cls)][i], *f.track, p, scenario.sharing);
            tally(byYear[f.year - firstYear][i], *f.track, p, scenario.sharing);
        }
    }
    QStringList classNames;
    for (const QString &c : classes)
        classNames << className(c);

    const QString period = r.periodName();
    const QString modelled = QStringLiteral("%1 modelled flights of the public record, attributed to the bundled (partly notional) "
                                            "sensor laydown; shared picture with link latencies ROK-US %2 s, Japan-US %3 s.")
                                 .arg(r.tracks)
                                 .arg(scenario.sharing.korUsaLatencyS)
                                 .arg(scenario.sharing.jpnUsaLatencyS);

    // 1. Missiles of the record by year (by month for one year), stacked by class.
    {
        StatChart c;
        c.id = QStringLiteral("launches");
        c.kind = StatChart::Kind::StackedBars;
        c.title = year ? QStringLiteral("Missiles launched in %1, by month and class").arg(*year)
                       : QStringLiteral("Missiles launched per year, by class");
        c.subtitle = QStringLiteral("%1 missiles in %2 launch events").arg(r.missiles).arg(r.eventCount);
        c.xLabel = year ? QStringLiteral("month (UTC)") : QStringLiteral("year (UTC)");
        c.yLabel = QStringLiteral("missiles");
        c.note = QStringLiteral("Every missile of the public record, modelled or not. %1.").arg(catalogueCredit());
        if (year)
            for (int m = 1; m <= 12; ++m)
                c.categories << QDate(2000, m, 1).toString(QStringLiteral("MMM"));
        else
            c.categories = years;
        for (const QString &cls : classOrder()) {
            if (!r.missilesByClass.count(cls))
                continue;
            StatChart::Series s{className(cls), kClassPrefix + cls, std::vector<double>(c.categories.size(), 0.0), {}};
            for (const Missile &m : missiles)
                if (m.facts->missileClass == cls)
                    s.values[year ? m.facts->utcDate.month() - 1 : m.facts->year() - firstYear] += 1;
            c.series.push_back(std::move(s));
        }
        r.charts.push_back(std::move(c));
    }

    // 2-9. Per partner, by class and (for the whole record) by year.
    struct Dimension {
        QString id, label;
        QStringList categories;
        const std::vector<std::array<PartnerTally, kPartnerCount>> *tallies;
    };
    std::vector<Dimension> dims{{QStringLiteral("class"), QStringLiteral("class"), classNames, &byClass}};
    if (!year)
        dims.push_back({QStringLiteral("year"), QStringLiteral("year (UTC)"), years, &byYear});
    for (const Dimension &d : dims) {
        StatChart first;
        first.id = QStringLiteral("detected-first-by-%1").arg(d.id);
        first.kind = StatChart::Kind::GroupedBars;
        first.title = QStringLiteral("Flights each partner detected first, by %1 (%2)").arg(d.id, period);
        first.subtitle = QStringLiteral("its own sensors saw the flight before any other partner's (ties count for each)");
        first.xLabel = d.label;
        first.yLabel = QStringLiteral("flights");
        first.note = modelled;
        r.charts.push_back(partnerChart(first, d.categories, *d.tallies, [](StatChart::Series &s, const PartnerTally &t) {
            s.values.push_back(t.detectedFirst);
        }));

        StatChart missed = first;
        missed.id = QStringLiteral("missed-alone-by-%1").arg(d.id);
        missed.title = QStringLiteral("Flights each partner would have missed alone, by %1 (%2)").arg(d.id, period);
        missed.subtitle = QStringLiteral("never seen by its own sensors, held only through sharing");
        r.charts.push_back(partnerChart(missed, d.categories, *d.tallies, [](StatChart::Series &s, const PartnerTally &t) {
            s.values.push_back(t.missedAlone);
        }));

        StatChart earlier = first;
        earlier.id = QStringLiteral("gain-seconds-by-%1").arg(d.id);
        earlier.kind = StatChart::Kind::Boxes;
        earlier.title = QStringLiteral("Sharing gain: seconds earlier, by %1 (%2)").arg(d.id, period);
        earlier.subtitle = QStringLiteral("first detection alone minus first in the shared picture; flights the partner also saw alone");
        earlier.yLabel = QStringLiteral("seconds earlier");
        r.charts.push_back(partnerChart(earlier, d.categories, *d.tallies, [](StatChart::Series &s, const PartnerTally &t) {
            s.boxes.push_back(BoxSummary::of(t.secondsEarlier));
        }));

        StatChart held = earlier;
        held.id = QStringLiteral("gain-held-by-%1").arg(d.id);
        held.title = QStringLiteral("Sharing gain: share of the flight held, by %1 (%2)").arg(d.id, period);
        held.subtitle = QStringLiteral("held in the shared picture minus held alone; every flight the partner sees shared");
        held.yLabel = QStringLiteral("percentage points of the flight");
        r.charts.push_back(partnerChart(held, d.categories, *d.tallies, [](StatChart::Series &s, const PartnerTally &t) {
            s.boxes.push_back(BoxSummary::of(t.heldGainPts));
        }));
    }

    // 10-11. The low flights against the rest.
    {
        const QStringList cats{QStringLiteral("low (apogee < %1 km)").arg(kLowApogeeKm, 0, 'f', 0), QStringLiteral("higher")};
        const std::vector<std::array<PartnerTally, kPartnerCount>> split{r.lowPartners, r.otherPartners};
        StatChart missed;
        missed.id = QStringLiteral("low-flights-missed-alone");
        missed.kind = StatChart::Kind::GroupedBars;
        missed.title = QStringLiteral("Low flights: share each partner would have missed alone (%1)").arg(period);
        missed.subtitle = QStringLiteral("%1 low flights, %2 higher; modelled apogee").arg(r.lowFlights).arg(r.tracks - r.lowFlights);
        missed.xLabel = QStringLiteral("flights");
        missed.yLabel = QStringLiteral("% of the flights missed alone");
        missed.note = modelled;
        r.charts.push_back(partnerChart(missed, cats, split, [](StatChart::Series &s, const PartnerTally &t) {
            s.values.push_back(t.flights ? 100.0 * t.missedAlone / t.flights : 0.0);
        }));
        StatChart earlier = missed;
        earlier.id = QStringLiteral("low-flights-gain-seconds");
        earlier.kind = StatChart::Kind::Boxes;
        earlier.title = QStringLiteral("Low flights: sharing gain in seconds earlier (%1)").arg(period);
        earlier.yLabel = QStringLiteral("seconds earlier");
        r.charts.push_back(partnerChart(earlier, cats, split, [](StatChart::Series &s, const PartnerTally &t) {
            s.boxes.push_back(BoxSummary::of(t.secondsEarlier));
        }));
    }
    return r;
}

} // namespace trilink
