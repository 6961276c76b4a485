// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/CotConnection.h"

#include "maps/live/TlsCredentials.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace trilink::maps::live {
namespace {
constexpr int kMaxRetryMs = 30'000;
constexpr qint64 kSocketBufferBytes = 256 * 1024; // written ahead to the kernel; the rest waits in the queue
} // namespace

CotConnection::CotConnection(LiveEndpoint endpoint, QObject *parent) : QObject(parent), m_endpoint(std::move(endpoint))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CotConnection::connectNow);
}

CotConnection::~CotConnection()
{
    stop();
}

bool CotConnection::start(QString *error)
{
    if (m_endpoint.tls) {
        if (!QSslSocket::supportsSsl()) {
            if (error)
                *error = QStringLiteral("%1: this Qt has no TLS backend (%2)").arg(m_endpoint.text(), QSslSocket::sslLibraryBuildVersionString());
            return false;
        }
        m_tls = tlsConfiguration(m_endpoint.tlsFiles, error);
        if (!m_tls)
            return false;
    }
    m_running = true;
    connectNow();
    return true;
}

void CotConnection::stop()
{
    m_running = false;
    m_retry.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_connected = false;
}

void CotConnection::connectNow()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_connected = false;
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(*m_tls);
        connect(ssl, &QSslSocket::encrypted, this, &CotConnection::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            QStringList why;
            for (const auto &e : errors)
                why << e.errorString();
            // Never ignored: a TAK server must prove who it is. The connection fails and is retried.
            onLost(QStringLiteral("TLS: %1").arg(why.join(QStringLiteral("; "))));
            ssl->abort();
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QTcpSocket::connected, this, &CotConnection::onConnected);
    }
    m_socket = socket;
    socket->setReadBufferSize(256 * 1024); // beyond it TCP flow control holds the server back
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        if (socket == m_socket)
            emit dataReceived(socket->readAll());
    });
    connect(socket, &QTcpSocket::bytesWritten, this, &CotConnection::flush);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_socket)
            onLost(socket->errorString());
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            onLost(QStringLiteral("the server closed the connection"));
    });
    if (m_tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(m_endpoint.host, m_endpoint.port,
                                                                  m_endpoint.tlsFiles.peerName.isEmpty() ? m_endpoint.host : m_endpoint.tlsFiles.peerName);
    else
        socket->connectToHost(m_endpoint.host, m_endpoint.port);
}

void CotConnection::onConnected()
{
    m_connected = true;
    m_retryMs = 1000;
    emit connected();
    flush();
}

void CotConnection::onLost(const QString &why)
{
    if (!m_running || m_retry.isActive())
        return;
    const bool was = m_connected;
    m_connected = false;
    emit disconnected(why);
    m_retry.start(m_retryMs);
    if (!was)
        m_retryMs = std::min(kMaxRetryMs, m_retryMs * 2);
}

void CotConnection::send(const QByteArray &message)
{
    m_queue.push_back(message);
    m_queued += message.size();
    while (m_queued > kMaxQueuedBytes && m_queue.size() > 1) {
        m_queued -= m_queue.front().size();
        m_queue.pop_front();
        ++m_dropped;
    }
    flush();
}

void CotConnection::flush()
{
    if (!m_connected || !m_socket)
        return;
    while (!m_queue.empty() && m_socket->bytesToWrite() < kSocketBufferBytes) {
        m_socket->write(m_queue.front());
        m_queued -= m_queue.front().size();
        m_queue.pop_front();
    }
    if (isDrained())
        emit drained();
}

qint64 CotConnection::queuedBytes() const
{
    return m_queued + (m_socket ? m_socket->bytesToWrite() : 0);
}

bool CotConnection::isDrained() const
{
    return m_queue.empty() && (!m_socket || m_socket->bytesToWrite() == 0);
}

} // namespace trilink::maps::live
