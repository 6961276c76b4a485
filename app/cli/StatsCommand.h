// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink stats [--year Y] [--json] [--out FILE.png|.svg|.csv|DIR/] [--chart ID]: the year in review
// (core/YearReview), its charts drawn by maps/chart/ChartPainter without a display.
int runStats(const QStringList &arguments);

} // namespace trilink::cli
