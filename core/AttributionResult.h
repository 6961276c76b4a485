// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace trilink {

// A span of custody, seconds after launch, both ends being sample times that were seen.
struct CustodyInterval {
    double startS = 0;
    double endS = 0;
};

// What one partner's own sensors made of one track.
struct PartnerCustody {
    Partner partner = Partner::USA;
    double firstDetectionS = 0;
    double lastDetectionS = 0;
    // Seen time over flight time. Each sample stands for the time up to the next one (the 1 s grid, and the
    // shorter last step to impact), and only samples actually seen count: bridging gaps is for the custody
    // intervals, not for this figure.
    double heldS = 0;
    double heldFraction = 0;
    QStringList sensorIds;                  // in laydown order
    std::vector<CustodyInterval> intervals; // gaps of <= 1 sample bridged
};

// One sensor's part in a track.
struct SensorDetection {
    int sensorIndex = 0;
    QString sensorId;
    Partner partner = Partner::USA;
    double firstDetectionS = 0;
    double lastDetectionS = 0;
    int sampleCount = 0;
};

enum class AttributionEventKind {
    FirstDetected, // a partner's first custody interval begins
    Lost,          // a partner's custody interval ends before impact
    Regained,      // a later custody interval begins
    HandOver,      // the set of partners holding the track changes from one non-empty set to another
};

struct AttributionEvent {
    AttributionEventKind kind = AttributionEventKind::FirstDetected;
    double timeS = 0;
    Partner partner = Partner::USA; // FirstDetected, Lost, Regained
    PartnerMask before = 0;         // HandOver
    PartnerMask after = 0;          // HandOver

    // "first detected by KOR", "lost by JPN", "regained by JPN", "hand-over USA -> KOR+USA".
    QString text() const;
};

// Which sensors saw which samples of one track, and what that means per partner. Only the partners that saw
// the track have custody; the others are absent.
struct AttributionResult {
    int sensorCount = 0;
    double flightTimeS = 0;
    std::vector<double> sampleTimesS;
    std::vector<std::uint8_t> seen;      // [sample * sensorCount + sensor], 1 = detected
    std::vector<PartnerMask> partnersAt; // per sample, the partners with a sensor on the target
    std::array<std::optional<PartnerCustody>, kPartnerCount> custody;
    std::vector<SensorDetection> sensors; // sensors that saw the track at least once, in laydown order
    std::vector<AttributionEvent> events; // in time order
    PartnerMask partnerSet = 0;

    int sampleCount() const { return static_cast<int>(sampleTimesS.size()); }
    bool sees(int sensorIndex, int sampleIndex) const { return seen[sampleIndex * sensorCount + sensorIndex] != 0; }
    std::vector<int> sensorsAt(int sampleIndex) const;
    const PartnerCustody *custodyOf(Partner p) const
    {
        const auto &c = custody[partnerIndex(p)];
        return c ? &*c : nullptr;
    }
    const SensorDetection *detectionBy(const QString &sensorId) const;
};

} // namespace trilink
