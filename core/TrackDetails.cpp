// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrackDetails.h"

#include "core/SharingModel.h"
#include "core/Text.h"

#include <algorithm>

namespace trilink {

namespace {

QString originText(const ScenarioTrack &t)
{
    switch (t.origin) {
    case TrackOrigin::Published:
        return QStringLiteral("public record, flown to the published flight time");
    case TrackOrigin::Modelled:
        return t.facts ? QStringLiteral("public record, modelled from the reported figures") : QStringLiteral("modelled");
    case TrackOrigin::Recorded:
        break;
    }
    return QStringLiteral("recorded: %1").arg(t.source);
}

// "2802 (MOD >2500) km · launches.csv row 9 (...)", or empty when nothing was reported.
QString reported(const SourcedFigure &f, const QString &unit)
{
    if (f.text.isEmpty())
        return {};
    QString s = f.text + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
    if (!f.adjusted.isEmpty())
        s += QStringLiteral(" (%1)").arg(f.adjusted);
    if (!f.source.isEmpty())
        s += QStringLiteral(" · ") + f.source;
    return s;
}

void addIf(std::vector<DetailRow> &rows, const QString &field, const QString &value)
{
    if (!value.isEmpty())
        rows.push_back({field, value});
}

QString pictureText(const SharingPicture &pic)
{
    if (!pic.firstDetectionS)
        return QStringLiteral("not seen");
    return QStringLiteral("first %1 · held %2").arg(text::missionTime(*pic.firstDetectionS), text::percent(pic.heldFraction));
}

DetailSection trackSection(const ScenarioTrack &t, const DetailOptions &o)
{
    DetailSection s{QStringLiteral("Track"), {}};
    const CatalogFacts *f = t.facts ? &*t.facts : nullptr;
    s.rows.push_back({QStringLiteral("Missile"), f && !f->missile.isEmpty() ? f->missile : t.label});
    if (f) {
        addIf(s.rows, QStringLiteral("As reported"), f->missileReported);
        addIf(s.rows, QStringLiteral("Class"), f->missileClass.toUpper());
        addIf(s.rows, QStringLiteral("Manoeuvre"), f->maneuver == QLatin1String("pullup") ? QStringLiteral("pull-up") : f->maneuver);
    }
    s.rows.push_back({QStringLiteral("Id"), t.id});
    if (f && f->eventSize > 1)
        s.rows.push_back({QStringLiteral("Event"), QStringLiteral("%1 · missile %2 of %3").arg(f->eventId).arg(f->series).arg(f->eventSize)});
    else if (f)
        s.rows.push_back({QStringLiteral("Event"), f->eventId});
    const double launchMs = static_cast<double>(t.launchMsUtc);
    s.rows.push_back({QStringLiteral("Launch"), QStringLiteral("%1 (%2 KST/JST)").arg(text::utcDateTime(launchMs), text::koreaJapanTime(launchMs))});
    if (f)
        addIf(s.rows, QStringLiteral("Launch time"), f->launchTimeNote);
    QString site = t.siteName;
    if (!t.samples.empty())
        site += (site.isEmpty() ? QString() : QStringLiteral(" · ")) + text::coordinate(t.samples.front().lon, t.samples.front().lat, o.coordinates);
    addIf(s.rows, QStringLiteral("Site"), site);
    s.rows.push_back({QStringLiteral("Origin"), originText(t)});
    if (f && f->outcome != LaunchOutcome::Unknown)
        s.rows.push_back({QStringLiteral("Outcome"), launchOutcomeName(f->outcome)});
    return s;
}

DetailSection flightSection(const ScenarioTrack &t, const DetailOptions &o)
{
    DetailSection s{QStringLiteral("Flight"), {}};
    const CatalogFacts *f = t.facts ? &*t.facts : nullptr;
    s.rows.push_back({QStringLiteral("Apogee"), QStringLiteral("%1 at %2").arg(text::height(t.apogeeM, o.units), text::missionTime(t.apogeeTimeS))});
    if (f)
        addIf(s.rows, QStringLiteral("Reported apogee"), reported(f->apogeeKm, QStringLiteral("km")));
    s.rows.push_back({QStringLiteral("Range"), text::distance(t.rangeM, o.units)});
    if (f)
        addIf(s.rows, QStringLiteral("Reported range"), reported(f->rangeKm, QStringLiteral("km")));
    s.rows.push_back({QStringLiteral("Flight time"), text::duration(t.flightTimeS)});
    if (f)
        addIf(s.rows, QStringLiteral("Published flight time"), reported(f->flightTimeS, QStringLiteral("min")));
    double maxSpeed = 0;
    for (const TrajectorySample &p : t.samples)
        maxSpeed = std::max(maxSpeed, p.speedMps);
    if (maxSpeed > 0)
        s.rows.push_back({QStringLiteral("Maximum speed"), text::speed(maxSpeed, o.units)});
    if (t.burnoutTimeS > 0)
        s.rows.push_back({QStringLiteral("Burnout"), text::missionTime(t.burnoutTimeS)});
    if (!t.samples.empty()) {
        QString impact = text::coordinate(t.samples.back().lon, t.samples.back().lat, o.coordinates);
        if (f && !f->impactBasis.isEmpty())
            impact += QStringLiteral(" · ") + f->impactBasis;
        s.rows.push_back({QStringLiteral("Impact"), impact});
    }
    if (f) {
        addIf(s.rows, QStringLiteral("Reported impact"), f->impactDescription);
        addIf(s.rows, QStringLiteral("Landing area"), f->landingArea);
    }
    addIf(s.rows, QStringLiteral("Model"), t.modelNote);
    return s;
}

DetailSection custodySection(const ScenarioTrack &t, const SharingSettings &sharing)
{
    DetailSection s{QStringLiteral("Custody"), {}};
    const AttributionResult &a = t.attribution;
    for (Partner p : kAllPartners) {
        const PartnerCustody *c = a.custodyOf(p);
        const QString who = QStringLiteral("%1 alone").arg(partnerCode(p));
        if (!c) {
            s.rows.push_back({who, QStringLiteral("not seen by its own sensors")});
            continue;
        }
        s.rows.push_back({who, QStringLiteral("first %1 · held %2 · %3")
                                    .arg(text::missionTime(c->firstDetectionS), text::percent(c->heldFraction),
                                         c->sensorIds.join(QStringLiteral(", ")))});
    }
    const SharingPicture common = SharingModel::commonPlatform(a, sharing);
    QString shared = pictureText(common);
    if (common.contributors)
        shared += QStringLiteral(" · from %1").arg(text::partnerList(common.contributors));
    s.rows.push_back({QStringLiteral("Common platform"), shared});
    for (Partner p : kAllPartners)
        s.rows.push_back({QStringLiteral("%1 sharing gain").arg(partnerCode(p)), text::sharingGain(SharingModel::gain(a, p, sharing))});
    return s;
}

DetailSection eventSection(const ScenarioTrack &t, const DetailOptions &o)
{
    struct Timed {
        double timeS;
        int order; // the flight's events before the attribution's at the same second
        QString text;
    };
    std::vector<Timed> all;
    for (const TrajectoryEvent &e : t.events) {
        QString what = trajectoryEventTitle(e.kind);
        const bool detailSaysMore = !e.detail.isEmpty() && e.kind != TrajectoryEventKind::Reentry && e.kind != TrajectoryEventKind::EnterJapanEez
                                    && e.kind != TrajectoryEventKind::LeaveJapanEez;
        if (e.kind == TrajectoryEventKind::StageBurnout && e.detail.startsWith(QLatin1String("burnout")))
            what = QStringLiteral("B") + e.detail.mid(1); // the last stage: "Burnout (stage 2)"
        else if (detailSaysMore)
            what += QStringLiteral(" (%1)").arg(e.detail);
        if (e.kind != TrajectoryEventKind::Launch && e.kind != TrajectoryEventKind::Impact && e.kind != TrajectoryEventKind::Reentry)
            what += QStringLiteral(" · ") + text::height(e.altM, o.units);
        all.push_back({e.timeS, 0, what});
    }
    for (const AttributionEvent &e : t.attribution.events)
        all.push_back({e.timeS, 1, e.text()});
    std::stable_sort(all.begin(), all.end(), [](const Timed &a, const Timed &b) {
        return a.timeS != b.timeS ? a.timeS < b.timeS : a.order < b.order;
    });
    DetailSection s{QStringLiteral("Events"), {}};
    for (const Timed &e : all)
        s.rows.push_back({text::missionTime(e.timeS), e.text});
    return s;
}

DetailSection sourceSection(const ScenarioTrack &t)
{
    DetailSection s{QStringLiteral("Sources"), {}};
    if (!t.facts) {
        s.rows.push_back({QStringLiteral("File"), t.source});
        return s;
    }
    for (const QString &src : t.facts->sources.split(QStringLiteral(";"), Qt::SkipEmptyParts))
        s.rows.push_back({QStringLiteral("Source"), src.trimmed()});
    addIf(s.rows, QStringLiteral("Notes"), t.facts->notes);
    s.rows.push_back({QStringLiteral("Record"), catalogueCredit()});
    return s;
}

} // namespace

QString trajectoryEventTitle(TrajectoryEventKind kind)
{
    switch (kind) {
    case TrajectoryEventKind::Launch: return QStringLiteral("Launch");
    case TrajectoryEventKind::StageBurnout: return QStringLiteral("Burnout");
    case TrajectoryEventKind::Apogee: return QStringLiteral("Apogee");
    case TrajectoryEventKind::Reentry: return QStringLiteral("Re-entry (100 km)");
    case TrajectoryEventKind::Impact: return QStringLiteral("Impact");
    case TrajectoryEventKind::EnterJapanEez: return QStringLiteral("Enters Japan's EEZ (approx.)");
    case TrajectoryEventKind::LeaveJapanEez: return QStringLiteral("Leaves Japan's EEZ (approx.)");
    case TrajectoryEventKind::EnterJapanTerritory: return QStringLiteral("Over Japan");
    case TrajectoryEventKind::LeaveJapanTerritory: return QStringLiteral("Leaves Japan's territory");
    case TrajectoryEventKind::PullUp: return QStringLiteral("Pull-up");
    case TrajectoryEventKind::GlideStart: return QStringLiteral("Glide start");
    case TrajectoryEventKind::Dive: return QStringLiteral("Dive");
    case TrajectoryEventKind::Turn: return QStringLiteral("Turn");
    case TrajectoryEventKind::Failure: return QStringLiteral("Failure");
    case TrajectoryEventKind::OrbitInsertion: return QStringLiteral("Orbit insertion");
    }
    return trajectoryEventKindName(kind);
}

std::vector<DetailSection> trackDetails(const ScenarioTrack &track, const SharingSettings &sharing, const DetailOptions &options)
{
    return {trackSection(track, options), flightSection(track, options), custodySection(track, sharing),
            eventSection(track, options), sourceSection(track)};
}

} // namespace trilink
