// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/CotSender.h"

#include "maps/cot/CotEventWriter.h"
#include "maps/live/CotConnection.h"

#include <QNetworkInterface>
#include <QUdpSocket>

namespace trilink::maps::live {

CotSender::CotSender(LiveEndpoint endpoint, QObject *parent) : QObject(parent), m_endpoint(std::move(endpoint)) {}

CotSender::~CotSender()
{
    stop();
}

bool CotSender::start(QString *error)
{
    stop();
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(m_endpoint.text(), why);
        return false;
    };
    if (m_endpoint.kind == LiveEndpoint::Kind::UdpSend) {
        m_to = QHostAddress(m_endpoint.host);
        if (m_to.isNull())
            return fail(QStringLiteral("'%1' is not an IP address").arg(m_endpoint.host));
        auto *udp = new QUdpSocket(this);
        if (!udp->bind(m_to.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6) : QHostAddress(QHostAddress::AnyIPv4), 0)) {
            const QString why = udp->errorString();
            delete udp;
            return fail(why);
        }
        if (m_to.isMulticast()) {
            udp->setSocketOption(QAbstractSocket::MulticastTtlOption, m_endpoint.multicastTtl);
            udp->setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1); // ATAK on this machine hears it too
            if (!m_endpoint.interfaceName.isEmpty()) {
                const QNetworkInterface iface = QNetworkInterface::interfaceFromName(m_endpoint.interfaceName);
                if (!iface.isValid()) {
                    delete udp;
                    return fail(QStringLiteral("no network interface '%1'").arg(m_endpoint.interfaceName));
                }
                udp->setMulticastInterface(iface);
            }
        }
        m_udp = udp;
        emit ready();
        return true;
    }
    if (m_endpoint.kind == LiveEndpoint::Kind::TcpSend || m_endpoint.kind == LiveEndpoint::Kind::TakServer) {
        auto *tcp = new CotConnection(m_endpoint, this);
        connect(tcp, &CotConnection::connected, this, &CotSender::ready);
        connect(tcp, &CotConnection::disconnected, this, &CotSender::lost);
        connect(tcp, &CotConnection::drained, this, &CotSender::drained);
        if (!tcp->start(error)) {
            delete tcp;
            return false;
        }
        m_tcp = tcp;
        return true;
    }
    return fail(QStringLiteral("a place to listen on, not to send to"));
}

void CotSender::stop()
{
    if (m_udp) {
        m_udp->close();
        m_udp->deleteLater();
    }
    if (m_tcp) {
        m_tcp->stop();
        m_tcp->deleteLater();
    }
}

void CotSender::send(const cot::CotEvent &event)
{
    const bool protobuf = m_endpoint.encoding == CotEncoding::TakProtobuf;
    if (m_udp) {
        const QByteArray datagram = protobuf ? cot::CotEventWriter::takMeshMessage(event) : cot::CotEventWriter::xml(event);
        if (m_udp->writeDatagram(datagram, m_to, m_endpoint.port) == datagram.size())
            ++m_sent;
        else
            ++m_udpFailed;
        return;
    }
    if (m_tcp) {
        // On a stream, protobuf needs TAK's negotiation first; XML is what every TAK input reads.
        m_tcp->send(protobuf ? cot::CotEventWriter::takStreamMessage(event) : cot::CotEventWriter::xml(event));
        ++m_sent;
    }
}

bool CotSender::isReady() const
{
    return m_udp || (m_tcp && m_tcp->isConnected());
}

qint64 CotSender::dropped() const
{
    return m_udp ? m_udpFailed : m_tcp ? m_tcp->droppedMessages() : 0;
}

bool CotSender::isDrained() const
{
    return !m_tcp || m_tcp->isDrained();
}

} // namespace trilink::maps::live
