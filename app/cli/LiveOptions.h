// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What trilink listen and trilink stream share: the options that name endpoints (--udp, --tcp-listen, --tcp,
// --tak) and TLS credentials (--cert, --key, --ca, --password, --peer-name, --tls), read into LiveEndpoints;
// and stopping cleanly on Ctrl+C or SIGTERM (the recording is written, the summary printed).

#include "maps/live/LiveEndpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>

#include <optional>
#include <vector>

namespace trilink::cli {

struct LiveOptions {
    QCommandLineOption udp{QStringLiteral("udp"), QString(), QStringLiteral("ADDR:PORT")};
    QCommandLineOption tcpListen{QStringLiteral("tcp-listen"), QString(), QStringLiteral("[ADDR:]PORT")};
    QCommandLineOption tcp{QStringLiteral("tcp"), QString(), QStringLiteral("HOST:PORT")};
    QCommandLineOption tak{QStringLiteral("tak"), QString(), QStringLiteral("HOST:PORT")};
    QCommandLineOption iface{QStringLiteral("interface"), QString(), QStringLiteral("NAME")};
    QCommandLineOption cert{QStringLiteral("cert"), QString(), QStringLiteral("FILE")};
    QCommandLineOption key{QStringLiteral("key"), QString(), QStringLiteral("FILE")};
    QCommandLineOption ca{QStringLiteral("ca"), QString(), QStringLiteral("FILE")};
    QCommandLineOption password{QStringLiteral("password"), QString(), QStringLiteral("PASSWORD")};
    QCommandLineOption peerName{QStringLiteral("peer-name"), QString(), QStringLiteral("NAME")};
    QCommandLineOption tls{QStringLiteral("tls")};

    // Adds the listening options (udp, tcp-listen, tak) or the sending ones (udp, tcp, tak), with the TLS and
    // interface options, each with its help text.
    void addListening(QCommandLineParser &p);
    void addSending(QCommandLineParser &p);
    // The endpoints the options name, in the order given; nullopt with *error on a bad value or a TLS
    // option without --tak, or an endpoint named twice. The password comes from --password, else TRILINK_TLS_PASSWORD.
    std::optional<std::vector<maps::live::LiveEndpoint>> endpoints(const QCommandLineParser &p, bool listening, QString *error) const;

private:
    void addTls(QCommandLineParser &p);
};

// Runs the event loop until quit() or SIGINT/SIGTERM; true when a signal ended it.
bool execUntilStopped();

} // namespace trilink::cli
