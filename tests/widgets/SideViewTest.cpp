// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionEngine.h"
#include "core/PlaybackClock.h"
#include "core/Scenario.h"
#include "tests/widgets/HoverText.h"
#include "widgets/SideView.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using widgets::SideView;

namespace {

constexpr double kLaunchMs = 1'500'000'000'000.0;
constexpr double kWgs84A = 6'378'137.0;

// A track along the equator, one sample a second. On the equator the geodesic is the equator itself, so
// the ground range from launch is exactly a * (lon difference in radians) and every position below can be
// worked out by hand.
ScenarioTrack equatorTrack(int seconds, auto lonAt, auto altAt)
{
    ScenarioTrack t;
    t.id = QStringLiteral("EQ");
    t.label = QStringLiteral("Test missile");
    t.launchMsUtc = static_cast<std::int64_t>(kLaunchMs);
    t.flightTimeS = seconds;
    std::vector<double> times;
    for (int s = 0; s <= seconds; ++s) {
        TrajectorySample x;
        x.timeS = s;
        x.lon = lonAt(s);
        x.lat = 0;
        x.altM = altAt(s);
        x.phase = s < 60 ? FlightPhase::Boost : s > seconds - 60 ? FlightPhase::Terminal : FlightPhase::Midcourse;
        t.samples.push_back(x);
        times.push_back(s);
        if (x.altM > t.apogeeM) {
            t.apogeeM = x.altM;
            t.apogeeTimeS = s;
        }
    }
    t.attribution = AttributionEngine::fromPartnerMasks(times, std::vector<PartnerMask>(times.size(), partnerBit(Partner::USA)), seconds);
    return t;
}

// Symmetric in time (apogee at 300 s of 600) but not in range: longitude grows with the square of time, so
// at apogee the missile has covered a quarter of its ground range.
Scenario::Ptr profileScenario()
{
    auto s = std::make_shared<Scenario>();
    s->tracks.push_back(equatorTrack(600, [](int t) { return 1e-4 * t * t; },
                                     [](int t) { return 1'000'000 * (1 - std::pow((t - 300) / 300.0, 2)); }));
    return s;
}

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

struct Fixture {
    PlaybackClock clock;
    SideView view;
    explicit Fixture(Scenario::Ptr scenario)
    {
        clock.setRange(kLaunchMs - 60'000, kLaunchMs + 1'200'000);
        view.setClock(&clock);
        view.setScenario(std::move(scenario));
        view.setSelectedTrack(QStringLiteral("EQ"));
        view.resize(800, 400);
        view.show();
    }
    double xFraction(double timeS) const
    {
        const double x0 = view.pointFor(0).x(), x1 = view.pointFor(600).x();
        return (view.pointFor(timeS).x() - x0) / (x1 - x0);
    }
};

} // namespace

TEST(SideView, ModeSwapsTheHorizontalAxis)
{
    Fixture f(profileScenario());
    EXPECT_EQ(f.view.mode(), SideView::Mode::GroundRange);
    EXPECT_NEAR(f.xFraction(300), 0.25, 0.002);
    EXPECT_NEAR(f.xFraction(150), 0.0625, 0.002);

    QSignalSpy changed(&f.view, &SideView::modeChanged);
    auto *button = f.view.findChild<QToolButton *>();
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(f.view.mode(), SideView::Mode::Time);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_NEAR(f.xFraction(300), 0.5, 0.002);
    EXPECT_NEAR(f.xFraction(150), 0.25, 0.002);

    // Altitude is the vertical in both: launch and impact on the ground line, apogee above them.
    EXPECT_NEAR(f.view.pointFor(0).y(), f.view.pointFor(600).y(), 0.5);
    EXPECT_NEAR(f.view.pointFor(0).y(), f.view.plotRect().bottom(), 0.5);
    const double apogeeHeightPx = f.view.pointFor(0).y() - f.view.pointFor(300).y();
    EXPECT_NEAR(f.view.pointFor(0).y() - f.view.pointFor(150).y(), 0.75 * apogeeHeightPx, 0.5);

    f.view.setMode(SideView::Mode::GroundRange);
    EXPECT_FALSE(button->isChecked());
    EXPECT_EQ(changed.size(), 2);
}

TEST(SideView, CurrentMarkerFollowsTheClock)
{
    Fixture f(profileScenario());
    f.view.setMode(SideView::Mode::Time);
    const QColor marker = f.view.palette().color(QPalette::Text);
    // 5 px above the curve point: inside the marker, clear of the 2 px curve on these slopes.
    const auto probe = [&](double timeS) {
        return f.view.grab().toImage().pixelColor((f.view.pointFor(timeS) + QPointF(0, -5)).toPoint());
    };
    f.clock.seek(kLaunchMs + 150'000);
    EXPECT_DOUBLE_EQ(f.view.currentTimeS(), 150);
    EXPECT_LT(colourDistance(probe(150), marker), 40);
    EXPECT_GT(colourDistance(probe(450), marker), 120);

    f.clock.seek(kLaunchMs + 450'000);
    EXPECT_DOUBLE_EQ(f.view.currentTimeS(), 450);
    EXPECT_LT(colourDistance(probe(450), marker), 40);
    EXPECT_GT(colourDistance(probe(150), marker), 120);

    f.clock.seek(kLaunchMs - 10'000);
    EXPECT_DOUBLE_EQ(f.view.currentTimeS(), -10);
}

TEST(SideView, CoverageEdgesWhereASensorsRangeIsCrossed)
{
    // Level flight at 100 km along the equator, 0.01 deg/s, past a KOR radar on the equator at 5 E with a
    // 300 km range. Slant range from the ECEF positions on the equator, where the ellipsoid's normal radius is
    // a: d^2 = (a+h)^2 + a^2 - 2 a (a+h) cos(dlon), so the crossings are where cos(dlon) takes this value.
    const double h = 100'000, d = 300'000;
    const double dLonDeg = std::acos(((kWgs84A + h) * (kWgs84A + h) + kWgs84A * kWgs84A - d * d) / (2 * kWgs84A * (kWgs84A + h))) * 180 / M_PI;
    const double enterS = (5 - dLonDeg) / 0.01, leaveS = (5 + dLonDeg) / 0.01;
    ASSERT_GT(enterS, 100);
    ASSERT_LT(leaveS, 900);

    auto s = std::make_shared<Scenario>();
    s->tracks.push_back(equatorTrack(1000, [](int t) { return 0.01 * t; }, [h](int) { return h; }));
    Sensor radar;
    radar.id = QStringLiteral("KOR-TEST");
    radar.partner = Partner::KOR;
    radar.kind = SensorKind::RadarFixed;
    radar.lon = 5;
    radar.lat = 0;
    radar.maxRangeM = d;
    radar.azimuthMinDeg = 0;
    radar.azimuthMaxDeg = 360;
    radar.minElevationDeg = 0;
    Sensor farAway = radar; // never in range: no edges
    farAway.id = QStringLiteral("USA-FAR");
    farAway.partner = Partner::USA;
    farAway.lon = 60;
    s->laydown = SensorLaydown({radar, farAway});

    Fixture f(s);
    const auto edges = f.view.coverageEdges();
    ASSERT_EQ(edges.size(), 2u);
    EXPECT_EQ(edges[0].sensorId, QStringLiteral("KOR-TEST"));
    EXPECT_EQ(edges[0].partner, Partner::KOR);
    EXPECT_TRUE(edges[0].entering);
    EXPECT_NEAR(edges[0].timeS, enterS, 0.01);
    EXPECT_FALSE(edges[1].entering);
    EXPECT_NEAR(edges[1].timeS, leaveS, 0.01);
    EXPECT_NEAR(edges[0].altM, h, 1);
    EXPECT_NEAR(edges[0].groundRangeKm, kWgs84A * (0.01 * enterS) * M_PI / 180 / 1000, 0.05);

    // KOR's sensor is not in Japan's picture; it is in Korea's.
    f.view.setViewAs(Partner::JPN);
    EXPECT_TRUE(f.view.coverageEdges().empty());
    f.view.setViewAs(Partner::KOR);
    EXPECT_EQ(f.view.coverageEdges().size(), 2u);
}

TEST(SideView, NoTrackNoCurve)
{
    Fixture f(profileScenario());
    f.view.setSelectedTrack(QStringLiteral("missing"));
    EXPECT_EQ(f.view.pointFor(100), QPointF());
    EXPECT_TRUE(f.view.coverageEdges().empty());
    EXPECT_DOUBLE_EQ(f.view.currentTimeS(), 0);
}


// View → Units reaches the side view (issue 20): in nautical units the altitude axis is in kft and the
// ground range in nautical miles, each tick at a round value and where that height or range lies on the
// curve. By hand: 1 kft = 304.8 m, 1 nm = 1852 m; on the equator the ground range is a·Δλ, so range r is
// reached at lon = r/a (radians) = 1e-4·t², and height h on the way up at t = 300 − 300·√(1 − h/1e6).
TEST(SideView, AxesFollowTheUnits)
{
    Fixture f(profileScenario());
    f.view.setUnits(UnitSystem::nautical());
    const auto along = f.view.alongTicks();
    ASSERT_GE(along.size(), 3u);
    const double step = along[1].value - along[0].value;
    const double mag = std::pow(10.0, std::floor(std::log10(step)));
    EXPECT_TRUE(std::abs(step / mag - 1) < 1e-9 || std::abs(step / mag - 2) < 1e-9 || std::abs(step / mag - 5) < 1e-9) << step;
    for (const auto &tick : along) {
        const double lonDeg = tick.value * 1852.0 / kWgs84A * 180.0 / M_PI;
        if (lonDeg > 36.0)
            continue;
        const double t = std::sqrt(lonDeg / 1e-4);
        EXPECT_NEAR(tick.at.x(), f.view.pointFor(t).x(), 1.0) << tick.value << " nm";
        EXPECT_EQ(tick.text, QLocale(QLocale::English).toString(static_cast<qlonglong>(std::lround(tick.value))));
    }
    const auto up = f.view.altitudeTicks();
    ASSERT_GE(up.size(), 3u);
    bool sawThousand = false;
    for (const auto &tick : up) {
        const double h = tick.value * 304.8;
        if (h > 1e6)
            continue;
        const double t = 300 - 300 * std::sqrt(1 - h / 1e6);
        EXPECT_NEAR(tick.at.y(), f.view.pointFor(t).y(), 1.0) << tick.value << " kft";
        sawThousand = sawThousand || tick.text == QStringLiteral("1,000");
    }
    EXPECT_TRUE(sawThousand); // 1,000 kft = 304.8 km, under the 1,000 km apogee (3,281 kft)

    // A hover over the curve's apogee: T+05:00, midcourse, 1e6 m = 3,281 kft, and a·9° = 1,001.9 km = 541 nm.
    const QPointF apogee = f.view.pointFor(300);
    const QString tip = hoverText(f.view, QPoint(static_cast<int>(std::lround(apogee.x())), f.view.plotRect().center().y()));
    EXPECT_TRUE(tip.contains(QStringLiteral("T+05:00"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("midcourse"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("3,281 kft altitude"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("541 nm down range"))) << tip.toStdString();
    f.view.setUnits(UnitSystem::metric());
    EXPECT_TRUE(f.view.toolTipAt(QPointF(apogee.x(), f.view.plotRect().center().y())).contains(QStringLiteral("1,002 km down range")));
    EXPECT_TRUE(f.view.toolTipAt(QPointF(f.view.plotRect().left() - 20, f.view.plotRect().center().y())).isEmpty());
}
