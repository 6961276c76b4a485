// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionResult.h"

namespace trilink {

QString AttributionEvent::text() const
{
    switch (kind) {
    case AttributionEventKind::FirstDetected:
        return QStringLiteral("first detected by %1").arg(partnerCode(partner));
    case AttributionEventKind::Lost:
        return QStringLiteral("lost by %1").arg(partnerCode(partner));
    case AttributionEventKind::Regained:
        return QStringLiteral("regained by %1").arg(partnerCode(partner));
    case AttributionEventKind::HandOver:
        return QStringLiteral("hand-over %1 -> %2").arg(partnerMaskText(before), partnerMaskText(after));
    }
    return {};
}

std::vector<int> AttributionResult::sensorsAt(int sampleIndex) const
{
    std::vector<int> out;
    for (int s = 0; s < sensorCount; ++s) {
        if (sees(s, sampleIndex))
            out.push_back(s);
    }
    return out;
}

const SensorDetection *AttributionResult::detectionBy(const QString &sensorId) const
{
    for (const SensorDetection &d : sensors) {
        if (d.sensorId == sensorId)
            return &d;
    }
    return nullptr;
}

} // namespace trilink
