// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QByteArray>
#include <QString>

namespace trilink {

// The bundled record as modelled, computed once. tools/catalog_gen models it at build time into
// share/trilink/catalog/catalog.bin (installed with the program); a start reads that in milliseconds. The
// store is keyed by the content of every input (the embedded CSVs of the record and the sensors) and the
// model's version (a hash of core's sources, made by the build), so a stale or foreign file is never used:
// then the user's cache (~/.cache/trilink) is tried, and only then is the record modelled (seconds, on the
// caller's thread, which is never the GUI thread) and the result cached there for the next start.
class BuiltinCatalogue {
public:
    // How load() got the scenario.
    enum class Origin { BundledStore, UserCache, Modelled };

    static QByteArray key();
    static QString bundledStorePath(); // <dataDir>/catalog/catalog.bin
    static QString userCachePath();    // <cache>/catalog-<key>.bin

    // The bundled record with the bundled laydown and default sharing settings.
    static Scenario load(Origin *origin = nullptr, QString *detail = nullptr);
    // Always models (what the generator runs).
    static Scenario model();
};

QString builtinCatalogueOriginName(BuiltinCatalogue::Origin o); // "bundled store", "user cache", "modelled"

} // namespace trilink
