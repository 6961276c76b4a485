// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The independent peers of the interop tests, each a real program started and stopped by the test:
// node-cot (tests/live/node/cot-peer.mjs, installed into the build tree by the live_install_node_cot
// fixture) and openssl (certificates, and s_server as a TLS server asking for a client certificate).

#include "LiveTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace trilink::livetest {

inline QString nodePeerDir()
{
    return QStringLiteral(TRILINK_NODE_PEER_DIR);
}

inline bool nodePeerInstalled()
{
    return QFile::exists(nodePeerDir() + QStringLiteral("/node_modules/@tak-ps/node-cot/package.json"));
}

// A free TCP/UDP port on 127.0.0.1 for a peer that cannot be told "any port".
inline quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// node cot-peer.mjs ...: send, or receive (then LISTENING port is read from its first line).
class NodePeer {
public:
    explicit NodePeer(const QStringList &args)
    {
        m_process.setWorkingDirectory(nodePeerDir());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("node"), QStringList{QStringLiteral("cot-peer.mjs")} + args);
    }
    ~NodePeer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // The port a receiving peer listens on, once it says so.
    quint16 listeningPort(int timeoutMs = 20'000)
    {
        waitFor([&] { return m_out.contains("LISTENING") || readOut() || m_process.state() == QProcess::NotRunning; }, timeoutMs);
        readOut();
        const auto line = m_out.mid(m_out.indexOf("LISTENING")).split('\n').value(0);
        return static_cast<quint16>(line.mid(10).trimmed().toUInt());
    }
    // Waits for the peer to end (the event loop runs meanwhile, so Trilink's sockets keep working).
    int finish(int timeoutMs = 30'000)
    {
        waitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        readOut();
        m_err += m_process.readAllStandardError();
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString output() const { return QString::fromUtf8(m_out + m_err); }

private:
    bool readOut()
    {
        m_out += m_process.readAllStandardOutput();
        return false;
    }
    QProcess m_process;
    QByteArray m_out, m_err;
};

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Runs a command to its end; the output when it fails.
inline bool run(const QString &program, const QStringList &args, const QString &dir, QString *output = nullptr)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return ok;
}

// A test CA, a server certificate for localhost/127.0.0.1 and a client certificate, made with openssl in a
// temporary folder: PEM files, the client also as PKCS#12 (password atakatak, as TAK issues them), and a
// second CA that signed nothing here (a server it does not vouch for must be refused).
struct TestCertificates {
    QTemporaryDir dir;
    bool ok = false;
    QString log;
    QString path(const char *name) const { return dir.filePath(QLatin1String(name)); }

    TestCertificates()
    {
        const QString d = dir.path();
        auto step = [&](const QStringList &args) {
            QString out;
            const bool good = run(QStringLiteral("openssl"), args, d, &out);
            if (!good)
                log += QStringLiteral("openssl %1:\n%2\n").arg(args.join(u' '), out);
            return good;
        };
        QFile ext(dir.filePath(QStringLiteral("server.ext")));
        ext.open(QIODevice::WriteOnly);
        ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QFile cext(dir.filePath(QStringLiteral("client.ext")));
        cext.open(QIODevice::WriteOnly);
        cext.write("extendedKeyUsage=clientAuth\n");
        cext.close();
        const QString subjCa = QStringLiteral("/CN=Trilink Test CA");
        ok = step({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", subjCa})
             && step({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "other-ca.key", "-out", "other-ca.pem", "-days", "2",
                      "-subj", "/CN=Some Other CA"})
             && step({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"})
             && step({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem",
                      "-days", "2", "-extfile", "server.ext"})
             && step({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out", "client.csr", "-subj", "/CN=trilink-client"})
             && step({"x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "client.pem",
                      "-days", "2", "-extfile", "client.ext"})
             && step({"pkcs12", "-export", "-in", "client.pem", "-inkey", "client.key", "-certfile", "ca.pem", "-out", "client.p12",
                      "-passout", "pass:atakatak"})
             // As TAK Server's makeCert.sh made them before OpenSSL 3: RC2/3DES, which needs OpenSSL's legacy provider.
             && step({"pkcs12", "-export", "-legacy", "-in", "client.pem", "-inkey", "client.key", "-certfile", "ca.pem", "-out",
                      "client-legacy.p12", "-passout", "pass:atakatak"});
    }
};

// openssl s_server on 127.0.0.1: TLS with the test server certificate, asking for a client certificate
// signed by the test CA (-Verify 1 refuses a client without one). What it receives appears on its stdout;
// what is written to its stdin goes to the client.
class TlsServer {
public:
    TlsServer(const TestCertificates &certs, quint16 port) : m_port(port)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("openssl"),
                        {"s_server", "-accept", QStringLiteral("127.0.0.1:%1").arg(port), "-cert", certs.path("server.pem"), "-key",
                         certs.path("server.key"), "-CAfile", certs.path("ca.pem"), "-Verify", "1", "-naccept", "1"});
    }
    ~TlsServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool waitListening() { return waitFor([&] { return output().contains("ACCEPT") || m_process.state() == QProcess::NotRunning; }) && output().contains("ACCEPT"); }
    void write(const QByteArray &bytes) { m_process.write(bytes); }
    const QByteArray &output()
    {
        m_out += m_process.readAll();
        return m_out;
    }
    quint16 port() const { return m_port; }

private:
    quint16 m_port;
    QProcess m_process;
    QByteArray m_out;
};

} // namespace trilink::livetest
