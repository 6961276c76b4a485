// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// The built trilink program's `stream` and `listen` as a user runs them, against independent peers on
// 127.0.0.1: node-cot receives and validates what `trilink stream` sends (XML and TAK protobuf over UDP),
// node-cot sends events that `trilink listen` must record into a track file exactly, and `trilink listen`
// records from openssl s_server over TLS with a PKCS#12 client certificate. Each program is started and
// stopped by the test (listen by SIGTERM, as Ctrl+C would: the file must be written then).
#include "InteropPeers.h"

#include "core/Scenario.h"
#include "maps/cot/CotEventWriter.h"
#include "maps/cot/CotPlaylist.h"
#include "maps/trackio/TrackFile.h"

#include <gtest/gtest.h>

#include <limits>

using namespace trilink;
using namespace trilink::livetest;

namespace {

const QString kEvents = QStringLiteral(TRILINK_TEST_SOURCE_DIR "/maps/data/cot/node-cot-events.json");

// The trilink program, run to its end or stopped by the test.
class Trilink {
public:
    explicit Trilink(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(TRILINK_BIN), args);
    }
    ~Trilink()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Waits (the event loop running) until stdout holds `text`.
    bool waitForOutput(const char *text, int timeoutMs = 20'000)
    {
        return waitFor([&] { return out().contains(text) || m_process.state() == QProcess::NotRunning; }, timeoutMs) && out().contains(text);
    }
    // SIGTERM, as Ctrl+C: the program writes what it has and ends.
    void stop() { m_process.terminate(); }
    int finish(int timeoutMs = 30'000)
    {
        waitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs);
        out();
        return m_process.state() == QProcess::NotRunning && m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    const QByteArray &out()
    {
        m_out += m_process.readAllStandardOutput();
        m_err += m_process.readAllStandardError();
        return m_out;
    }
    std::string log() { return (out() + m_err).toStdString(); }

private:
    QProcess m_process;
    QByteArray m_out, m_err;
};

// trilink stream plays the first ten minutes of the Hwasong-15 at 250x, one report per 5 s of flight (50
// datagrams a second, which a loaded machine's node-cot keeps up with); node-cot receives them all.
void streamCommandToNode(bool protobuf)
{
    ASSERT_TRUE(nodePeerInstalled()) << "the live_install_node_cot fixture installs node-cot in " << nodePeerDir().toStdString();
    const Scenario scenario = builtinScenario();
    const ScenarioTrack *track = scenario.find(QStringLiteral("2017-11-28-HS15"));
    ASSERT_TRUE(track);
    maps::cot::CotPlaylist count({*track}, track->launchMsUtc, track->launchMsUtc + 600'000);
    const auto expected = static_cast<int>(count.take(std::numeric_limits<std::int64_t>::max(), 5000).size());
    QTemporaryDir dir;
    const QString received = dir.filePath(QStringLiteral("received.json"));
    NodePeer node({QStringLiteral("receive"), QStringLiteral("udp://127.0.0.1:0"), QString::number(expected), received, QStringLiteral("--timeout-ms"),
                   QStringLiteral("30000")});
    const quint16 port = node.listeningPort();
    ASSERT_NE(port, 0) << node.output().toStdString();
    QStringList args{QStringLiteral("stream"), QStringLiteral("--launch"), track->id, QStringLiteral("--udp"), QStringLiteral("127.0.0.1:%1").arg(port),
                     QStringLiteral("--speed"), QStringLiteral("250"), QStringLiteral("--interval"), QStringLiteral("0.02"),
                     QStringLiteral("--to"), QStringLiteral("T+600")};
    if (protobuf)
        args << QStringLiteral("--protobuf");
    Trilink trilink(args);
    EXPECT_EQ(trilink.finish(), 0) << trilink.log();
    EXPECT_TRUE(trilink.out().contains(QStringLiteral("sent %1 events").arg(expected).toUtf8())) << trilink.log();
    const int nodeStatus = node.finish();
    const QJsonObject result = readJson(received);
    ASSERT_EQ(nodeStatus, 0) << node.output().toStdString() << result[QStringLiteral("events")].toArray().size() << " of " << expected
                             << " events; errors: " << QJsonDocument(result[QStringLiteral("errors")].toArray()).toJson().left(2000).toStdString();
    EXPECT_TRUE(result[QStringLiteral("errors")].toArray().isEmpty());
    const QJsonArray events = result[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), expected);
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        EXPECT_EQ(e[QStringLiteral("encoding")].toString(), protobuf ? QStringLiteral("mesh") : QStringLiteral("xml"));
        EXPECT_EQ(e[QStringLiteral("uid")].toString(), track->id);
        EXPECT_EQ(e[QStringLiteral("type")].toString(), QStringLiteral("a-h-A-W-M-S-S"));
        EXPECT_EQ(e[QStringLiteral("how")].toString(), QStringLiteral("m-s"));
        EXPECT_EQ(e[QStringLiteral("callsign")].toString(), track->label);
    }
}

// Reads a recorded file: every track by id.
std::map<QString, RecordedTrack> recorded(const QString &path)
{
    std::map<QString, RecordedTrack> out;
    for (auto &t : maps::readTrackFile(path).tracks)
        out[t.id] = t;
    return out;
}

} // namespace

TEST(CommandInterop, NodeCotValidatesTrilinkStreamAsXmlOverUdp)
{
    streamCommandToNode(false);
}

TEST(CommandInterop, NodeCotValidatesTrilinkStreamAsTakProtobufOverUdp)
{
    streamCommandToNode(true);
}

TEST(CommandInterop, TrilinkListenRecordsWhatNodeCotSendsOverTcp)
{
    ASSERT_TRUE(nodePeerInstalled()) << "the live_install_node_cot fixture installs node-cot in " << nodePeerDir().toStdString();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("exercise.csv"));
    const quint16 port = freePort();
    Trilink listen({QStringLiteral("listen"), QStringLiteral("--tcp-listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--out"), out,
                    QStringLiteral("--partner"), QStringLiteral("group:Cyan=KOR")});
    ASSERT_TRUE(listen.waitForOutput("recording")) << listen.log();
    NodePeer node({QStringLiteral("send"), QStringLiteral("tcp://127.0.0.1:%1").arg(port), kEvents, QStringLiteral("--encoding"), QStringLiteral("xml"),
                   QStringLiteral("--chunk"), QStringLiteral("7")});
    ASSERT_EQ(node.finish(), 0) << node.output().toStdString();
    waitFor([] { return false; }, 500); // what was sent has arrived
    listen.stop();
    ASSERT_EQ(listen.finish(), 0) << listen.log();
    EXPECT_TRUE(listen.out().contains("2 reports of 2 tracks, 2 points written to")) << listen.log();

    // The file holds node-cot's events exactly (the third, which node-cot writes as malformed XML, is refused).
    QFile f(kEvents);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonArray sent = QJsonDocument::fromJson(f.readAll()).array();
    const auto tracks = recorded(out);
    ASSERT_EQ(tracks.size(), 2u);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject s = sent[i].toObject();
        const auto it = tracks.find(s[QStringLiteral("uid")].toString());
        ASSERT_NE(it, tracks.end()) << s[QStringLiteral("uid")].toString().toStdString();
        ASSERT_EQ(it->second.points.size(), 1u);
        const TrackPoint &p = it->second.points[0];
        EXPECT_EQ(p.timeMsUtc, QDateTime::fromString(s[QStringLiteral("time")].toString(), Qt::ISODateWithMs).toMSecsSinceEpoch());
        EXPECT_DOUBLE_EQ(p.lat, s[QStringLiteral("lat")].toDouble());
        EXPECT_DOUBLE_EQ(p.lon, s[QStringLiteral("lon")].toDouble());
        EXPECT_DOUBLE_EQ(p.altM, s[QStringLiteral("hae")].toDouble());
    }
    // The ATAK user of team Cyan is Korea's by the --partner rule; the other event says USA;KOR itself.
    EXPECT_EQ(tracks.at(QStringLiteral("ANDROID-5a1e")).points[0].partners, partnerBit(Partner::KOR));
    EXPECT_EQ(tracks.at(QStringLiteral("TRK-0042")).points[0].partners, partnerBit(Partner::USA) | partnerBit(Partner::KOR));
}

TEST(CommandInterop, TrilinkListenRecordsFromATlsServerWithAPkcs12Certificate)
{
    TestCertificates certs;
    ASSERT_TRUE(certs.ok) << certs.log.toStdString();
    TlsServer server(certs, freePort());
    ASSERT_TRUE(server.waitListening()) << server.output().toStdString();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("exercise.geojson"));
    Trilink listen({QStringLiteral("listen"), QStringLiteral("--tak"), QStringLiteral("127.0.0.1:%1").arg(server.port()), QStringLiteral("--cert"),
                    certs.path("client.p12"), QStringLiteral("--password"), QStringLiteral("atakatak"), QStringLiteral("--ca"), certs.path("ca.pem"),
                    QStringLiteral("--out"), out});
    ASSERT_TRUE(waitFor([&] { return server.output().contains("subject=CN = trilink-client"); }, 20'000)) << server.output().toStdString() << listen.log();
    server.write(maps::cot::CotEventWriter::xml(event(QStringLiteral("TLS-CLI-1"), kT0)));
    server.write(maps::cot::CotEventWriter::xml(event(QStringLiteral("TLS-CLI-1"), kT0 + 1000, 39.1, 126.2)));
    ASSERT_TRUE(listen.waitForOutput("connected")) << listen.log();
    waitFor([] { return false; }, 500);
    listen.stop();
    ASSERT_EQ(listen.finish(), 0) << listen.log();
    const auto tracks = recorded(out);
    ASSERT_EQ(tracks.size(), 1u) << listen.log();
    const RecordedTrack &t = tracks.begin()->second;
    EXPECT_EQ(t.id, QStringLiteral("TLS-CLI-1"));
    ASSERT_EQ(t.points.size(), 2u);
    EXPECT_EQ(t.points[1].timeMsUtc, kT0 + 1000);
    EXPECT_DOUBLE_EQ(t.points[1].lat, 39.1);
    EXPECT_EQ(t.points[0].partners, partnerBit(Partner::KOR)); // the event's own <trilink partners>
}

// trilink convert writes CoT as TAK tools read it: node-cot, splitting the file after each </event> as TAK
// Server splits a stream, parses and validates every event, and finds them in time order across tracks, the
// ATAK unit of the hand-written capture still a friendly ground unit (a-f-G-U-C, how m-g) with its callsign,
// team and device.
TEST(CommandInterop, NodeCotReadsACotFileTrilinkConverted)
{
    ASSERT_TRUE(nodePeerInstalled()) << "the live_install_node_cot fixture installs node-cot in " << nodePeerDir().toStdString();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("again.cot"));
    Trilink convert({QStringLiteral("convert"), QStringLiteral(TRILINK_TEST_SOURCE_DIR "/maps/data/trackio/cot_tak_capture.cot"), out});
    ASSERT_EQ(convert.finish(), 0) << convert.log();
    const QString json = dir.filePath(QStringLiteral("read.json"));
    NodePeer node({QStringLiteral("read"), out, json});
    const int status = node.finish();
    const QJsonObject result = readJson(json);
    ASSERT_EQ(status, 0) << node.output().toStdString() << QJsonDocument(result).toJson().left(3000).toStdString();
    const QJsonArray events = result[QStringLiteral("events")].toArray();
    ASSERT_EQ(events.size(), 5);
    QString last;
    for (const auto &v : events) {
        const QJsonObject e = v.toObject();
        const QString time = e[QStringLiteral("time")].toString();
        EXPECT_LE(last, time) << "events out of time order";
        last = time;
        if (e[QStringLiteral("uid")].toString() == u"ANDROID-355499060918435") {
            EXPECT_EQ(e[QStringLiteral("type")].toString(), QStringLiteral("a-f-G-U-C"));
            EXPECT_EQ(e[QStringLiteral("how")].toString(), QStringLiteral("m-g"));
            EXPECT_EQ(e[QStringLiteral("callsign")].toString(), QStringLiteral("VIPER 1-1"));
            EXPECT_EQ(e[QStringLiteral("group")].toString(), QStringLiteral("Cyan"));
            const QJsonArray detail = e[QStringLiteral("detail")].toArray();
            for (const char *child : {"takv", "contact", "__group", "status"})
                EXPECT_TRUE(detail.contains(QLatin1String(child))) << child;
        } else {
            EXPECT_EQ(e[QStringLiteral("uid")].toString(), QStringLiteral("S-1"));
            EXPECT_EQ(e[QStringLiteral("type")].toString(), QStringLiteral("a-h-A-W-M-S-S"));
        }
    }
}
