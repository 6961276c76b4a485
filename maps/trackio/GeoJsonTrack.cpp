// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/GdalSetup.h"
#include "maps/trackio/JsonTrackReader.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"

#include <QIODevice>

#include <ogr_spatialref.h>

#include <array>
#include <cmath>
#include <memory>
#include <optional>

// GeoJSON tracks (docs/formats.md, "GeoJSON tracks"): Point features with a time property (and an altitude
// property when the position has none), grouped into tracks by a track id property; and LineString or
// MultiLineString features with a "times" (or GPX-converted "coordTimes", or coordinateProperties.times) array
// parallel to the coordinates (nested like them for a MultiLineString, as togeojson writes a multi-segment
// GPX track). Read as a stream (JsonStream): one feature at a time, its members in any order, a line's samples
// staged once (Samples); a syntax error stops the read at its line and keeps the features before it. The 2008
// GeoJSON "crs" member is honoured when it names an EPSG code and comes before the features (as GDAL writes
// it); a linked crs is never followed. A line cut at the antimeridian (RFC 7946 section 3.1.9, as
// GeoJsonWriter.cpp writes it) is joined again.

namespace trilink::maps::trackio {
namespace {

using Token = JsonStream::Token;

// Property names by priority: the first one present wins.
constexpr std::array<std::string_view, 4> kTimeNames{"time", "timestamp", "when", "datetime"};
constexpr std::array<std::string_view, 4> kIdNames{"track", "track_id", "id", "name"};
// Altitude properties of a Point whose position has no third value, in metres (alt_km: kilometres).
constexpr std::array<std::string_view, 8> kAltNames{"alt_m", "altitude", "alt", "altitude_m", "height", "hae", "ele", "elevation"};

template <std::size_t N> int indexOf(const std::array<std::string_view, N> &names, std::string_view key)
{
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == key)
            return static_cast<int>(i);
    return -1;
}

// One feature as its members arrive.
struct Feature {
    int line = 0;
    std::string geometryType;
    bool hasGeometryType = false;
    // A Point's position (a LineString's go to samples).
    bool single = false, singleHasZ = false;
    double lon = 0, lat = 0, alt = 0;
    std::optional<double> altProperty; // metres, from kAltNames or alt_km
    std::vector<std::size_t> partStarts; // a MultiLineString's: the first sample of each line after the first
    std::uint16_t positionFlags = 0;
    QString featureId;
    std::array<std::optional<QString>, 4> ids;   // by kIdNames; set when a non-empty text or a number
    std::array<std::optional<std::string>, 4> timeTexts; // by kTimeNames; empty optional: absent
    std::array<bool, 4> timeNotText{};           // present but not a string
    QString label;
    PartnerMask partners = 0;       // "partners" as one value (text, or a list of codes)
    bool partnersPresent = false, partnersBad = false, partnersPerPoint = false;
    PartnerMask partner = 0;        // the singular "partner" of Point features
    bool partnerPresent = false, partnerBad = false;
    QStringList unknownPartners;
    QString sensor;
    bool sensorsPresent = false;
    bool timesPresent = false;      // "times", "coordTimes" or coordinateProperties.times
    int timesSource = 99;           // 0 times, 1 coordTimes, 2 coordinateProperties.times: the lowest wins
    Samples samples;
};

class GeoJsonTrackReader : JsonTrackReader {
public:
    GeoJsonTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : JsonTrackReader(in, fileName, control), m_defaultId(defaultTrackId())
    {
    }

    TrackFileResult read()
    {
        Token t = m_json.next();
        if (t == Token::End)
            return unreadable(0, QStringLiteral("file is empty"));
        if (t == Token::Error)
            return unreadable(m_json.errorLine(), QStringLiteral("not valid JSON: %1").arg(m_json.error()));
        if (t == Token::BeginArray)
            return unreadable(1, QStringLiteral("the top level is an array, not a GeoJSON object (nor a CZML document, "
                                                "whose first packet has \"id\": \"document\")"));
        if (t != Token::BeginObject)
            return unreadable(1, QStringLiteral("the top level is not a GeoJSON object"));
        // The root is a FeatureCollection or one Feature, "type" in any place: its members are read as both.
        Feature root;
        root.line = 1;
        std::string type;
        bool featuresRead = false;
        while ((t = m_json.next()) == Token::Key) {
            const std::string key(m_json.string());
            t = m_json.next();
            if (key == "type" && t == Token::String) {
                type = m_json.string();
            } else if (key == "features" && t == Token::BeginArray) {
                readFeatures();
                featuresRead = true;
            } else if (key == "crs" && t == Token::BeginObject) {
                crs(featuresRead || root.hasGeometryType);
            } else {
                member(root, key);
            }
            if (m_json.token() == Token::Error || m_result.cancelled)
                break;
        }
        if (m_result.cancelled)
            return finish({});
        if (m_json.token() != Token::Error)
            m_json.next(); // the end of the document, or text after it
        if (m_json.token() == Token::Error)
            return stopAtSyntaxError(kNoTrack);
        if (type == "Feature")
            finishFeature(root);
        else if (type != "FeatureCollection")
            return unreadable(1, QStringLiteral("not GeoJSON tracks: \"type\" is \"%1\", expected FeatureCollection or Feature")
                                     .arg(shortText(QString::fromUtf8(type.data(), static_cast<qsizetype>(std::min<std::size_t>(type.size(), 200))))));
        return finish(kNoTrack);
    }

private:
    static inline const QString kNoTrack = QStringLiteral("no Point, LineString or MultiLineString features with times");

    // The 2008 GeoJSON "crs" member: {"type": "name", "properties": {"name": "EPSG:3857"}} (or an OGC URN).
    // Coordinates in an EPSG CRS are transformed to WGS84 longitude/latitude; a linked CRS (a URL or file) is
    // never followed. After the features it is too late: said, and not applied.
    void crs(bool late)
    {
        const int line = m_json.line();
        std::string type, name;
        while (m_json.next() == Token::Key) {
            const std::string key(m_json.string());
            const Token t = m_json.next();
            if (key == "type" && t == Token::String) {
                type = m_json.string().substr(0, 64);
            } else if (key == "properties" && t == Token::BeginObject) {
                while (m_json.next() == Token::Key) {
                    const bool isName = m_json.string() == "name";
                    if (m_json.next() == Token::String && isName)
                        name = m_json.string().substr(0, 200);
                    else
                        m_json.skip();
                }
            } else {
                m_json.skip();
            }
            if (m_json.token() == Token::Error)
                return;
        }
        const QString shown = quotedValue(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())));
        if (type != "name") {
            problem(line, QStringLiteral("crs of type %1 is not followed (only a named EPSG CRS is read); coordinates read as "
                                         "WGS84 longitude/latitude")
                              .arg(quotedValue(QString::fromUtf8(type.data(), static_cast<qsizetype>(type.size())))));
            return;
        }
        const auto code = epsgCode(name);
        if (!code) {
            problem(line, QStringLiteral("crs %1 is not an EPSG code; coordinates read as WGS84 longitude/latitude").arg(shown));
            return;
        }
        if (*code == 4326 || *code == 4979)
            return; // WGS84 longitude/latitude (GeoJSON's order whatever EPSG says)
        if (late) {
            problem(line, QStringLiteral("crs %1 comes after the features; not applied, coordinates read as WGS84 "
                                         "longitude/latitude").arg(shown));
            return;
        }
        OGRSpatialReference from, wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (from.importFromEPSG(*code) != OGRERR_NONE) {
            problem(line, QStringLiteral("crs %1 is not a CRS PROJ knows; coordinates read as WGS84 longitude/latitude").arg(shown));
            return;
        }
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        m_transform.reset(OGRCreateCoordinateTransformation(&from, &wgs84));
        if (!m_transform)
            problem(line, QStringLiteral("crs %1 cannot be transformed to WGS84; coordinates read as WGS84 longitude/latitude").arg(shown));
        m_crsName = QStringLiteral("EPSG:%1").arg(*code);
    }

    // "EPSG:3857", "urn:ogc:def:crs:EPSG::3857", "urn:ogc:def:crs:EPSG:6.6:3857"; OGC CRS84 is 4326.
    static std::optional<int> epsgCode(const std::string &name)
    {
        const QString n = QString::fromStdString(name).trimmed();
        if (n.compare(u"urn:ogc:def:crs:OGC:1.3:CRS84", Qt::CaseInsensitive) == 0 ||
            n.compare(u"urn:ogc:def:crs:OGC::CRS84", Qt::CaseInsensitive) == 0 || n.compare(u"CRS84", Qt::CaseInsensitive) == 0)
            return 4326;
        QStringView code;
        if (n.startsWith(u"EPSG:", Qt::CaseInsensitive))
            code = QStringView(n).sliced(5);
        else if (n.startsWith(u"urn:ogc:def:crs:EPSG:", Qt::CaseInsensitive))
            code = QStringView(n).sliced(n.lastIndexOf(u':') + 1);
        bool ok = false;
        const int v = code.toInt(&ok);
        return ok && v > 0 && v < 1'000'000 && code.size() <= 7 ? std::optional<int>(v) : std::nullopt;
    }

    // The position in WGS84 longitude/latitude; false when the crs's transform fails for it.
    bool toWgs84(double &lon, double &lat, double &alt) const
    {
        return !m_transform || transformFileCoordinates(*m_transform, lon, lat, alt);
    }

    void readFeatures()
    {
        for (Token t = m_json.next(); t != Token::EndArray && t != Token::Error; t = m_json.next()) {
            if (checkpoint())
                return;
            Feature f;
            f.line = m_json.line();
            if (t != Token::BeginObject) {
                problem(f.line, QStringLiteral("a feature that is not a JSON object; skipped"));
                if (!m_json.skip())
                    return;
                continue;
            }
            while (m_json.next() == Token::Key) {
                const std::string key(m_json.string());
                m_json.next();
                member(f, key);
                if (m_json.token() == Token::Error || m_result.cancelled)
                    return;
            }
            if (m_json.token() == Token::Error)
                return;
            finishFeature(f);
        }
    }

    // A member of a feature, its value's first token current; the value is read past.
    void member(Feature &f, const std::string &key)
    {
        const Token t = m_json.token();
        if (key == "geometry" && t == Token::BeginObject) {
            geometry(f);
        } else if (key == "properties" && t == Token::BeginObject) {
            properties(f);
        } else if (key == "id" && (t == Token::String || t == Token::Number)) {
            f.featureId = t == Token::String ? m_json.qstring() : QString::number(m_json.number(), 'g', 17);
        } else {
            m_json.skip();
        }
    }

    void geometry(Feature &f)
    {
        while (m_json.next() == Token::Key) {
            const std::string key(m_json.string());
            const Token t = m_json.next();
            if (key == "type" && t == Token::String) {
                f.geometryType = m_json.string();
                f.hasGeometryType = true;
            } else if (key == "coordinates" && t == Token::BeginArray) {
                coordinates(f);
            } else {
                m_json.skip();
            }
            if (m_json.token() == Token::Error || m_result.cancelled)
                return;
        }
    }

    // A position ([lon, lat, alt]) or a list of them; deeper arrays (a Polygon's rings) are read past.
    void coordinates(Feature &f)
    {
        Token t = m_json.next();
        if (t == Token::Number || t == Token::EndArray || t != Token::BeginArray) {
            // One position: read it from its first element on.
            f.single = true;
            double v[3] = {0, 0, 0};
            int n = 0;
            bool ok = true, infinite = false;
            for (; t != Token::EndArray; t = m_json.next()) {
                if (t == Token::Error)
                    return;
                if (n < 3) {
                    if (const auto x = finiteNumber(m_json, &infinite))
                        v[n] = *x;
                    else
                        ok = false;
                }
                ++n;
                if (!m_json.skip())
                    return;
            }
            if (!ok || n < 2)
                f.positionFlags |= infinite && n >= 2 ? Samples::InfinitePosition : Samples::BadPosition;
            else
                f.lon = v[0], f.lat = v[1], f.alt = n > 2 ? v[2] : 0.0, f.singleHasZ = n > 2, f.positionFlags |= Samples::HasPosition;
            return;
        }
        // Positions (a LineString), or lines of them (a MultiLineString: flattened, each line's start kept).
        std::size_t i = 0;
        for (; t != Token::EndArray; t = m_json.next()) {
            if (t == Token::Error)
                return;
            const Token first = t == Token::BeginArray ? m_json.next() : t;
            if (t == Token::BeginArray && first == Token::BeginArray) {
                if (i > 0)
                    f.partStarts.push_back(i);
                for (Token u = first; u != Token::EndArray; u = m_json.next()) {
                    if (u == Token::Error || !position(f, i++, u, false))
                        return;
                }
                continue;
            }
            if (!position(f, i++, first, t == Token::BeginArray))
                return;
        }
    }

    // The i-th sample's position: its array open with `first` current (opened), or the value `first` itself.
    bool position(Feature &f, std::size_t i, Token first, bool opened)
    {
        if ((i & 0xFFFF) == 0xFFFF && cancelled())
            return false;
        std::uint16_t flags = 0;
        double lon = 0, lat = 0, alt = 0;
        const bool ok = opened ? readPositionFrom(first, lon, lat, alt, flags) : readPosition(lon, lat, alt, flags);
        if (m_json.token() == Token::Error)
            return false;
        TrackPoint *p = f.samples.at(i, true);
        p->lon = lon, p->lat = lat, p->altM = alt;
        f.samples.flags[i] |= ok ? std::uint16_t(Samples::HasPosition) : flags;
        f.samples.positions = i + 1;
        return true;
    }

    void properties(Feature &f)
    {
        while (m_json.next() == Token::Key) {
            const std::string key(m_json.string());
            const Token t = m_json.next();
            if (const int i = indexOf(kTimeNames, key); i >= 0) {
                if (t == Token::String)
                    f.timeTexts[static_cast<std::size_t>(i)] = std::string(m_json.string());
                else
                    f.timeNotText[static_cast<std::size_t>(i)] = true;
            } else if (const int k = indexOf(kIdNames, key); k >= 0 && (t == Token::String || t == Token::Number)) {
                QString id = t == Token::String ? m_json.qstring() : QString::number(m_json.number(), 'g', 17);
                if (t == Token::String)
                    noteReplaced("the track id");
                if (!id.isEmpty())
                    f.ids[static_cast<std::size_t>(k)] = std::move(id);
            } else if (const int a = indexOf(kAltNames, key); a >= 0 || key == "alt_km") {
                if (t == Token::Number && m_json.finite() && (a >= 0 || !f.altProperty))
                    f.altProperty = m_json.number() * (a >= 0 ? 1.0 : 1000.0);
                else
                    m_json.skip();
            } else if (key == "label" && t == Token::String) {
                f.label = m_json.qstring();
                noteReplaced("the label");
            } else if (key == "sensor" && t == Token::String) {
                f.sensor = m_json.qstring();
                noteReplaced("the sensor name");
            } else if (key == "partners") {
                partners(f);
            } else if (key == "partner") {
                f.partnerPresent = t != Token::Null;
                f.partner = readPartners(&f.unknownPartners, &f.partnerBad);
            } else if (key == "sensors" && t == Token::BeginArray) {
                sensors(f);
            } else if ((key == "times" || key == "coordTimes") && t == Token::BeginArray) {
                times(f, key == "times" ? 0 : 1);
            } else if (key == "coordinateProperties" && t == Token::BeginObject) {
                while (m_json.next() == Token::Key) {
                    const bool isTimes = m_json.string() == "times";
                    if (m_json.next() == Token::BeginArray && isTimes)
                        times(f, 2);
                    else
                        m_json.skip();
                }
            } else {
                m_json.skip();
            }
            if (m_json.token() == Token::Error || m_result.cancelled)
                return;
        }
    }

    // The times of a LineString's points; of the three names, the first in priority order is the one read.
    void times(Feature &f, int source)
    {
        if (source > f.timesSource) {
            m_json.skip();
            return;
        }
        if (source < f.timesSource) {
            for (std::size_t i = 0; i < f.samples.flags.size(); ++i)
                f.samples.flags[i] &= static_cast<std::uint16_t>(~(Samples::HasTime | Samples::BadTime));
            f.samples.times = 0;
        }
        f.timesSource = source;
        f.timesPresent = true;
        // One time per position; nested in lists per line like a MultiLineString's coordinates.
        std::size_t i = 0;
        for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next()) {
            if (t == Token::BeginArray) {
                for (Token u = m_json.next(); u != Token::EndArray; u = m_json.next())
                    if (u == Token::Error || !time(f, i++))
                        return;
            } else if (t == Token::Error || !time(f, i++)) {
                return;
            }
        }
    }

    // The i-th sample's time from the current token; false to stop.
    bool time(Feature &f, std::size_t i)
    {
        if ((i & 0xFFFF) == 0xFFFF && cancelled())
            return false;
        TrackPoint *p = f.samples.at(i, true);
        const Token t = m_json.token();
        const auto ms = t == Token::String ? parseIsoTimeMsUtc(m_json.string()) : std::nullopt;
        if (ms)
            p->timeMsUtc = *ms;
        f.samples.flags[i] |= ms ? Samples::HasTime : Samples::BadTime;
        f.samples.times = i + 1;
        return m_json.skip();
    }

    // "partners": one value for the whole feature, or a list; a list is kept per point as well, and used so if
    // it turns out to have one entry per coordinate.
    void partners(Feature &f)
    {
        const Token t = m_json.token();
        f.partnersPresent = t != Token::Null;
        if (t != Token::BeginArray) {
            f.partners = readPartners(&f.unknownPartners, &f.partnersBad);
            return;
        }
        std::size_t i = 0;
        for (Token e = m_json.next(); e != Token::EndArray; e = m_json.next(), ++i) {
            if (e == Token::Error)
                return;
            QStringList unknown;
            bool bad = false;
            const PartnerMask mask = readPartners(&unknown, &bad);
            f.partnersBad = f.partnersBad || bad;
            f.partners |= mask;
            if (TrackPoint *p = f.samples.at(i, false)) {
                p->partners = mask;
                f.samples.flags[i] |= Samples::HasPartners;
            }
            if (!unknown.isEmpty()) {
                f.unknownPartners += unknown;
                f.unknownPartners.removeDuplicates();
            }
            f.samples.partners = i + 1;
        }
        f.partnersPerPoint = true;
    }

    void sensors(Feature &f)
    {
        f.sensorsPresent = true;
        std::size_t i = 0;
        for (Token t = m_json.next(); t != Token::EndArray; t = m_json.next(), ++i) {
            if (t == Token::Error)
                return;
            if (TrackPoint *p = f.samples.at(i, false); p && t == Token::String) {
                p->sensor = cachedText();
                f.samples.flags[i] |= Samples::HasSensor;
            }
            f.samples.sensors = i + 1;
            if (!m_json.skip())
                return;
        }
    }

    QString trackIdOf(const Feature &f) const
    {
        for (const auto &id : f.ids)
            if (id)
                return *id;
        return f.featureId.isEmpty() ? m_defaultId : f.featureId;
    }

    void reportPartners(const Feature &f)
    {
        if (f.partnersBad || f.partnerBad)
            problem(f.line, QStringLiteral("partners is neither text nor a list; ignored"));
        if (!f.unknownPartners.isEmpty())
            problem(f.line, unknownPartnerProblem(f.unknownPartners));
    }

    void finishFeature(Feature &f)
    {
        const QString id = trackIdOf(f);
        const bool point = f.geometryType == "Point", line = f.geometryType == "LineString" || f.geometryType == "MultiLineString";
        if (point)
            finishPoint(f, id);
        else if (line)
            finishLine(f, id);
        else
            problem(f.line, QStringLiteral("geometry \"%1\" is not a Point, LineString or MultiLineString; feature skipped")
                                .arg(f.hasGeometryType ? shortText(QString::fromUtf8(f.geometryType.data(), static_cast<qsizetype>(std::min<std::size_t>(f.geometryType.size(), 200))))
                                                       : QStringLiteral("none")));
        if (point || line)
            m_builder.setLabel(id, f.label, false);
    }

    static QString pointWhere(std::size_t i) { return QStringLiteral("point %1: ").arg(i + 1); }

    static QString positionProblem(std::uint16_t flags, const QString &where)
    {
        if (flags & Samples::InfinitePosition)
            return QStringLiteral("%1a coordinate is a number out of range (such as 1e400); point skipped").arg(where);
        return QStringLiteral("%1coordinates are not [lon, lat] or [lon, lat, alt] numbers; point skipped").arg(where);
    }

    void finishPoint(Feature &f, const QString &id)
    {
        TrackPoint p;
        int timeAt = -1;
        for (int i = 0; i < 4 && timeAt < 0; ++i)
            if (f.timeTexts[static_cast<std::size_t>(i)] || f.timeNotText[static_cast<std::size_t>(i)])
                timeAt = i;
        const auto ms = timeAt >= 0 && f.timeTexts[static_cast<std::size_t>(timeAt)]
                            ? parseIsoTimeMsUtc(std::string_view(*f.timeTexts[static_cast<std::size_t>(timeAt)]))
                            : std::nullopt;
        if (!ms)
            return problem(f.line, timeAt < 0 ? QStringLiteral("no time property (time, timestamp, when, datetime); point skipped")
                                              : QStringLiteral("time is not an ISO 8601 date and time; point skipped"));
        if (!f.single || !(f.positionFlags & Samples::HasPosition))
            return problem(f.line, positionProblem(f.positionFlags, {}));
        p.timeMsUtc = *ms;
        p.lon = f.lon, p.lat = f.lat, p.altM = f.singleHasZ ? f.alt : f.altProperty.value_or(0.0);
        if (!toWgs84(p.lon, p.lat, p.altM))
            return problem(f.line, QStringLiteral("coordinates cannot be transformed from %1 to WGS84; point skipped").arg(m_crsName));
        reportPartners(f);
        p.partners = f.partnersPresent ? f.partners : f.partner;
        p.sensor = f.sensor;
        m_builder.add(id, std::move(p), f.line);
    }

    void finishLine(Feature &f, const QString &id)
    {
        Samples &s = f.samples;
        if (!f.timesPresent || s.times == 0)
            return problem(f.line, QStringLiteral("LineString without a \"times\" (or \"coordTimes\") array; feature skipped"));
        if (s.times != s.positions)
            return problem(f.line, QStringLiteral("%1 times for %2 coordinates; feature skipped").arg(s.times).arg(s.positions));
        s.points.resize(s.positions);
        s.flags.resize(s.positions);
        // Per point ("partners": [["USA"], ["USA", "KOR"], ...] or ["USA", "USA;KOR", ...], one per coordinate),
        // or one value for the whole line ("USA;KOR", or a list of codes of another length).
        const bool partnersParallel = f.partnersPerPoint && s.partners == s.positions;
        reportPartners(f);
        const bool sensorsParallel = f.sensorsPresent && s.sensors == s.positions;
        if (f.sensorsPresent && !sensorsParallel)
            problem(f.line, QStringLiteral("%1 sensors for %2 coordinates; sensors ignored").arg(s.sensors).arg(s.positions));
        std::vector<std::uint8_t> skip(s.positions, 0);
        for (std::size_t i = 0; i < s.positions; ++i) {
            TrackPoint &p = s.points[i];
            const std::uint16_t flags = s.flags[i];
            if (flags & Samples::BadTime) {
                problem(f.line, pointWhere(i) + QStringLiteral("time is not an ISO 8601 date and time; point skipped"));
                skip[i] = 1;
            } else if (!(flags & Samples::HasPosition)) {
                problem(f.line, positionProblem(flags, pointWhere(i)));
                skip[i] = 1;
            } else if (!toWgs84(p.lon, p.lat, p.altM)) {
                problem(f.line, pointWhere(i) + QStringLiteral("coordinates cannot be transformed from %1 to WGS84; point skipped").arg(m_crsName));
                skip[i] = 1;
            }
            if (!partnersParallel)
                p.partners = f.partners;
            if (!sensorsParallel)
                p.sensor = f.sensor;
        }
        joinAntimeridianCuts(f, skip);
        m_builder.addAll(id, std::move(s.points), skip, {}, f.line, pointWhere);
        s.clear();
    }

    // A line cut at the antimeridian (RFC 7946 section 3.1.9) ends one part and starts the next with the same
    // point on either side, at the same time: the second copy is dropped, so the track goes on unbroken.
    static void joinAntimeridianCuts(const Feature &f, std::vector<std::uint8_t> &skip)
    {
        const auto &pts = f.samples.points;
        for (const std::size_t j : f.partStarts) {
            if (j == 0 || j >= pts.size() || skip[j] || skip[j - 1])
                continue;
            const TrackPoint &a = pts[j - 1], &b = pts[j];
            if (std::abs(a.lon) == 180.0 && std::abs(b.lon) == 180.0 && a.lat == b.lat && a.timeMsUtc == b.timeMsUtc)
                skip[j] = 1;
        }
    }

    QString m_defaultId;
    std::unique_ptr<OGRCoordinateTransformation> m_transform; // from the crs member's CRS, when not WGS84
    QString m_crsName;
};

} // namespace

TrackFileResult readGeoJson(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return GeoJsonTrackReader(in, fileName, control).read();
}

} // namespace trilink::maps::trackio
