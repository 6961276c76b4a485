// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/OverlayToolTip.h"

#include "core/Text.h"

#include <QStringList>

namespace trilink::maps {
namespace {
QString kindText(SensorKind kind)
{
    switch (kind) {
    case SensorKind::RadarFixed:
        return QStringLiteral("ground radar");
    case SensorKind::RadarShip:
        return QStringLiteral("radar ship");
    case SensorKind::SpaceIr:
        return QStringLiteral("space infrared sensor");
    }
    return {};
}
} // namespace

QString sensorToolTip(const TrackOverlay::SensorMark &s, CoordinateFormat format)
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(s.id.toHtmlEscaped())};
    if (!s.name.isEmpty() && s.name != s.id)
        lines << s.name.toHtmlEscaped();
    lines << QStringLiteral("%1 · %2").arg(partnerDisplayName(s.partner), kindText(s.kind));
    lines << text::coordinate(s.lonLat.x(), s.lonLat.y(), format).toHtmlEscaped();
    if (s.notional)
        lines << QStringLiteral("<i>notional position (site not public)</i>");
    return lines.join(QStringLiteral("<br>"));
}

QString trackToolTip(const TrackOverlay::Track &t, ViewAs viewAs)
{
    QStringList lines{QStringLiteral("<b>%1</b> · %2").arg(t.label.toHtmlEscaped(), t.id.toHtmlEscaped())};
    lines << QStringLiteral("Launch %1 · flight %2").arg(text::utcDateTime(static_cast<double>(t.launchMsUtc)), text::duration(t.flightTimeS));
    if (!t.sensorIds.isEmpty())
        lines << QStringLiteral("Held by %1").arg(t.sensorIds.join(QStringLiteral(", ")).toHtmlEscaped());
    for (Partner p : kAllPartners) {
        if (viewAs && *viewAs != p)
            continue;
        const auto &pic = t.pictures[partnerIndex(p)];
        lines << QStringLiteral("%1: %2 alone, %3 shared · %4")
                     .arg(partnerCode(p), pic.gain.seenAlone ? text::percent(pic.aloneHeld) : QStringLiteral("—"),
                          pic.gain.seenShared ? text::percent(pic.sharedHeld) : QStringLiteral("—"), text::sharingGain(pic.gain));
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace trilink::maps
