// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink brief --launch ID[,ID...] --out FILE.pdf [--page a4|letter] [--view-as WHO] [--banner TEXT]
// [--theme light|dark] [--time T] [FILE...]: one page per launch (maps::writeBrief), written atomically.
// `arguments` starts with "brief". Headless.
int runBrief(const QStringList &arguments);

} // namespace trilink::cli
