// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Text.h"

#include "core/Mgrs.h"

#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <cmath>
#include <cstdlib>

namespace trilink::text {
namespace {
QString twoDigits(long long v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); }
} // namespace

long long wholeSeconds(double seconds)
{
    return std::llround(seconds);
}

QDateTime utcSecond(double msUtc)
{
    return QDateTime::fromSecsSinceEpoch(wholeSeconds(msUtc / 1000.0), QTimeZone::utc());
}

QString utcDateTime(double msUtc)
{
    return utcSecond(msUtc).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
}

QString utcTimeOfDay(double msUtc)
{
    return utcSecond(msUtc).toString(QStringLiteral("HH:mm:ss'Z'"));
}

QString koreaJapanTime(double msUtc)
{
    // Korea and Japan both keep UTC+9, with no daylight saving since 1988 and 1951.
    return utcSecond(msUtc).toOffsetFromUtc(9 * 3600).toString(QStringLiteral("HH:mm:ss"));
}

QString missionTime(double secondsSinceLaunch)
{
    const long long whole = wholeSeconds(secondsSinceLaunch);
    const bool before = whole < 0;
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
    const long long s = wholeSeconds(seconds);
    return s >= 60 ? QStringLiteral("%1 min %2 s").arg(s / 60).arg(twoDigits(s % 60)) : QStringLiteral("%1 s").arg(s);
}

QString durationClock(double seconds)
{
    const long long s = wholeSeconds(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(s / 60).arg(twoDigits(s % 60));
}

namespace {
QStringList sharingGainParts(const SharingGain &g)
{
    if (!g.seenShared)
        return {QStringLiteral("not seen")};
    QStringList parts;
    if (!g.seenAlone)
        parts << QStringLiteral("seen only through sharing");
    else if (const long long s = wholeSeconds(g.firstDetectionEarlierS.value_or(0.0)); s > 0)
        parts << QStringLiteral("%1 s earlier").arg(s);
    if (const long pts = std::lround(g.heldFractionGain * 100.0); pts != 0)
        parts << QStringLiteral("%1%2 pts held").arg(pts < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")).arg(std::labs(pts));
    return parts.isEmpty() ? QStringList{QStringLiteral("no gain")} : parts;
}
} // namespace

QString sharingGain(const SharingGain &g)
{
    return sharingGainParts(g).join(QStringLiteral(" · "));
}

QString sharingGainCell(const SharingGain &g)
{
    return sharingGainParts(g).join(u'\n');
}

QString percent(double fraction)
{
    return QStringLiteral("%1%").arg(std::lround(fraction * 100.0));
}

QString thousands(double value)
{
    return QLocale(QLocale::English).toString(static_cast<qlonglong>(std::llround(value)));
}

namespace {
QString figure(double value)
{
    return std::abs(value) < 9.95 ? QLocale(QLocale::English).toString(value, 'f', 1) : thousands(value);
}
} // namespace

QString distance(double metres, const UnitSystem &units)
{
    return figure(metres / units.distanceUnitM()) + u' ' + distanceUnit(units);
}

QString height(double metres, const UnitSystem &units)
{
    return figure(metres / units.heightUnitM()) + u' ' + heightUnit(units);
}

QString speed(double metresPerSecond, const UnitSystem &units)
{
    switch (units.speed) {
    case UnitSystem::Speed::Mach:
        return QStringLiteral("Mach %1").arg(metresPerSecond / units::kMachOneMps, 0, 'f', 1);
    case UnitSystem::Speed::Knots:
        return thousands(metresPerSecond / units::kMpsPerKnot) + QStringLiteral(" kn");
    case UnitSystem::Speed::Mps:
        break;
    }
    return thousands(metresPerSecond) + QStringLiteral(" m/s");
}

QString distanceUnit(const UnitSystem &units)
{
    return units.distance == UnitSystem::Distance::Nm ? QStringLiteral("nm") : units.distance == UnitSystem::Distance::Mi ? QStringLiteral("mi") : QStringLiteral("km");
}

QString heightUnit(const UnitSystem &units)
{
    return units.height == UnitSystem::Height::Kft ? QStringLiteral("kft") : QStringLiteral("km");
}

QString speedUnit(const UnitSystem &units)
{
    return units.speed == UnitSystem::Speed::Mach ? QStringLiteral("Mach") : units.speed == UnitSystem::Speed::Knots ? QStringLiteral("kn") : QStringLiteral("m/s");
}

QString unitSystemName(const UnitSystem &units)
{
    if (units == UnitSystem::metric())
        return QStringLiteral("metric");
    if (units == UnitSystem::nautical())
        return QStringLiteral("nautical");
    return QStringList{distanceUnit(units), heightUnit(units), speedUnit(units).toLower()}.join(u',');
}

std::optional<UnitSystem> parseUnitSystem(const QString &text, QString &error)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("metric"))
        return UnitSystem::metric();
    if (t == QLatin1String("nautical"))
        return UnitSystem::nautical();
    // A list names a distance, a height and a speed unit; "km" is the first of the first two not named yet.
    UnitSystem u;
    bool distance = false, height = false, speed = false;
    const QStringList parts = t.split(u',', Qt::SkipEmptyParts);
    bool ok = !parts.isEmpty();
    for (const QString &raw : parts) {
        const QString p = raw.trimmed();
        if (p == QLatin1String("nm") || p == QLatin1String("mi")) {
            ok = ok && !distance;
            distance = true;
            u.distance = p == QLatin1String("nm") ? UnitSystem::Distance::Nm : UnitSystem::Distance::Mi;
        } else if (p == QLatin1String("kft")) {
            ok = ok && !height;
            height = true;
            u.height = UnitSystem::Height::Kft;
        } else if (p == QLatin1String("km")) {
            ok = ok && !(distance && height);
            (distance ? height : distance) = true;
        } else if (p == QLatin1String("m/s") || p == QLatin1String("mach") || p == QLatin1String("kn")) {
            ok = ok && !speed;
            speed = true;
            u.speed = p == QLatin1String("mach") ? UnitSystem::Speed::Mach : p == QLatin1String("kn") ? UnitSystem::Speed::Knots : UnitSystem::Speed::Mps;
        } else {
            ok = false;
        }
    }
    if (!ok) {
        error = QStringLiteral("'%1' is not metric, nautical or a list of units (km or nm or mi, km or kft, m/s or mach or kn)").arg(text);
        return std::nullopt;
    }
    return u;
}

namespace {
// Whole seconds of arc, rounded, carried into minutes and degrees: 39.99999 reads 40°00′00″.
QString dmsPart(double value, QChar positive, QChar negative, int degreeWidth)
{
    const long long totalS = std::llround(std::abs(value) * 3600.0);
    return QStringLiteral("%1°%2′%3″%4")
        .arg(totalS / 3600, degreeWidth, 10, QLatin1Char('0'))
        .arg(twoDigits((totalS / 60) % 60), twoDigits(totalS % 60))
        .arg(value < 0 ? negative : positive);
}
} // namespace

QString coordinate(double lon, double lat, CoordinateFormat format)
{
    const double l = std::remainder(lon, 360.0);
    switch (format) {
    case CoordinateFormat::Dms:
        return dmsPart(lat, u'N', u'S', 2) + u' ' + dmsPart(l, u'E', u'W', 3);
    case CoordinateFormat::Mgrs:
        return mgrs::reference(l, lat, 5);
    case CoordinateFormat::Degrees:
        break;
    }
    return QStringLiteral("%1°%2 %3°%4")
        .arg(std::abs(lat), 0, 'f', 4)
        .arg(QChar(lat < 0 ? u'S' : u'N'))
        .arg(std::abs(l), 0, 'f', 4)
        .arg(QChar(l < 0 ? u'W' : u'E'));
}

QString coordinateFormatName(CoordinateFormat format)
{
    return format == CoordinateFormat::Dms ? QStringLiteral("dms") : format == CoordinateFormat::Mgrs ? QStringLiteral("mgrs") : QStringLiteral("degrees");
}

std::optional<CoordinateFormat> parseCoordinateFormat(const QString &text, QString &error)
{
    for (CoordinateFormat f : {CoordinateFormat::Degrees, CoordinateFormat::Dms, CoordinateFormat::Mgrs})
        if (text.trimmed().compare(coordinateFormatName(f), Qt::CaseInsensitive) == 0)
            return f;
    error = QStringLiteral("unknown coordinate format '%1' (choose degrees, dms or mgrs)").arg(text);
    return std::nullopt;
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
