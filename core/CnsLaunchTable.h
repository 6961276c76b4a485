// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace trilink {

struct CsvDocument;

// One leg of a `glide_path` cell: fly distanceKm on the current bearing, then (if newBearingDeg is set)
// turn to it over turnDistanceKm. The row's bearing_deg is the direction of the first leg.
struct CnsGlideLeg {
    double distanceKm = 0;
    double turnDistanceKm = 0;
    std::optional<double> newBearingDeg;
};

// One row of resources/catalog/cns_launches.csv (one missile), typed, every value as the file gives it.
// Empty cells are empty optionals: the source said "unknown" or "na" or nothing. The columns and their
// traps are described in resources/catalog/cns_launches_README.md.
struct CnsLaunchRecord {
    int line = 0; // in the CSV, for messages
    QString eventId; // "2022-11-01-wonsan": UTC date + facility key
    int series = 1;  // 1..n within the event, in time order
    std::optional<int> nagixSeries; // the missile's number among that UTC day's launches, all sites
    QDate utcDate;
    std::optional<QTime> utcTime; // minutes; empty when the source has none
    QString missileKey;
    QString missileName;
    QString missileClass; // as written: SRBM, MRBM, IRBM, ICBM, SLBM, SLV, HGV or unknown
    QString classSource;
    QString maneuver; // "pullup", "glide" or empty
    QString facilityKey;
    QString facilityName;
    std::optional<double> siteLat; // empty only for the "unknown" facility
    std::optional<double> siteLon;
    QString landingKey;
    QString landingName;
    std::optional<double> apogeeKm;
    std::optional<double> rangeKm;
    double bearingDeg = 90; // nagix's bearing; 90 is also its default when it has none (see the README)
    QString glidePathJson;  // the cell verbatim
    std::vector<CnsGlideLeg> glideLegs;
    QString outcome; // "success", "failure" or empty (unknown)
    std::optional<int> cnsRow;
    QString sources;
    QString note;

    // "2022-11-01-wonsan#3": how launches.csv and the adjustments name a row.
    QString key() const { return QStringLiteral("%1#%2").arg(eventId).arg(series); }
    int year() const { return utcDate.year(); }
};

// The CNS/nagix launch table as read from CSV. Columns are found by name; a malformed row (bad date, time
// or number, a value out of range, an event id that does not match its date, a broken glide_path, a
// repeated event and series) is reported as "file:line: message" and left out, and the others are kept.
// Never throws. Linear in the size of the text.
class CnsLaunchTable {
public:
    static constexpr const char *kBuiltinPath = ":/catalog/cns_launches.csv";

    static CnsLaunchTable load(const QString &path);
    static CnsLaunchTable parse(const QString &text, const QString &fileName);
    static CnsLaunchTable builtin() { return load(QString::fromLatin1(kBuiltinPath)); }

    const std::vector<CnsLaunchRecord> &records() const { return m_records; }
    const QStringList &problems() const { return m_problems; }
    // Rows seen in the file, including the ones left out as malformed.
    int rowCount() const { return m_rowCount; }
    const CnsLaunchRecord *find(const QString &key) const;

private:
    static CnsLaunchTable fromDocument(const CsvDocument &doc, const QString &fileName);

    std::vector<CnsLaunchRecord> m_records;
    QStringList m_problems;
    int m_rowCount = 0;
};

// One line of resources/catalog/cns_adjustments.csv: a figure of one row replaced by a better sourced one
// that the row's own note gives (the time JCS reported, apogee and range that nagix swapped).
struct CnsAdjustment {
    QString key;   // "2022-12-18-sohae#1"
    QString field; // utc_time, apogee_km or range_km
    QString value; // as written: "20:20", "550"
    QString source;
    QString reason;
};

// Reads the adjustments; a malformed line (unknown field, bad value) is a "file:line: message" in
// *problems and left out.
std::vector<CnsAdjustment> parseCnsAdjustments(const QString &text, const QString &fileName, QStringList *problems);
std::vector<CnsAdjustment> loadCnsAdjustments(const QString &path, QStringList *problems);
inline constexpr const char *kBuiltinCnsAdjustmentsPath = ":/catalog/cns_adjustments.csv";

// Parses a glide_path cell ('[{"distance":500,"maneuvering-distance":120,"bearing":65},{"distance":80}]').
// An empty cell gives no legs; a malformed one sets *error.
std::vector<CnsGlideLeg> parseGlidePath(const QString &json, QString *error);

} // namespace trilink
