// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/SensorCatalog.h"

#include "core/CsvReader.h"

#include <QSet>

#include <cmath>

namespace trilink {

namespace {
const QStringList kRequiredColumns{QStringLiteral("id"),        QStringLiteral("partner"), QStringLiteral("name"),
                                   QStringLiteral("kind"),      QStringLiteral("lat"),     QStringLiteral("lon"),
                                   QStringLiteral("alt_m"),     QStringLiteral("max_range_km"),
                                   QStringLiteral("azimuth_min_deg"), QStringLiteral("azimuth_max_deg"),
                                   QStringLiteral("min_elevation_deg")};

// Reads one numeric cell; an empty or non-numeric cell sets `error` and returns nullopt.
std::optional<double> number(const QString &cell, const QString &column, double lo, double hi, QString &error)
{
    bool ok = false;
    const double v = cell.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        error = QStringLiteral("%1 '%2' is not a number").arg(column, cell);
        return std::nullopt;
    }
    if (v < lo || v > hi) {
        error = QStringLiteral("%1 %2 outside [%3, %4]").arg(column).arg(v).arg(lo).arg(hi);
        return std::nullopt;
    }
    return v;
}
} // namespace

SensorCatalog SensorCatalog::load(const QString &path)
{
    return fromDocument(CsvReader::readFile(path), path);
}

SensorCatalog SensorCatalog::parse(const QString &text, const QString &fileName)
{
    return fromDocument(CsvReader::parse(text, fileName), fileName);
}

SensorCatalog SensorCatalog::fromDocument(const CsvDocument &doc, const QString &fileName)
{
    SensorCatalog out;
    out.m_problems = doc.problems;
    if (doc.header.isEmpty())
        return out;
    QStringList missing;
    for (const QString &col : kRequiredColumns) {
        if (doc.column(col) < 0)
            missing << col;
    }
    if (!missing.isEmpty()) {
        out.m_problems << QStringLiteral("%1:1: missing column(s) %2").arg(fileName, missing.join(u", "));
        return out;
    }
    const auto cell = [&](const CsvRecord &r, const char *col) {
        const int i = doc.column(QLatin1String(col));
        return i >= 0 && i < r.cells.size() ? r.cells[i].trimmed() : QString();
    };
    QSet<QString> ids;
    for (const CsvRecord &r : doc.records) {
        const auto problem = [&](const QString &message) {
            out.m_problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(r.line).arg(message);
        };
        Sensor s;
        s.id = cell(r, "id");
        if (s.id.isEmpty()) {
            problem(QStringLiteral("empty id"));
            continue;
        }
        if (ids.contains(s.id)) {
            problem(QStringLiteral("duplicate id '%1'").arg(s.id));
            continue;
        }
        const auto partner = parsePartner(cell(r, "partner"));
        if (!partner) {
            problem(QStringLiteral("unknown partner '%1' (expected USA, KOR or JPN)").arg(cell(r, "partner")));
            continue;
        }
        s.partner = *partner;
        const auto kind = parseSensorKind(cell(r, "kind"));
        if (!kind) {
            problem(QStringLiteral("unknown kind '%1' (expected radar_fixed, radar_ship or space_ir)").arg(cell(r, "kind")));
            continue;
        }
        s.kind = *kind;
        s.name = cell(r, "name");
        s.positionQuality = cell(r, "position_quality");
        s.notes = cell(r, "notes_and_sources");
        QString error;
        const auto lat = number(cell(r, "lat"), QStringLiteral("lat"), -90, 90, error);
        const auto lon = lat ? number(cell(r, "lon"), QStringLiteral("lon"), -180, 360, error) : std::nullopt;
        const auto alt = lon ? number(cell(r, "alt_m"), QStringLiteral("alt_m"), -500, 1e8, error) : std::nullopt;
        if (!alt) {
            problem(error);
            continue;
        }
        s.lat = *lat;
        s.lon = *lon > 180 ? *lon - 360 : *lon;
        s.altM = *alt;
        if (s.isRadar()) {
            const auto range = number(cell(r, "max_range_km"), QStringLiteral("max_range_km"), 1e-3, 1e5, error);
            const auto azMin = range ? number(cell(r, "azimuth_min_deg"), QStringLiteral("azimuth_min_deg"), 0, 360, error) : std::nullopt;
            const auto azMax = azMin ? number(cell(r, "azimuth_max_deg"), QStringLiteral("azimuth_max_deg"), 0, 360, error) : std::nullopt;
            const auto el = azMax ? number(cell(r, "min_elevation_deg"), QStringLiteral("min_elevation_deg"), -10, 90, error) : std::nullopt;
            if (!el) {
                problem(error);
                continue;
            }
            s.maxRangeM = *range * 1000.0;
            s.azimuthMinDeg = *azMin;
            s.azimuthMaxDeg = *azMax;
            s.minElevationDeg = *el;
        }
        ids.insert(s.id);
        out.m_sensors.push_back(s);
    }
    return out;
}

} // namespace trilink
