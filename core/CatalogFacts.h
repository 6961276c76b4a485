// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/CnsLaunchTable.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trilink {

// A reported figure with where it comes from. `value` is the number the model is asked for (the leading
// figure of a cell, or an adjusted one: then `adjusted` says why); `text` is the figure as the source
// gives it ("2802 (MOD >2500)", "500"), empty when nothing was reported.
struct SourcedFigure {
    std::optional<double> value;
    QString text;
    QString source;   // "launches.csv row 9 (CNS mirror row 111; newsonjapan.com/...)", "CNS row 223 via nagix"
    QString adjusted; // empty, or why value differs from text (e.g. "apogee and range swapped in nagix")

    bool has() const { return value.has_value(); }
};

// The credit every display of the record's figures carries (About box, briefs, the year in review).
QString catalogueCredit();

enum class LaunchOutcome { Unknown, Success, Failure };
QString launchOutcomeName(LaunchOutcome o); // "unknown", "success", "failure"

// What the public record says about one missile, merged from cns_launches.csv (every missile since 2016)
// and launches.csv (27 hand-checked rows with published flight times and richer sources, which win where
// both describe the same missile). Nothing here is modelled: CatalogScenarioBuilder flies it.
struct CatalogFacts {
    QString id;          // "2017-11-28-pyongsong-1": event id + series, stable and readable
    QStringList aliases; // earlier ids that still name this missile ("2017-11-28-HS15")
    QString eventId;     // "2017-11-28-pyongsong": one site on one UTC day
    int series = 1;      // 1..eventSize, in launch order
    int eventSize = 1;
    QDate utcDate;          // the launch day (UTC), known even when the time is not
    QDateTime launchUtc;    // invalid when no time is known (then the missile is never a track)
    QString launchTimeNote; // empty when the time is reported as such; else where it comes from
    QString missile;        // the identified missile ("Hwasong-11A (KN-23)") or "unidentified SRBM"
    QString missileKey;     // nagix key, empty when unknown
    QString missileReported; // launches.csv's wording where it says more ("Hwasong-17 claimed (CNS: Hwasong-15)")
    QString missileClass;    // srbm, mrbm, irbm, icbm, slbm, hgv, slv or unknown (as the sources class it)
    QString maneuver;        // "pullup", "glide" or empty
    QString siteKey;
    QString siteName;
    double siteLon = 0;
    double siteLat = 0;
    QString landingArea; // "Sea of Japan or East Sea", ...
    QString impactDescription; // launches.csv's words ("inside EEZ ~250 km W of Aomori, 19:11Z"), else empty
    QString localTimeNote;     // launches.csv's local time ("03:18 JST Nov 29"), else empty
    LaunchOutcome outcome = LaunchOutcome::Unknown;
    SourcedFigure apogeeKm;
    SourcedFigure rangeKm;
    SourcedFigure flightTimeS; // published flight time (launches.csv only): value in s, text in minutes as reported
    SourcedFigure bearingDeg;  // from the site, degrees true
    // The impact point the track is aimed at, and how it was obtained ("launches.csv impact_lat/lon_derived",
    // "derived: site + bearing + range along the WGS84 geodesic"). Empty for a row without one.
    std::optional<double> impactLon;
    std::optional<double> impactLat;
    QString impactBasis;
    std::vector<CnsGlideLeg> glideLegs;
    QString cnsKey;       // "2017-11-28-pyongsong#1"
    int cnsRow = 0;       // row of the CNS database export, 0 after 2023-04
    int launchesRow = 0;  // id in launches.csv, 0 when the missile is not there
    QString sources;      // the sources of the figures used (launches.csv's where it describes the missile), "; "-separated
    QString cnsSources;   // the CNS row's sources where launches.csv's are used instead (kept, not shown on the page)
    QString notes;        // the row's notes (launches.csv's where it describes the missile), and what Trilink assumed
    QString cnsNotes;     // where launches.csv's notes are used: the CNS row's figures and note (kept, not on the page)

    int year() const { return utcDate.year(); }
    // The calendar day in Korea (UTC+9), as the press reports it: the "2 November 2022" salvos are
    // 2022-11-01 in UTC. Without a launch time, the UTC day.
    QDate koreanDate() const { return launchUtc.isValid() ? launchUtc.addSecs(9 * 3600).date() : utcDate; }
    bool isFailure() const { return outcome == LaunchOutcome::Failure; }
    bool names(const QString &someId) const { return someId == id || aliases.contains(someId); }
};

} // namespace trilink
