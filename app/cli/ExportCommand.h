// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink export [FILE...] --out FILE.png|.svg|.pdf [--format png|svg|pdf] [every scene option]
// The scene options are the table in maps/scene/SceneOptions (--launch, --time, --view-as, --size, ...).
// The picture is the bundled catalogue plus the tracks in FILE..., drawn by MapRenderer as the viewer draws
// them; SVG and PDF are vector (paths for geography and tracks, text as text). Written atomically.
// `arguments` starts with "export". Needs a QGuiApplication (offscreen is fine), never Widgets.
int runExport(const QStringList &arguments);

} // namespace trilink::cli
