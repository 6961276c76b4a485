// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink convert IN OUT: reads IN (any readable track format) and writes its tracks to OUT in the format
// OUT's extension names. IN's problems go to stderr as "file:line: message"; the rows they name are not
// written. Exit 1 when IN cannot be read, holds no track or OUT cannot be written (an existing OUT is then
// left as it was), 2 for bad arguments or an output extension Trilink cannot write. Headless.
int runConvert(const QStringList &arguments);

} // namespace trilink::cli
