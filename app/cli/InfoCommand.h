// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink info FILE... [--json]: per track of each file the id, number of points, first and last time (UTC,
// ISO 8601 with milliseconds), apogee and ground range in km and the partners that held it. Text: a table on
// stdout and every problem as "file:line: message" on stderr. JSON (stdout): {"files", "tracks",
// "problems"}. Exit 1 when any file cannot be read at all, 0 otherwise (problems or not), 2 for bad
// arguments. `arguments` starts with "info". Headless.
int runInfo(const QStringList &arguments);

} // namespace trilink::cli
