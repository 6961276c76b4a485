// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Playlist.h"

#include <algorithm>
#include <cmath>

namespace trilink::playlist {

std::pair<double, double> playRange(const Scenario &scenario, const ScenarioTrack &track)
{
    double from = static_cast<double>(track.launchMsUtc), to = track.endMsUtc();
    for (const auto &t : scenario.tracks)
        if (static_cast<double>(t.launchMsUtc) <= to && t.endMsUtc() >= from) {
            from = std::min(from, static_cast<double>(t.launchMsUtc));
            to = std::max(to, t.endMsUtc());
        }
    return {from - kLeadInS * 1000.0, to + kRunOutS * 1000.0};
}

std::optional<std::pair<double, double>> recordRange(const Scenario &scenario)
{
    if (scenario.tracks.empty())
        return std::nullopt;
    double from = static_cast<double>(scenario.tracks.front().launchMsUtc), to = scenario.tracks.front().endMsUtc();
    for (const auto &t : scenario.tracks) {
        from = std::min(from, static_cast<double>(t.launchMsUtc));
        to = std::max(to, t.endMsUtc());
    }
    return std::pair(from - kLeadInS * 1000.0, to + kRunOutS * 1000.0);
}

double selectedTimeMs(const ScenarioTrack &track)
{
    return static_cast<double>(track.launchMsUtc) + std::min(track.flightTimeS * 0.4, 600.0) * 1000.0;
}

QString nextTrack(const Scenario &scenario, const QString &current, int step)
{
    const int n = static_cast<int>(scenario.tracks.size());
    if (n == 0)
        return {};
    int index = -1;
    for (int i = 0; i < n; ++i)
        if (scenario.tracks[i].id == current)
            index = i;
    if (index < 0)
        return step >= 0 ? scenario.tracks.front().id : scenario.tracks.back().id;
    const double launched = static_cast<double>(scenario.tracks[index].launchMsUtc);
    int next = index;
    do {
        next = ((next + step) % n + n) % n;
    } while (next != index && std::abs(static_cast<double>(scenario.tracks[next].launchMsUtc) - launched) < kSalvoWindowS * 1000.0);
    return scenario.tracks[next].id;
}

} // namespace trilink::playlist
