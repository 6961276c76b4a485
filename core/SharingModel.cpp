// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/SharingModel.h"

#include <algorithm>
#include <array>

namespace trilink {
namespace {
struct TimeInterval {
    double startS = 0;
    double endS = 0;
};

// The picture when each partner's detections arrive after delayS[partner] (negative = not fed).
SharingPicture picture(const AttributionResult &r, const std::array<double, kPartnerCount> &delayS)
{
    SharingPicture pic;
    std::vector<TimeInterval> spans;
    const int n = r.sampleCount();
    for (Partner p : kAllPartners) {
        const double delay = delayS[partnerIndex(p)];
        const PartnerCustody *c = r.custodyOf(p);
        if (delay < 0 || !c)
            continue;
        pic.contributors |= partnerBit(p);
        const double first = c->firstDetectionS + delay;
        const double last = c->lastDetectionS + delay;
        pic.firstDetectionS = pic.firstDetectionS ? std::min(*pic.firstDetectionS, first) : first;
        pic.lastDetectionS = pic.lastDetectionS ? std::max(*pic.lastDetectionS, last) : last;
        // A seen sample covers the time up to the next sample, shifted by the delay.
        for (int i = 0; i + 1 < n; ++i) {
            if (r.partnersAt[i] & partnerBit(p))
                spans.push_back({r.sampleTimesS[i] + delay, r.sampleTimesS[i + 1] + delay});
        }
    }
    if (spans.empty() || r.flightTimeS <= 0)
        return pic;
    std::sort(spans.begin(), spans.end(), [](const TimeInterval &a, const TimeInterval &b) { return a.startS < b.startS; });
    // Union of the spans, clipped to the flight: data arriving after impact hold nothing.
    double heldS = 0;
    double curStart = spans.front().startS;
    double curEnd = spans.front().endS;
    const auto flush = [&] { heldS += std::max(0.0, std::min(curEnd, r.flightTimeS) - std::min(curStart, r.flightTimeS)); };
    for (const TimeInterval &s : spans) {
        if (s.startS > curEnd) {
            flush();
            curStart = s.startS;
            curEnd = s.endS;
        } else {
            curEnd = std::max(curEnd, s.endS);
        }
    }
    flush();
    pic.heldFraction = heldS / r.flightTimeS;
    return pic;
}
} // namespace

SharingPicture SharingModel::alone(const AttributionResult &result, Partner viewer)
{
    std::array<double, kPartnerCount> delay{-1, -1, -1};
    delay[partnerIndex(viewer)] = 0;
    return picture(result, delay);
}

SharingPicture SharingModel::shared(const AttributionResult &result, Partner viewer, const SharingSettings &settings)
{
    std::array<double, kPartnerCount> delay{};
    for (Partner p : kAllPartners)
        delay[partnerIndex(p)] = settings.latencyS(p, viewer);
    return picture(result, delay);
}

SharingPicture SharingModel::commonPlatform(const AttributionResult &result, const SharingSettings &settings)
{
    return shared(result, Partner::USA, settings);
}

SharingGain SharingModel::gain(const AttributionResult &result, Partner viewer, const SharingSettings &settings)
{
    const SharingPicture a = alone(result, viewer);
    const SharingPicture s = shared(result, viewer, settings);
    SharingGain g;
    g.seenAlone = a.firstDetectionS.has_value();
    g.seenShared = s.firstDetectionS.has_value();
    if (g.seenAlone && g.seenShared)
        g.firstDetectionEarlierS = std::max(0.0, *a.firstDetectionS - *s.firstDetectionS);
    g.heldFractionGain = s.heldFraction - a.heldFraction;
    return g;
}

} // namespace trilink
