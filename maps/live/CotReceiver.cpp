// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/CotReceiver.h"

#include "maps/cot/CotEventParser.h"
#include "maps/live/CotConnection.h"

#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

namespace trilink::maps::live {
namespace {

constexpr qint64 kMaxDatagramBytes = 65536;
constexpr int kDatagramsPerTurn = 512;        // then the event loop runs; the rest are read on its next turn
constexpr qint64 kSocketReadBuffer = 256 * 1024; // Qt's buffer per TCP sender; beyond it TCP flow control waits

const bool kRegistered = [] {
    qRegisterMetaType<ReceivedEvent>();
    qRegisterMetaType<QList<ReceivedEvent>>();
    qRegisterMetaType<CotReceiver::State>();
    return true;
}();

QString peerText(const QHostAddress &a, quint16 port)
{
    bool v4 = false;
    const quint32 ip = a.toIPv4Address(&v4);
    const QString host = v4 ? QHostAddress(ip).toString() : a.toString();
    return port ? QStringLiteral("%1:%2").arg(host).arg(port) : host;
}

} // namespace

struct CotReceiver::Stream {
    explicit Stream(const cot::CotSplitterLimits &limits) : splitter(limits) {}
    cot::CotStreamSplitter splitter;
    std::vector<cot::CotFrame> frames;
    std::vector<cot::CotStreamProblem> problems;
    QList<ReceivedEvent> out;
};

CotReceiver::CotReceiver(LiveEndpoint endpoint, QObject *parent) : QObject(parent), m_endpoint(std::move(endpoint))
{
    (void)kRegistered;
}

CotReceiver::~CotReceiver()
{
    // No signal from a destructor: whoever listens may be gone already.
    blockSignals(true);
    stop();
}

void CotReceiver::setState(State s, const QString &detail)
{
    m_state = s;
    emit stateChanged(s, detail);
}

bool CotReceiver::start(QString *error)
{
    stop();
    switch (m_endpoint.kind) {
    case LiveEndpoint::Kind::UdpListen:
        return startUdp(error);
    case LiveEndpoint::Kind::TcpListen:
        return startTcpServer(error);
    case LiveEndpoint::Kind::TakServer:
        return startTakClient(error);
    case LiveEndpoint::Kind::UdpSend:
    case LiveEndpoint::Kind::TcpSend:
        break;
    }
    if (error)
        *error = QStringLiteral("%1 is somewhere to send to, not to listen on").arg(m_endpoint.text());
    return false;
}

void CotReceiver::stop()
{
    if (m_udp) {
        m_udp->close();
        m_udp->deleteLater();
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
    }
    for (auto &[socket, stream] : m_senders) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_senders.clear();
    if (m_tak) {
        m_tak->stop();
        m_tak->deleteLater();
    }
    m_takStream.reset();
    m_counts.connections = 0;
    if (m_state != State::Stopped)
        setState(State::Stopped, QStringLiteral("stopped"));
}

quint16 CotReceiver::localPort() const
{
    if (m_udp)
        return m_udp->localPort();
    if (m_server)
        return m_server->serverPort();
    return 0;
}

bool CotReceiver::startUdp(QString *error)
{
    const QHostAddress address(m_endpoint.host);
    if (address.isNull()) {
        if (error)
            *error = QStringLiteral("%1: '%2' is not an IP address").arg(m_endpoint.text(), m_endpoint.host);
        return false;
    }
    auto *udp = new QUdpSocket(this);
    const bool multicast = address.isMulticast();
    // A multicast group is received on a socket bound to the port on every address; several programs
    // (ATAK, Trilink, a recorder) may share it.
    const QHostAddress bindTo = multicast ? (address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                                                : QHostAddress(QHostAddress::AnyIPv4))
                                          : address;
    if (!udp->bind(bindTo, m_endpoint.port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_endpoint.text(), udp->errorString());
        delete udp;
        return false;
    }
    if (multicast) {
        bool joined = false;
        if (m_endpoint.interfaceName.isEmpty()) {
            joined = udp->joinMulticastGroup(address);
        } else {
            const QNetworkInterface iface = QNetworkInterface::interfaceFromName(m_endpoint.interfaceName);
            if (!iface.isValid()) {
                if (error)
                    *error = QStringLiteral("%1: no network interface '%2'").arg(m_endpoint.text(), m_endpoint.interfaceName);
                delete udp;
                return false;
            }
            joined = udp->joinMulticastGroup(address, iface);
        }
        if (!joined) {
            if (error)
                *error = QStringLiteral("%1: cannot join the group: %2").arg(m_endpoint.text(), udp->errorString());
            delete udp;
            return false;
        }
    }
    udp->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 << 20); // bursts of a busy mesh
    m_udp = udp;
    m_endpoint.port = udp->localPort(); // port 0 asked for any: name the one bound
    m_takStream = std::make_unique<Stream>(m_limits);
    connect(udp, &QUdpSocket::readyRead, this, &CotReceiver::readDatagrams);
    setState(State::Listening, m_endpoint.text());
    return true;
}

void CotReceiver::readDatagrams()
{
    const QString base = m_endpoint.text() + QStringLiteral(" from ");
    for (int n = 0; n < kDatagramsPerTurn && m_udp && m_udp->hasPendingDatagrams(); ++n) {
        const QNetworkDatagram d = m_udp->receiveDatagram(kMaxDatagramBytes);
        // Each datagram is one message (XML, or TAK mesh 0xbf 0x01 0xbf): a stream of its own.
        ingest(*m_takStream, d.data(), base + peerText(d.senderAddress(), 0), d.senderAddress(), true);
    }
}

bool CotReceiver::startTcpServer(QString *error)
{
    const QHostAddress address(m_endpoint.host);
    if (address.isNull()) {
        if (error)
            *error = QStringLiteral("%1: '%2' is not an IP address").arg(m_endpoint.text(), m_endpoint.host);
        return false;
    }
    auto *server = new QTcpServer(this);
    server->setMaxPendingConnections(kMaxConnections);
    if (!server->listen(address, m_endpoint.port)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_endpoint.text(), server->errorString());
        delete server;
        return false;
    }
    m_server = server;
    m_endpoint.port = server->serverPort();
    connect(server, &QTcpServer::newConnection, this, &CotReceiver::acceptConnections);
    setState(State::Listening, m_endpoint.text());
    return true;
}

void CotReceiver::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (static_cast<int>(m_senders.size()) >= kMaxConnections) {
            report(m_endpoint.text(), {0, 0, QStringLiteral("more than %1 senders at once; %2 refused")
                                                   .arg(kMaxConnections)
                                                   .arg(peerText(socket->peerAddress(), socket->peerPort()))});
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const QString source = m_endpoint.text() + QStringLiteral(" from ") + peerText(socket->peerAddress(), socket->peerPort());
        const QHostAddress from = socket->peerAddress();
        socket->setReadBufferSize(kSocketReadBuffer);
        // A sender silent for kIdleTimeoutMs holds a place another could use: it is let go.
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->start(kIdleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, [socket] { socket->disconnectFromHost(); });
        m_senders[socket] = std::make_unique<Stream>(m_limits);
        m_counts.connections = static_cast<int>(m_senders.size());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, source, from, idle] {
            const auto it = m_senders.find(socket);
            if (it == m_senders.end())
                return;
            idle->start(kIdleTimeoutMs);
            ingest(*it->second, socket->readAll(), source, from, false);
            if (it->second->splitter.failed())
                socket->abort(); // the rest of this stream cannot be read: drop the sender
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket, source, from] {
            const auto it = m_senders.find(socket);
            if (it == m_senders.end())
                return;
            if (socket->isOpen())
                ingest(*it->second, socket->readAll(), source, from, false);
            endStream(*it->second, source, from);
            m_senders.erase(it);
            m_counts.connections = static_cast<int>(m_senders.size());
            socket->deleteLater();
        });
    }
}

bool CotReceiver::startTakClient(QString *error)
{
    auto *tak = new CotConnection(m_endpoint, this);
    m_tak = tak;
    m_takStream = std::make_unique<Stream>(m_limits);
    connect(tak, &CotConnection::connected, this, [this] {
        m_takStream = std::make_unique<Stream>(m_limits); // a new connection is a new stream
        m_counts.connections = 1;
        setState(State::Connected, m_endpoint.text());
    });
    connect(tak, &CotConnection::disconnected, this, [this](const QString &why) {
        if (m_takStream)
            endStream(*m_takStream, m_endpoint.text(), {});
        m_counts.connections = 0;
        setState(State::Connecting, QStringLiteral("%1: %2; retrying").arg(m_endpoint.text(), why));
    });
    connect(tak, &CotConnection::dataReceived, this, [this](const QByteArray &bytes) {
        ingest(*m_takStream, bytes, m_endpoint.text(), QHostAddress(m_endpoint.host), false);
        if (m_takStream->splitter.failed())
            m_tak->start(nullptr); // reconnect: a fresh stream
    });
    setState(State::Connecting, m_endpoint.text());
    if (!tak->start(error)) {
        delete tak;
        setState(State::Stopped, error ? *error : QString());
        return false;
    }
    return true;
}

void CotReceiver::ingest(Stream &stream, QByteArrayView bytes, const QString &source, const QHostAddress &from, bool datagram)
{
    m_counts.bytes += bytes.size();
    stream.splitter.feed(bytes, stream.frames, stream.problems);
    if (datagram)
        stream.splitter.finish(stream.frames, stream.problems);
    handleFrames(stream, source, from);
}

void CotReceiver::endStream(Stream &stream, const QString &source, const QHostAddress &from)
{
    stream.splitter.finish(stream.frames, stream.problems);
    handleFrames(stream, source, from);
}

void CotReceiver::handleFrames(Stream &stream, const QString &source, const QHostAddress &from)
{
    const std::int64_t now = m_now();
    for (const auto &p : stream.problems)
        report(source, p);
    stream.problems.clear();
    for (const cot::CotFrame &f : stream.frames) {
        ++m_counts.messages;
        cot::CotParseResult r = cot::CotEventParser::parse(f);
        for (const auto &p : r.problems)
            report(source, p);
        if (r.controlOnly || (r.event && r.event->isControl())) {
            ++m_counts.control;
            continue;
        }
        if (!r.event) {
            ++m_counts.refused;
            continue;
        }
        stream.out.push_back({std::move(*r.event), now, source, from});
    }
    stream.frames.clear();
    if (stream.out.isEmpty())
        return;
    m_counts.events += stream.out.size();
    QList<ReceivedEvent> out;
    out.swap(stream.out);
    emit eventsReceived(out);
}

void CotReceiver::report(const QString &source, const cot::CotStreamProblem &p)
{
    const std::int64_t now = m_now();
    if (now - m_problemWindowStartMs > 60'000) {
        const int hidden = m_problemsInWindow - kProblemsPerMinute;
        if (hidden > 0)
            emit problem(QStringLiteral("%1: %2 more problems in the last minute not shown").arg(m_endpoint.text()).arg(hidden));
        m_problemWindowStartMs = now;
        m_problemsInWindow = 0;
    }
    if (++m_problemsInWindow > kProblemsPerMinute) {
        ++m_counts.problemsNotShown;
        return;
    }
    const QString where = p.line > 0 ? QStringLiteral("line %1").arg(p.line) : QStringLiteral("byte %1").arg(p.offset);
    emit problem(QStringLiteral("%1: %2: %3").arg(source, where, p.message));
}

} // namespace trilink::maps::live
