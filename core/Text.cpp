// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Text.h"

#include <QLocale>
#include <QStringList>

#include <cmath>
#include <cstdlib>

namespace trilink::text {
namespace {
QString twoDigits(long long v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); }
} // namespace

QString missionTime(double secondsSinceLaunch)
{
    const bool before = secondsSinceLaunch < 0;
    const auto whole = static_cast<long long>(std::floor(secondsSinceLaunch));
    const long long s = before ? -whole : whole;
    const QChar sign = before ? QChar(0x2212) : QLatin1Char('+');
    if (s >= 3600)
        return QStringLiteral("T%1%2:%3:%4").arg(sign).arg(s / 3600).arg(twoDigits((s / 60) % 60), twoDigits(s % 60));
    return QStringLiteral("T%1%2:%3").arg(sign).arg(twoDigits(s / 60), twoDigits(s % 60));
}

QString missionSeconds(double secondsSinceLaunch)
{
    const double a = std::abs(secondsSinceLaunch);
    return (secondsSinceLaunch < 0 ? QStringLiteral("T-") : QStringLiteral("T+")) + QString::number(a, 'f', a == std::floor(a) ? 0 : 1);
}

QString duration(double seconds)
{
    const long long s = std::llround(seconds);
    return s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(twoDigits(s % 60)) : QStringLiteral("%1 s").arg(s);
}

QString durationClock(double seconds)
{
    const long long s = std::llround(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(twoDigits(s % 60));
}

QString sharingGain(const SharingGain &g)
{
    if (!g.seenShared)
        return QStringLiteral("not seen");
    const long heldPct = std::lround(g.heldFractionGain * 100.0);
    const QString held = QStringLiteral("%1%2 %").arg(heldPct < 0 ? QStringLiteral("−") : QStringLiteral("+")).arg(std::labs(heldPct));
    if (!g.seenAlone)
        return QStringLiteral("only by sharing · %1").arg(held);
    return QStringLiteral("%1 s earlier · %2").arg(std::lround(g.firstDetectionEarlierS.value_or(0.0))).arg(held);
}

QString sharingGainCell(const SharingGain &g)
{
    if (!g.seenShared)
        return QStringLiteral("—");
    if (!g.seenAlone)
        return QStringLiteral("seen only through sharing");
    QStringList parts;
    if (g.firstDetectionEarlierS && *g.firstDetectionEarlierS >= 0.05)
        parts << QStringLiteral("%1 s earlier").arg(*g.firstDetectionEarlierS, 0, 'f', 1);
    if (g.heldFractionGain >= 0.005)
        parts << QStringLiteral("+%1 pts held").arg(std::lround(g.heldFractionGain * 100.0));
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(u'\n');
}

QString thousands(double value)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(std::llround(value)));
}

QString partnerList(PartnerMask mask)
{
    if (mask == kAllPartnersMask)
        return QStringLiteral("all");
    if (mask == 0)
        return QStringLiteral("none");
    QStringList codes;
    for (Partner p : kAllPartners)
        if (mask & partnerBit(p))
            codes << partnerCode(p);
    return codes.join(u',');
}

std::optional<PartnerMask> parsePartnerList(const QString &text, QString &error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("all"))
        return kAllPartnersMask;
    if (t == QLatin1String("none"))
        return PartnerMask(0);
    PartnerMask mask = 0;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        const auto partner = parsePartner(code.trimmed());
        if (!partner) {
            mask = 0;
            break;
        }
        mask |= partnerBit(*partner);
    }
    if (mask == 0) {
        error = QStringLiteral("'%1' is not all, none or a list of USA, KOR, JPN").arg(text);
        return std::nullopt;
    }
    return mask;
}

QString viewAsName(ViewAs viewAs)
{
    return viewAs ? partnerCode(*viewAs) : QStringLiteral("combined");
}

QString viewAsDescription(ViewAs viewAs)
{
    return viewAs ? QStringLiteral("%1 own sensors alone").arg(partnerCode(*viewAs)) : QStringLiteral("combined (shared picture)");
}

bool parseViewAs(const QString &text, ViewAs &viewAs, QString &error)
{
    const QString v = text.trimmed();
    if (v.compare(QLatin1String("combined"), Qt::CaseInsensitive) == 0) {
        viewAs.reset();
        return true;
    }
    if (const auto p = parsePartner(v)) {
        viewAs = *p;
        return true;
    }
    error = QStringLiteral("unknown view '%1' (choose combined, USA, KOR or JPN)").arg(text);
    return false;
}

} // namespace trilink::text
