// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionEngine.h"

namespace trilink {
namespace {
struct IndexInterval {
    int first = 0;
    int last = 0;
};

// Runs of samples seen by a partner, bridging gaps of up to maxGap unseen samples.
std::vector<IndexInterval> custodyRuns(const std::vector<PartnerMask> &partnersAt, PartnerMask bit, int maxGap)
{
    std::vector<IndexInterval> runs;
    for (int i = 0; i < static_cast<int>(partnersAt.size()); ++i) {
        if (!(partnersAt[i] & bit))
            continue;
        if (!runs.empty() && i - runs.back().last - 1 <= maxGap)
            runs.back().last = i;
        else
            runs.push_back({i, i});
    }
    return runs;
}
} // namespace

AttributionResult AttributionEngine::attribute(const Trajectory &trajectory, const VisibilityModel &model)
{
    return attribute(trajectory.samples, trajectory.burnoutTimeS, trajectory.flightTimeS, model);
}

AttributionResult AttributionEngine::attribute(const std::vector<TrajectorySample> &samples, double burnoutTimeS,
                                               double flightTimeS, const VisibilityModel &model)
{
    return attributeReusing(samples, burnoutTimeS, flightTimeS, model, nullptr, {});
}

AttributionResult AttributionEngine::attributeReusing(const std::vector<TrajectorySample> &samples, double burnoutTimeS,
                                                      double flightTimeS, const VisibilityModel &model,
                                                      const AttributionResult *previous, const std::vector<int> &previousIndex,
                                                      int *columnsComputed)
{
    const int n = static_cast<int>(samples.size());
    const int m = model.sensorCount();
    std::vector<double> times(n);
    std::vector<std::uint8_t> seen(static_cast<std::size_t>(n) * m, 0);
    for (int i = 0; i < n; ++i)
        times[i] = samples[i].timeS;
    // Columns of sensors that did not change are copied; the others are evaluated, target by target.
    std::vector<int> fresh;
    for (int s = 0; s < m; ++s) {
        const int j = s < static_cast<int>(previousIndex.size()) ? previousIndex[s] : -1;
        if (previous && j >= 0 && j < previous->sensorCount && previous->sampleCount() == n) {
            for (int i = 0; i < n; ++i)
                seen[static_cast<std::size_t>(i) * m + s] = previous->seen[static_cast<std::size_t>(i) * previous->sensorCount + j];
        } else {
            fresh.push_back(s);
        }
    }
    if (!fresh.empty()) {
        for (int i = 0; i < n; ++i) {
            const VisibilityTarget target = VisibilityTarget::fromSample(samples[i]);
            for (int s : fresh)
                seen[static_cast<std::size_t>(i) * m + s] = model.sees(s, target, burnoutTimeS) ? 1 : 0;
        }
    }
    if (columnsComputed)
        *columnsComputed += static_cast<int>(fresh.size());
    const double flight = flightTimeS > 0 ? flightTimeS : (n > 0 ? samples.back().timeS : 0.0);
    return fromSeen(std::move(times), std::move(seen), flight, model.sensors());
}

AttributionResult AttributionEngine::fromSeen(std::vector<double> timesS, std::vector<std::uint8_t> seen, double flightTimeS,
                                              const std::vector<Sensor> &sensors)
{
    AttributionResult r;
    const int n = static_cast<int>(timesS.size());
    const int m = static_cast<int>(sensors.size());
    r.sensorCount = m;
    r.flightTimeS = flightTimeS;
    r.sampleTimesS = std::move(timesS);
    r.seen = std::move(seen);
    r.seen.resize(static_cast<std::size_t>(n) * m, 0);
    r.partnersAt.assign(n, 0);

    std::vector<SensorDetection> detections(m);
    for (int s = 0; s < m; ++s) {
        detections[s].sensorIndex = s;
        detections[s].sensorId = sensors[s].id;
        detections[s].partner = sensors[s].partner;
    }
    for (int i = 0; i < n; ++i) {
        for (int s = 0; s < m; ++s) {
            if (!r.seen[static_cast<std::size_t>(i) * m + s])
                continue;
            r.partnersAt[i] |= partnerBit(detections[s].partner);
            SensorDetection &d = detections[s];
            if (d.sampleCount == 0)
                d.firstDetectionS = r.sampleTimesS[i];
            d.lastDetectionS = r.sampleTimesS[i];
            ++d.sampleCount;
        }
    }
    for (const SensorDetection &d : detections) {
        if (d.sampleCount > 0)
            r.sensors.push_back(d);
    }
    summarise(r);
    return r;
}

AttributionResult AttributionEngine::fromPartnerMasks(std::vector<double> timesS, std::vector<PartnerMask> partnersAt,
                                                      double flightTimeS, std::vector<SensorDetection> sensors)
{
    AttributionResult r;
    r.flightTimeS = flightTimeS;
    r.sampleTimesS = std::move(timesS);
    r.partnersAt = std::move(partnersAt);
    r.partnersAt.resize(r.sampleTimesS.size(), 0);
    r.sensors = std::move(sensors);
    summarise(r);
    return r;
}

void AttributionEngine::summarise(AttributionResult &r)
{
    const int n = r.sampleCount();
    // Each sample stands for the time up to the next one; the last (impact) sample for none.
    const auto weightS = [&](int i) { return i + 1 < n ? r.sampleTimesS[i + 1] - r.sampleTimesS[i] : 0.0; };
    std::vector<PartnerMask> heldAt(n, 0);
    std::array<std::vector<IndexInterval>, kPartnerCount> runsOf;
    for (Partner p : kAllPartners) {
        const PartnerMask bit = partnerBit(p);
        PartnerCustody c;
        c.partner = p;
        bool any = false;
        for (int i = 0; i < n; ++i) {
            if (!(r.partnersAt[i] & bit))
                continue;
            if (!any)
                c.firstDetectionS = r.sampleTimesS[i];
            any = true;
            c.lastDetectionS = r.sampleTimesS[i];
            c.heldS += weightS(i);
        }
        if (!any)
            continue;
        c.heldFraction = r.flightTimeS > 0 ? c.heldS / r.flightTimeS : 0.0;
        for (const SensorDetection &d : r.sensors) {
            if (d.partner == p)
                c.sensorIds << d.sensorId;
        }
        runsOf[partnerIndex(p)] = custodyRuns(r.partnersAt, bit, kMaxBridgedGapSamples);
        for (const IndexInterval &run : runsOf[partnerIndex(p)]) {
            c.intervals.push_back({r.sampleTimesS[run.first], r.sampleTimesS[run.last]});
            for (int i = run.first; i <= run.last; ++i)
                heldAt[i] |= bit;
        }
        r.partnerSet |= bit;
        r.custody[partnerIndex(p)] = std::move(c);
    }

    // Events from the bridged custody, so a single missed look does not read as a loss and a regain.
    std::array<int, kPartnerCount> intervalsStarted{};
    PartnerMask previous = 0;
    for (int i = 0; i < n; ++i) {
        const PartnerMask current = heldAt[i];
        if (current == previous)
            continue;
        const double t = r.sampleTimesS[i];
        for (Partner p : kAllPartners) {
            const PartnerMask bit = partnerBit(p);
            if ((previous & bit) && !(current & bit))
                r.events.push_back({AttributionEventKind::Lost, t, p, 0, 0});
        }
        for (Partner p : kAllPartners) {
            const PartnerMask bit = partnerBit(p);
            if (!(previous & bit) && (current & bit)) {
                const bool first = intervalsStarted[partnerIndex(p)]++ == 0;
                r.events.push_back({first ? AttributionEventKind::FirstDetected : AttributionEventKind::Regained, t, p, 0, 0});
            }
        }
        if (previous != 0 && current != 0)
            r.events.push_back({AttributionEventKind::HandOver, t, Partner::USA, previous, current});
        previous = current;
    }
}

} // namespace trilink
