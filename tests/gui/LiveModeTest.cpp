// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// The viewer's live mode below the window: the live controller over real loopback sockets (a feed becomes the
// scenario, the clock follows now, each track's latency is known, what is played is broadcast), and the
// Connect dialog driven as a user fills it in.
#include "app/gui/ConnectDialog.h"
#include "app/gui/LiveController.h"
#include "maps/cot/CotEventWriter.h"
#include "maps/live/CotReceiver.h"
#include "maps/live/CotSender.h"
#include "tests/live/LiveTestSupport.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUdpSocket>

#include <gtest/gtest.h>

using namespace trilink;
using maps::live::LiveEndpoint;

namespace {

quint16 freeUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

LiveEndpoint udp(LiveEndpoint::Kind kind, quint16 port)
{
    return livetest::endpoint(kind, QStringLiteral("127.0.0.1"), port);
}

} // namespace

TEST(LiveController, AFeedBecomesTheScenarioAndTheClockFollowsNow)
{
    PlaybackClock clock;
    app::LiveController live(&clock);
    std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    Scenario::Ptr shown;
    maps::TrackOverlay::Ptr overlay;
    QObject::connect(&live, &app::LiveController::scenarioReady, &live, [&](Scenario::Ptr s, maps::TrackOverlay::Ptr o) {
        shown = s;
        overlay = o;
    });
    maps::live::LiveConnection c;
    const quint16 port = freeUdpPort();
    c.listen = {udp(LiveEndpoint::Kind::UdpListen, port)};
    c.partnerRules = {QStringLiteral("callsign:SHIP-*=JPN")};
    QString error;
    ASSERT_TRUE(live.connectTo(c, &error)) << error.toStdString();
    EXPECT_TRUE(live.isConnected());
    EXPECT_TRUE(clock.isLive());
    EXPECT_TRUE(clock.isPlaying());

    maps::live::CotSender sender(udp(LiveEndpoint::Kind::UdpSend, port));
    ASSERT_TRUE(sender.start(nullptr));
    for (int i = 0; i < 3; ++i) {
        maps::cot::CotEvent e;
        e.uid = QStringLiteral("SHIP-1");
        e.type = QStringLiteral("a-f-S-C-L-D-D");
        e.how = QStringLiteral("m-g");
        e.timeMs = e.startMs = now - 3000 + i * 1000;
        e.staleMs = e.timeMs + 60'000;
        e.lat = 37.5;
        e.lon = 131.0 + i * 0.01;
        e.callsign = QStringLiteral("SHIP-1");
        sender.send(e);
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return shown && !shown->tracks.empty() && shown->tracks[0].samples.size() == 3; }, 10'000));
    ASSERT_TRUE(overlay);
    EXPECT_EQ(shown->tracks[0].id, QStringLiteral("SHIP-1"));
    EXPECT_EQ(shown->tracks[0].identity.kind, QStringLiteral("a-f-S-C-L-D-D"));
    EXPECT_EQ(shown->tracks[0].attribution.partnerSet, partnerBit(Partner::JPN)); // from the connection's rule
    const auto *status = live.status(QStringLiteral("SHIP-1"));
    ASSERT_TRUE(status);
    EXPECT_GE(status->lastLatencyMs, 0);
    EXPECT_LT(status->lastLatencyMs, 10'000);
    EXPECT_LE(clock.startMs(), static_cast<double>(now - 3000)); // the range reaches back to the first report
    // Looking back leaves live; the LIVE button's goLive returns.
    clock.seek(static_cast<double>(now - 2000));
    EXPECT_FALSE(clock.isLive());
    clock.goLive(static_cast<double>(QDateTime::currentMSecsSinceEpoch()));
    EXPECT_TRUE(clock.isLive());
    live.disconnectFeed();
    EXPECT_FALSE(live.isConnected());
    EXPECT_FALSE(clock.isLiveSession());
}

TEST(LiveController, BroadcastSendsWhatThePlaybackPlays)
{
    PlaybackClock clock;
    app::LiveController live(&clock);
    maps::live::CotReceiver receiver(udp(LiveEndpoint::Kind::UdpListen, 0));
    QList<maps::live::ReceivedEvent> got;
    QObject::connect(&receiver, &maps::live::CotReceiver::eventsReceived, &receiver, [&](const auto &e) { got += e; });
    ASSERT_TRUE(receiver.start(nullptr));
    QString error;
    ASSERT_TRUE(live.setBroadcast(udp(LiveEndpoint::Kind::UdpSend, receiver.localPort()), &error)) << error.toStdString();
    EXPECT_TRUE(live.isBroadcasting());
    RecordedTrack r;
    r.id = QStringLiteral("PLAYED");
    const std::int64_t t0 = 1'700'000'000'000;
    for (int i = 0; i <= 10; ++i)
        r.points.push_back({t0 + i * 1000, 127.0 + i * 0.01, 38.0, 1000.0 * i, 0, {}});
    auto scenario = std::make_shared<Scenario>();
    scenario->tracks.push_back(trackFromRecording(r, QStringLiteral("played.csv")));
    clock.setRange(static_cast<double>(t0), static_cast<double>(t0 + 10'000));
    live.setPlayedScenario(scenario);
    clock.setRate(1);
    clock.play();
    for (int i = 0; i < 20; ++i)
        clock.advance(0.5); // as the playback driver does
    ASSERT_TRUE(QTest::qWaitFor([&] { return got.size() >= 11; }, 10'000)) << got.size();
    EXPECT_EQ(got.front().event.uid, QStringLiteral("PLAYED"));
    EXPECT_EQ(got.back().event.sourceTimeMs.value_or(0), t0 + 10'000); // the last point always goes
    ASSERT_TRUE(live.setBroadcast(std::nullopt, &error));
    EXPECT_FALSE(live.isBroadcasting());
}

// The window hands over every scenario it shows (start-up's too); the playlist of all its tracks is only
// built once Broadcast is on, and again only for a new scenario.
TEST(LiveController, ThePlaylistIsBuiltOnlyOnceBroadcastStarts)
{
    PlaybackClock clock;
    app::LiveController live(&clock);
    auto scenario = std::make_shared<Scenario>();
    live.setPlayedScenario(scenario);
    EXPECT_EQ(live.broadcastPlaylistScenario(), nullptr);
    maps::live::CotReceiver receiver(udp(LiveEndpoint::Kind::UdpListen, 0));
    ASSERT_TRUE(receiver.start(nullptr));
    QString error;
    ASSERT_TRUE(live.setBroadcast(udp(LiveEndpoint::Kind::UdpSend, receiver.localPort()), &error)) << error.toStdString();
    EXPECT_EQ(live.broadcastPlaylistScenario(), scenario.get());
    auto next = std::make_shared<Scenario>();
    live.setPlayedScenario(next);
    EXPECT_EQ(live.broadcastPlaylistScenario(), next.get());
    ASSERT_TRUE(live.setBroadcast(std::nullopt, &error));
}

TEST(LiveController, AFeedIsNeverBroadcastBackToWhereItCameFrom)
{
    PlaybackClock clock;
    app::LiveController live(&clock);
    maps::live::LiveConnection c = maps::live::atakMeshConnection();
    LiveEndpoint back = c.listen.front();
    back.kind = LiveEndpoint::Kind::UdpSend;
    c.broadcast = back;
    QString error;
    EXPECT_FALSE(live.connectTo(c, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("back to where it comes from"))) << error.toStdString();
    EXPECT_FALSE(live.isConnected());
}

TEST(ConnectDialog, FillsInATakServerWithItsCertificatesAndSavesIt)
{
    QSettings().remove(QStringLiteral("live"));
    app::ConnectDialog dialog;
    // A new dialog offers ATAK's mesh.
    EXPECT_EQ(dialog.addressEdit()->text(), QStringLiteral("239.2.3.1"));
    EXPECT_EQ(dialog.portBox()->value(), 6969);
    dialog.kindBox()->setCurrentIndex(2); // TAK Server
    EXPECT_EQ(dialog.portBox()->value(), 8089);
    dialog.addressEdit()->setText(QStringLiteral("takserver.exercise"));
    dialog.certificateEdit()->setText(QStringLiteral("/certs/trilink.p12"));
    dialog.partnersEdit()->setPlainText(QStringLiteral("group:Cyan=KOR\n\ncallsign:AEGIS-*=JPN"));
    QString error;
    auto c = dialog.connection(&error);
    ASSERT_TRUE(c) << error.toStdString();
    ASSERT_EQ(c->listen.size(), 1u);
    EXPECT_EQ(c->listen[0].kind, LiveEndpoint::Kind::TakServer);
    EXPECT_TRUE(c->listen[0].tls);
    EXPECT_EQ(c->listen[0].tlsFiles.certificate, QStringLiteral("/certs/trilink.p12"));
    EXPECT_EQ(c->partnerRules, (QStringList{QStringLiteral("group:Cyan=KOR"), QStringLiteral("callsign:AEGIS-*=JPN")}));
    // A rule that does not read: said, and Connect is off.
    dialog.partnersEdit()->setPlainText(QStringLiteral("team:Cyan=KOR"));
    EXPECT_FALSE(dialog.connection(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("partner rule 'team:Cyan=KOR'")));
    QPushButton *connectButton = nullptr;
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Connect"))
            connectButton = b;
    ASSERT_TRUE(connectButton);
    EXPECT_FALSE(connectButton->isEnabled());
    dialog.partnersEdit()->setPlainText(QStringLiteral("group:Cyan=KOR"));
    EXPECT_TRUE(connectButton->isEnabled());
    // Saved under its name, and offered by the next dialog.
    dialog.nameEdit()->setText(QStringLiteral("Exercise"));
    for (auto *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Save"))
            b->click();
    QSettings settings;
    const auto saved = maps::live::loadConnections(settings);
    ASSERT_EQ(saved.size(), 1u);
    EXPECT_EQ(saved[0].name, QStringLiteral("Exercise"));
    app::ConnectDialog again;
    ASSERT_EQ(again.savedBox()->count(), 2);
    again.savedBox()->setCurrentIndex(1);
    emit again.savedBox()->activated(1);
    EXPECT_EQ(again.addressEdit()->text(), QStringLiteral("takserver.exercise"));
    EXPECT_EQ(again.kindBox()->currentIndex(), 2);
}
