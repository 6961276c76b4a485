// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/ReportedNumber.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trilink {

// One row of resources/catalog/launches.csv, typed. Reported figures keep their notes (ReportedNumber);
// the Trilink columns say how the row is modelled. Nothing here is computed: see CatalogScenario.
struct LaunchRecord {
    int line = 0; // in the CSV, for messages
    int id = 0;
    QDateTime launchUtc;
    QString localNote;
    QString missile;
    QString siteName;
    double siteLat = 0;
    double siteLon = 0;
    ReportedNumber apogeeKm;
    ReportedNumber rangeKm;
    ReportedNumber flightMin;
    QString impactDescription;
    std::optional<double> impactLatDerived;
    std::optional<double> impactLonDerived;
    QString outcome;
    QString sources;

    QString trackId;
    QString missileClass; // srbm|mrbm|irbm|icbm|slv
    int salvoCount = 1;
    std::optional<double> flightSPublished;
    std::optional<double> apogeeKmModel;
    std::optional<double> impactBearingDeg;
    QString impactBasis; // "derived", "bearing" or empty
    QString noTrackReason;
    QString notes;
    // The missiles of resources/catalog/cns_launches.csv this row describes (crosscheck.md pairs them):
    // cnsKeys() gives "event#series" for each. Empty when the row pairs with none.
    QString cnsEventId;
    std::vector<int> cnsSeries;
    // A space launch that failed: the stage that did not ignite or burn to the end (1 = the first).
    std::optional<int> failedStage;

    QStringList cnsKeys() const
    {
        QStringList keys;
        for (int s : cnsSeries)
            keys << QStringLiteral("%1#%2").arg(cnsEventId).arg(s);
        return keys;
    }
    bool isFailure() const { return outcome.startsWith(QStringLiteral("fail"), Qt::CaseInsensitive); }
};

} // namespace trilink
