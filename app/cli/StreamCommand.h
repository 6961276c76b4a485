// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink stream (--launch ID | FILE...) (--udp ADDR:PORT | --tcp HOST:PORT | --tak HOST:PORT) [--speed N]
// [--from T] [--to T]: plays tracks out as Cursor on Target, in time order at the given speed.
int runStream(const QStringList &arguments);

} // namespace trilink::cli
