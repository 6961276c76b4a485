// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The map's labels read on both themes (issue 20): every label colour against the sea and land behind it,
// also under overlapping coverage fans, meets WCAG 2's 4.5:1 for text. The contrast is worked out here by
// hand from the palette, with WCAG's relative luminance and "source over" compositing of the fans' fill.
#include "maps/MapStyle.h"
#include "maps/PartnerStyle.h"

#include <QColor>

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

using namespace trilink;

namespace {

// WCAG 2.x relative luminance: sRGB channels linearised, weighted 0.2126, 0.7152, 0.0722.
double luminance(QColor c)
{
    const auto lin = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `layers` fans of `fan`'s colour at the style's fill opacity over `ground`, each composited over the last.
QColor underFans(QColor ground, QColor fan, int alpha, int layers)
{
    double r = ground.redF(), g = ground.greenF(), b = ground.blueF();
    const double a = alpha / 255.0;
    for (int i = 0; i < layers; ++i) {
        r = fan.redF() * a + r * (1 - a);
        g = fan.greenF() * a + g * (1 - a);
        b = fan.blueF() * a + b * (1 - a);
    }
    return QColor::fromRgbF(static_cast<float>(r), static_cast<float>(g), static_cast<float>(b));
}

// `fanLayers`: how many overlapping fans each label must still read through.
void expectLabelsRead(maps::MapTheme theme, int fanLayers)
{
    const maps::MapStyle st = maps::MapStyle::forTheme(theme);
    const bool dark = theme == maps::MapTheme::Dark;
    std::vector<std::pair<std::string, QColor>> labels{{"place names", st.text}, {"graticule labels", st.graticuleLabel},
                                                       {"EEZ, Guam and ring labels", st.accent}};
    for (Partner p : kAllPartners)
        labels.emplace_back(partnerCode(p).toStdString() + " sensor labels", maps::partnerInk(p, dark));
    for (const auto &[what, ink] : labels)
        for (const auto &[groundName, ground] : {std::pair{"sea", st.sea}, std::pair{"land", st.land}}) {
            EXPECT_GE(contrast(ink, ground), 4.5) << what << " on the " << groundName;
            for (Partner fan : kAllPartners)
                for (int layers = 1; layers <= fanLayers; ++layers)
                    EXPECT_GE(contrast(ink, underFans(ground, maps::partnerColor(fan), st.colour.coverageFill, layers)), 4.5)
                        << what << " on the " << groundName << " under " << layers << " " << partnerCode(fan).toStdString() << " fans";
        }
}

} // namespace

TEST(MapStyle, LightThemeLabelsReadAgainstTheSeaAndLandUnderTheFans)
{
    // Where the default coverage is (the selected track's radars), up to six fans overlap.
    expectLabelsRead(maps::MapTheme::Light, 6);
    // The legend's "notional sensor laydown" warning on the legend's (near-white) panel.
    const maps::MapStyle st = maps::MapStyle::forTheme(maps::MapTheme::Light);
    EXPECT_GE(contrast(st.colour.notional, st.panel), 4.5);
    // A check of the formula itself: black on white is 21:1, the WCAG maximum.
    EXPECT_NEAR(contrast(Qt::black, Qt::white), 21.0, 1e-9);
}

// The dark theme's labels are the partners' own colours (as their tracks); they read on the bare sea and
// land, and where fans lighten the ground their dark halo carries them.
TEST(MapStyle, DarkThemeLabelsReadAgainstTheSeaAndLand)
{
    expectLabelsRead(maps::MapTheme::Dark, 0);
}

// On the light sea the fans are outlined rather than filled: overlapping fills must not wash the map out.
TEST(MapStyle, LightThemeFansAreFaintFillsWithStrongEdges)
{
    const maps::MapStyle light = maps::MapStyle::forTheme(maps::MapTheme::Light);
    const maps::MapStyle dark = maps::MapStyle::forTheme(maps::MapTheme::Dark);
    EXPECT_LT(light.colour.coverageFill, dark.colour.coverageFill);
    EXPECT_GT(light.colour.coverageEdge, dark.colour.coverageEdge);
    // Six overlapping fans change the sea's luminance less than sea and land differ, so the map's land and
    // sea stay apart under them.
    const double sea = luminance(light.sea), land = luminance(light.land);
    for (Partner p : kAllPartners)
        EXPECT_LT(std::abs(luminance(underFans(light.sea, maps::partnerColor(p), light.colour.coverageFill, 6)) - sea), land - sea)
            << partnerCode(p).toStdString();
}
