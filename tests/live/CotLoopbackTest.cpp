// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// Real sockets on the loopback interface, started and stopped by each test: Trilink's sender and receiver
// over UDP (unicast and multicast), its TCP server, and its TAK Server client against a plain TCP server
// played by the test. The independent peers (node-cot, openssl s_server) are in trilink_live_interop_tests.
#include "LiveTestSupport.h"

#include "maps/cot/CotEventWriter.h"
#include "maps/live/CotSender.h"

#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::livetest;
using maps::live::CotReceiver;
using maps::live::CotSender;
using maps::live::LiveEndpoint;
using Kind = maps::live::LiveEndpoint::Kind;

namespace {

QString loopbackInterface()
{
    for (const auto &i : QNetworkInterface::allInterfaces())
        if (i.flags() & QNetworkInterface::IsLoopBack)
            return i.name();
    return {};
}

void sendOver(LiveEndpoint to, maps::live::CotEncoding encoding, const std::vector<maps::cot::CotEvent> &events)
{
    to.encoding = encoding;
    CotSender sender(to);
    QString error;
    ASSERT_TRUE(sender.start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return sender.isReady(); })) << "never connected to " << to.text().toStdString();
    for (const auto &e : events)
        sender.send(e);
    ASSERT_TRUE(waitFor([&] { return sender.isDrained(); }));
    EXPECT_EQ(sender.sent(), static_cast<qint64>(events.size()));
}

} // namespace

TEST(CotLoopback, UdpUnicastXmlAndProtobuf)
{
    CotReceiver receiver(endpoint(Kind::UdpListen, QStringLiteral("127.0.0.1"), 0));
    Collector got;
    got.attach(receiver);
    QString error;
    ASSERT_TRUE(receiver.start(&error)) << error.toStdString();
    const quint16 port = receiver.localPort();
    ASSERT_NE(port, 0);
    sendOver(endpoint(Kind::UdpSend, QStringLiteral("127.0.0.1"), port), maps::live::CotEncoding::Xml, {event(QStringLiteral("X"), kT0)});
    sendOver(endpoint(Kind::UdpSend, QStringLiteral("127.0.0.1"), port), maps::live::CotEncoding::TakProtobuf, {event(QStringLiteral("P"), kT0 + 1000)});
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 2; })) << got.problems.join(u'\n').toStdString();
    EXPECT_TRUE(got.problems.isEmpty()) << got.problems.join(u'\n').toStdString();
    EXPECT_EQ(got.events[0].event.uid, QStringLiteral("X"));
    EXPECT_EQ(got.events[1].event.uid, QStringLiteral("P"));
    EXPECT_EQ(got.events[1].event.timeMs, kT0 + 1000);
    EXPECT_EQ(got.events[1].event.partners.value_or(0), partnerBit(Partner::KOR));
    EXPECT_TRUE(got.events[0].source.startsWith(QStringLiteral("udp 127.0.0.1:%1 from 127.0.0.1").arg(port))) << got.events[0].source.toStdString();
    EXPECT_EQ(got.events[0].from, QHostAddress(QHostAddress::LocalHost));
    // Stamped with the wall clock on arrival.
    EXPECT_NEAR(static_cast<double>(got.events[0].receivedMs), static_cast<double>(QDateTime::currentMSecsSinceEpoch()), 10'000);
    EXPECT_EQ(receiver.counts().events, 2);
}

TEST(CotLoopback, UdpMulticastOnTheLoopbackInterface)
{
    // ATAK's mesh is multicast (239.2.3.1:6969); this uses an administratively scoped group and a free port so
    // it never meets a real mesh. Linux loops multicast back on "lo" when the sender picks it as interface.
    const QString lo = loopbackInterface();
    ASSERT_FALSE(lo.isEmpty()) << "no loopback interface";
    QUdpSocket probe;
    ASSERT_TRUE(probe.bind(QHostAddress::AnyIPv4, 0));
    const quint16 port = probe.localPort();
    probe.close();
    LiveEndpoint listen = endpoint(Kind::UdpListen, QStringLiteral("239.255.70.17"), port);
    listen.interfaceName = lo;
    CotReceiver receiver(listen);
    Collector got;
    got.attach(receiver);
    QString error;
    ASSERT_TRUE(receiver.start(&error)) << error.toStdString();
    LiveEndpoint out = endpoint(Kind::UdpSend, QStringLiteral("239.255.70.17"), port);
    out.interfaceName = lo;
    sendOver(out, maps::live::CotEncoding::Xml, {event(QStringLiteral("M1"), kT0), event(QStringLiteral("M2"), kT0)});
    sendOver(out, maps::live::CotEncoding::TakProtobuf, {event(QStringLiteral("M3"), kT0)});
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 3; })) << "multicast on " << lo.toStdString() << ": " << got.events.size() << " of 3";
    EXPECT_TRUE(receiver.endpoint().isMulticast());
    EXPECT_TRUE(got.events[0].source.startsWith(QStringLiteral("udp multicast 239.255.70.17"))) << got.events[0].source.toStdString();
}

TEST(CotLoopback, TcpServerTakesStreamsSplitAnywhere)
{
    CotReceiver receiver(endpoint(Kind::TcpListen, QStringLiteral("127.0.0.1"), 0));
    Collector got;
    got.attach(receiver);
    QString error;
    ASSERT_TRUE(receiver.start(&error)) << error.toStdString();
    // A sender that writes events back to back one byte at a time, declarations on some only.
    QByteArray stream = maps::cot::CotEventWriter::xml(event(QStringLiteral("A"), kT0));
    QByteArray bare = maps::cot::CotEventWriter::xml(event(QStringLiteral("B"), kT0));
    stream += bare.mid(bare.indexOf("<event"));
    stream += maps::cot::CotEventWriter::takStreamMessage(event(QStringLiteral("C"), kT0));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, receiver.localPort());
    ASSERT_TRUE(socket.waitForConnected(5000));
    for (char c : stream) {
        socket.write(&c, 1);
        socket.flush();
    }
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 3; })) << got.problems.join(u'\n').toStdString();
    EXPECT_EQ(receiver.counts().connections, 1);
    socket.disconnectFromHost();
    ASSERT_TRUE(waitFor([&] { return receiver.counts().connections == 0; }));
    EXPECT_TRUE(got.problems.isEmpty()) << got.problems.join(u'\n').toStdString();
    // Trilink's own sender to the same server.
    sendOver(endpoint(Kind::TcpSend, QStringLiteral("127.0.0.1"), receiver.localPort()), maps::live::CotEncoding::Xml,
             {event(QStringLiteral("D"), kT0), event(QStringLiteral("E"), kT0)});
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 5; }));
}

TEST(CotLoopback, OneShotMeshMessageOnTcpEndsWithTheConnection)
{
    // ATAK sends a directed message as one TCP connection holding one TAK mesh message.
    CotReceiver receiver(endpoint(Kind::TcpListen, QStringLiteral("127.0.0.1"), 0));
    Collector got;
    got.attach(receiver);
    ASSERT_TRUE(receiver.start(nullptr));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, receiver.localPort());
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write(maps::cot::CotEventWriter::takMeshMessage(event(QStringLiteral("DM"), kT0)));
    socket.flush();
    socket.disconnectFromHost();
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 1; })) << got.problems.join(u'\n').toStdString();
    EXPECT_EQ(got.events[0].event.uid, QStringLiteral("DM"));
}

TEST(CotLoopback, BadSendersAreProblemsAndTheServerCarriesOn)
{
    CotReceiver receiver(endpoint(Kind::TcpListen, QStringLiteral("127.0.0.1"), 0));
    Collector got;
    got.attach(receiver);
    ASSERT_TRUE(receiver.start(nullptr));
    {
        QTcpSocket bad;
        bad.connectToHost(QHostAddress::LocalHost, receiver.localPort());
        ASSERT_TRUE(bad.waitForConnected(5000));
        bad.write("GET / HTTP/1.1\r\n\r\n<event uid='x' time='2024-05-01T03:00:00Z'><point lat='91' lon='0'/></event>");
        bad.write(QByteArray("\xbf\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10)); // a length nobody can believe
        bad.write(maps::cot::CotEventWriter::xml(event(QStringLiteral("lost"), kT0)));
        bad.flush();
        // The server drops a stream it cannot follow.
        ASSERT_TRUE(waitFor([&] { return bad.state() == QAbstractSocket::UnconnectedState; })) << "the server kept a lost stream open";
    }
    EXPECT_GE(got.problems.size(), 3) << got.problems.join(u'\n').toStdString();
    EXPECT_TRUE(got.problems.join(u'\n').contains(QStringLiteral("not on the Earth"))) << got.problems.join(u'\n').toStdString();
    EXPECT_TRUE(got.events.isEmpty());
    sendOver(endpoint(Kind::TcpSend, QStringLiteral("127.0.0.1"), receiver.localPort()), maps::live::CotEncoding::Xml, {event(QStringLiteral("good"), kT0)});
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 1; }));
    EXPECT_EQ(got.events[0].event.uid, QStringLiteral("good"));
}

TEST(CotLoopback, TakClientReadsTheServersStreamAndReconnects)
{
    // The test plays TAK Server's streaming port: it accepts, writes CoT, drops the client, accepts again.
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    CotReceiver receiver(endpoint(Kind::TakServer, QStringLiteral("127.0.0.1"), server.serverPort()));
    Collector got;
    got.attach(receiver);
    QList<CotReceiver::State> states;
    QObject::connect(&receiver, &CotReceiver::stateChanged, &receiver, [&](CotReceiver::State s, const QString &) { states << s; });
    ASSERT_TRUE(receiver.start(nullptr));
    ASSERT_TRUE(waitFor([&] { return server.hasPendingConnections(); }));
    QTcpSocket *client = server.nextPendingConnection();
    ASSERT_TRUE(waitFor([&] { return receiver.state() == CotReceiver::State::Connected; }));
    // TAK Server's protocol offer and a ping are control traffic, not tracks.
    client->write("<?xml version=\"1.0\"?><event version=\"2.0\" uid=\"protouid\" type=\"t-x-takp-v\" time=\"2024-05-01T03:00:00Z\" "
                  "start=\"2024-05-01T03:00:00Z\" stale=\"2024-05-01T03:01:00Z\" how=\"m-g\"><point lat=\"0.0\" lon=\"0.0\" hae=\"0.0\" "
                  "ce=\"999999\" le=\"999999\"/><detail><TakControl><TakProtocolSupport version=\"1\"/></TakControl></detail></event>");
    client->write(maps::cot::CotEventWriter::xml(event(QStringLiteral("T1"), kT0)));
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 1; }));
    EXPECT_EQ(receiver.counts().control, 1);
    client->abort();
    delete client;
    // Reconnected after a second, and reading again.
    ASSERT_TRUE(waitFor([&] { return server.hasPendingConnections(); }, 5000)) << "no reconnect";
    client = server.nextPendingConnection();
    ASSERT_TRUE(waitFor([&] { return receiver.state() == CotReceiver::State::Connected; }));
    client->write(maps::cot::CotEventWriter::xml(event(QStringLiteral("T2"), kT0 + 1000)));
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 2; }));
    EXPECT_TRUE(states.contains(CotReceiver::State::Connecting));
    delete client;
}

TEST(CotLoopback, AddressInUseAndBadEndpointsAreClearErrors)
{
    QTcpServer taken;
    ASSERT_TRUE(taken.listen(QHostAddress::LocalHost, 0));
    CotReceiver receiver(endpoint(Kind::TcpListen, QStringLiteral("127.0.0.1"), taken.serverPort()));
    QString error;
    EXPECT_FALSE(receiver.start(&error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("tcp server 127.0.0.1:%1: ").arg(taken.serverPort()))) << error.toStdString();
    CotReceiver bad(endpoint(Kind::UdpListen, QStringLiteral("not-an-address"), 6969));
    EXPECT_FALSE(bad.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("is not an IP address"))) << error.toStdString();
    LiveEndpoint noIface = endpoint(Kind::UdpListen, QStringLiteral("239.2.3.1"), 6969);
    noIface.interfaceName = QStringLiteral("nosuch0");
    CotReceiver r3(noIface);
    EXPECT_FALSE(r3.start(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("no network interface 'nosuch0'"))) << error.toStdString();
}
