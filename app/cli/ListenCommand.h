// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink listen (--udp ADDR:PORT | --tcp-listen PORT | --tak HOST:PORT [--cert --key --ca])... [--duration S]
// --out FILE: records a live CoT feed into a track file, written atomically as it goes and at the end.
int runListen(const QStringList &arguments);

} // namespace trilink::cli
