// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QStringList>

namespace trilink::cli {

// trilink catalog [--json]: every launch of the bundled catalogue as modelled (id, date, missile, apogee,
// range, flight time, published or modelled), then the rows without enough facts, each with its reason.
int runCatalog(const QStringList &arguments);

} // namespace trilink::cli
