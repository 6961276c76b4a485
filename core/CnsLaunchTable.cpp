// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CnsLaunchTable.h"

#include "core/CsvReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace trilink {
namespace {
const QStringList kRequired{QStringLiteral("event_id"),  QStringLiteral("series"),      QStringLiteral("utc_date"),
                            QStringLiteral("utc_time"),  QStringLiteral("missile_class"), QStringLiteral("facility_key"),
                            QStringLiteral("site_lat"),  QStringLiteral("site_lon"),    QStringLiteral("apogee_km"),
                            QStringLiteral("range_km"),  QStringLiteral("bearing_deg"), QStringLiteral("outcome"),
                            QStringLiteral("sources")};
const QStringList kClasses{QStringLiteral("SRBM"), QStringLiteral("MRBM"), QStringLiteral("IRBM"), QStringLiteral("ICBM"),
                           QStringLiteral("SLBM"), QStringLiteral("SLV"),  QStringLiteral("HGV"),  QStringLiteral("unknown")};
// The longest glide_path the reader accepts: the data has two legs; a hundred is generous and bounds memory.
constexpr int kMaxGlideLegs = 100;
constexpr double kMaxDistanceKm = 40075.0; // once round the Earth
} // namespace

std::vector<CnsGlideLeg> parseGlidePath(const QString &json, QString *error)
{
    std::vector<CnsGlideLeg> legs;
    if (json.trimmed().isEmpty())
        return legs;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::vector<CnsGlideLeg>{};
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return fail(QStringLiteral("glide_path is not a JSON list of legs"));
    const QJsonArray a = doc.array();
    if (a.isEmpty() || a.size() > kMaxGlideLegs)
        return fail(QStringLiteral("glide_path has %1 legs (1 to %2 expected)").arg(a.size()).arg(kMaxGlideLegs));
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        const QJsonValue d = o.value(QStringLiteral("distance"));
        const QJsonValue m = o.value(QStringLiteral("maneuvering-distance"));
        const QJsonValue b = o.value(QStringLiteral("bearing"));
        CnsGlideLeg leg;
        if (!d.isDouble() || !(d.toDouble() > 0) || d.toDouble() > kMaxDistanceKm)
            return fail(QStringLiteral("glide_path leg %1: distance must be a number of km above 0").arg(legs.size() + 1));
        leg.distanceKm = d.toDouble();
        if (!m.isUndefined()) {
            if (!m.isDouble() || m.toDouble() < 0 || m.toDouble() > kMaxDistanceKm)
                return fail(QStringLiteral("glide_path leg %1: maneuvering-distance must be a number of km").arg(legs.size() + 1));
            leg.turnDistanceKm = m.toDouble();
        }
        if (!b.isUndefined()) {
            if (!b.isDouble() || b.toDouble() < 0 || b.toDouble() > 360)
                return fail(QStringLiteral("glide_path leg %1: bearing must be degrees in [0, 360]").arg(legs.size() + 1));
            leg.newBearingDeg = b.toDouble();
        }
        legs.push_back(leg);
    }
    return legs;
}

CnsLaunchTable CnsLaunchTable::parse(const QString &text, const QString &fileName)
{
    return fromDocument(CsvReader::parse(text, fileName), fileName);
}

CnsLaunchTable CnsLaunchTable::load(const QString &path)
{
    return fromDocument(CsvReader::readFile(path), path);
}

CnsLaunchTable CnsLaunchTable::fromDocument(const CsvDocument &doc, const QString &fileName)
{
    CnsLaunchTable t;
    t.m_problems = doc.problems;
    t.m_rowCount = static_cast<int>(doc.records.size()) + doc.skippedRecords;
    for (const QString &c : kRequired)
        if (!doc.header.isEmpty() && doc.column(c) < 0) {
            t.m_problems << QStringLiteral("%1:1: missing column \"%2\"").arg(fileName, c);
            return t;
        }
    static const QRegularExpression timeRe(QStringLiteral("^([01]\\d|2[0-3]):([0-5]\\d)$"));
    QHash<QString, int> seen; // key -> line
    for (const CsvRecord &rec : doc.records) {
        QStringList errors;
        const auto cell = [&](const char *name) {
            const int c = doc.column(QString::fromLatin1(name));
            return c < 0 ? QString() : rec.cells[c].trimmed();
        };
        const auto number = [&](const char *name, double lo, double hi) -> std::optional<double> {
            const QString s = cell(name);
            if (s.isEmpty())
                return std::nullopt;
            bool ok = false;
            const double v = s.toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < lo || v > hi) {
                errors << QStringLiteral("%1 \"%2\" is not a number in [%3, %4]").arg(QLatin1String(name), s).arg(lo).arg(hi);
                return std::nullopt;
            }
            return v;
        };
        const auto integer = [&](const char *name, int lo, int hi) -> std::optional<int> {
            const QString s = cell(name);
            if (s.isEmpty())
                return std::nullopt;
            bool ok = false;
            const int v = s.toInt(&ok);
            if (!ok || v < lo || v > hi) {
                errors << QStringLiteral("%1 \"%2\" is not an integer in [%3, %4]").arg(QLatin1String(name), s).arg(lo).arg(hi);
                return std::nullopt;
            }
            return v;
        };

        CnsLaunchRecord r;
        r.line = rec.line;
        r.eventId = cell("event_id");
        const auto series = integer("series", 1, 999);
        if (!series && cell("series").isEmpty())
            errors << QStringLiteral("series is empty");
        r.series = series.value_or(1);
        r.nagixSeries = integer("nagix_series", 1, 999);
        r.utcDate = QDate::fromString(cell("utc_date"), Qt::ISODate);
        if (!r.utcDate.isValid())
            errors << QStringLiteral("utc_date \"%1\" is not a date (YYYY-MM-DD)").arg(cell("utc_date"));
        if (const QString s = cell("utc_time"); !s.isEmpty()) {
            const auto m = timeRe.match(s);
            if (m.hasMatch())
                r.utcTime = QTime(m.captured(1).toInt(), m.captured(2).toInt());
            else
                errors << QStringLiteral("utc_time \"%1\" is not HH:MM").arg(s);
        }
        r.missileKey = cell("missile_key");
        r.missileName = cell("missile_name");
        r.missileClass = cell("missile_class");
        if (!kClasses.contains(r.missileClass))
            errors << QStringLiteral("missile_class \"%1\" is not one of %2").arg(r.missileClass, kClasses.join(u", "));
        r.classSource = cell("class_source");
        r.maneuver = cell("maneuver");
        if (!r.maneuver.isEmpty() && r.maneuver != u"pullup" && r.maneuver != u"glide")
            errors << QStringLiteral("maneuver \"%1\" is not pullup or glide").arg(r.maneuver);
        r.facilityKey = cell("facility_key");
        r.facilityName = cell("facility_name");
        r.siteLat = number("site_lat", -90, 90);
        r.siteLon = number("site_lon", -180, 180);
        if (r.siteLat.has_value() != r.siteLon.has_value())
            errors << QStringLiteral("the site needs both site_lat and site_lon");
        if (r.utcDate.isValid() && !r.facilityKey.isEmpty()
            && r.eventId != r.utcDate.toString(Qt::ISODate) + u'-' + r.facilityKey)
            errors << QStringLiteral("event_id \"%1\" is not utc_date-facility_key").arg(r.eventId);
        if (r.eventId.isEmpty())
            errors << QStringLiteral("event_id is empty");
        r.landingKey = cell("landing_key");
        r.landingName = cell("landing_name");
        r.apogeeKm = number("apogee_km", 0, 100000);
        r.rangeKm = number("range_km", 0, kMaxDistanceKm);
        if (const auto b = number("bearing_deg", 0, 360))
            r.bearingDeg = *b;
        else if (cell("bearing_deg").isEmpty())
            errors << QStringLiteral("bearing_deg is empty");
        r.glidePathJson = cell("glide_path");
        QString glideError;
        r.glideLegs = parseGlidePath(r.glidePathJson, &glideError);
        if (!glideError.isEmpty())
            errors << glideError;
        r.outcome = cell("outcome");
        if (!r.outcome.isEmpty() && r.outcome != u"success" && r.outcome != u"failure")
            errors << QStringLiteral("outcome \"%1\" is not success, failure or empty").arg(r.outcome);
        r.cnsRow = integer("cns_row", 1, 1000000);
        r.sources = cell("sources");
        r.note = cell("note");
        if (errors.isEmpty()) {
            const auto it = seen.constFind(r.key());
            if (it != seen.constEnd())
                errors << QStringLiteral("%1 series %2 is already on line %3").arg(r.eventId).arg(r.series).arg(*it);
        }
        if (!errors.isEmpty()) {
            for (const QString &e : errors)
                t.m_problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(rec.line).arg(e);
            continue;
        }
        seen.insert(r.key(), r.line);
        t.m_records.push_back(std::move(r));
    }
    return t;
}

const CnsLaunchRecord *CnsLaunchTable::find(const QString &key) const
{
    for (const auto &r : m_records)
        if (r.key() == key)
            return &r;
    return nullptr;
}

namespace {
std::vector<CnsAdjustment> adjustmentsFrom(const CsvDocument &doc, const QString &fileName, QStringList *problems)
{
    std::vector<CnsAdjustment> out;
    QStringList found = doc.problems;
    for (const char *c : {"event_id", "series", "field", "value", "source", "reason"})
        if (doc.column(QString::fromLatin1(c)) < 0) {
            found << QStringLiteral("%1:1: missing column \"%2\"").arg(fileName, QLatin1String(c));
            if (problems)
                *problems << found;
            return out;
        }
    static const QRegularExpression timeRe(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    for (const CsvRecord &rec : doc.records) {
        const auto cell = [&](const char *name) { return rec.cells[doc.column(QString::fromLatin1(name))].trimmed(); };
        CnsAdjustment a;
        bool okSeries = false;
        const int series = cell("series").toInt(&okSeries);
        a.key = QStringLiteral("%1#%2").arg(cell("event_id")).arg(series);
        a.field = cell("field");
        a.value = cell("value");
        a.source = cell("source");
        a.reason = cell("reason");
        QString error;
        bool okNumber = false;
        const double v = a.value.toDouble(&okNumber);
        if (!okSeries || series < 1)
            error = QStringLiteral("series \"%1\" is not a positive integer").arg(cell("series"));
        else if (a.field == u"utc_time") {
            if (!timeRe.match(a.value).hasMatch())
                error = QStringLiteral("utc_time \"%1\" is not HH:MM").arg(a.value);
        } else if (a.field == u"apogee_km" || a.field == u"range_km") {
            if (!okNumber || !std::isfinite(v) || v <= 0 || v > kMaxDistanceKm)
                error = QStringLiteral("%1 \"%2\" is not a number of km above 0").arg(a.field, a.value);
        } else {
            error = QStringLiteral("field \"%1\" is not utc_time, apogee_km or range_km").arg(a.field);
        }
        if (error.isEmpty() && (a.source.isEmpty() || a.reason.isEmpty()))
            error = QStringLiteral("an adjustment needs its source and reason");
        if (!error.isEmpty()) {
            found << QStringLiteral("%1:%2: %3").arg(fileName).arg(rec.line).arg(error);
            continue;
        }
        out.push_back(std::move(a));
    }
    if (problems)
        *problems << found;
    return out;
}
} // namespace

std::vector<CnsAdjustment> parseCnsAdjustments(const QString &text, const QString &fileName, QStringList *problems)
{
    return adjustmentsFrom(CsvReader::parse(text, fileName), fileName, problems);
}

std::vector<CnsAdjustment> loadCnsAdjustments(const QString &path, QStringList *problems)
{
    return adjustmentsFrom(CsvReader::readFile(path), path, problems);
}

} // namespace trilink
