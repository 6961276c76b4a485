// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Must not build: the main window does not link the command-line library; both draw from maps' scene.
#include "app/cli/CommandLine.h"

int main()
{
    return trilink::cli::runHeadless({QStringLiteral("trilink"), QStringLiteral("--version")});
}
