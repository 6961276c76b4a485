// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Receives Cursor on Target from one endpoint (LiveEndpoint: UDP unicast or multicast, a TCP server for
// simple senders, or a TAK Server connection, plain or TLS) and hands on every good event, stamped with the
// wall-clock time it arrived and where it came from. XML and TAK Protocol v1 (mesh and stream) are both
// read, in any mix, split across packets or not (CotStreamSplitter, CotEventParser).
//
// Bad input is a problem, never a crash: a refused event, a stream that cannot be followed (the connection
// is closed), a flood (problems are reported at most kProblemsPerMinute a minute, the rest counted). Memory
// is bounded per stream by the splitter's limits, and the TCP server takes at most kMaxConnections senders
// (one silent for kIdleTimeoutMs is let go).
// TAK's control traffic (pings, protocol negotiation, TakControl) is counted and passed over.
//
// Threads: a QObject with sockets, used on one thread with an event loop; its signals may be connected
// across threads (ReceivedEvent is a registered metatype).

#include "maps/cot/CotEvent.h"
#include "maps/cot/CotStreamSplitter.h"
#include "maps/live/LiveEndpoint.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace trilink::maps::live {

class CotConnection;

struct ReceivedEvent {
    cot::CotEvent event;
    std::int64_t receivedMs = 0; // wall clock, UTC ms
    QString source;              // "udp multicast 239.2.3.1:6969 from 10.0.0.7"
    QHostAddress from;
};

class CotReceiver : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxConnections = 64;
    static constexpr int kProblemsPerMinute = 60;
    static constexpr int kIdleTimeoutMs = 10 * 60'000; // a TCP sender silent this long is let go

    enum class State { Stopped, Listening, Connecting, Connected };
    struct Counts {
        qint64 bytes = 0;
        qint64 messages = 0; // split off the stream
        qint64 events = 0;   // handed on
        qint64 refused = 0;  // messages that were no usable event
        qint64 control = 0;  // TAK control traffic passed over
        qint64 problemsNotShown = 0;
        int connections = 0; // open TCP senders, or 1 while connected to a TAK Server
    };

    explicit CotReceiver(LiveEndpoint endpoint, QObject *parent = nullptr);
    ~CotReceiver() override;

    void setLimits(const cot::CotSplitterLimits &limits) { m_limits = limits; }
    // The wall clock that stamps arrivals (UTC ms); tests inject one.
    void setClock(std::function<std::int64_t()> nowMs) { m_now = std::move(nowMs); }

    // Binds, listens or starts connecting. False with *error ("udp 0.0.0.0:6969: address in use") when the
    // endpoint cannot be used at all; a TAK Server that does not answer is retried, not an error.
    bool start(QString *error);
    void stop();
    State state() const { return m_state; }
    const Counts &counts() const { return m_counts; }
    const LiveEndpoint &endpoint() const { return m_endpoint; }
    // The port bound (useful when the endpoint asked for port 0).
    quint16 localPort() const;

signals:
    void eventsReceived(const QList<trilink::maps::live::ReceivedEvent> &events);
    void problem(const QString &text);
    void stateChanged(trilink::maps::live::CotReceiver::State state, const QString &detail);

private:
    struct Stream;
    bool startUdp(QString *error);
    bool startTcpServer(QString *error);
    bool startTakClient(QString *error);
    void readDatagrams();
    void acceptConnections();
    void ingest(Stream &stream, QByteArrayView bytes, const QString &source, const QHostAddress &from, bool datagram);
    void endStream(Stream &stream, const QString &source, const QHostAddress &from);
    void handleFrames(Stream &stream, const QString &source, const QHostAddress &from);
    void report(const QString &source, const cot::CotStreamProblem &p);
    void setState(State s, const QString &detail);

    LiveEndpoint m_endpoint;
    cot::CotSplitterLimits m_limits;
    std::function<std::int64_t()> m_now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    State m_state = State::Stopped;
    Counts m_counts;
    QPointer<QUdpSocket> m_udp;
    QPointer<QTcpServer> m_server;
    QPointer<CotConnection> m_tak;
    std::map<QTcpSocket *, std::unique_ptr<Stream>> m_senders;
    std::unique_ptr<Stream> m_takStream;
    std::int64_t m_problemWindowStartMs = 0;
    int m_problemsInWindow = 0;
};

} // namespace trilink::maps::live

Q_DECLARE_METATYPE(trilink::maps::live::ReceivedEvent)
