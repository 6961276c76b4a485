// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionEngine.h"
#include "core/PlaybackClock.h"
#include "core/Scenario.h"
#include "maps/PartnerStyle.h"
#include "maps/PhaseStyle.h"
#include "tests/widgets/HoverText.h"
#include "widgets/PlaybackBar.h"
#include "widgets/TimelinePanel.h"
#include "widgets/TimelineWidget.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using widgets::TimelineTick;

namespace {

const double kLaunchMs = static_cast<double>(QDateTime(QDate(2017, 11, 28), QTime(18, 0), QTimeZone::utc()).toMSecsSinceEpoch());

// A 600 s flight sampled every second, apogee at 300 s; held by KOR from 10 s to 200 s, by the USA from
// 20 s to 400 s and by JPN from 250 s to impact, so every expectation below follows from these numbers.
Scenario::Ptr handScenario()
{
    ScenarioTrack t;
    t.id = QStringLiteral("T1");
    t.label = QStringLiteral("Test missile");
    t.launchMsUtc = static_cast<std::int64_t>(kLaunchMs);
    t.flightTimeS = 600;
    t.apogeeM = 1'000'000;
    t.apogeeTimeS = 300;
    std::vector<double> times;
    std::vector<PartnerMask> masks;
    for (int s = 0; s <= 600; ++s) {
        TrajectorySample x;
        x.timeS = s;
        x.lon = 125 + 0.01 * s;
        x.lat = 38;
        x.altM = 1'000'000 * (1 - std::pow((s - 300) / 300.0, 2));
        x.phase = s < 60 ? FlightPhase::Boost : (s > 300 && x.altM < 100'000) ? FlightPhase::Terminal : FlightPhase::Midcourse;
        t.samples.push_back(x);
        times.push_back(s);
        PartnerMask m = 0;
        if (s >= 10 && s <= 200)
            m |= partnerBit(Partner::KOR);
        if (s >= 20 && s <= 400)
            m |= partnerBit(Partner::USA);
        if (s >= 250)
            m |= partnerBit(Partner::JPN);
        masks.push_back(m);
    }
    t.events = {{TrajectoryEventKind::Launch, 0, 125, 38, 0, {}},
                {TrajectoryEventKind::Apogee, 300, 128, 38, 1'000'000, {}},
                {TrajectoryEventKind::EnterJapanEez, 550, 130.5, 38, 0, {}},
                {TrajectoryEventKind::Impact, 600, 131, 38, 0, {}}};
    t.attribution = AttributionEngine::fromPartnerMasks(times, masks, 600);
    auto s = std::make_shared<Scenario>();
    s->tracks.push_back(std::move(t));
    return s;
}

struct Fixture {
    PlaybackClock clock;
    widgets::TimelineWidget timeline;
    Fixture()
    {
        clock.setRange(kLaunchMs - 60'000, kLaunchMs + 660'000);
        clock.seek(kLaunchMs);
        timeline.setClock(&clock);
        timeline.setScenario(handScenario());
        timeline.setSelectedTrack(QStringLiteral("T1"));
        timeline.resize(1000, 180);
        timeline.show();
    }
    QImage picture() { return timeline.grab().toImage(); }
};

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

const TimelineTick *findTick(const std::vector<TimelineTick> &ticks, TimelineTick::Kind kind, std::optional<Partner> partner = {})
{
    for (const auto &t : ticks)
        if (t.kind == kind && t.partner == partner)
            return &t;
    return nullptr;
}

} // namespace

TEST(Timeline, TicksComeFromTheTrackEventsAndCustody)
{
    Fixture f;
    const auto ticks = f.timeline.ticks();
    ASSERT_EQ(ticks.size(), 7u); // launch, KOR, USA, JPN, apogee, EEZ, impact
    const std::vector<std::pair<TimelineTick::Kind, double>> expected{
        {TimelineTick::Kind::Launch, 0},          {TimelineTick::Kind::FirstDetection, 10}, {TimelineTick::Kind::FirstDetection, 20},
        {TimelineTick::Kind::FirstDetection, 250}, {TimelineTick::Kind::Apogee, 300},       {TimelineTick::Kind::JapanEez, 550},
        {TimelineTick::Kind::Impact, 600}};
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(ticks[i].kind, expected[i].first) << i;
        EXPECT_DOUBLE_EQ(ticks[i].timeMs, kLaunchMs + expected[i].second * 1000) << i;
        EXPECT_EQ(ticks[i].x, f.timeline.xForTime(ticks[i].timeMs));
        EXPECT_FALSE(ticks[i].toolTip.isEmpty());
    }
    EXPECT_EQ(ticks[1].partner, Partner::KOR);
    EXPECT_EQ(ticks[2].partner, Partner::USA);
    EXPECT_EQ(ticks[3].partner, Partner::JPN);
    // The window is the flight padded by 4 %, inside the clock's range.
    EXPECT_DOUBLE_EQ(f.timeline.windowStartMs(), kLaunchMs - 24'000);
    EXPECT_DOUBLE_EQ(f.timeline.windowEndMs(), kLaunchMs + 624'000);
    EXPECT_NEAR(f.timeline.timeAtX(f.timeline.xForTime(kLaunchMs + 123'000)), kLaunchMs + 123'000, 1000);
}

// The new flight shapes' events (pull-up, dive, ...) are ticks in the colour of the phase they begin.
TEST(Timeline, PhaseEventsAreTicksInThePhaseColour)
{
    Fixture f;
    auto s = std::make_shared<Scenario>(*handScenario());
    s->tracks[0].events.push_back({TrajectoryEventKind::PullUp, 350, 129, 38, 80'000, {}});
    s->tracks[0].events.push_back({TrajectoryEventKind::Dive, 500, 130, 38, 20'000, {}});
    f.timeline.setScenario(s);
    const auto ticks = f.timeline.ticks();
    std::vector<const TimelineTick *> phaseTicks;
    for (const auto &t : ticks)
        if (t.kind == TimelineTick::Kind::Phase)
            phaseTicks.push_back(&t);
    ASSERT_EQ(phaseTicks.size(), 2u);
    EXPECT_EQ(phaseTicks[0]->phase, FlightPhase::PullUp);
    EXPECT_EQ(phaseTicks[0]->label, QStringLiteral("Pull-up"));
    EXPECT_EQ(phaseTicks[1]->phase, FlightPhase::Terminal);
    EXPECT_DOUBLE_EQ(phaseTicks[1]->timeMs, kLaunchMs + 500'000);
    // The pull-up's mark is drawn in the side view's pull-up colour for this palette, just above the lanes.
    const QColor pullUp = maps::phaseColor(FlightPhase::PullUp, f.timeline.palette().color(QPalette::Text));
    const QImage img = f.picture();
    const int y = f.timeline.laneRect(Partner::USA).top() - 14;
    bool yellow = false;
    for (int dy = -6; dy <= 6 && !yellow; ++dy)
        for (int dx = -2; dx <= 2 && !yellow; ++dx)
            yellow = colourDistance(img.pixelColor(phaseTicks[0]->x + dx, y + dy), pullUp) < 60;
    EXPECT_TRUE(yellow);
}

TEST(Timeline, PlayAdvancesTheClockAndThePlayheadFollows)
{
    Fixture f;
    const double later = kLaunchMs + 30'000;
    const QPoint probe(f.timeline.xForTime(later), f.timeline.laneRect(Partner::JPN).center().y()); // JPN is not held at 30 s
    const QColor playhead = f.timeline.palette().color(QPalette::WindowText);
    EXPECT_GT(colourDistance(f.picture().pixelColor(probe), playhead), 120);

    f.clock.setRate(60);
    f.clock.play();
    f.clock.advance(0.5);
    EXPECT_DOUBLE_EQ(f.clock.timeMs(), later);
    EXPECT_LT(colourDistance(f.picture().pixelColor(probe), playhead), 40);
    const QPoint old(f.timeline.xForTime(kLaunchMs), probe.y());
    EXPECT_GT(colourDistance(f.picture().pixelColor(old), playhead), 120);
}

TEST(Timeline, DraggingSeeksTheClock)
{
    Fixture f;
    const int y = f.timeline.laneRect(Partner::USA).center().y();
    QTest::mousePress(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(330, y));
    EXPECT_DOUBLE_EQ(f.clock.timeMs(), f.timeline.timeAtX(330));
    QTest::mouseMove(&f.timeline, QPoint(520, y));
    EXPECT_DOUBLE_EQ(f.clock.timeMs(), f.timeline.timeAtX(520));
    QTest::mouseRelease(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(520, y));
    EXPECT_GT(f.clock.timeMs(), kLaunchMs + 200'000); // x 520 of 1000 is well past the start of the flight
}

TEST(Timeline, ClickingATickSeeksExactlyToTheEvent)
{
    Fixture f;
    QSignalSpy clicked(&f.timeline, &widgets::TimelineWidget::tickClicked);
    const auto ticks = f.timeline.ticks();
    for (const TimelineTick &t : ticks) {
        f.clock.seek(kLaunchMs - 50'000);
        QTest::mouseClick(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(t.x + 3, f.timeline.height() / 3));
        EXPECT_DOUBLE_EQ(f.clock.timeMs(), t.timeMs) << t.label.toStdString();
    }
    ASSERT_EQ(clicked.size(), static_cast<int>(ticks.size()));
    EXPECT_EQ(clicked.at(4).at(0).value<TimelineTick>().kind, TimelineTick::Kind::Apogee);
    // Beyond the snap distance it is a plain seek to the time under the mouse.
    const int x = ticks[4].x + widgets::TimelineWidget::kTickSnapPx + 4;
    QTest::mouseClick(&f.timeline, Qt::LeftButton, Qt::NoModifier, QPoint(x, 20));
    EXPECT_DOUBLE_EQ(f.clock.timeMs(), f.timeline.timeAtX(x));
}

TEST(Timeline, ViewAsChangesWhichLanesAreFilled)
{
    Fixture f;
    const double at100 = kLaunchMs + 100'000, at300 = kLaunchMs + 300'000;
    EXPECT_TRUE(f.timeline.laneFilledAt(Partner::USA, at100));
    EXPECT_TRUE(f.timeline.laneFilledAt(Partner::KOR, at100));
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::JPN, at100));
    EXPECT_TRUE(f.timeline.laneFilledAt(Partner::JPN, at300));
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::KOR, at300));
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::KOR, kLaunchMs + 9'000));  // KOR starts at 10 s
    EXPECT_TRUE(f.timeline.laneFilledAt(Partner::KOR, kLaunchMs + 200'500)); // sample 200 holds until 201
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::KOR, kLaunchMs + 201'500));

    const auto pixelIn = [&](Partner lane, double ms) {
        return f.picture().pixelColor(f.timeline.xForTime(ms) + 2, f.timeline.laneRect(lane).center().y());
    };
    EXPECT_LT(colourDistance(pixelIn(Partner::USA, at100), maps::partnerColor(Partner::USA)), 30);

    f.timeline.setViewAs(Partner::KOR);
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::USA, at100));
    EXPECT_TRUE(f.timeline.laneFilledAt(Partner::KOR, at100));
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::JPN, at300));
    EXPECT_GT(colourDistance(pixelIn(Partner::USA, at100), maps::partnerColor(Partner::USA)), 120);
    EXPECT_LT(colourDistance(pixelIn(Partner::KOR, at100), maps::partnerColor(Partner::KOR)), 30);
    // Only KOR's own first detection is in KOR's picture.
    const auto ticks = f.timeline.ticks();
    EXPECT_TRUE(findTick(ticks, TimelineTick::Kind::FirstDetection, Partner::KOR));
    EXPECT_FALSE(findTick(ticks, TimelineTick::Kind::FirstDetection, Partner::USA));
    EXPECT_FALSE(findTick(ticks, TimelineTick::Kind::FirstDetection, Partner::JPN));
}

TEST(Timeline, WithoutATrackTheWindowIsTheClockRange)
{
    Fixture f;
    f.timeline.setSelectedTrack({});
    EXPECT_TRUE(f.timeline.ticks().empty());
    EXPECT_FALSE(f.timeline.laneFilledAt(Partner::USA, kLaunchMs + 100'000));
    EXPECT_DOUBLE_EQ(f.timeline.windowStartMs(), f.clock.startMs());
    EXPECT_DOUBLE_EQ(f.timeline.windowEndMs(), f.clock.endMs());
}

TEST(PlaybackBar, ControlsDriveTheClockAndTheReadOutsFollow)
{
    PlaybackClock clock;
    clock.setRange(kLaunchMs - 60'000, kLaunchMs + 660'000);
    widgets::TimelinePanel panel;
    panel.setClock(&clock);
    panel.setScenario(handScenario());
    panel.setSelectedTrack(QStringLiteral("T1"));
    panel.resize(1200, 180);
    panel.show();
    widgets::PlaybackBar *bar = panel.playbackBar();

    const std::vector<std::pair<QString, QKeySequence>> expected{
        {QStringLiteral("playPause"), QKeySequence(Qt::Key_Space)},
        {QStringLiteral("reverse"), QKeySequence(Qt::Key_R)},
        {QStringLiteral("stepBack"), QKeySequence(Qt::Key_Left)},
        {QStringLiteral("stepForward"), QKeySequence(Qt::Key_Right)},
        {QStringLiteral("stepBack10"), QKeySequence(Qt::SHIFT | Qt::Key_Left)},
        {QStringLiteral("stepForward10"), QKeySequence(Qt::SHIFT | Qt::Key_Right)},
        {QStringLiteral("slower"), QKeySequence(Qt::Key_BracketLeft)},
        {QStringLiteral("faster"), QKeySequence(Qt::Key_BracketRight)},
        {QStringLiteral("loop"), QKeySequence(Qt::Key_L)},
        {QStringLiteral("toLaunch"), QKeySequence(Qt::Key_Home)},
        {QStringLiteral("toImpact"), QKeySequence(Qt::Key_End)}};
    for (const auto &[name, key] : expected) {
        QAction *a = bar->action(name);
        ASSERT_TRUE(a) << name.toStdString();
        EXPECT_EQ(a->shortcut(), key) << name.toStdString();
        EXPECT_TRUE(a->toolTip().contains(key.toString(QKeySequence::NativeText))) << a->toolTip().toStdString();
    }

    bar->action(QStringLiteral("toLaunch"))->trigger();
    EXPECT_DOUBLE_EQ(clock.timeMs(), kLaunchMs);
    EXPECT_EQ(bar->utcText(), QStringLiteral("2017-11-28 18:00:00Z"));
    EXPECT_EQ(bar->koreaText(), QStringLiteral("KST 11-29 03:00:00"));
    EXPECT_EQ(bar->japanText(), QStringLiteral("JST 11-29 03:00:00"));
    EXPECT_EQ(bar->missionText(), QStringLiteral("T+00:00"));

    // The buttons are the actions: clicking play starts the clock, clicking again pauses it.
    QToolButton *play = nullptr;
    for (auto *b : bar->findChildren<QToolButton *>())
        if (b->defaultAction() == bar->action(QStringLiteral("playPause")))
            play = b;
    ASSERT_TRUE(play);
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_TRUE(clock.isPlaying());
    EXPECT_EQ(bar->action(QStringLiteral("playPause"))->text(), QStringLiteral("Pause"));
    clock.advance(1.5); // 60x
    EXPECT_EQ(bar->missionText(), QStringLiteral("T+01:30"));
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_FALSE(clock.isPlaying());

    bar->action(QStringLiteral("stepForward"))->trigger();
    EXPECT_DOUBLE_EQ(clock.timeMs(), kLaunchMs + 91'000);
    bar->action(QStringLiteral("stepBack10"))->trigger();
    EXPECT_DOUBLE_EQ(clock.timeMs(), kLaunchMs + 81'000);
    bar->action(QStringLiteral("toImpact"))->trigger();
    EXPECT_DOUBLE_EQ(clock.timeMs(), kLaunchMs + 600'000);
    clock.seek(kLaunchMs - 30'000);
    EXPECT_EQ(bar->missionText(), QString(QStringLiteral("T")) + QChar(0x2212) + QStringLiteral("00:30"));

    auto *speed = bar->findChild<QComboBox *>();
    ASSERT_TRUE(speed);
    bar->action(QStringLiteral("faster"))->trigger();
    EXPECT_DOUBLE_EQ(clock.rate(), 120);
    EXPECT_EQ(speed->currentText(), QStringLiteral("120×"));
    bar->action(QStringLiteral("reverse"))->trigger();
    EXPECT_TRUE(clock.isReversed());
    bar->action(QStringLiteral("loop"))->trigger();
    EXPECT_TRUE(clock.loops());
    clock.setLoop(false);
    EXPECT_FALSE(bar->action(QStringLiteral("loop"))->isChecked());
}

TEST(Timeline, BundledScenarioShowsAFirstDetectionPerPartner)
{
    const Scenario::Ptr scenario = std::make_shared<Scenario>(builtinScenario());
    const QString id = QStringLiteral("2017-11-28-HS15");
    const ScenarioTrack *track = scenario->find(id);
    QStringList ids;
    for (const auto &t : scenario->tracks)
        ids << t.id;
    ASSERT_TRUE(track) << ids.join(QLatin1Char(' ')).toStdString();

    PlaybackClock clock;
    clock.setRange(scenario->startMs(), scenario->endMs());
    widgets::TimelineWidget timeline;
    timeline.setClock(&clock);
    timeline.setScenario(scenario);
    timeline.setSelectedTrack(id);
    timeline.resize(1200, 180);
    const auto ticks = timeline.ticks();
    for (Partner p : kAllPartners) {
        const PartnerCustody *c = track->attribution.custodyOf(p);
        ASSERT_TRUE(c) << partnerCode(p).toStdString() << " never detected the Hwasong-15 launch";
        const TimelineTick *tick = findTick(ticks, TimelineTick::Kind::FirstDetection, p);
        ASSERT_TRUE(tick) << partnerCode(p).toStdString();
        EXPECT_DOUBLE_EQ(tick->timeMs, static_cast<double>(track->launchMsUtc) + c->firstDetectionS * 1000);
        EXPECT_GT(tick->x, timeline.xForTime(static_cast<double>(track->launchMsUtc)));
        EXPECT_LT(tick->x, timeline.xForTime(track->endMsUtc()));
    }
    // The window follows the flight, not the catalogue's years.
    EXPECT_LT(timeline.windowEndMs() - timeline.windowStartMs(), track->flightTimeS * 1000 * 1.2);
}


// A hover says what is under the cursor (issue 20): the event and its time in UTC, in Korea and Japan
// (UTC+9) and T+, and who holds the track then. By hand: launch 18:00:00Z, so apogee at T+300 s is
// 18:05:00Z and 03:05:00 KST/JST, when the USA (20–400 s) and JPN (250 s on) hold it and KOR (10–200 s)
// does not; T+150 s is 18:02:30Z, 03:02:30, held by the USA and KOR.
TEST(Timeline, HoverSaysTheEventTheTimeAndWhoHoldsTheTrack)
{
    Fixture f;
    const int markY = f.timeline.laneRect(Partner::USA).top() - 6;
    const QString apogee = hoverText(f.timeline, QPoint(f.timeline.xForTime(kLaunchMs + 300'000) + 2, markY));
    for (const char *part : {"Apogee, 1,000 km", "2017-11-28 18:05:00Z", "KST/JST 03:05:00", "T+05:00", "Held by USA, JPN"})
        EXPECT_TRUE(apogee.contains(QString::fromUtf8(part))) << part << " in " << apogee.toStdString();
    const QString between = f.timeline.toolTipAt(QPoint(f.timeline.xForTime(kLaunchMs + 150'000), markY));
    for (const char *part : {"2017-11-28 18:02:30Z", "KST/JST 03:02:30", "T+02:30", "Held by USA, KOR"})
        EXPECT_TRUE(between.contains(QString::fromUtf8(part))) << part << " in " << between.toStdString();
    EXPECT_TRUE(f.timeline.toolTipAt(QPoint(f.timeline.xForTime(kLaunchMs - 10'000), markY)).contains(QStringLiteral("Before the launch")));
    // Over a lane: that partner's held spans.
    const QString lane = f.timeline.toolTipAt(f.timeline.laneRect(Partner::KOR).center());
    EXPECT_TRUE(lane.contains(QStringLiteral("KOR held the track"))) << lane.toStdString();
    EXPECT_TRUE(lane.contains(QStringLiteral("T+00:10"))) << lane.toStdString();
    // In nautical units the apogee's 1,000 km reads 1e6 / 304.8 = 3,281 kft.
    f.timeline.setUnits(UnitSystem::nautical());
    EXPECT_TRUE(f.timeline.toolTipAt(QPoint(f.timeline.xForTime(kLaunchMs + 300'000), markY)).contains(QStringLiteral("Apogee, 3,281 kft")));
}

// The axis's unit ("UTC", before a track is selected) sits in the gutter, never under a time label, even
// when the window starts on a round minute whose label is centred on the axis's first pixel (issue 20).
TEST(Timeline, TheUtcLabelNeverOverlapsTheTimeLabels)
{
    Fixture f;
    f.timeline.setSelectedTrack(QString());
    for (int width : {420, 640, 1000, 1600}) {
        f.timeline.resize(width, 180);
        f.timeline.fitWindow();
        const auto labels = f.timeline.axisLabels();
        ASSERT_FALSE(labels.empty()) << width;
        const QRect unit = f.timeline.axisUnitRect();
        EXPECT_GE(unit.width(), QFontMetrics(f.timeline.font()).horizontalAdvance(QStringLiteral("UTC"))) << width;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            EXPECT_FALSE(labels[i].box.intersects(unit)) << width << " " << labels[i].text.toStdString();
            EXPECT_LE(labels[i].box.right(), width - 1) << width;
            if (i > 0) {
                EXPECT_FALSE(labels[i].box.intersects(labels[i - 1].box)) << width;
            }
        }
    }
}
