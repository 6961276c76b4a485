// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/LaunchCatalog.h"

#include "core/CsvReader.h"

#include <QFile>
#include <QTextStream>
#include <QTimeZone>

#include <cmath>

namespace trilink {
namespace {
const QStringList kRequired{
    QStringLiteral("id"),        QStringLiteral("utc_datetime"), QStringLiteral("missile"),
    QStringLiteral("site_name"), QStringLiteral("site_lat"),     QStringLiteral("site_lon"),
    QStringLiteral("apogee_km"), QStringLiteral("range_km"),     QStringLiteral("flight_min"),
    QStringLiteral("outcome"),   QStringLiteral("sources")};

void fromDocument(const CsvDocument &doc, const QString &fileName, QStringList &problems,
                  std::vector<LaunchRecord> &records)
{
    problems = doc.problems;
    for (const QString &c : kRequired)
        if (doc.column(c) < 0) {
            problems << QStringLiteral("%1:1: missing column \"%2\"").arg(fileName, c);
            return;
        }
    for (const CsvRecord &rec : doc.records) {
        QStringList errors;
        const auto cell = [&](const char *name) {
            const int c = doc.column(QString::fromLatin1(name));
            return c < 0 ? QString() : rec.cells[c].trimmed();
        };
        const auto number = [&](const char *name, bool required) -> std::optional<double> {
            const QString t = cell(name);
            if (t.isEmpty()) {
                if (required)
                    errors << QStringLiteral("%1 is empty").arg(QLatin1String(name));
                return std::nullopt;
            }
            bool ok = false;
            const double v = t.toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                errors << QStringLiteral("%1 \"%2\" is not a number").arg(QLatin1String(name), t);
                return std::nullopt;
            }
            return v;
        };
        const auto reported = [&](const char *name) {
            QString err;
            ReportedNumber r = ReportedNumber::parse(cell(name), &err);
            if (!err.isEmpty())
                errors << QStringLiteral("%1: %2").arg(QLatin1String(name), err);
            return r;
        };

        LaunchRecord r;
        r.line = rec.line;
        bool okId = false;
        r.id = cell("id").toInt(&okId);
        if (!okId)
            errors << QStringLiteral("id \"%1\" is not an integer").arg(cell("id"));
        r.launchUtc = QDateTime::fromString(cell("utc_datetime"), Qt::ISODate);
        if (!r.launchUtc.isValid())
            errors << QStringLiteral("utc_datetime \"%1\" is not an ISO 8601 time").arg(cell("utc_datetime"));
        r.launchUtc.setTimeSpec(Qt::UTC);
        r.localNote = cell("local_note");
        r.missile = cell("missile");
        r.siteName = cell("site_name");
        const auto lat = number("site_lat", true);
        const auto lon = number("site_lon", true);
        if (lat && std::abs(*lat) > 90)
            errors << QStringLiteral("site_lat %1 is outside [-90, 90]").arg(*lat);
        if (lon && std::abs(*lon) > 180)
            errors << QStringLiteral("site_lon %1 is outside [-180, 180]").arg(*lon);
        r.siteLat = lat.value_or(0);
        r.siteLon = lon.value_or(0);
        r.apogeeKm = reported("apogee_km");
        r.rangeKm = reported("range_km");
        r.flightMin = reported("flight_min");
        r.impactDescription = cell("impact_description");
        r.impactLatDerived = number("impact_lat_derived", false);
        r.impactLonDerived = number("impact_lon_derived", false);
        if (r.impactLatDerived.has_value() != r.impactLonDerived.has_value())
            errors << QStringLiteral("derived impact needs both latitude and longitude");
        r.outcome = cell("outcome");
        r.sources = cell("sources");

        r.trackId = cell("track_id");
        r.missileClass = cell("class");
        if (const QString s = cell("salvo_count"); !s.isEmpty()) {
            bool ok = false;
            r.salvoCount = s.toInt(&ok);
            if (!ok || r.salvoCount < 1 || r.salvoCount > 26)
                errors << QStringLiteral("salvo_count \"%1\" is not an integer in [1, 26]").arg(s);
        }
        r.flightSPublished = number("flight_s_published", false);
        r.apogeeKmModel = number("apogee_km_model", false);
        r.impactBearingDeg = number("impact_bearing_deg", false);
        r.impactBasis = cell("impact_basis");
        r.noTrackReason = cell("no_track_reason");
        r.notes = cell("notes");
        r.cnsEventId = cell("cns_event_id");
        for (const QString &s : cell("cns_series").split(u';', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int n = s.trimmed().toInt(&ok);
            if (!ok || n < 1 || n > 999)
                errors << QStringLiteral("cns_series \"%1\" is not a list of numbers separated by ';'").arg(cell("cns_series"));
            else
                r.cnsSeries.push_back(n);
        }
        if (const QString s = cell("failed_stage"); !s.isEmpty()) {
            bool ok = false;
            r.failedStage = s.toInt(&ok);
            if (!ok || *r.failedStage < 1 || *r.failedStage > 5)
                errors << QStringLiteral("failed_stage \"%1\" is not a stage number (1 to 5)").arg(s);
        }
        if (r.cnsEventId.isEmpty() != r.cnsSeries.empty())
            errors << QStringLiteral("cns_event_id and cns_series go together");

        if (!errors.isEmpty()) {
            for (const QString &e : errors)
                problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(rec.line).arg(e);
            continue;
        }
        records.push_back(std::move(r));
    }
}
} // namespace

LaunchCatalog LaunchCatalog::parse(const QString &text, const QString &fileName)
{
    LaunchCatalog c;
    const CsvDocument doc = CsvReader::parse(text, fileName);
    fromDocument(doc, fileName, c.m_problems, c.m_records);
    // Records the CSV layer skipped still count as rows seen.
    c.m_rowCount = static_cast<int>(doc.records.size()) + doc.skippedRecords;
    return c;
}

LaunchCatalog LaunchCatalog::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        LaunchCatalog c;
        c.m_problems << QStringLiteral("%1:0: cannot open: %2").arg(path, f.errorString());
        return c;
    }
    QTextStream in(&f);
    in.setEncoding(QStringConverter::Utf8);
    return parse(in.readAll(), path);
}

} // namespace trilink
