// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionEngine.h"
#include "core/SharingModel.h"

#include <gtest/gtest.h>

using namespace trilink;

namespace {
// A 100 s flight on a 1 s grid (samples 0..100) where each partner sees the given sample ranges; custody and
// events come from the engine's own bookkeeping by running it on a synthetic track against no sensors and
// then filling the per-sample partner sets by hand.
AttributionResult synthetic(std::initializer_list<std::tuple<Partner, int, int>> seen)
{
    Trajectory tr;
    for (int i = 0; i <= 100; ++i) {
        TrajectorySample s;
        s.timeS = i;
        tr.samples.push_back(s);
    }
    tr.flightTimeS = 100;
    AttributionResult r = AttributionEngine::attribute(tr, VisibilityModel({}));
    for (const auto &[p, first, last] : seen) {
        for (int i = first; i <= last; ++i)
            r.partnersAt[i] |= partnerBit(p);
        PartnerCustody c;
        c.partner = p;
        c.firstDetectionS = first;
        c.lastDetectionS = last;
        r.custody[partnerIndex(p)] = c;
    }
    return r;
}
} // namespace

TEST(SharingSettings, KoreaAndJapanAreTwoLinksApart)
{
    const SharingSettings s{3.0, 5.0};
    EXPECT_DOUBLE_EQ(s.latencyS(Partner::KOR, Partner::KOR), 0);
    EXPECT_DOUBLE_EQ(s.latencyS(Partner::KOR, Partner::USA), 3);
    EXPECT_DOUBLE_EQ(s.latencyS(Partner::USA, Partner::JPN), 5);
    EXPECT_DOUBLE_EQ(s.latencyS(Partner::KOR, Partner::JPN), 8);
    EXPECT_DOUBLE_EQ(s.latencyS(Partner::JPN, Partner::KOR), 8);
    EXPECT_DOUBLE_EQ(SharingSettings{}.latencyS(Partner::JPN, Partner::USA), 4);
}

// KOR sees 10..40 s, JPN 50..99 s, USA 30..60 s. Samples cover [t, t+1).
TEST(SharingModel, ViewAsAndSharingGainFollowTheLinks)
{
    const AttributionResult r = synthetic({{Partner::KOR, 10, 40}, {Partner::JPN, 50, 99}, {Partner::USA, 30, 60}});
    const SharingSettings links; // 4 s per link

    const SharingPicture kor = SharingModel::alone(r, Partner::KOR);
    EXPECT_DOUBLE_EQ(*kor.firstDetectionS, 10);
    EXPECT_NEAR(kor.heldFraction, 0.31, 1e-12);
    EXPECT_EQ(kor.contributors, partnerBit(Partner::KOR));

    // JPN's own picture starts at 50 s; KOR's data reach Japan after two links (8 s): 10 + 8 = 18 s.
    const SharingPicture jpnShared = SharingModel::shared(r, Partner::JPN, links);
    EXPECT_DOUBLE_EQ(*jpnShared.firstDetectionS, 18);
    // Union of KOR [18, 49), USA [34, 65), JPN [50, 100): 18..100 = 82 s.
    EXPECT_NEAR(jpnShared.heldFraction, 0.82, 1e-12);
    const SharingGain jpnGain = SharingModel::gain(r, Partner::JPN, links);
    EXPECT_DOUBLE_EQ(*jpnGain.firstDetectionEarlierS, 32);
    EXPECT_NEAR(jpnGain.heldFractionGain, 0.82 - 0.50, 1e-12);

    // The common platform (combined view) is one link from KOR and JPN: KOR's first detection at 14 s, and
    // JPN's last data arrive at 103 s, after impact, so the picture is clipped at 100 s.
    const SharingPicture platform = SharingModel::commonPlatform(r, links);
    EXPECT_DOUBLE_EQ(*platform.firstDetectionS, 14);
    EXPECT_DOUBLE_EQ(*platform.lastDetectionS, 103);
    EXPECT_NEAR(platform.heldFraction, 0.86, 1e-12);

    // KOR sees first: sharing gives it no earlier detection, only more of the flight.
    const SharingGain korGain = SharingModel::gain(r, Partner::KOR, links);
    EXPECT_DOUBLE_EQ(*korGain.firstDetectionEarlierS, 0);
    EXPECT_GT(korGain.heldFractionGain, 0.5);
}

TEST(SharingModel, PartnerThatNeverSeesGainsTheWholeSharedPicture)
{
    const AttributionResult r = synthetic({{Partner::USA, 20, 29}});
    const SharingGain g = SharingModel::gain(r, Partner::KOR, SharingSettings{});
    EXPECT_FALSE(g.seenAlone);
    EXPECT_TRUE(g.seenShared);
    EXPECT_FALSE(g.firstDetectionEarlierS.has_value());
    EXPECT_NEAR(g.heldFractionGain, 0.10, 1e-12);
    EXPECT_FALSE(SharingModel::alone(r, Partner::KOR).firstDetectionS.has_value());
}
