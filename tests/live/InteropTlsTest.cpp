// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// Trilink's TAK Server client over TLS against openssl s_server on 127.0.0.1, with certificates the test
// makes: the server asks for a client certificate signed by its CA (as TAK Server on 8089 does), Trilink
// verifies the server against the CA it is given. Both directions, PEM and PKCS#12 credentials, and the
// refusals: a server signed by another CA, a client without a certificate, a wrong PKCS#12 password.
#include "InteropPeers.h"

#include "maps/cot/CotEventWriter.h"
#include "maps/live/CotSender.h"
#include "maps/live/TlsCredentials.h"

#include <QSslSocket>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::livetest;
using maps::live::CotReceiver;
using Kind = maps::live::LiveEndpoint::Kind;

namespace {

class TlsInterop : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_certs = new TestCertificates; }
    static void TearDownTestSuite()
    {
        delete s_certs;
        s_certs = nullptr;
    }
    void SetUp() override
    {
        ASSERT_TRUE(QSslSocket::supportsSsl()) << "Qt has no TLS backend";
        ASSERT_TRUE(s_certs->ok) << s_certs->log.toStdString();
    }
    static maps::live::LiveEndpoint tak(quint16 port)
    {
        maps::live::LiveEndpoint e = endpoint(Kind::TakServer, QStringLiteral("127.0.0.1"), port);
        e.tls = true;
        e.tlsFiles.trust = s_certs->path("ca.pem");
        e.tlsFiles.certificate = s_certs->path("client.pem");
        e.tlsFiles.key = s_certs->path("client.key");
        return e;
    }
    static TestCertificates *s_certs;
};
TestCertificates *TlsInterop::s_certs = nullptr;

} // namespace

TEST_F(TlsInterop, ReceivesFromATlsServerWithAPemClientCertificate)
{
    TlsServer server(*s_certs, freePort());
    ASSERT_TRUE(server.waitListening()) << server.output().toStdString();
    CotReceiver receiver(tak(server.port()));
    Collector got;
    got.attach(receiver);
    QString error;
    ASSERT_TRUE(receiver.start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return receiver.state() == CotReceiver::State::Connected; })) << server.output().toStdString();
    // The server saw and verified Trilink's certificate.
    ASSERT_TRUE(waitFor([&] { return server.output().contains("subject=CN = trilink-client"); })) << server.output().toStdString();
    server.write(maps::cot::CotEventWriter::xml(event(QStringLiteral("TLS-1"), kT0)));
    server.write(maps::cot::CotEventWriter::xml(event(QStringLiteral("TLS-2"), kT0 + 1000)));
    ASSERT_TRUE(waitFor([&] { return got.events.size() == 2; })) << got.problems.join(u'\n').toStdString();
    EXPECT_EQ(got.events[0].event.uid, QStringLiteral("TLS-1"));
    EXPECT_EQ(got.events[1].event.timeMs, kT0 + 1000);
    EXPECT_TRUE(got.events[0].source.startsWith(QStringLiteral("tak tls 127.0.0.1:"))) << got.events[0].source.toStdString();
}

TEST_F(TlsInterop, SendsToATlsServerWithAPkcs12ClientCertificate)
{
    TlsServer server(*s_certs, freePort());
    ASSERT_TRUE(server.waitListening()) << server.output().toStdString();
    maps::live::LiveEndpoint to = tak(server.port());
    to.tlsFiles.certificate = s_certs->path("client.p12");
    to.tlsFiles.key.clear();
    to.tlsFiles.password = QStringLiteral("atakatak");
    maps::live::CotSender sender(to);
    QString error;
    ASSERT_TRUE(sender.start(&error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return sender.isReady(); })) << server.output().toStdString();
    sender.send(event(QStringLiteral("UP-1"), kT0));
    sender.send(event(QStringLiteral("UP-2"), kT0 + 500));
    ASSERT_TRUE(waitFor([&] { return server.output().count("</event>") == 2; })) << server.output().toStdString();
    const QByteArray out = server.output();
    EXPECT_TRUE(out.contains("subject=CN = trilink-client"));
    EXPECT_TRUE(out.contains("uid=\"UP-1\""));
    EXPECT_TRUE(out.contains("uid=\"UP-2\""));
    // What TAK Server's streaming input wants: each event with its declaration, nothing after </event>.
    EXPECT_TRUE(out.contains("</event><?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<event")) << out.toStdString();
}

TEST_F(TlsInterop, AServerSignedByAnotherCaIsRefused)
{
    TlsServer server(*s_certs, freePort());
    ASSERT_TRUE(server.waitListening());
    maps::live::LiveEndpoint e = tak(server.port());
    e.tlsFiles.trust = s_certs->path("other-ca.pem");
    CotReceiver receiver(e);
    QString lastState;
    QObject::connect(&receiver, &CotReceiver::stateChanged, &receiver, [&](CotReceiver::State, const QString &d) { lastState = d; });
    ASSERT_TRUE(receiver.start(nullptr));
    ASSERT_TRUE(waitFor([&] { return lastState.contains(QStringLiteral("TLS")); })) << lastState.toStdString();
    EXPECT_NE(receiver.state(), CotReceiver::State::Connected);
    EXPECT_TRUE(lastState.contains(QStringLiteral("retrying"))) << lastState.toStdString();
}

TEST_F(TlsInterop, AClientWithoutACertificateIsTurnedAway)
{
    TlsServer server(*s_certs, freePort());
    ASSERT_TRUE(server.waitListening());
    maps::live::LiveEndpoint e = tak(server.port());
    e.tlsFiles.certificate.clear();
    e.tlsFiles.key.clear();
    CotReceiver receiver(e);
    QStringList states;
    QObject::connect(&receiver, &CotReceiver::stateChanged, &receiver, [&](CotReceiver::State, const QString &d) { states << d; });
    ASSERT_TRUE(receiver.start(nullptr));
    // The handshake may complete on the client side before the server's alert arrives; either way the server
    // ends the connection and Trilink says so.
    ASSERT_TRUE(waitFor([&] { return states.join(u'\n').contains(QStringLiteral("retrying")); })) << states.join(u'\n').toStdString();
    ASSERT_TRUE(waitFor([&] { return server.output().contains("peer did not return a certificate") || server.output().contains("alert"); }))
        << server.output().toStdString();
}

TEST_F(TlsInterop, CredentialFilesAreCheckedBeforeConnecting)
{
    QString error;
    maps::live::TlsFiles files;
    files.certificate = s_certs->path("client.p12");
    files.password = QStringLiteral("wrong");
    EXPECT_FALSE(maps::live::tlsConfiguration(files, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("password is wrong"))) << error.toStdString();
    files.password = QStringLiteral("atakatak");
    const auto ok = maps::live::tlsConfiguration(files, &error);
    ASSERT_TRUE(ok) << error.toStdString();
    EXPECT_EQ(ok->localCertificate().subjectInfo(QSslCertificate::CommonName).value(0), QStringLiteral("trilink-client"));
    files.certificate = s_certs->path("client-legacy.p12");
    const auto legacy = maps::live::tlsConfiguration(files, &error);
    ASSERT_TRUE(legacy) << error.toStdString();
    EXPECT_EQ(legacy->localCertificate(), ok->localCertificate());
    files = {};
    files.certificate = s_certs->path("client.pem");
    files.key = s_certs->path("ca.pem"); // not a key
    EXPECT_FALSE(maps::live::tlsConfiguration(files, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a PEM RSA or EC private key"))) << error.toStdString();
    files.key = s_certs->path("missing.key");
    EXPECT_FALSE(maps::live::tlsConfiguration(files, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("private key "))) << error.toStdString();
    files = {};
    files.trust = s_certs->path("client.key");
    EXPECT_FALSE(maps::live::tlsConfiguration(files, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no certificate in it"))) << error.toStdString();
}
