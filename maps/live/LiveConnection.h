// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// A saved connection of the viewer (File → Connect): a name, where to listen, the partner rules for senders
// that do not say who they are, and where to broadcast what the viewer plays. Kept in QSettings as plain
// values (endpoint URLs, rule texts); passwords are never saved.
//
// Threads: values and functions; any thread (QSettings is used by the caller's thread only).

#include "maps/live/LiveEndpoint.h"

#include <QSettings>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trilink::maps::live {

struct LiveConnection {
    QString name;
    std::vector<LiveEndpoint> listen;
    QStringList partnerRules;
    std::optional<LiveEndpoint> broadcast;

    // "ATAK mesh (udp multicast 239.2.3.1:6969)": the name, or what it listens on when unnamed.
    QString title() const;
    bool operator==(const LiveConnection &o) const;
};

// ATAK's mesh as every ATAK sends it: the SA multicast group on the system's interface.
LiveConnection atakMeshConnection();

// A connection named on a command line (the viewer's --connect): a saved connection's name (as
// loadConnections reads them), "ATAK mesh", or an endpoint URL to listen on (udp://239.2.3.1:6969,
// tcp-listen://0.0.0.0:8088, tak+tls://host:8089?cert=...&ca=...). nullopt with *error for anything else.
std::optional<LiveConnection> connectionFromText(QSettings &settings, const QString &text, QString *error);

// The connections saved under `group` (default "live/connections"), in order; entries that no longer read
// are skipped.
std::vector<LiveConnection> loadConnections(QSettings &settings, const QString &group = QStringLiteral("live/connections"));
void saveConnections(QSettings &settings, const std::vector<LiveConnection> &connections,
                     const QString &group = QStringLiteral("live/connections"));

} // namespace trilink::maps::live
