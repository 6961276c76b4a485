// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Text.h"
#include "core/YearReview.h"
#include "maps/export/BriefWriter.h"

#include <QByteArray>
#include <QString>

namespace trilink::maps {

struct YearReviewOptions {
    BriefPageSize pageSize = BriefPageSize::A4;
    QString banner = text::defaultBanner(); // top and bottom of every page; empty for none
};

// The year in review as PDF bytes (`trilink brief --year 2022`): a first page with the year's figures, the
// launches chart, what each partner saw alone and shared (all flights and the low ones) and the low-flight
// charts; a page of the sharing-gain charts by class (and one by year for the whole record); then the table
// of every launch event of the period with its missiles, class, outcome, reported apogee and range, the
// modelled flight time and its sources; the credits and the banner on every page. Charts are drawn by
// ChartPainter, vector and text as text. Empty bytes and `error` set on failure. Threads: any thread.
QByteArray writeYearReview(const YearReview &review, const YearReviewOptions &options, QString &error);

} // namespace trilink::maps
