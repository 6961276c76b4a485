// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/LiveOptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace trilink::cli {
namespace {

using maps::live::LiveEndpoint;

void describe(QCommandLineOption &o, const QString &text)
{
    o.setDescription(text);
}

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1); // async-signal-safe; the loop does the rest
}

} // namespace

void LiveOptions::addTls(QCommandLineParser &p)
{
    describe(cert, QStringLiteral("Client certificate for TLS: PEM (with --key), or PKCS#12 .p12 holding the key too."));
    describe(key, QStringLiteral("PEM private key of the client certificate."));
    describe(ca, QStringLiteral("CA certificates to trust for the server (PEM or PKCS#12); default: the system's."));
    describe(password, QStringLiteral("Password of the PKCS#12 files or key (else $TRILINK_TLS_PASSWORD)."));
    describe(peerName, QStringLiteral("The name the server's certificate must carry, when it is not the host connected to."));
    describe(tls, QStringLiteral("Use TLS to the TAK Server even without --cert or --ca."));
    p.addOptions({cert, key, ca, password, peerName, tls});
}

void LiveOptions::addListening(QCommandLineParser &p)
{
    describe(udp, QStringLiteral("Listen for UDP: a local address or a multicast group (ATAK's mesh: 239.2.3.1:6969). Repeatable."));
    describe(tcpListen, QStringLiteral("Listen as a TCP server for senders that connect (address 0.0.0.0 when left out). Repeatable."));
    describe(tak, QStringLiteral("Connect to a TAK Server (8087 plain; 8089 TLS with --cert/--ca). Repeatable."));
    describe(iface, QStringLiteral("Network interface to join multicast groups on (default: the system's choice)."));
    p.addOptions({udp, tcpListen, tak, iface});
    addTls(p);
}

void LiveOptions::addSending(QCommandLineParser &p)
{
    describe(udp, QStringLiteral("Send UDP datagrams to a host or a multicast group (ATAK's mesh: 239.2.3.1:6969)."));
    describe(tcp, QStringLiteral("Send a CoT stream over TCP to a CoT input (TAK Server 8087, ATAK 4242, trilink listen --tcp-listen)."));
    describe(tak, QStringLiteral("Send to a TAK Server's streaming port (8087 plain; 8089 TLS with --cert/--ca)."));
    describe(iface, QStringLiteral("Network interface multicast goes out of (default: the system's choice)."));
    p.addOptions({udp, tcp, tak, iface});
    addTls(p);
}

std::optional<std::vector<LiveEndpoint>> LiveOptions::endpoints(const QCommandLineParser &p, bool listening, QString *error) const
{
    auto fail = [&](const QString &why) -> std::optional<std::vector<LiveEndpoint>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    maps::live::TlsFiles files;
    files.certificate = p.value(cert);
    files.key = p.value(key);
    files.trust = p.value(ca);
    files.password = p.isSet(password) ? p.value(password) : qEnvironmentVariable("TRILINK_TLS_PASSWORD");
    files.peerName = p.value(peerName);
    const bool useTls = p.isSet(tls) || !files.isEmpty();
    std::vector<LiveEndpoint> out;
    QHash<QString, int> used; // values taken so far per option, to follow the command line's order
    for (const QString &name : p.optionNames()) {
        const bool isUdp = name == udp.names().front(), isTak = name == tak.names().front();
        const bool isTcpListen = listening && name == tcpListen.names().front(), isTcp = !listening && name == tcp.names().front();
        if (!isUdp && !isTak && !isTcpListen && !isTcp)
            continue;
        const QString value = p.values(name).value(used[name]++);
        LiveEndpoint e;
        QString why;
        if (!maps::live::parseHostPort(value, e.host, e.port, &why, isTcpListen ? QStringLiteral("0.0.0.0") : QString()))
            return fail(QStringLiteral("--%1: %2").arg(name, why));
        if (isUdp) {
            e.kind = listening ? LiveEndpoint::Kind::UdpListen : LiveEndpoint::Kind::UdpSend;
            e.interfaceName = p.value(iface);
        } else if (isTcpListen) {
            e.kind = LiveEndpoint::Kind::TcpListen;
        } else if (isTcp) {
            e.kind = LiveEndpoint::Kind::TcpSend;
        } else {
            e.kind = listening ? LiveEndpoint::Kind::TakServer : LiveEndpoint::Kind::TcpSend;
            e.tls = useTls;
            if (useTls)
                e.tlsFiles = files;
        }
        out.push_back(e);
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (out[i].text() == out[j].text())
                return fail(QStringLiteral("%1 is named twice").arg(out[i].text()));
    if (out.empty())
        return fail(listening ? QStringLiteral("name what to listen to: --udp ADDR:PORT, --tcp-listen PORT or --tak HOST:PORT")
                              : QStringLiteral("name where to send: --udp ADDR:PORT, --tcp HOST:PORT or --tak HOST:PORT"));
    if (useTls && !p.isSet(tak))
        return fail(QStringLiteral("--cert, --key, --ca, --peer-name and --tls are for a TAK Server (--tak HOST:PORT)"));
    return out;
}

bool execUntilStopped()
{
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return QCoreApplication::exec() != 0;
    bool signalled = false;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        signalled = true;
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    struct sigaction oldInt {}, oldTerm {};
    sigaction(SIGINT, &action, &oldInt);
    sigaction(SIGTERM, &action, &oldTerm);
    QCoreApplication::exec();
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    return signalled;
}

} // namespace trilink::cli
