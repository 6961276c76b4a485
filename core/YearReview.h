// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/StatChart.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace trilink {

// What each partner made of a set of flights, alone and in the shared picture.
struct PartnerTally {
    int flights = 0;       // modelled flights in the set
    int detectedFirst = 0; // its own sensors saw it first (ties count for each partner tied)
    int seenAlone = 0;     // its own sensors saw it at all
    int missedAlone = 0;   // seen in its shared picture but never by its own sensors
    std::vector<double> secondsEarlier; // sharing gain in first detection, flights it also saw alone
    std::vector<double> heldGainPts;    // sharing gain in the share of the flight held, percentage points
};

// The year in review (or the whole record): the missiles of the public record counted by year, month and
// class, every launch event of the period with its figures and sources, and what sharing gained each
// partner on the modelled flights, by class and by year, with the low flights (modelled apogee below
// kLowApogeeKm) apart. Computed from a scenario in milliseconds; the charts are data (StatChart) that
// maps/chart/ChartPainter and the statistics dock draw.
struct YearReview {
    // Below this modelled apogee a flight counts as low: the Hwasong-11 family's 20-100 km, under most of
    // the partners' radar horizons for most of the flight (docs/sensors.md).
    static constexpr double kLowApogeeKm = 100.0;
    static const QStringList &classOrder(); // srbm mrbm irbm icbm slbm hgv slv unknown
    static QString className(const QString &key); // "SRBM", ..., "unknown"

    struct Event {
        QString eventId;
        QDateTime firstLaunchUtc; // invalid when no missile of the event has a time
        QDate koreanDate;
        QString site;
        QStringList missiles; // distinct names, in launch order
        QStringList classes;  // distinct class keys
        int count = 0;        // missiles
        int tracks = 0;       // of them modelled
        int failures = 0;
        int unknownOutcome = 0;
        // Spans over the salvo (low == high for one missile); empty when no missile reports one.
        struct Span {
            double low = 0, high = 0;
            bool has = false;
            void add(double v);
        };
        Span apogeeKm, rangeKm; // as reported (the figure the model used)
        Span flightS;           // as modelled
        QStringList trackIds;
        QString sources; // of its first missile (a salvo's rows cite the same reports)
    };

    std::optional<int> year; // empty: every year of the record
    int missiles = 0;
    int eventCount = 0;
    int tracks = 0;  // modelled flights among the missiles
    int leftOut = 0; // missiles without enough facts for a track
    std::map<QString, int> missilesByClass; // class key -> missiles
    std::vector<Event> events; // in launch order
    std::array<PartnerTally, kPartnerCount> partners;      // every modelled flight
    std::array<PartnerTally, kPartnerCount> lowPartners;   // modelled apogee below kLowApogeeKm
    std::array<PartnerTally, kPartnerCount> otherPartners; // the rest
    int lowFlights = 0;
    std::vector<StatChart> charts;

    const StatChart *chart(const QString &id) const;
    QString periodName() const; // "2022" or "2016-2026"

    static YearReview compute(const Scenario &scenario, std::optional<int> year = std::nullopt);
};

} // namespace trilink
