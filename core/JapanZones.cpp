// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/JapanZones.h"

#include "core/CsvReader.h"

#include <algorithm>
#include <cmath>

namespace trilink {
namespace {
std::vector<GeoPolygon> readRings(const QString &path, QStringList *problems)
{
    const CsvDocument doc = CsvReader::readFile(path);
    if (problems)
        *problems << doc.problems;
    std::vector<GeoPolygon> rings;
    const int cName = doc.column(QStringLiteral("name"));
    const int cLon = doc.column(QStringLiteral("lon"));
    const int cLat = doc.column(QStringLiteral("lat"));
    if (cName < 0 || cLon < 0 || cLat < 0) {
        if (problems && doc.problems.isEmpty())
            *problems << QStringLiteral("%1:1: expected columns name,lon,lat").arg(path);
        return rings;
    }
    for (const CsvRecord &r : doc.records) {
        bool okLon = false, okLat = false;
        const double lon = r.cells[cLon].toDouble(&okLon);
        const double lat = r.cells[cLat].toDouble(&okLat);
        if (!okLon || !okLat || std::abs(lat) > 90) {
            if (problems)
                *problems << QStringLiteral("%1:%2: bad coordinate").arg(path).arg(r.line);
            continue;
        }
        const QString name = r.cells[cName].trimmed();
        if (rings.empty() || rings.back().name != name)
            rings.push_back(GeoPolygon{name, {}});
        rings.back().ring.push_back({lon, lat});
    }
    std::erase_if(rings, [](const GeoPolygon &p) { return p.ring.size() < 3; });
    return rings;
}
} // namespace

JapanZones JapanZones::fromFiles(const QString &eezPath, const QString &landPath, QStringList *problems)
{
    JapanZones z;
    z.m_eez = readRings(eezPath, problems);
    z.m_land = readRings(landPath, problems);
    return z;
}

const JapanZones &JapanZones::builtin()
{
    static const JapanZones zones =
        fromFiles(QString::fromLatin1(kEezResource), QString::fromLatin1(kLandResource), nullptr);
    return zones;
}

bool JapanZones::isInEez(double lon, double lat) const
{
    return std::any_of(m_eez.begin(), m_eez.end(), [&](const GeoPolygon &p) { return p.contains(lon, lat); });
}

QString JapanZones::landAt(double lon, double lat) const
{
    for (const GeoPolygon &p : m_land)
        if (p.contains(lon, lat))
            return p.name;
    return {};
}

void JapanZones::annotate(Trajectory &t) const
{
    bool inEez = false;
    QString land;
    for (std::size_t i = 0; i < t.samples.size(); ++i) {
        const TrajectorySample &s = t.samples[i];
        const bool nowEez = isInEez(s.lon, s.lat);
        const QString nowLand = landAt(s.lon, s.lat);
        const bool isLast = i + 1 == t.samples.size();
        if (nowEez != inEez && !(isLast && !nowEez))
            t.events.push_back({nowEez ? TrajectoryEventKind::EnterJapanEez : TrajectoryEventKind::LeaveJapanEez,
                                s.timeS, s.lon, s.lat, s.altM, QStringLiteral("approx. Japan EEZ")});
        if (nowLand != land) {
            if (!land.isEmpty())
                t.events.push_back({TrajectoryEventKind::LeaveJapanTerritory, s.timeS, s.lon, s.lat, s.altM, land});
            if (!nowLand.isEmpty())
                t.events.push_back({TrajectoryEventKind::EnterJapanTerritory, s.timeS, s.lon, s.lat, s.altM, nowLand});
        }
        inEez = nowEez;
        land = nowLand;
    }
    for (TrajectoryEvent &e : t.events) {
        if (e.kind != TrajectoryEventKind::Impact)
            continue;
        if (!land.isEmpty())
            e.detail = QStringLiteral("on land: %1 (approx. outline)").arg(land);
        else
            e.detail = isInEez(e.lon, e.lat) ? QStringLiteral("inside approx. Japan EEZ")
                                             : QStringLiteral("outside approx. Japan EEZ");
    }
    std::stable_sort(t.events.begin(), t.events.end(),
                     [](const TrajectoryEvent &a, const TrajectoryEvent &b) { return a.timeS < b.timeS; });
}

} // namespace trilink
