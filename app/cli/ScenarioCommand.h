// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink scenario new|add-launch|remove-launch|move-sensor|disable-sensor|enable-sensor|set-latency|
// bookmark|show F.trilink.json ...: headless authoring of a scenario file (docs/scenario.md) for scripts and
// tests. Every edit reads the file strictly, changes it and writes it back atomically; a bad file or value
// is exit 2 naming the field. `arguments` starts with "scenario".
int runScenario(const QStringList &arguments);

} // namespace trilink::cli
