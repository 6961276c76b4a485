// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/TrackGroups.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace trilink {
namespace {
QString keyOf(const ScenarioTrack &t, TrackGroup::Kind kind)
{
    const QDateTime launch = QDateTime::fromMSecsSinceEpoch(t.launchMsUtc, Qt::UTC);
    switch (kind) {
    case TrackGroup::Kind::Event:
        return t.facts ? t.facts->eventId : t.id;
    case TrackGroup::Kind::Day:
        return t.facts ? t.facts->koreanDate().toString(Qt::ISODate) : launch.addSecs(9 * 3600).date().toString(Qt::ISODate);
    case TrackGroup::Kind::Year:
        return QString::number(t.facts ? t.facts->year() : launch.date().year());
    }
    return {};
}

QString labelOf(const TrackGroup &g, const ScenarioTrack &first)
{
    const QString count = g.trackIds.size() == 1 ? QStringLiteral("1 missile") : QStringLiteral("%1 missiles").arg(g.trackIds.size());
    switch (g.kind) {
    case TrackGroup::Kind::Event:
        return QStringLiteral("%1 · %2 · %3").arg(g.key, first.siteName.isEmpty() ? first.label : first.siteName, count);
    case TrackGroup::Kind::Day:
        return QStringLiteral("%1 (Korea) · %2").arg(QLocale(QLocale::English).toString(QDate::fromString(g.key, Qt::ISODate), QStringLiteral("d MMMM yyyy")),
                                                     count);
    case TrackGroup::Kind::Year:
        return QStringLiteral("%1 · %2").arg(g.key, count);
    }
    return {};
}
} // namespace

QString trackGroupKindName(TrackGroup::Kind k)
{
    switch (k) {
    case TrackGroup::Kind::Event:
        return QStringLiteral("event");
    case TrackGroup::Kind::Day:
        return QStringLiteral("day");
    case TrackGroup::Kind::Year:
        break;
    }
    return QStringLiteral("year");
}

double TrackGroup::playedMs() const
{
    double total = 0;
    for (const auto &[a, b] : spans)
        total += b - a;
    return total;
}

std::vector<TrackGroup> trackgroups::of(const Scenario &scenario, TrackGroup::Kind kind)
{
    std::vector<const ScenarioTrack *> tracks;
    for (const ScenarioTrack &t : scenario.tracks)
        tracks.push_back(&t);
    std::stable_sort(tracks.begin(), tracks.end(), [](const ScenarioTrack *a, const ScenarioTrack *b) { return a->launchMsUtc < b->launchMsUtc; });
    std::vector<TrackGroup> groups;
    QHash<QString, std::size_t> index;
    for (const ScenarioTrack *t : tracks) {
        const QString key = keyOf(*t, kind);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, groups.size());
            TrackGroup g;
            g.kind = kind;
            g.key = key;
            g.firstLaunchMs = static_cast<double>(t->launchMsUtc);
            g.lastEndMs = t->endMsUtc();
            groups.push_back(std::move(g));
        }
        TrackGroup &g = groups[*it];
        g.trackIds << t->id;
        g.lastEndMs = std::max(g.lastEndMs, t->endMsUtc());
        // Launch order: a span starts no earlier than the last one, so it merges with the last or follows it.
        const double from = static_cast<double>(t->launchMsUtc) - TrackGroup::kLeadInS * 1000.0;
        const double to = t->endMsUtc() + TrackGroup::kRunOutS * 1000.0;
        if (!g.spans.empty() && from <= g.spans.back().second)
            g.spans.back().second = std::max(g.spans.back().second, to);
        else
            g.spans.emplace_back(from, to);
    }
    for (TrackGroup &g : groups)
        g.label = labelOf(g, *scenario.find(g.trackIds.front()));
    return groups;
}

std::optional<TrackGroup> trackgroups::find(const Scenario &scenario, TrackGroup::Kind kind, const QString &key)
{
    for (TrackGroup &g : of(scenario, kind))
        if (g.key == key)
            return std::move(g);
    return std::nullopt;
}

std::optional<TrackGroup> trackgroups::containing(const Scenario &scenario, TrackGroup::Kind kind, const QString &trackId)
{
    const ScenarioTrack *t = scenario.find(trackId);
    return t ? find(scenario, kind, keyOf(*t, kind)) : std::nullopt;
}

double foldIntoSpans(const std::vector<std::pair<double, double>> &spans, double timeMs, bool forwards, bool loop)
{
    if (spans.empty())
        return timeMs;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (timeMs >= spans[i].first && timeMs <= spans[i].second)
            return timeMs;
        if (timeMs < spans[i].first) {
            if (forwards)
                return spans[i].first;
            return i == 0 ? (loop ? spans.back().second : spans.front().first) : spans[i - 1].second;
        }
    }
    // Past the last span.
    if (!forwards)
        return spans.back().second;
    return loop ? spans.front().first : spans.back().second;
}

} // namespace trilink
