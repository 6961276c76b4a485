// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackBuilder.h"

#include "core/VectorState.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackParsing.h"

namespace trilink::maps::trackio {

void TrackBuilder::problem(int line, const QString &message)
{
    // Messages quote the file's text: kept printable here, once, for every place they are shown.
    if (m_problems.size() < kMaxProblems)
        m_problems.push_back({m_fileName, line, printableText(message)});
    else
        ++m_problemsNotListed;
}

void TrackBuilder::summariseProblems()
{
    if (m_problemsNotListed == 0)
        return;
    m_problems.push_back({m_fileName, 0, QStringLiteral("... and %1 more problems not listed").arg(m_problemsNotListed)});
    m_problemsNotListed = 0;
}

QString TrackBuilder::clean(const QString &value, const char *what, int line)
{
    bool changed = false;
    QString out = cleanTextValue(value, &changed);
    if (changed)
        problem(line, QStringLiteral("%1 %2 holds control characters or invalid Unicode; read as %3")
                          .arg(QLatin1StringView(what), quotedValue(value), quotedValue(out)));
    return out;
}

RecordedTrack *TrackBuilder::track(const QString &id, int line)
{
    if (m_last >= 0 && m_lastKey == id)
        return &m_tracks[static_cast<std::size_t>(m_last)];
    auto it = m_index.constFind(id);
    if (it == m_index.constEnd()) {
        if (m_tracks.size() >= kMaxTracks) {
            if (!m_tooManyTracks)
                problem(0, QStringLiteral("more than %1 tracks in one file; the points of the others are left out").arg(kMaxTracks));
            m_tooManyTracks = true;
            return nullptr;
        }
        it = m_index.insert(id, static_cast<int>(m_tracks.size()));
        m_tracks.push_back({clean(id, "track id", line), {}, {}});
    }
    clearUpperVectorState(); // the hash of the id, before the numbers of the rows that follow
    m_last = *it;
    m_lastKey = id;
    return &m_tracks[static_cast<std::size_t>(m_last)];
}

// Why p cannot follow the points of t, or empty when it can. p's longitude may be normalised.
QString TrackBuilder::why(const TrackPoint &p, const RecordedTrack &t) const
{
    if (p.timeMsUtc < kMinTimeMs || p.timeMsUtc > kMaxTimeMs)
        return QStringLiteral("time %1 is outside the years 0000..9999; point skipped").arg(isoUtcMsText(p.timeMsUtc));
    if (t.points.empty())
        return {};
    const std::int64_t last = t.points.back().timeMsUtc;
    if (p.timeMsUtc == last)
        return QStringLiteral("time %1 repeats the previous point's; point skipped").arg(isoUtcMsText(last));
    if (p.timeMsUtc < last)
        return QStringLiteral("time %1 goes back before %2; point skipped").arg(isoUtcMsText(p.timeMsUtc), isoUtcMsText(last));
    return {};
}

// Each distinct sensor name is stored once, however many points carry it, and a file holds at most
// kMaxSensors of them: memory follows the points, not the names.
void TrackBuilder::internSensor(QString &sensor, int line)
{
    if (sensor.isEmpty() || sensor.constData() == m_lastSensor.constData())
        return; // the very string kept for the point before (readers share it): nothing to do
    if (sensor.constData() == m_lastSensorKey.constData()) {
        sensor = m_lastSensor; // the same text as the point before, as kept
        return;
    }
    if (sensor.size() > kMaxText) {
        problem(line, QStringLiteral("sensor name of %1 characters cut to %2").arg(sensor.size()).arg(kMaxText));
        sensor.truncate(kMaxText);
    }
    if (sensor == m_lastSensorKey) {
        sensor = m_lastSensor;
        return;
    }
    const QString key = sensor;
    if (const auto it = m_sensors.constFind(key); it != m_sensors.cend()) {
        sensor = *it;
    } else if (m_sensors.size() >= kMaxSensors) {
        if (!m_tooManySensors)
            problem(line, QStringLiteral("more than %1 different sensor names in one file; the others are left out").arg(kMaxSensors));
        m_tooManySensors = true;
        sensor.clear();
        return;
    } else {
        sensor = clean(key, "sensor name", line);
        m_sensors.insert(key, sensor);
    }
    m_lastSensorKey = key;
    m_lastSensor = sensor;
}

bool TrackBuilder::add(const QString &id, TrackPoint p, int line, const QString &where)
{
    if (id.size() > kMaxText) {
        problem(line, where + QStringLiteral("track id of %1 characters is longer than %2; point skipped").arg(id.size()).arg(kMaxText));
        return false;
    }
    if (const QString bad = checkPosition(p); !bad.isEmpty()) {
        problem(line, where + bad + QStringLiteral("; point skipped"));
        return false;
    }
    RecordedTrack *t = track(id, line);
    if (!t)
        return false;
    if (const QString bad = why(p, *t); !bad.isEmpty()) {
        problem(line, where + bad);
        return false;
    }
    internSensor(p.sensor, line);
    t->points.push_back(std::move(p));
    ++m_pointCount;
    return true;
}

void TrackBuilder::addAll(const QString &id, std::vector<TrackPoint> &&points, std::span<const std::uint8_t> skip,
                          std::span<const int> lines, int line, const std::function<QString(std::size_t)> &where)
{
    auto lineOf = [&](std::size_t i) { return i < lines.size() ? lines[i] : line; };
    if (id.size() > kMaxText) {
        problem(line, QStringLiteral("track id of %1 characters is longer than %2; its %3 points skipped")
                          .arg(id.size())
                          .arg(kMaxText)
                          .arg(points.size()));
        return;
    }
    // Checked and compacted in place: a kept point moves down over those dropped before it. The track is made
    // only when a point passes, and when it is new the vector becomes its storage (no second copy).
    RecordedTrack *t = nullptr;
    bool adopt = false;
    std::size_t kept = 0, before = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i < skip.size() && skip[i])
            continue;
        TrackPoint &p = points[i];
        QString bad = checkPosition(p);
        if (!bad.isEmpty()) {
            bad += QStringLiteral("; point skipped");
        } else if (p.timeMsUtc < kMinTimeMs || p.timeMsUtc > kMaxTimeMs) {
            bad = QStringLiteral("time %1 is outside the years 0000..9999; point skipped").arg(isoUtcMsText(p.timeMsUtc));
        } else {
            if (!t) {
                if (!(t = track(id, lineOf(i))))
                    return;
                before = t->points.size();
                adopt = before == 0;
            }
            const TrackPoint *prev = adopt ? (kept > 0 ? &points[kept - 1] : nullptr) : &t->points.back();
            if (prev && p.timeMsUtc <= prev->timeMsUtc)
                bad = p.timeMsUtc == prev->timeMsUtc
                          ? QStringLiteral("time %1 repeats the previous point's; point skipped").arg(isoUtcMsText(prev->timeMsUtc))
                          : QStringLiteral("time %1 goes back before %2; point skipped")
                                .arg(isoUtcMsText(p.timeMsUtc), isoUtcMsText(prev->timeMsUtc));
        }
        if (!bad.isEmpty()) {
            problem(lineOf(i), (where ? where(i) : QString()) + bad);
            continue;
        }
        internSensor(p.sensor, lineOf(i));
        if (adopt) {
            if (kept != i)
                points[kept] = std::move(p);
            ++kept;
        } else {
            t->points.push_back(std::move(p));
        }
    }
    if (!t)
        return;
    if (adopt) {
        points.resize(kept);
        t->points = std::move(points);
    }
    m_pointCount += t->points.size() - before;
}

void TrackBuilder::setLabel(const QString &id, const QString &label, bool replace)
{
    if (label.isEmpty())
        return;
    RecordedTrack *t = track(id, 0);
    if (!t || (!replace && !t->label.isEmpty()))
        return;
    if (label.size() > kMaxText) {
        problem(0, QStringLiteral("label of track %1 cut to %2 characters").arg(quotedValue(t->id)).arg(kMaxText));
        t->label = clean(label.left(kMaxText), "label", 0);
    } else {
        t->label = clean(label, "label", 0);
    }
}

std::vector<RecordedTrack> TrackBuilder::takeTracks()
{
    std::vector<RecordedTrack> out;
    out.reserve(m_tracks.size());
    for (auto &t : m_tracks) {
        if (t.points.empty())
            problem(0, QStringLiteral("track %1 has no valid points; left out").arg(quotedValue(t.id, kMaxText)));
        else
            out.push_back(std::move(t));
    }
    m_tracks.clear();
    m_index.clear();
    m_last = -1;
    m_pointCount = 0;
    return out;
}

} // namespace trilink::maps::trackio
