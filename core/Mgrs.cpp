// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Mgrs.h"

#include "core/Units.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>

namespace trilink::mgrs {
namespace {
constexpr double kA = wgs84::kSemiMajorAxisM;
constexpr double kF = wgs84::kFlattening;
constexpr double kUtmScale = 0.9996, kUpsScale = 0.994;
constexpr double kUtmFalseEasting = 500'000.0, kUtmFalseNorthingSouth = 10'000'000.0, kUpsFalseOrigin = 2'000'000.0;
constexpr double kTile = 100'000.0; // an MGRS square

const double kE2 = kF * (2 - kF);
const double kE = std::sqrt(kE2);

// Krüger's series (Karney 2011, eq. 35 for alpha and eq. 14 for the rectifying radius A).
struct Kruger {
    double rectifyingRadius;
    std::array<double, 6> alpha;
};
const Kruger &kruger()
{
    static const Kruger k = [] {
        const double n = kF / (2 - kF), n2 = n * n, n3 = n2 * n, n4 = n3 * n, n5 = n4 * n, n6 = n5 * n;
        Kruger out;
        out.rectifyingRadius = kA / (1 + n) * (1 + n2 / 4 + n4 / 64 + n6 / 256);
        out.alpha = {n / 2 - 2 * n2 / 3 + 5 * n3 / 16 + 41 * n4 / 180 - 127 * n5 / 288 + 7891 * n6 / 37800,
                     13 * n2 / 48 - 3 * n3 / 5 + 557 * n4 / 1440 + 281 * n5 / 630 - 1983433 * n6 / 1935360,
                     61 * n3 / 240 - 103 * n4 / 140 + 15061 * n5 / 26880 + 167603 * n6 / 181440,
                     49561 * n4 / 161280 - 179 * n5 / 168 + 6601661 * n6 / 7257600,
                     34729 * n5 / 80640 - 3418889 * n6 / 1995840,
                     212378941 * n6 / 319334400};
        return out;
    }();
    return k;
}

// The tangent of the conformal latitude from that of the geodetic one (Karney 2011, eqs. 7-9).
double conformalTan(double tau)
{
    const double sigma = std::sinh(kE * std::atanh(kE * tau / std::hypot(1.0, tau)));
    return tau * std::hypot(1.0, sigma) - sigma * std::hypot(1.0, tau);
}

double wrap180(double deg)
{
    const double r = std::remainder(deg, 360.0);
    return r == 180.0 ? -180.0 : r;
}

int standardZone(double lon, double lat)
{
    const double l = wrap180(lon);
    int zone = static_cast<int>(std::floor((l + 180.0) / 6.0)) + 1;
    zone = std::clamp(zone, 1, 60);
    if (lat >= 56 && lat < 64 && l >= 3 && l < 12)
        return 32; // south-west Norway
    if (lat >= 72 && lat < 84 && l >= 0 && l < 42)
        return l < 9 ? 31 : l < 21 ? 33 : l < 33 ? 35 : 37; // Svalbard
    return zone;
}

const char *const kUtmBands = "CDEFGHJKLMNPQRSTUVWX";
const std::array<const char *, 3> kUtmColumns{"ABCDEFGH", "JKLMNPQR", "STUVWXYZ"};
const char *const kUtmRows = "ABCDEFGHJKLMNPQRSTUV";
// The polar squares (NGA.SIG.0012, section 13): zones A/B south of -80, Y/Z north of 84, west/east of the
// Greenwich meridian; column and row letters counted from the first 100 km square of each.
const char *const kUpsBands = "ABYZ";
const std::array<const char *, 4> kUpsColumns{"JKLPQRSTUXYZ", "ABCFGHJKLPQR", "RSTUXYZ", "ABCFGHJ"};
const std::array<const char *, 2> kUpsRows{"ABCDEFGHJKLMNPQRSTUVWXYZ", "ABCDEFGHJKLMNP"};
constexpr int kUpsFirstSouth = 8, kUpsFirstNorth = 13, kUpsEastFrom = 20; // in 100 km squares

// The easting and northing digits within a square, truncated to `digits` (the grid is read down, not
// rounded). A micrometre is added first so that 739096.9999999 read from a float is the metre it stands for.
QString squareDigits(double eastingM, double northingM, int digits)
{
    if (digits <= 0)
        return {};
    const double unit = std::pow(10.0, 5 - digits);
    const auto part = [&](double m) {
        const double within = std::fmod(m + 1e-6, kTile);
        return QStringLiteral("%1").arg(static_cast<long long>(std::floor(within / unit)), digits, 10, QLatin1Char('0'));
    };
    return part(eastingM) + u' ' + part(northingM);
}
} // namespace

Utm utmInZone(double lon, double lat, int zone)
{
    const Kruger &k = kruger();
    const double lon0 = zone * 6.0 - 183.0;
    const double lam = units::radians(wrap180(lon - lon0));
    const double phi = units::radians(lat);
    const double taup = conformalTan(std::tan(phi));
    const double xip = std::atan2(taup, std::cos(lam));
    const double etap = std::asinh(std::sin(lam) / std::hypot(taup, std::cos(lam)));
    double xi = xip, eta = etap;
    for (int j = 1; j <= 6; ++j) {
        xi += k.alpha[j - 1] * std::sin(2 * j * xip) * std::cosh(2 * j * etap);
        eta += k.alpha[j - 1] * std::cos(2 * j * xip) * std::sinh(2 * j * etap);
    }
    Utm u;
    u.zone = zone;
    u.north = lat >= 0;
    u.eastingM = kUtmFalseEasting + kUtmScale * k.rectifyingRadius * eta;
    u.northingM = kUtmScale * k.rectifyingRadius * xi + (u.north ? 0.0 : kUtmFalseNorthingSouth);
    return u;
}

std::optional<Utm> utm(double lon, double lat)
{
    if (!(lat >= -80.0 && lat < 84.0) || !std::isfinite(lon))
        return std::nullopt;
    return utmInZone(lon, lat, standardZone(lon, lat));
}

Ups ups(double lon, double lat)
{
    const bool north = lat >= 0;
    const double phi = units::radians(std::abs(lat));
    // rho = 2 k0 a / c * tan(pi/4 - chi/2), chi the conformal latitude; c = (1 - f) exp(e atanh e).
    const double c = (1 - kF) * std::exp(kE * std::atanh(kE));
    const double taup = std::abs(lat) == 90.0 ? INFINITY : conformalTan(std::tan(phi));
    const double tanHalf = std::isinf(taup) ? 0.0 : 1.0 / (std::hypot(1.0, taup) + taup);
    const double rho = 2 * kUpsScale * kA / c * tanHalf;
    const double lam = units::radians(wrap180(lon));
    Ups u;
    u.north = north;
    u.eastingM = kUpsFalseOrigin + rho * std::sin(lam);
    u.northingM = kUpsFalseOrigin + (north ? -rho : rho) * std::cos(lam);
    return u;
}

QString reference(double lon, double lat, int digits)
{
    if (!(std::abs(lat) <= 90.0) || !std::isfinite(lon))
        return {};
    digits = std::clamp(digits, 0, 5);
    if (const auto u = utm(lon, lat)) {
        const int band = std::min(static_cast<int>(std::floor((lat + 80.0) / 8.0)), 19); // X runs 72-84
        const int column = static_cast<int>(std::floor(u->eastingM / kTile)) - 1;
        const int row = (static_cast<int>(std::floor(u->northingM / kTile)) + (u->zone % 2 == 0 ? 5 : 0)) % 20;
        const QString square = QString(QChar::fromLatin1(kUtmColumns[(u->zone - 1) % 3][std::clamp(column, 0, 7)])) +
                               QChar::fromLatin1(kUtmRows[row]);
        const QString digitsText = squareDigits(u->eastingM, u->northingM, digits);
        return QStringLiteral("%1%2 %3").arg(u->zone, 2, 10, QLatin1Char('0')).arg(QChar::fromLatin1(kUtmBands[band])).arg(square) +
               (digitsText.isEmpty() ? QString() : u' ' + digitsText);
    }
    const Ups p = ups(lon, lat);
    const int ix = static_cast<int>(std::floor(p.eastingM / kTile)), iy = static_cast<int>(std::floor(p.northingM / kTile));
    const bool east = ix >= kUpsEastFrom;
    const int band = (p.north ? 2 : 0) + (east ? 1 : 0);
    const int first = p.north ? kUpsFirstNorth : kUpsFirstSouth;
    const QString columns = QString::fromLatin1(kUpsColumns[band]), rows = QString::fromLatin1(kUpsRows[p.north ? 1 : 0]);
    const int col = std::clamp(ix - (east ? kUpsEastFrom : first), 0, static_cast<int>(columns.size()) - 1);
    const int r = std::clamp(iy - first, 0, static_cast<int>(rows.size()) - 1);
    const QString digitsText = squareDigits(p.eastingM, p.northingM, digits);
    return QStringLiteral("%1 %2%3").arg(QChar::fromLatin1(kUpsBands[band])).arg(columns[col]).arg(rows[r]) +
           (digitsText.isEmpty() ? QString() : u' ' + digitsText);
}

} // namespace trilink::mgrs
