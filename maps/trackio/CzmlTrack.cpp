// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/EarthModel.h"
#include "maps/trackio/JsonTrackReader.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"

#include <QIODevice>

#include <bit>
#include <cmath>
#include <numbers>

// CZML tracks (docs/formats.md, "CZML tracks"). Read: every packet with a sampled position becomes a track
// named by the packet id: cartographicDegrees, cartographicRadians or cartesian (Earth-fixed metres, turned
// geodetic with the WGS84 closed-form conversion of core/EarthModel), sample times as seconds from the
// position's epoch or as ISO 8601 strings, in one position object or a list of interval objects. Attribution
// travels in a "trilink" member of the packet (Cesium ignores members it does not know):
//   "trilink": {"label": "...", "partners": ["USA", "USA;KOR", ...], "sensors": ["TPY-2", ...]}
// (partners and sensors one entry per sample; the label, when given, is taken over "name").
// Read as a stream (JsonStream), one packet at a time with its members in any order: the samples are staged
// once (Samples) and checked when the packet ends, when its id, epoch and frame are all known.
// Write: a document packet with the clock, then one packet per track with availability, position samples,
// a point and a coloured path that trails the whole flight, and the "trilink" member.

namespace trilink::maps::trackio {
namespace {

using Token = JsonStream::Token;

// One interval of a position as its members arrive.
struct Interval {
    enum class Kind { None, Degrees, Radians, Cartesian }; // in priority order when several are given
    Kind kind = Kind::None;
    std::size_t start = 0;   // its first sample in the packet's Samples
    std::size_t numbers = 0; // numbers in its samples array
    bool inertial = false;
    std::optional<std::int64_t> epoch;
    bool epochBad = false;
};

struct Packet {
    int line = 0;
    std::size_t index = 0;
    QString id, name;
    std::optional<QString> label; // trilink.label: the label as written, over "name"
    bool hasPosition = false;
    Samples samples;
    QStringList notes; // packet problems, "%1" for the id (known only at the end)
    std::vector<std::pair<std::size_t, QStringList>> unknownPartners; // sample, codes
    std::size_t unknownPartnerCount = 0;
};

class CzmlTrackReader : JsonTrackReader {
public:
    CzmlTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : JsonTrackReader(in, fileName, control)
    {
    }

    TrackFileResult read()
    {
        Token t = m_json.next();
        if (t == Token::End)
            return unreadable(0, QStringLiteral("file is empty"));
        if (t == Token::Error)
            return unreadable(m_json.errorLine(), QStringLiteral("not valid JSON: %1").arg(m_json.error()));
        if (t != Token::BeginArray)
            return unreadable(1, QStringLiteral("not CZML: the top level is not an array of packets"));
        std::size_t index = 0;
        for (t = m_json.next(); t != Token::EndArray && t != Token::Error; t = m_json.next(), ++index) {
            if (checkpoint())
                return finish({});
            Packet p;
            p.line = m_json.line();
            p.index = index;
            if (t != Token::BeginObject) {
                if (index == 0)
                    notDocument(p.line);
                if (!m_json.skip())
                    break;
                continue;
            }
            readPacket(p);
            if (m_json.token() == Token::Error || m_result.cancelled)
                break;
            if (index == 0 && p.id != u"document")
                notDocument(p.line);
            if (p.id != u"document" && p.hasPosition)
                finishPacket(p);
        }
        if (m_result.cancelled)
            return finish({});
        if (index == 0 && m_json.token() == Token::EndArray)
            notDocument(0);
        if (m_json.token() != Token::Error)
            m_json.next();
        if (m_json.token() == Token::Error)
            return stopAtSyntaxError(kNoTrack);
        return finish(kNoTrack);
    }

private:
    static inline const QString kNoTrack = QStringLiteral("no packet with sampled positions");

    void notDocument(int line)
    {
        problem(line, QStringLiteral("the first packet is not the document packet (\"id\": \"document\"); read anyway"));
    }

    void readPacket(Packet &p)
    {
        while (m_json.next() == Token::Key) {
            const std::string key(m_json.string());
            const Token t = m_json.next();
            if (key == "id" && t == Token::String) {
                p.id = m_json.qstring();
                noteReplaced("the packet id");
            } else if (key == "name" && t == Token::String) {
                p.name = m_json.qstring();
            } else if (key == "position") {
                p.hasPosition = true;
                if (t == Token::BeginArray) {
                    for (Token e = m_json.next(); e != Token::EndArray && e != Token::Error; e = m_json.next()) {
                        if (e == Token::BeginObject) {
                            readInterval(p);
                        } else {
                            m_json.skip();
                            p.notes << QStringLiteral("packet \"%1\": a position interval that is not an object; skipped");
                        }
                    }
                } else if (t == Token::BeginObject) {
                    readInterval(p);
                } else {
                    m_json.skip();
                    p.notes << QStringLiteral("packet \"%1\": position has no cartographicDegrees, cartographicRadians or "
                                              "cartesian samples; skipped");
                }
            } else if (key == "trilink" && t == Token::BeginObject) {
                readAttribution(p);
            } else {
                m_json.skip();
            }
            if (m_json.token() == Token::Error || m_result.cancelled)
                return;
        }
    }

    void readAttribution(Packet &p)
    {
        while (m_json.next() == Token::Key) {
            const std::string key(m_json.string());
            const Token t = m_json.next();
            if (key == "label" && t == Token::String) {
                p.label = m_json.qstring();
            } else if ((key == "partners" || key == "sensors") && t == Token::BeginArray) {
                const bool partners = key == "partners";
                std::size_t i = 0;
                for (Token e = m_json.next(); e != Token::EndArray; e = m_json.next(), ++i) {
                    if (e == Token::Error)
                        return;
                    TrackPoint *pt = p.samples.at(i, false);
                    if (pt && e == Token::String) {
                        if (partners) {
                            QStringList unknown;
                            pt->partners = m_partnerCache.mask(m_json.string(), &unknown);
                            if (!unknown.isEmpty() && p.unknownPartners.size() < kMaxProblems)
                                p.unknownPartners.push_back({i, unknown});
                        } else {
                            pt->sensor = cachedText();
                        }
                        p.samples.flags[i] |= partners ? Samples::HasPartners : Samples::HasSensor;
                    }
                    if (!m_json.skip())
                        return;
                }
                (partners ? p.samples.partners : p.samples.sensors) = i;
            } else {
                m_json.skip();
            }
        }
    }

    // One interval object of a position: its samples go into the packet's, converted once the interval has
    // ended and its epoch, frame and kind are known.
    void readInterval(Packet &p)
    {
        Samples &s = p.samples;
        Interval iv;
        iv.start = s.positions;
        while (m_json.next() == Token::Key) {
            const std::string key(m_json.string());
            const Token t = m_json.next();
            const Interval::Kind kind = key == "cartographicDegrees" ? Interval::Kind::Degrees
                                        : key == "cartographicRadians" ? Interval::Kind::Radians
                                        : key == "cartesian"           ? Interval::Kind::Cartesian
                                                                       : Interval::Kind::None;
            if (key == "referenceFrame" && t == Token::String) {
                iv.inertial = m_json.string() == "INERTIAL";
            } else if (key == "epoch") {
                iv.epoch = t == Token::String ? parseIsoTimeMsUtc(m_json.string()) : std::nullopt;
                iv.epochBad = !iv.epoch;
                m_json.skip();
            } else if (kind != Interval::Kind::None && t == Token::BeginArray &&
                       (iv.kind == Interval::Kind::None || kind < iv.kind)) {
                // A kind of higher priority replaces what an earlier one staged.
                s.positions = iv.start;
                iv.kind = kind;
                iv.numbers = samplesArray(s, iv.start);
            } else {
                m_json.skip();
            }
            if (m_json.token() == Token::Error || m_result.cancelled)
                return;
        }
        finishInterval(p, iv);
    }

    // The numbers of a samples array, four by four (time, then three coordinates) into samples from start on.
    std::size_t samplesArray(Samples &s, std::size_t start)
    {
        std::size_t n = 0;
        for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next(), ++n) {
            if (t == Token::Error || ((n & 0xFFFF) == 0xFFFF && cancelled()))
                return n;
            const std::size_t i = start + n / 4;
            TrackPoint *p = s.at(i, true);
            std::uint16_t &flags = s.flags[i];
            if (n % 4 == 0) {
                flags &= static_cast<std::uint16_t>(Samples::HasPartners | Samples::HasSensor);
                s.positions = i + 1;
                if (t == Token::Number && m_json.finite() && std::abs(m_json.number()) < 1e12) {
                    p->timeMsUtc = std::bit_cast<std::int64_t>(m_json.number());
                    flags |= Samples::TimeInSeconds;
                } else if (const auto ms = t == Token::String ? parseIsoTimeMsUtc(m_json.string()) : std::nullopt) {
                    p->timeMsUtc = *ms;
                    flags |= Samples::HasTime;
                } else {
                    flags |= Samples::BadTime;
                }
            } else {
                double &v = n % 4 == 1 ? p->lon : n % 4 == 2 ? p->lat : p->altM;
                if (t == Token::Number && m_json.finite())
                    v = m_json.number();
                else
                    flags |= Samples::BadPosition;
            }
            if (!m_json.skip())
                return n;
        }
        return n;
    }

    void finishInterval(Packet &p, const Interval &iv)
    {
        Samples &s = p.samples;
        auto drop = [&](const QString &note) {
            s.positions = iv.start;
            p.notes << note;
        };
        if (iv.inertial)
            return drop(QStringLiteral("inertial positions are not read (only FIXED); packet \"%1\" skipped"));
        if (iv.kind == Interval::Kind::None)
            return drop(QStringLiteral("packet \"%1\": position has no cartographicDegrees, cartographicRadians or "
                                       "cartesian samples; skipped"));
        if (iv.numbers == 3)
            return drop(QStringLiteral("packet \"%1\": a fixed position without times is not a track; skipped"));
        if (iv.numbers == 0 || iv.numbers % 4 != 0)
            return drop(QStringLiteral("packet \"%1\": ") + QString::number(iv.numbers) +
                        QStringLiteral(" numbers in the samples, not a multiple of 4 (time, three coordinates); skipped"));
        if (iv.epochBad)
            p.notes << QStringLiteral("packet \"%1\": epoch is not an ISO 8601 time");
        for (std::size_t i = iv.start; i < s.positions; ++i) {
            TrackPoint &pt = s.points[i];
            std::uint16_t &flags = s.flags[i];
            if (flags & Samples::TimeInSeconds) {
                flags &= static_cast<std::uint16_t>(~Samples::TimeInSeconds);
                if (iv.epoch) {
                    pt.timeMsUtc = *iv.epoch + std::llround(std::bit_cast<double>(pt.timeMsUtc) * 1000.0);
                    flags |= Samples::HasTime;
                } else {
                    flags |= Samples::NoEpoch;
                }
            }
            if (flags & Samples::BadPosition)
                continue;
            switch (iv.kind) {
            case Interval::Kind::Radians:
                pt.lon *= 180.0 / std::numbers::pi;
                pt.lat *= 180.0 / std::numbers::pi;
                break;
            case Interval::Kind::Cartesian: {
                const Vec3 ecef{pt.lon, pt.lat, pt.altM};
                if (ecef.norm() < 1000.0) { // the geodetic conversion is undefined at the centre
                    flags |= Samples::EarthCentre;
                    break;
                }
                const GeodeticPosition g = earth::ecefToGeodetic(ecef);
                pt.lon = g.lon, pt.lat = g.lat, pt.altM = g.altM;
                break;
            }
            case Interval::Kind::Degrees:
            case Interval::Kind::None:
                break;
            }
            flags |= Samples::HasPosition;
        }
    }

    void finishPacket(Packet &p)
    {
        if (p.id.isEmpty())
            p.id = QStringLiteral("packet %1").arg(p.index + 1);
        for (const QString &note : p.notes)
            problem(p.line, note.arg(shortText(p.id)));
        Samples &s = p.samples;
        s.points.resize(s.positions);
        s.flags.resize(s.positions);
        const QString shownId = shortText(p.id);
        auto where = [&](std::size_t i) { return QStringLiteral("packet \"%1\" sample %2: ").arg(shownId).arg(i + 1); };
        std::vector<std::uint8_t> skip(s.positions, 0);
        std::size_t unknown = 0;
        for (std::size_t i = 0; i < s.positions; ++i) {
            const std::uint16_t flags = s.flags[i];
            QString why;
            if (flags & Samples::NoEpoch)
                why = QStringLiteral("time in seconds but no epoch; skipped");
            else if (flags & Samples::BadTime)
                why = QStringLiteral("time is not a number or ISO 8601; skipped");
            else if (flags & Samples::BadPosition)
                why = QStringLiteral("coordinates are not numbers; skipped");
            else if (flags & Samples::EarthCentre)
                why = QStringLiteral("Earth-fixed position at the Earth's centre; skipped");
            if (!why.isEmpty()) {
                problem(p.line, where(i) + why);
                skip[i] = 1;
                continue;
            }
            while (unknown < p.unknownPartners.size() && p.unknownPartners[unknown].first < i)
                ++unknown;
            if (unknown < p.unknownPartners.size() && p.unknownPartners[unknown].first == i)
                problem(p.line, where(i) + unknownPartnerProblem(p.unknownPartners[unknown].second));
        }
        if (s.partners > 0 && s.partners != s.positions)
            problem(p.line, QStringLiteral("trilink.partners has %1 entries for %2 samples").arg(s.partners).arg(s.positions));
        const bool any = s.positions > 0;
        m_builder.addAll(p.id, std::move(s.points), skip, {}, p.line, where);
        if (any)
            m_builder.setLabel(p.id, p.label.value_or(p.name), false);
        s.clear();
    }
};

// Distinct, readable on Cesium's dark globe; by track order.
constexpr int kPalette[][3] = {{255, 140, 0}, {0, 200, 255}, {255, 80, 160}, {120, 220, 60}, {255, 220, 0}};

} // namespace

TrackFileResult readCzml(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return CzmlTrackReader(in, fileName, control).read();
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
        // The label as it is (Cesium's "name" above needs one, and gets the id when there is none).
        buf += ",\"trilink\":{\"label\":";
        appendJsonString(buf, t.label);
        buf += ",\"partners\":[";
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
