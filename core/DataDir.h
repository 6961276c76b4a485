// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

namespace trilink {

// Where the bundled data lives: $TRILINK_DATA_DIR if set, else share/trilink beside the program's bin/
// folder. The build tree has the same layout as the install (tests and tools run from bin/ too), so there
// is no path into the source tree.
QString dataDir();

} // namespace trilink
