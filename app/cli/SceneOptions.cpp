// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/SceneOptions.h"

#include "core/Text.h"
#include "maps/trackio/TrackFile.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink::cli {
namespace {
constexpr double kDefaultExtentKm = 3400.0;
constexpr double kMaxExtentKm = 60000.0;
} // namespace

bool loadScenario(const QStringList &files, Scenario &scenario, QStringList &warnings, QString &error)
{
    scenario = builtinScenario();
    std::vector<ScenarioTrack> added;
    for (const QString &path : files) {
        const maps::TrackFileResult r = maps::readTrackFile(path);
        if (!r.readable) {
            error = r.problems.empty() ? path + QStringLiteral(": cannot read") : r.problems.front().text();
            return false;
        }
        for (const auto &problem : r.problems)
            warnings << problem.text();
        for (const auto &t : r.tracks)
            if (!t.points.empty())
                added.push_back(trackFromRecording(t, path));
    }
    addTracks(scenario, std::move(added));
    return true;
}

std::optional<double> parseTime(const QString &text, const ScenarioTrack *track, QString &error)
{
    QString t = text.trimmed();
    const bool relative = t.startsWith(QLatin1String("T+"), Qt::CaseInsensitive) || t.startsWith(u'+') ||
                          (!t.isEmpty() && (t.front().isDigit() || t.front() == u'.') && !t.contains(u'-') && !t.contains(u':'));
    if (relative) {
        if (t.startsWith(QLatin1String("T+"), Qt::CaseInsensitive))
            t = t.mid(2);
        else if (t.startsWith(u'+'))
            t = t.mid(1);
        bool ok = false;
        const double seconds = t.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86400.0) {
            error = QStringLiteral("'%1' is not T+SECONDS (0 to 86400) or an ISO 8601 UTC time").arg(text);
            return std::nullopt;
        }
        if (!track) {
            error = QStringLiteral("%1 is relative to a launch: give --launch ID too").arg(text);
            return std::nullopt;
        }
        return static_cast<double>(track->launchMsUtc) + seconds * 1000.0;
    }
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid()) {
        error = QStringLiteral("'%1' is not T+SECONDS or an ISO 8601 UTC time").arg(text);
        return std::nullopt;
    }
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc()); // a time without a zone is UTC, never the machine's zone
    return static_cast<double>(when.toMSecsSinceEpoch());
}

bool parseViewAs(const QString &text, ViewAs &viewAs, QString &error)
{
    return text::parseViewAs(text, viewAs, error);
}

std::pair<QPointF, double> trackView(const ScenarioTrack &track, QSize size)
{
    double minLon = 1e9, maxLon = -1e9, minLat = 1e9, maxLat = -1e9;
    for (const auto &s : track.samples) {
        minLon = std::min(minLon, s.lon);
        maxLon = std::max(maxLon, s.lon);
        minLat = std::min(minLat, s.lat);
        maxLat = std::max(maxLat, s.lat);
    }
    if (track.samples.empty())
        return {QPointF(129.5, 37.5), kDefaultExtentKm};
    const double midLat = (minLat + maxLat) / 2;
    const double widthKm = (maxLon - minLon) * 111.32 * std::cos(midLat * std::numbers::pi / 180.0);
    const double heightKm = (maxLat - minLat) * 111.32;
    const double aspect = size.height() > 0 ? double(size.width()) / size.height() : 1.0;
    // A wide margin: the legend (top left) and the clock (top centre) sit over the picture.
    const double extent = std::clamp(1.8 * std::max(widthKm, heightKm * aspect), 900.0, kMaxExtentKm);
    return {QPointF((minLon + maxLon) / 2, midLat), extent};
}

} // namespace trilink::cli
