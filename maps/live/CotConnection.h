// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// A client connection to a CoT stream server (TAK Server on 8087, or 8089 with TLS and a client certificate;
// any TCP CoT input): connects, reconnects after a loss (1 s, then doubling to 30 s), hands on what arrives,
// and sends what it is given. Sending never blocks and never grows without bound: while the link is down or
// slow, messages wait in a queue of at most maxQueuedBytes, the oldest dropped first (and counted).
//
// Threads: a QObject with sockets; it lives on one thread with an event loop (the viewer's live worker, or
// the main thread of a headless command) and is used only there.

#include "maps/live/LiveEndpoint.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <deque>
#include <optional>

class QTcpSocket;

namespace trilink::maps::live {

class CotConnection : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kMaxQueuedBytes = 4 << 20;

    explicit CotConnection(LiveEndpoint endpoint, QObject *parent = nullptr);
    ~CotConnection() override;

    // Reads the TLS files and starts connecting; false with *error when they cannot be used.
    bool start(QString *error);
    void stop();
    bool isConnected() const { return m_connected; }
    const LiveEndpoint &endpoint() const { return m_endpoint; }

    void send(const QByteArray &message);
    qint64 droppedMessages() const { return m_dropped; }
    qint64 queuedBytes() const;
    // True when nothing waits to be written (the queue and the socket's buffer are empty).
    bool isDrained() const;

signals:
    void connected();
    void disconnected(const QString &why); // before a reconnect is tried
    void dataReceived(const QByteArray &bytes);
    void drained(); // all queued bytes written to the socket

private:
    void connectNow();
    void onConnected();
    void onLost(const QString &why);
    void flush();

    LiveEndpoint m_endpoint;
    std::optional<QSslConfiguration> m_tls;
    QPointer<QTcpSocket> m_socket;
    QTimer m_retry;
    int m_retryMs = 1000;
    bool m_running = false;
    bool m_connected = false;
    std::deque<QByteArray> m_queue;
    qint64 m_queued = 0;
    qint64 m_dropped = 0;
};

} // namespace trilink::maps::live
