// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackReader.h"

#include "core/EarthModel.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <numbers>

// CZML tracks (docs/formats.md, "CZML tracks"). Read: every packet with a sampled position becomes a track
// named by the packet id: cartographicDegrees, cartographicRadians or cartesian (Earth-fixed metres, turned
// geodetic with the WGS84 closed-form conversion of core/EarthModel), sample times as seconds from the
// position's epoch or as ISO 8601 strings, in one position object or a list of interval objects. Attribution
// travels in a "trilink" member of the packet (Cesium ignores members it does not know):
//   "trilink": {"partners": ["USA", "USA;KOR", ...], "sensors": ["TPY-2", ...]}   one entry per sample.
// Write: a document packet with the clock, then one packet per track with availability, position samples,
// a point and a coloured path that trails the whole flight, and the "trilink" member.

namespace trilink::maps::trackio {
namespace {

constexpr qint64 kMaxJsonBytes = qint64(2) << 30;
constexpr int kCheckEvery = 4096;

class CzmlTrackReader : TrackReader {
public:
    CzmlTrackReader(const QString &fileName, const ReadControl &control) : TrackReader(fileName, control) {}

    TrackFileResult read(QIODevice &in)
    {
        std::optional<QByteArray> all = readAllCapped(in, kMaxJsonBytes);
        if (!all)
            return unreadable(0, QStringLiteral("file larger than 2 GiB, too big for a JSON document; not read"));
        QByteArray data = std::move(*all);
        if (data.startsWith("\xEF\xBB\xBF"))
            data.remove(0, 3); // QJsonDocument does not skip a BOM; it holds no line break, so lines stay right
        if (data.trimmed().isEmpty())
            return unreadable(0, QStringLiteral("file is empty"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            return unreadable(lineOfOffset(data, error.offset),
                              QStringLiteral("not valid JSON: %1").arg(error.errorString()));
        if (!doc.isArray())
            return unreadable(1, QStringLiteral("not CZML: the top level is not an array of packets"));
        progress(0.5);

        const QJsonArray packets = doc.array();
        const std::vector<int> lines = jsonArrayElementLines(data);
        auto lineOf = [&](qsizetype i) {
            return static_cast<std::size_t>(i) < lines.size() ? lines[static_cast<std::size_t>(i)] : 0;
        };
        if (packets.isEmpty() || packets.at(0).toObject().value(u"id").toString() != u"document")
            m_builder.problem(lineOf(0), QStringLiteral("the first packet is not the document packet (\"id\": "
                                                        "\"document\"); read anyway"));
        for (qsizetype i = 0; i < packets.size(); ++i) {
            if (cancelled())
                break;
            progress(0.5 + 0.5 * static_cast<double>(i) / static_cast<double>(packets.size()));
            const QJsonObject packet = packets.at(i).toObject();
            if (packet.value(u"id").toString() == u"document" || !packet.contains(u"position"))
                continue; // the clock, or an entity without a track (a label, a sensor)
            readPacket(packet, lineOf(i), i);
        }
        return finish(QStringLiteral("no packet with sampled positions"));
    }

private:
    void readPacket(const QJsonObject &packet, int line, qsizetype index)
    {
        QString id = packet.value(u"id").toString();
        if (id.isEmpty())
            id = QStringLiteral("packet %1").arg(index + 1);
        const QJsonObject trilink = packet.value(u"trilink").toObject();
        m_partners = trilink.value(u"partners").toArray();
        m_sensors = trilink.value(u"sensors").toArray();
        m_sample = 0;

        const QJsonValue position = packet.value(u"position");
        if (position.isArray()) {
            for (const auto &interval : position.toArray())
                readPosition(interval.toObject(), id, line);
        } else {
            readPosition(position.toObject(), id, line);
        }
        const QString name = packet.value(u"name").toString();
        if (!name.isEmpty() && m_sample > 0) {
            RecordedTrack &t = m_builder.track(id);
            if (t.label.isEmpty())
                t.label = name;
        }
        if (!m_partners.isEmpty() && m_partners.size() != m_sample)
            m_builder.problem(line, QStringLiteral("trilink.partners has %1 entries for %2 samples")
                                        .arg(m_partners.size())
                                        .arg(m_sample));
    }

    void readPosition(const QJsonObject &pos, const QString &id, int line)
    {
        if (pos.value(u"referenceFrame").toString() == u"INERTIAL") {
            m_builder.problem(line, QStringLiteral("inertial positions are not read (only FIXED); packet \"%1\" "
                                                   "skipped")
                                        .arg(id));
            return;
        }
        enum class Kind { Degrees, Radians, Cartesian } kind;
        QJsonArray a;
        if (pos.contains(u"cartographicDegrees")) {
            kind = Kind::Degrees;
            a = pos.value(u"cartographicDegrees").toArray();
        } else if (pos.contains(u"cartographicRadians")) {
            kind = Kind::Radians;
            a = pos.value(u"cartographicRadians").toArray();
        } else if (pos.contains(u"cartesian")) {
            kind = Kind::Cartesian;
            a = pos.value(u"cartesian").toArray();
        } else {
            m_builder.problem(line, QStringLiteral("packet \"%1\": position has no cartographicDegrees, "
                                                   "cartographicRadians or cartesian samples; skipped")
                                        .arg(id));
            return;
        }
        if (a.size() == 3) {
            m_builder.problem(line, QStringLiteral("packet \"%1\": a fixed position without times is not a track; "
                                                   "skipped")
                                        .arg(id));
            return;
        }
        if (a.isEmpty() || a.size() % 4 != 0) {
            m_builder.problem(line, QStringLiteral("packet \"%1\": %2 numbers in the samples, not a multiple of 4 "
                                                   "(time, three coordinates); skipped")
                                        .arg(id)
                                        .arg(a.size()));
            return;
        }
        const QJsonValue epochValue = pos.value(u"epoch");
        const auto epoch = parseIsoTimeMsUtc(QStringView(epochValue.toString()));
        if (!epochValue.isUndefined() && !epoch)
            m_builder.problem(line, QStringLiteral("packet \"%1\": epoch is not an ISO 8601 time").arg(id));

        for (qsizetype k = 0; k + 3 < a.size(); k += 4) {
            const int sample = m_sample++;
            if (sample % kCheckEvery == 0 && sample > 0 && cancelled())
                return;
            const QString where = QStringLiteral("packet \"%1\" sample %2: ").arg(id).arg(sample + 1);
            TrackPoint p;
            const QJsonValue t = a.at(k);
            if (t.isDouble() && epoch && std::abs(t.toDouble()) < 1e12) {
                p.timeMsUtc = *epoch + std::llround(t.toDouble() * 1000.0);
            } else if (const auto ms = t.isString() ? parseIsoTimeMsUtc(QStringView(t.toString())) : std::nullopt) {
                p.timeMsUtc = *ms;
            } else {
                m_builder.problem(line, where + (t.isDouble() && !epoch
                                                     ? QStringLiteral("time in seconds but no epoch; skipped")
                                                     : QStringLiteral("time is not a number or ISO 8601; skipped")));
                continue;
            }
            const QJsonValue x = a.at(k + 1), y = a.at(k + 2), z = a.at(k + 3);
            if (!x.isDouble() || !y.isDouble() || !z.isDouble()) {
                m_builder.problem(line, where + QStringLiteral("coordinates are not numbers; skipped"));
                continue;
            }
            switch (kind) {
            case Kind::Degrees:
                p.lon = x.toDouble(), p.lat = y.toDouble(), p.altM = z.toDouble();
                break;
            case Kind::Radians:
                p.lon = x.toDouble() * 180.0 / std::numbers::pi;
                p.lat = y.toDouble() * 180.0 / std::numbers::pi;
                p.altM = z.toDouble();
                break;
            case Kind::Cartesian: {
                const Vec3 ecef{x.toDouble(), y.toDouble(), z.toDouble()};
                if (ecef.norm() < 1000.0) { // the geodetic conversion is undefined at the centre
                    m_builder.problem(line, where + QStringLiteral("Earth-fixed position at the Earth's centre; "
                                                                   "skipped"));
                    continue;
                }
                const GeodeticPosition g = earth::ecefToGeodetic(ecef);
                p.lon = g.lon, p.lat = g.lat, p.altM = g.altM;
                break;
            }
            }
            attribution(p, sample, line, where);
            m_builder.add(id, std::move(p), line, where);
        }
    }

    void attribution(TrackPoint &p, int sample, int line, const QString &where)
    {
        if (sample < m_partners.size()) {
            QStringList unknown;
            p.partners = parsePartnerList(m_partners.at(sample).toString(), &unknown);
            if (!unknown.isEmpty())
                m_builder.problem(line, where + QStringLiteral("unknown partner code %1 (known: USA, KOR, JPN); "
                                                               "point kept without it")
                                                    .arg(unknown.join(u", ")));
        }
        if (sample < m_sensors.size())
            p.sensor = m_sensors.at(sample).toString();
    }

    QJsonArray m_partners, m_sensors;
    int m_sample = 0;
};

// Distinct, readable on Cesium's dark globe; by track order.
constexpr int kPalette[][3] = {{255, 140, 0}, {0, 200, 255}, {255, 80, 160}, {120, 220, 60}, {255, 220, 0}};

} // namespace

TrackFileResult readCzml(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return CzmlTrackReader(fileName, control).read(in);
}

bool writeCzml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    bool ok = true;
    QByteArray buf;
    auto flush = [&] {
        if (ok && out.write(buf) != buf.size()) {
            ok = false;
            if (error)
                *error = QStringLiteral("write failed: %1").arg(out.errorString());
        }
        buf.clear();
        return ok;
    };
    std::int64_t start = 0, end = 0;
    bool any = false;
    for (const auto &t : tracks) {
        if (t.points.empty())
            continue;
        start = any ? std::min(start, t.points.front().timeMsUtc) : t.points.front().timeMsUtc;
        end = any ? std::max(end, t.points.back().timeMsUtc) : t.points.back().timeMsUtc;
        any = true;
    }
    const QByteArray interval = (isoUtcMsText(start) + u'/' + isoUtcMsText(end)).toLatin1();
    buf += "[\n{\"id\":\"document\",\"name\":\"Trilink tracks\",\"version\":\"1.0\"";
    if (any) {
        buf += ",\"clock\":{\"interval\":\"" + interval + "\",\"currentTime\":\"" + isoUtcMsText(start).toLatin1() +
               "\",\"multiplier\":10,\"range\":\"LOOP_STOP\",\"step\":\"SYSTEM_CLOCK_MULTIPLIER\"}";
    }
    buf += '}';

    int colour = 0;
    for (const auto &t : tracks) {
        if (t.points.empty())
            continue; // CZML has no way to say "a track without samples"
        const auto &c = kPalette[colour++ % std::size(kPalette)];
        const QByteArray rgba = QStringLiteral("[%1,%2,%3,255]").arg(c[0]).arg(c[1]).arg(c[2]).toLatin1();
        const std::int64_t epoch = t.points.front().timeMsUtc;
        const double spanS = static_cast<double>(t.points.back().timeMsUtc - epoch) / 1000.0;
        buf += ",\n{\"id\":";
        appendJsonString(buf, t.id);
        buf += ",\"name\":";
        appendJsonString(buf, t.label.isEmpty() ? t.id : t.label);
        buf += ",\"availability\":\"" + (isoUtcMsText(epoch) + u'/' + isoUtcMsText(t.points.back().timeMsUtc)).toLatin1();
        buf += "\",\"position\":{\"epoch\":\"" + isoUtcMsText(epoch).toLatin1() + "\",\"cartographicDegrees\":[";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            const auto &p = t.points[i];
            if (i > 0)
                buf += ',';
            // Milliseconds as seconds: exact to the ms when read back with rounding.
            appendShortestNumber(buf, static_cast<double>(p.timeMsUtc - epoch) / 1000.0);
            buf += ',';
            appendShortestNumber(buf, p.lon);
            buf += ',';
            appendShortestNumber(buf, p.lat);
            buf += ',';
            appendShortestNumber(buf, p.altM);
            if (buf.size() > (1 << 20))
                flush();
        }
        buf += "]},\"point\":{\"pixelSize\":8,\"color\":{\"rgba\":" + rgba + "}}";
        buf += ",\"path\":{\"width\":2,\"resolution\":1,\"leadTime\":0,\"trailTime\":";
        appendShortestNumber(buf, spanS + 1.0);
        buf += ",\"material\":{\"solidColor\":{\"color\":{\"rgba\":" + rgba + "}}}}";
        buf += ",\"trilink\":{\"partners\":[";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            if (i > 0)
                buf += ',';
            appendJsonString(buf, partnerListText(t.points[i].partners));
        }
        buf += "],\"sensors\":[";
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            if (i > 0)
                buf += ',';
            appendJsonString(buf, t.points[i].sensor);
        }
        buf += "]}}";
        if (!flush())
            return false;
    }
    buf += "\n]\n";
    return flush();
}

} // namespace trilink::maps::trackio
