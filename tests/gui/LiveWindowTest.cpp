// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// The main window in live mode, over a real UDP socket on 127.0.0.1: connecting replaces the catalogue with
// the feed's tracks, the LIVE indicator shows while the clock follows now and says how far behind it is when
// the user looks back, the map draws the tracks as they grow, the readout gives each report's latency, and
// disconnecting brings the catalogue back.
#include "app/gui/LiveController.h"
#include "app/gui/MainWindow.h"
#include "maps/Projection.h"
#include "maps/live/CotSender.h"
#include "tests/gui/WindowFixture.h"
#include "tests/live/LiveTestSupport.h"
#include "widgets/MapCanvas.h"

#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QUdpSocket>

#include <gtest/gtest.h>

using namespace trilink;
using maps::live::LiveEndpoint;

namespace {

LiveEndpoint loopbackUdp(LiveEndpoint::Kind kind, quint16 port)
{
    return livetest::endpoint(kind, QStringLiteral("127.0.0.1"), port);
}

// A ship steaming east off Japan, one report a second ending now.
maps::cot::CotEvent report(int i, std::int64_t nowMs, int count)
{
    maps::cot::CotEvent e;
    e.uid = QStringLiteral("SHIP-7");
    e.type = QStringLiteral("a-f-S-C-L-D-D");
    e.how = QStringLiteral("m-g");
    e.timeMs = e.startMs = nowMs - (count - 1 - i) * 1000;
    e.staleMs = e.timeMs + 120'000;
    e.lat = 37.5;
    e.lon = 133.0 + i * 0.05;
    e.callsign = QStringLiteral("SHIP-7");
    return e;
}

} // namespace

TEST(LiveWindow, AFeedReplacesTheCatalogueGrowsOnTheMapAndShowsLatency)
{
    app::MainWindow &w = readyWindow(QSize(1600, 1000));
    const Scenario::Ptr catalogue = w.scenario();
    ASSERT_TRUE(catalogue);
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    const quint16 port = probe.localPort();
    probe.close();
    maps::live::LiveConnection c;
    c.listen = {loopbackUdp(LiveEndpoint::Kind::UdpListen, port)};
    c.partnerRules = {QStringLiteral("callsign:SHIP-*=JPN")};
    QString error;
    ASSERT_TRUE(w.connectLive(c, &error)) << error.toStdString();
    EXPECT_TRUE(w.isLive());
    auto *indicator = w.findChild<QLabel *>(QStringLiteral("liveIndicator"));
    ASSERT_TRUE(indicator);
    EXPECT_TRUE(indicator->isVisible());
    EXPECT_TRUE(indicator->text().contains(QStringLiteral("LIVE")));

    maps::live::CotSender sender(loopbackUdp(LiveEndpoint::Kind::UdpSend, port));
    ASSERT_TRUE(sender.start(&error)) << error.toStdString();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 3; ++i)
        sender.send(report(i, now, 5)); // four and three seconds ago, and two
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.scenario() && w.scenario()->find(QStringLiteral("SHIP-7")); }, 10'000));
    EXPECT_EQ(w.scenario()->tracks.size(), 1u); // the feed's tracks, not the catalogue's
    EXPECT_EQ(w.selectedTrack(), QStringLiteral("SHIP-7")); // the first track heard is selected
    // The map draws it: the canvas's overlay holds the track, and the time shown is now's.
    const auto &settings = w.canvas()->settings();
    ASSERT_TRUE(settings.tracks);
    const auto *drawn = settings.tracks->find(QStringLiteral("SHIP-7"));
    ASSERT_TRUE(drawn);
    EXPECT_EQ(drawn->groundTrack.size(), 3);
    ASSERT_TRUE(settings.timeMs);
    EXPECT_GE(*settings.timeMs, static_cast<double>(now - 500));
    EXPECT_FALSE(settings.tracks->sensors.empty()); // the sensors stay on the map
    // Two more reports: the track grows.
    for (int i = 3; i < 5; ++i)
        sender.send(report(i, now, 5)); // a second ago, and at the test's start
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const auto *t = w.canvas()->settings().tracks ? w.canvas()->settings().tracks->find(QStringLiteral("SHIP-7")) : nullptr;
        return t && t->groundTrack.size() == 5;
    }, 10'000));
    // Each report's latency in the status bar's readout.
    const QStatusBar *bar = w.statusBar();
    QString readout;
    for (const QLabel *l : bar->findChildren<QLabel *>())
        if (l->text().contains(QStringLiteral("latency")))
            readout = l->text();
    EXPECT_TRUE(readout.contains(QStringLiteral("5 reports from udp 127.0.0.1:%1").arg(port))) << readout.toStdString();
    EXPECT_TRUE(readout.startsWith(QStringLiteral("SHIP-7 4 s · alt 0 km"))) << readout.toStdString(); // its last report's state
    EXPECT_TRUE(readout.contains(QStringLiteral("latency ")) && !readout.contains(QStringLiteral("latency -"))) << readout.toStdString();

    // Looking back leaves live, and the indicator says how far behind; Go Live returns.
    w.clock()->seek(w.clock()->endMs() - 90'000);
    EXPECT_FALSE(w.clock()->isLive());
    EXPECT_TRUE(indicator->text().contains(QStringLiteral("behind"))) << indicator->text().toStdString();
    w.live()->goLive();
    EXPECT_TRUE(w.clock()->isLive());
    EXPECT_TRUE(indicator->text().contains(QStringLiteral("● LIVE"))) << indicator->text().toStdString();

    // Disconnecting brings the catalogue back, and the clock out of its live session.
    w.disconnectLive();
    EXPECT_FALSE(w.isLive());
    EXPECT_EQ(w.scenario(), catalogue);
    EXPECT_FALSE(w.clock()->isLiveSession());
    EXPECT_FALSE(indicator->isVisible());
}
