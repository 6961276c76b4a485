// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink export --out FILE.png [--size WxH] [--projection NAME] [--center LON,LAT] [--extent-km KM]
//                [--theme dark|light] [--reference LON,LAT] [--no-graticule] [--no-labels]
// `arguments` starts with "export". Needs a QGuiApplication (offscreen is fine), never Widgets.
int runExport(const QStringList &arguments);

} // namespace trilink::cli
