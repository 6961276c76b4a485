// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/CotPartnerRules.h"
#include "maps/live/LiveConnection.h"
#include "maps/live/LiveEndpoint.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps::live;

TEST(LiveEndpoint, HostAndPort)
{
    QString host, error;
    quint16 port = 0;
    EXPECT_TRUE(parseHostPort(QStringLiteral("239.2.3.1:6969"), host, port, &error));
    EXPECT_EQ(host, QStringLiteral("239.2.3.1"));
    EXPECT_EQ(port, 6969);
    EXPECT_TRUE(parseHostPort(QStringLiteral("[::1]:8087"), host, port, &error));
    EXPECT_EQ(host, QStringLiteral("::1"));
    EXPECT_TRUE(parseHostPort(QStringLiteral("8088"), host, port, &error, QStringLiteral("0.0.0.0")));
    EXPECT_EQ(host, QStringLiteral("0.0.0.0"));
    EXPECT_EQ(port, 8088);
    for (const char *bad : {"takserver", "host:0", "host:70000", ":8087", "a:b:c", "8088"}) {
        EXPECT_FALSE(parseHostPort(QString::fromLatin1(bad), host, port, &error)) << bad;
        EXPECT_FALSE(error.isEmpty());
    }
}

TEST(LiveEndpoint, SavedAsAUrlAndBack)
{
    LiveEndpoint e;
    e.kind = LiveEndpoint::Kind::TakServer;
    e.tls = true;
    e.host = QStringLiteral("tak.example.org");
    e.port = kTakTlsPort;
    e.tlsFiles.certificate = QStringLiteral("/home/u/certs/user 1.p12");
    e.tlsFiles.trust = QStringLiteral("/home/u/certs/truststore-root.p12");
    e.tlsFiles.password = QStringLiteral("atakatak");
    const QString url = e.toUrl();
    EXPECT_TRUE(url.startsWith(QStringLiteral("tak+tls://tak.example.org:8089?"))) << url.toStdString();
    EXPECT_FALSE(url.contains(QStringLiteral("atakatak"))); // a password is never saved
    QString error;
    const auto back = LiveEndpoint::fromUrl(url, &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(back->kind, LiveEndpoint::Kind::TakServer);
    EXPECT_TRUE(back->tls);
    EXPECT_EQ(back->tlsFiles.certificate, e.tlsFiles.certificate);
    EXPECT_EQ(back->tlsFiles.trust, e.tlsFiles.trust);
    EXPECT_EQ(back->text(), QStringLiteral("tak tls tak.example.org:8089"));

    LiveEndpoint mesh;
    mesh.host = QString::fromLatin1(kAtakMeshGroup);
    mesh.port = kAtakMeshPort;
    mesh.interfaceName = QStringLiteral("eth0");
    const auto m = LiveEndpoint::fromUrl(mesh.toUrl(), &error);
    ASSERT_TRUE(m);
    EXPECT_TRUE(m->isMulticast());
    EXPECT_EQ(m->text(), QStringLiteral("udp multicast 239.2.3.1:6969 on eth0"));
    EXPECT_FALSE(LiveEndpoint::fromUrl(QStringLiteral("http://x:1"), &error));
    EXPECT_FALSE(LiveEndpoint::fromUrl(QStringLiteral("udp://239.2.3.1"), &error));
}

TEST(CotPartnerRules, FirstMatchingRuleDecides)
{
    QString error;
    const auto rules = CotPartnerRules::parse({QStringLiteral("group:Cyan=KOR"), QStringLiteral("callsign:AEGIS-*=JPN"),
                                               QStringLiteral("from:10.1.0.0/16=USA"), QStringLiteral("callsign:*=USA;KOR")},
                                              &error);
    ASSERT_TRUE(rules) << error.toStdString();
    maps::cot::CotEvent e;
    e.groupName = QStringLiteral("cyan");
    e.callsign = QStringLiteral("AEGIS-KONGO");
    EXPECT_EQ(rules->match(e, {}), partnerBit(Partner::KOR)); // group first, case-insensitive
    e.groupName.clear();
    EXPECT_EQ(rules->match(e, {}), partnerBit(Partner::JPN));
    e.callsign = QStringLiteral("RADAR/1");
    EXPECT_EQ(rules->match(e, QHostAddress(QStringLiteral("::ffff:10.1.2.3"))), partnerBit(Partner::USA));
    EXPECT_EQ(rules->match(e, QHostAddress(QStringLiteral("10.2.0.1"))), partnerBit(Partner::USA) | partnerBit(Partner::KOR));
    e.callsign.clear();
    e.parentCallsign = QStringLiteral("AEGIS-ATAGO"); // the producer of a track it reports
    EXPECT_EQ(rules->match(e, {}), partnerBit(Partner::JPN));
    e.parentCallsign.clear();
    EXPECT_FALSE(rules->match(e, {}));
    EXPECT_EQ(rules->texts().value(2), QStringLiteral("from:10.1.0.0/16=USA"));
    for (const char *bad : {"group=KOR", "team:Cyan=KOR", "group:Cyan=XYZ", "from:10.0.0.300=USA", "group:Cyan=none"}) {
        EXPECT_FALSE(CotPartnerRules::parse({QString::fromLatin1(bad)}, &error)) << bad;
        EXPECT_TRUE(error.startsWith(QStringLiteral("partner rule '"))) << error.toStdString();
    }
}

TEST(LiveConnection, SavedConnectionsComeBackAsTheyWere)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("trilink.ini")), QSettings::IniFormat);
    LiveConnection mesh = atakMeshConnection();
    mesh.partnerRules = {QStringLiteral("group:Cyan=KOR")};
    LiveConnection tak;
    tak.name = QStringLiteral("Exercise TAK Server");
    LiveEndpoint server;
    server.kind = LiveEndpoint::Kind::TakServer;
    server.tls = true;
    server.host = QStringLiteral("10.1.2.3");
    server.port = kTakTlsPort;
    server.tlsFiles.certificate = QStringLiteral("/certs/trilink.p12");
    server.tlsFiles.password = QStringLiteral("atakatak");
    server.tlsFiles.peerName = QStringLiteral("takserver.exercise");
    tak.listen = {server};
    LiveEndpoint out = server;
    out.kind = LiveEndpoint::Kind::TcpSend;
    tak.broadcast = out;
    saveConnections(settings, {mesh, tak});
    settings.sync();
    QSettings again(dir.filePath(QStringLiteral("trilink.ini")), QSettings::IniFormat);
    const auto back = loadConnections(again);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_TRUE(back[0] == mesh);
    EXPECT_EQ(back[0].title(), QStringLiteral("ATAK mesh (udp multicast 239.2.3.1:6969)"));
    EXPECT_EQ(back[1].listen[0].tlsFiles.peerName, QStringLiteral("takserver.exercise"));
    EXPECT_TRUE(back[1].listen[0].tlsFiles.password.isEmpty()); // never saved
    ASSERT_TRUE(back[1].broadcast);
    EXPECT_EQ(back[1].broadcast->text(), QStringLiteral("tcp tls to 10.1.2.3:8089"));
    QFile ini(dir.filePath(QStringLiteral("trilink.ini")));
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains("atakatak"));
}
