// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/LaunchCatalog.h"
#include "core/MissileClass.h"
#include "core/Trajectory.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trilink {

// One modelled flight of the catalogue. A salvo row gives several tracks ("2016-09-05-NODONG-a", "-b").
struct CatalogTrack {
    QString id;
    int rowId = 0;
    QDateTime launchUtc;
    QString missile;  // as reported
    MissileClass missileClass = MissileClass::Icbm;
    QString siteName;
    double siteLon = 0;
    double siteLat = 0;
    std::optional<double> apogeeKmReported; // the figure the model was asked for (apogee_km_model)
    std::optional<double> rangeKmReported;  // leading figure of range_km
    std::optional<double> flightSPublished;
    bool published = false; // true: flight time matched to a published figure; false: "modelled"
    bool failure = false;
    QString adjustment; // what was changed to match the published time, e.g. "apogee 3724.9 -> 3790.2 km (+1.8%)"
    QString notes;      // the row's notes plus salvo placement
    Trajectory trajectory;

    QString status() const { return published ? QStringLiteral("published") : QStringLiteral("modelled"); }
};

// A catalogue row that gives no track, with the reason (never dropped silently).
struct CatalogExclusion {
    int rowId = 0;
    QString date; // UTC date
    QString missile;
    QString reason;
};

struct CatalogScenario {
    std::vector<CatalogTrack> tracks; // in launch order
    std::vector<CatalogExclusion> withoutEnoughFacts;
    QStringList problems; // parse problems, "file:line: message"

    // The track with exactly this id, or null.
    const CatalogTrack *find(const QString &id) const
    {
        for (const auto &t : tracks)
            if (t.id == id)
                return &t;
        return nullptr;
    }
};

// Builds every track of a catalogue: the impact point is the derived one where given, else the range
// along the recorded bearing; the apogee is apogee_km_model, or minimum energy when none is reported;
// where flight_s_published exists the apogee is adjusted until the flight time matches it (published),
// else the model predicts the time (modelled). Salvo members launch 20 s apart and fan out in bearing by
// kSalvoSpreadDeg per missile around the recorded bearing. Tracks are solved on up to two worker threads;
// the result is deterministic and in row order.
class CatalogScenarioBuilder {
public:
    static constexpr double kSalvoStepS = 20.0;
    static constexpr double kSalvoSpreadDeg = 1.0;

    static CatalogScenario build(const LaunchCatalog &catalog);
    // The bundled catalogue from ":/catalog/launches.csv".
    static CatalogScenario buildBuiltin();
};

} // namespace trilink
