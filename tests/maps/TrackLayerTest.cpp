// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Probes on the scenario layer of the picture: who held a track is drawn in that partner's colour along the
// held part and nowhere else; view-as shows one partner's own part only; a playback shows the flown part
// coloured and the rest grey. The track and its custody are made by hand, so the expected colours follow
// from the fixture, not from the renderer.
#include "core/AttributionEngine.h"
#include "maps/MapRenderer.h"
#include "maps/MapStyle.h"
#include "maps/PartnerStyle.h"
#include "maps/Projection.h"
#include "maps/TrackOverlay.h"
#include "maps/layers/TrackLayer.h"
#include "tests/maps/BaseMapFixture.h"

#include <QPainter>

#include <gtest/gtest.h>

#include <cmath>

using namespace trilink;
using namespace trilink::maps;

namespace {
// Due east along 38.5N from 131E to 137E over the sea, 601 samples a second apart: the first half held by
// USA alone, the second by KOR and JPN together.
ScenarioTrack handMadeTrack(const QString &id, double lat)
{
    ScenarioTrack t;
    t.id = id;
    t.label = QStringLiteral("Test");
    t.launchMsUtc = 1'500'000'000'000;
    t.flightTimeS = 600;
    std::vector<double> times;
    std::vector<PartnerMask> masks;
    for (int i = 0; i <= 600; ++i) {
        TrajectorySample s;
        s.timeS = i;
        s.lon = 131.0 + 6.0 * i / 600.0;
        s.lat = lat;
        s.altM = 100'000;
        t.samples.push_back(s);
        times.push_back(i);
        masks.push_back(i < 300 ? partnerBit(Partner::USA) : PartnerMask(partnerBit(Partner::KOR) | partnerBit(Partner::JPN)));
    }
    t.attribution = AttributionEngine::fromPartnerMasks(times, masks, 600);
    return t;
}

Scenario handMadeScenario()
{
    Scenario sc;
    sc.tracks.push_back(handMadeTrack(QStringLiteral("T1"), 38.5));
    return sc;
}

MapSettings probeSettings()
{
    auto s = *MapSettings::fitted(ProjectionSpec::centred(ProjectionKind::RegionalLcc, 134, 38.5), 134, 38.5, 900, QSize(900, 500));
    static const auto overlay = buildTrackOverlay(handMadeScenario());
    s.tracks = overlay;
    s.showPlaces = false;
    s.showGraticule = false;
    s.showLegend = false;
    s.showDecorations = false;
    s.showScaleBar = false;
    s.showEez = false;
    return s;
}

// Whether a colour within `tolerance` of `colour` appears within `radius` pixels of (lon, lat).
bool colourNear(const QImage &image, const MapSettings &s, double lon, double lat, const QColor &colour, int radius = 8,
                int tolerance = 40)
{
    const auto xy = Projection(s.projection).forward(lon, lat);
    if (!xy)
        return false;
    const QPoint c = s.toPixel(*xy).toPoint();
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint p = c + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor q = image.pixelColor(p);
            if (std::abs(q.red() - colour.red()) + std::abs(q.green() - colour.green()) + std::abs(q.blue() - colour.blue()) <= tolerance)
                return true;
        }
    return false;
}
} // namespace

TEST(TrackLayer, EachPartnerColourRunsAlongThePartItHeld)
{
    const auto s = probeSettings();
    const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
    ASSERT_FALSE(image.isNull());
    const QColor usa = partnerColor(Partner::USA), kor = partnerColor(Partner::KOR), jpn = partnerColor(Partner::JPN);
    // A quarter of the way: USA only.
    EXPECT_TRUE(colourNear(image, s, 132.5, 38.5, usa));
    EXPECT_FALSE(colourNear(image, s, 132.5, 38.5, kor));
    EXPECT_FALSE(colourNear(image, s, 132.5, 38.5, jpn));
    // Three quarters: KOR and JPN side by side, no USA.
    EXPECT_TRUE(colourNear(image, s, 135.5, 38.5, kor));
    EXPECT_TRUE(colourNear(image, s, 135.5, 38.5, jpn));
    EXPECT_FALSE(colourNear(image, s, 135.5, 38.5, usa));
    // Away from the track, no partner colour at all.
    EXPECT_FALSE(colourNear(image, s, 134.0, 36.5, usa, 20));
    EXPECT_FALSE(colourNear(image, s, 134.0, 36.5, kor, 20));
}

TEST(TrackLayer, ViewAsAPartnerShowsOnlyWhatItsOwnSensorsHeld)
{
    auto s = probeSettings();
    s.viewAs = Partner::KOR;
    const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
    const QColor usa = partnerColor(Partner::USA), kor = partnerColor(Partner::KOR), jpn = partnerColor(Partner::JPN);
    EXPECT_FALSE(colourNear(image, s, 132.5, 38.5, usa)); // USA's half is not in KOR's own picture
    EXPECT_TRUE(colourNear(image, s, 132.5, 38.5, unheldColor(true)));
    EXPECT_TRUE(colourNear(image, s, 135.5, 38.5, kor));
    EXPECT_FALSE(colourNear(image, s, 135.5, 38.5, jpn));
}

TEST(TrackLayer, PlaybackColoursTheFlownPartAndLeavesTheRestGrey)
{
    auto s = probeSettings();
    const auto &t = s.tracks->tracks.front();
    s.selectedTrack = t.id;
    s.timeMs = static_cast<double>(t.launchMsUtc) + 150'000.0; // T+150 s: at 132.5E
    const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
    const QColor usa = partnerColor(Partner::USA), kor = partnerColor(Partner::KOR);
    EXPECT_TRUE(colourNear(image, s, 131.7, 38.5, usa));  // flown, held by USA
    EXPECT_FALSE(colourNear(image, s, 135.5, 38.5, kor)); // not flown yet
    // The predicted path: drawn (dashed, so along a short stretch), but in no partner's colour.
    bool drawn = false;
    for (double lon = 135.3; lon <= 135.7; lon += 0.05)
        drawn = drawn || !colourNear(image, s, lon, 38.5, MapStyle::forTheme(MapTheme::Dark).sea, 0, 0);
    EXPECT_TRUE(drawn);
    image.save(QStringLiteral("/tmp/tracklayer-probe.png"));
}

// The record's overview: with an emphasised set (a group played, the list's filters), the tracks outside it
// are a grey hairline in no partner's colour, the ones inside keep their stripes.
TEST(TrackLayer, TracksOutsideTheEmphasisedOnesAreFadedToGrey)
{
    auto s = probeSettings();
    Scenario two;
    two.tracks = {handMadeTrack(QStringLiteral("T1"), 38.5), handMadeTrack(QStringLiteral("T2"), 37.5)};
    s.tracks = buildTrackOverlay(two);
    s.emphasised = std::make_shared<const QSet<QString>>(QSet<QString>{QStringLiteral("T1")});
    const QImage image = MapRenderer::renderImage(s, bundledBaseMap());
    const QColor usa = partnerColor(Partner::USA), kor = partnerColor(Partner::KOR);
    EXPECT_TRUE(colourNear(image, s, 132.5, 38.5, usa));
    EXPECT_TRUE(colourNear(image, s, 135.5, 38.5, kor));
    EXPECT_FALSE(colourNear(image, s, 132.5, 37.5, usa, 6));
    EXPECT_FALSE(colourNear(image, s, 135.5, 37.5, kor, 6));
    const QColor sea = MapStyle::forTheme(MapTheme::Dark).sea;
    EXPECT_FALSE(colourNear(image, s, 134.0, 37.5, sea, 0, 0)); // but drawn
    // Without the set both are drawn in full.
    s.emphasised.reset();
    const QImage full = MapRenderer::renderImage(s, bundledBaseMap());
    EXPECT_TRUE(colourNear(full, s, 132.5, 37.5, usa));
}

namespace {
// Many tracks (more than the 64 from which the lines are drawn in two bands of rows at once), each across
// most of the picture's height at its own slant, with partners changing along it, so every band edge is
// crossed by striped, cased and grey lines.
MapSettings crowdedSettings(QSize size)
{
    Scenario sc;
    for (int k = 0; k < 120; ++k) {
        ScenarioTrack t = handMadeTrack(QStringLiteral("T%1").arg(k), 38.5);
        std::vector<double> times;
        std::vector<PartnerMask> masks;
        for (int i = 0; i <= 600; ++i) {
            auto &s = t.samples[static_cast<std::size_t>(i)];
            s.lat = 33.0 + 11.0 * i / 600.0 + 0.4 * std::sin(i / 37.0 + k);
            s.lon = 128.0 + 0.09 * k + 2.5 * std::sin(i / 90.0 + 0.3 * k);
            times.push_back(i);
            masks.push_back(static_cast<PartnerMask>((i / (40 + k % 7) + k) % 8));
        }
        t.attribution = AttributionEngine::fromPartnerMasks(times, masks, 600);
        sc.tracks.push_back(std::move(t));
    }
    auto s = *MapSettings::fitted(ProjectionSpec::centred(ProjectionKind::RegionalLcc, 132, 38.5), 132, 38.5, 1400, size);
    s.tracks = buildTrackOverlay(sc);
    s.showPlaces = false;
    s.showLegend = false;
    s.showDecorations = false;
    return s;
}

QImage renderedWith(const MapSettings &s, bool inBands)
{
    TrackLayer::setDrawInBands(inBands);
    auto &cache = bundledBaseMap();
    const auto base = cache.get(s.projection);
    QImage image(s.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    QPainter painter(&image);
    MapRenderer::render(painter, s, *base, *cache.data(), nullptr);
    TrackLayer::setDrawInBands(true);
    return image;
}
} // namespace

TEST(TrackLayer, LinesDrawnInTwoBandsAreOnePaintersPixels)
{
    // The truth: the same picture with every line drawn by the one painter, as Qt alone draws it. Every
    // pixel, every channel.
    for (const QSize size : {QSize(900, 700), QSize(1280, 1100)}) {
        SCOPED_TRACE(size.height());
        const MapSettings s = crowdedSettings(size);
        const QImage banded = renderedWith(s, true), one = renderedWith(s, false);
        int differ = 0;
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                differ += banded.pixel(x, y) != one.pixel(x, y);
        EXPECT_EQ(differ, 0);
        // and the tracks are there: a stripe colour in the middle rows, where the bands meet
        int coloured = 0;
        for (int y = size.height() / 3; y < 2 * size.height() / 3; ++y)
            for (int x = 0; x < size.width(); ++x)
                coloured += QColor(banded.pixel(x, y)).saturation() > 120;
        EXPECT_GT(coloured, 1000);
    }
}
