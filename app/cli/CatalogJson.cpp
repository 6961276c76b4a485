// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CatalogJson.h"

#include <QJsonArray>

#include <cmath>

namespace trilink::cli {
namespace {
QJsonValue rounded(const std::optional<double> &v, int decimals)
{
    if (!v)
        return QJsonValue::Null;
    const double k = std::pow(10.0, decimals);
    return std::round(*v * k) / k;
}

QJsonValue text(const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); }

QJsonObject figureJson(const SourcedFigure &f, int decimals)
{
    return QJsonObject{{QStringLiteral("value"), rounded(f.value, decimals)},
                       {QStringLiteral("reported"), text(f.text)},
                       {QStringLiteral("source"), text(f.source)},
                       {QStringLiteral("adjusted"), text(f.adjusted)}};
}
} // namespace

QJsonObject factsJson(const CatalogFacts &f)
{
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(f.aliases)},
        {QStringLiteral("event"), f.eventId},
        {QStringLiteral("series"), f.series},
        {QStringLiteral("event_size"), f.eventSize},
        {QStringLiteral("utc_date"), f.utcDate.toString(Qt::ISODate)},
        {QStringLiteral("launch_utc"), f.launchUtc.isValid() ? QJsonValue(f.launchUtc.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("korean_date"), f.launchUtc.isValid() ? QJsonValue(f.koreanDate().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("launch_time_note"), text(f.launchTimeNote)},
        {QStringLiteral("missile"), f.missile},
        {QStringLiteral("missile_key"), text(f.missileKey)},
        {QStringLiteral("missile_reported"), text(f.missileReported)},
        {QStringLiteral("class"), f.missileClass},
        {QStringLiteral("maneuver"), text(f.maneuver)},
        {QStringLiteral("site"), QJsonObject{{QStringLiteral("key"), f.siteKey},
                                             {QStringLiteral("name"), f.siteName},
                                             {QStringLiteral("lat"), rounded(f.siteLat, 6)},
                                             {QStringLiteral("lon"), rounded(f.siteLon, 6)}}},
        {QStringLiteral("landing_area"), text(f.landingArea)},
        {QStringLiteral("outcome"), launchOutcomeName(f.outcome)},
        {QStringLiteral("apogee_km"), figureJson(f.apogeeKm, 1)},
        {QStringLiteral("range_km"), figureJson(f.rangeKm, 1)},
        {QStringLiteral("flight_time_s"), figureJson(f.flightTimeS, 0)},
        {QStringLiteral("bearing_deg"), figureJson(f.bearingDeg, 1)},
        {QStringLiteral("impact"), f.impactLat ? QJsonValue(QJsonObject{{QStringLiteral("lat"), rounded(f.impactLat, 4)},
                                                                        {QStringLiteral("lon"), rounded(f.impactLon, 4)},
                                                                        {QStringLiteral("basis"), f.impactBasis}})
                                               : QJsonValue()},
        {QStringLiteral("cns_row"), f.cnsRow ? QJsonValue(f.cnsRow) : QJsonValue()},
        {QStringLiteral("launches_csv_row"), f.launchesRow ? QJsonValue(f.launchesRow) : QJsonValue()},
        {QStringLiteral("sources"), text(f.sources)},
        {QStringLiteral("cns_sources"), text(f.cnsSources)},
        {QStringLiteral("notes"), text(f.notes)},
        {QStringLiteral("cns_notes"), text(f.cnsNotes)},
    };
}

QJsonObject catalogTrackJson(const ScenarioTrack &t)
{
    QJsonObject o = t.facts ? factsJson(*t.facts) : QJsonObject{{QStringLiteral("id"), t.id}};
    o[QStringLiteral("status")] = trackOriginName(t.origin);
    QJsonObject model{{QStringLiteral("apogee_km"), rounded(t.apogeeM / 1000.0, 1)},
                      {QStringLiteral("range_km"), rounded(t.rangeM / 1000.0, 1)},
                      {QStringLiteral("flight_time_s"), rounded(t.flightTimeS, 0)},
                      {QStringLiteral("note"), text(t.modelNote)}};
    if (!t.samples.empty()) {
        model[QStringLiteral("impact_lat")] = rounded(t.samples.back().lat, 4);
        model[QStringLiteral("impact_lon")] = rounded(t.samples.back().lon, 4);
    }
    o[QStringLiteral("model")] = model;
    return o;
}

} // namespace trilink::cli
