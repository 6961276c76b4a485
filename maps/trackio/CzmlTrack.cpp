// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/EarthModel.h"
#include "maps/trackio/JsonTrackReader.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numbers>

// CZML tracks (docs/formats.md, "CZML tracks"). Read: every packet with a sampled position becomes a track
// named by the packet id: cartographicDegrees, cartographicRadians or cartesian (Earth-fixed metres, turned
// geodetic with the WGS84 closed-form conversion of core/EarthModel; INERTIAL ones first turned Earth-fixed
// by the Earth's rotation as Cesium turns them without Earth orientation data), sample times as seconds from
// the position's epoch or as ISO 8601 strings, in one position object or a list of interval objects. Samples
// outside the packet's availability or their interval's bounds are left out, as Cesium does not show them. Attribution
// travels in a "trilink" member of the packet (Cesium ignores members it does not know):
//   "trilink": {"label": "...", "partners": ["USA", "USA;KOR", ...], "sensors": ["TPY-2", ...]}
// (partners and sensors one entry per sample; the label, when given, is taken over "name").
// Read as a stream (JsonStream), one packet at a time with its members in any order: the samples are staged
// once (Samples) and checked when the packet ends, when its id, epoch and frame are all known.
// Written by CzmlWriter.cpp.

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
    bool bounded = false; // its "interval": from..to
    std::int64_t from = 0, to = 0;
};

// "2017-11-28T18:17:00Z/2017-11-28T19:11:00Z" as the instants it runs between (Cesium's end of time
// "9999-12-31T24:00:00Z" included); nullopt when it is not two ISO 8601 times.
std::optional<std::pair<std::int64_t, std::int64_t>> parseInterval(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    auto bound = [](std::string_view t) -> std::optional<std::int64_t> {
        if (const auto ms = parseIsoTimeMsUtc(t))
            return ms;
        if (t.size() == 20 && t.substr(10) == "T24:00:00Z") { // the end of a day, as Cesium writes forever
            std::array<char, 20> midnight{};
            std::copy_n(t.data(), 10, midnight.data());
            std::copy_n("T00:00:00Z", 10, midnight.data() + 10);
            if (const auto day = parseIsoTimeMsUtc(std::string_view(midnight.data(), midnight.size())))
                return *day + 86'400'000;
        }
        return std::nullopt;
    };
    const auto a = bound(text.substr(0, slash)), b = bound(text.substr(slash + 1));
    if (!a || !b)
        return std::nullopt;
    return std::pair(*a, *b);
}

struct Packet {
    int line = 0;
    std::size_t index = 0;
    QString id, name;
    std::optional<QString> label; // trilink.label: the label as written, over "name"
    bool hasPosition = false;
    Samples samples;
    QStringList notes; // packet problems, "%1" for the id (known only at the end)
    std::vector<std::pair<std::int64_t, std::int64_t>> availability; // empty: always
    bool availabilityBad = false;
    // The bounds of the samples [first, end) of a position interval that has an "interval".
    struct SampleBounds {
        std::size_t first = 0, end = 0;
        std::int64_t from = 0, to = 0;
    };
    std::vector<SampleBounds> sampleBounds;
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
            } else if (key == "availability" && (t == Token::String || t == Token::BeginArray)) {
                availability(p);
            } else if (key == "trilink" && t == Token::BeginObject) {
                readAttribution(p);
            } else {
                m_json.skip();
            }
            if (m_json.token() == Token::Error || m_result.cancelled)
                return;
        }
    }

    // "availability": one interval or a list of them; a sample outside all of them is not shown by Cesium.
    void availability(Packet &p)
    {
        auto one = [&] {
            const auto iv = m_json.token() == Token::String ? parseInterval(m_json.string()) : std::nullopt;
            if (iv && p.availability.size() < 10'000)
                p.availability.push_back(*iv);
            else
                p.availabilityBad = true;
            m_json.skip();
        };
        if (m_json.token() == Token::String)
            return one();
        for (Token e = m_json.next(); e != Token::EndArray && e != Token::Error; e = m_json.next())
            one();
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
            } else if (key == "interval" && t == Token::String) {
                const auto bounds = parseInterval(m_json.string());
                iv.bounded = bounds.has_value();
                if (bounds)
                    iv.from = bounds->first, iv.to = bounds->second;
                else
                    p.notes << QStringLiteral("packet \"%1\": a position interval that is not two ISO 8601 times; its bounds ignored");
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
        if (iv.inertial && iv.kind != Interval::Kind::Cartesian && iv.kind != Interval::Kind::None)
            return drop(QStringLiteral("packet \"%1\": INERTIAL cartographic positions mean nothing (an inertial frame has no "
                                       "longitude); skipped"));
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
                Vec3 ecef{pt.lon, pt.lat, pt.altM};
                if (iv.inertial && (flags & Samples::HasTime))
                    ecef = earth::pseudoInertialToEcef(ecef, pt.timeMsUtc);
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
        if (iv.bounded && s.positions > iv.start)
            p.sampleBounds.push_back({iv.start, s.positions, iv.from, iv.to});
    }

    // True when Cesium shows a sample at this time: inside the packet's availability (when it has one) and
    // its interval's bounds (when it has them).
    static bool shown(const Packet &p, std::size_t i, std::int64_t t, std::size_t &bound)
    {
        if (!p.availability.empty() &&
            std::none_of(p.availability.begin(), p.availability.end(), [t](const auto &a) { return t >= a.first && t <= a.second; }))
            return false;
        while (bound < p.sampleBounds.size() && p.sampleBounds[bound].end <= i)
            ++bound;
        if (bound < p.sampleBounds.size() && p.sampleBounds[bound].first <= i) {
            const auto &b = p.sampleBounds[bound];
            return t >= b.from && t <= b.to;
        }
        return true;
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
        std::size_t unknown = 0, bound = 0, hidden = 0;
        if (p.availabilityBad)
            problem(p.line, QStringLiteral("packet \"%1\": availability is not ISO 8601 intervals (\"start/end\"); that part ignored").arg(shownId));
        for (std::size_t i = 0; i < s.positions; ++i) {
            const std::uint16_t flags = s.flags[i];
            if ((flags & Samples::HasTime) && !(flags & (Samples::NoEpoch | Samples::BadTime)) && !shown(p, i, s.points[i].timeMsUtc, bound)) {
                skip[i] = 1;
                ++hidden;
                continue;
            }
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
        if (hidden > 0)
            problem(p.line, QStringLiteral("packet \"%1\": %2 samples outside its availability or their interval; left out, as Cesium "
                                           "does not show them").arg(shownId).arg(hidden));
        if (s.partners > 0 && s.partners != s.positions)
            problem(p.line, QStringLiteral("trilink.partners has %1 entries for %2 samples").arg(s.partners).arg(s.positions));
        const bool any = s.positions > 0;
        m_builder.addAll(p.id, std::move(s.points), skip, {}, p.line, where);
        if (any)
            m_builder.setLabel(p.id, p.label.value_or(p.name), false);
        s.clear();
    }
};

} // namespace

TrackFileResult readCzml(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return CzmlTrackReader(in, fileName, control).read();
}

} // namespace trilink::maps::trackio
