// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Sends Cursor on Target events to one endpoint: UDP datagrams to a host or a multicast group (one event per
// datagram, XML or TAK mesh protobuf, as ATAK sends), or a TCP stream to a CoT input or a TAK Server, plain
// or TLS (XML events back to back, each with its declaration: what TAK Server's streaming ports read).
// A TCP link that drops is reconnected; what cannot be written waits in a bounded queue (CotConnection).
//
// Threads: a QObject with sockets, used on one thread with an event loop.

#include "maps/cot/CotEvent.h"
#include "maps/live/LiveEndpoint.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QUdpSocket;

namespace trilink::maps::live {

class CotConnection;

class CotSender : public QObject {
    Q_OBJECT
public:
    explicit CotSender(LiveEndpoint endpoint, QObject *parent = nullptr);
    ~CotSender() override;

    // Opens the socket or starts connecting; false with *error when the endpoint cannot be used.
    bool start(QString *error);
    void stop();
    void send(const cot::CotEvent &event);

    bool isReady() const; // UDP: always once started; TCP: connected
    qint64 sent() const { return m_sent; }
    qint64 dropped() const; // TCP: given up while the link was down or slow; UDP: refused by the socket
    bool isDrained() const; // nothing waits to be written
    const LiveEndpoint &endpoint() const { return m_endpoint; }

signals:
    void ready();
    void lost(const QString &why);
    void drained();

private:
    LiveEndpoint m_endpoint;
    QPointer<QUdpSocket> m_udp;
    QPointer<CotConnection> m_tcp;
    QHostAddress m_to;
    qint64 m_sent = 0;
    qint64 m_udpFailed = 0;
};

} // namespace trilink::maps::live
