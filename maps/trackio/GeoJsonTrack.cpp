// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackReader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// GeoJSON tracks (docs/formats.md, "GeoJSON tracks"): Point features with a time property, grouped into tracks
// by a track id property; and LineString features with a "times" (or GPX-converted "coordTimes", or
// coordinateProperties.times) array parallel to the coordinates. Parsed with QJsonDocument, which refuses
// nesting deeper than its limit with an error (reported at its line) instead of recursing without end.

namespace trilink::maps::trackio {
namespace {

constexpr qint64 kMaxJsonBytes = qint64(2) << 30; // 2 GiB: larger is not a track file, and would not fit a DOM
constexpr int kCheckEvery = 4096;

class GeoJsonTrackReader : TrackReader {
public:
    GeoJsonTrackReader(const QString &fileName, const ReadControl &control)
        : TrackReader(fileName, control), m_defaultId(defaultTrackId())
    {
    }

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
        if (!doc.isObject())
            return unreadable(1, QStringLiteral("the top level is an array, not a GeoJSON object (nor a CZML document, "
                                                "whose first packet has \"id\": \"document\")"));
        progress(0.5);

        const QJsonObject root = doc.object();
        const QString type = root.value(u"type").toString();
        if (type == u"FeatureCollection") {
            const QJsonArray features = root.value(u"features").toArray();
            const std::vector<int> lines = jsonArrayElementLines(data, "features");
            for (qsizetype i = 0; i < features.size(); ++i) {
                if (i % kCheckEvery == 0 && i > 0) {
                    if (cancelled())
                        break;
                    progress(0.5 + 0.5 * static_cast<double>(i) / static_cast<double>(features.size()));
                }
                const int line = static_cast<std::size_t>(i) < lines.size() ? lines[static_cast<std::size_t>(i)] : 0;
                readFeature(features.at(i).toObject(), line);
            }
        } else if (type == u"Feature") {
            readFeature(root, 1);
        } else {
            return unreadable(1, QStringLiteral("not GeoJSON tracks: \"type\" is \"%1\", expected FeatureCollection "
                                                "or Feature")
                                     .arg(type));
        }
        return finish(QStringLiteral("no Point or LineString features with times"));
    }

private:
    static QString firstString(const QJsonObject &props, std::initializer_list<QStringView> names)
    {
        for (auto n : names) {
            const QJsonValue v = props.value(n);
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
            if (v.isDouble())
                return QString::number(v.toDouble(), 'g', 17);
        }
        return {};
    }

    QString trackIdOf(const QJsonObject &feature, const QJsonObject &props) const
    {
        QString id = firstString(props, {u"track", u"track_id", u"id", u"name"});
        if (id.isEmpty()) {
            const QJsonValue fid = feature.value(u"id");
            id = fid.isString() ? fid.toString() : fid.isDouble() ? QString::number(fid.toDouble(), 'g', 17) : QString();
        }
        return id.isEmpty() ? m_defaultId : id;
    }

    // A partner value: "USA;KOR" or ["USA", "KOR"]; unknown codes are reported at line.
    PartnerMask partners(const QJsonValue &v, int line)
    {
        QStringList unknown;
        PartnerMask mask = 0;
        if (v.isString()) {
            mask = parsePartnerList(v.toString(), &unknown);
        } else if (v.isArray()) {
            for (const auto &e : v.toArray())
                mask |= parsePartnerList(e.toString(), &unknown);
        } else if (!v.isUndefined() && !v.isNull()) {
            m_builder.problem(line, QStringLiteral("partners is neither text nor a list; ignored"));
        }
        if (!unknown.isEmpty())
            m_builder.problem(line, QStringLiteral("unknown partner code %1 (known: USA, KOR, JPN); point kept "
                                                   "without it")
                                        .arg(unknown.join(u", ")));
        return mask;
    }

    // [lon, lat] or [lon, lat, alt] into p; a problem naming what is wrong otherwise.
    bool position(const QJsonValue &v, TrackPoint &p, int line, const QString &where)
    {
        const QJsonArray c = v.toArray();
        if (c.size() < 2 || !c.at(0).isDouble() || !c.at(1).isDouble() || (c.size() > 2 && !c.at(2).isDouble())) {
            m_builder.problem(line, QStringLiteral("%1coordinates are not [lon, lat] or [lon, lat, alt] numbers; "
                                                   "point skipped")
                                        .arg(where));
            return false;
        }
        p.lon = c.at(0).toDouble();
        p.lat = c.at(1).toDouble();
        p.altM = c.size() > 2 ? c.at(2).toDouble() : 0.0;
        return true;
    }

    bool time(const QJsonValue &v, TrackPoint &p, int line, const QString &where)
    {
        const auto ms = v.isString() ? parseIsoTimeMsUtc(QStringView(v.toString())) : std::nullopt;
        if (!ms) {
            m_builder.problem(line, v.isUndefined() ? QStringLiteral("%1no time property (time, timestamp, when, "
                                                                     "datetime); point skipped")
                                                          .arg(where)
                                                    : QStringLiteral("%1time is not an ISO 8601 date and time; point "
                                                                     "skipped")
                                                          .arg(where));
            return false;
        }
        p.timeMsUtc = *ms;
        return true;
    }

    void readFeature(const QJsonObject &feature, int line)
    {
        const QJsonObject geometry = feature.value(u"geometry").toObject();
        const QJsonObject props = feature.value(u"properties").toObject();
        const QString gtype = geometry.value(u"type").toString();
        const QString id = trackIdOf(feature, props);
        if (gtype == u"Point")
            readPoint(geometry, props, id, line);
        else if (gtype == u"LineString")
            readLine(geometry, props, id, line);
        else
            m_builder.problem(line, QStringLiteral("geometry \"%1\" is not a Point or LineString; feature skipped")
                                        .arg(gtype.isEmpty() ? QStringLiteral("none") : gtype));
        const QString label = props.value(u"label").toString();
        if (!label.isEmpty() && (gtype == u"Point" || gtype == u"LineString")) {
            RecordedTrack &t = m_builder.track(id);
            if (t.label.isEmpty())
                t.label = label;
        }
    }

    void readPoint(const QJsonObject &geometry, const QJsonObject &props, const QString &id, int line)
    {
        TrackPoint p;
        QJsonValue t;
        for (auto name : {u"time", u"timestamp", u"when", u"datetime"}) {
            t = props.value(QStringView(name));
            if (!t.isUndefined())
                break;
        }
        if (!time(t, p, line, {}) || !position(geometry.value(u"coordinates"), p, line, {}))
            return;
        p.partners = partners(props.value(u"partners").isUndefined() ? props.value(u"partner")
                                                                      : props.value(u"partners"),
                              line);
        p.sensor = props.value(u"sensor").toString();
        m_builder.add(id, std::move(p), line);
    }

    void readLine(const QJsonObject &geometry, const QJsonObject &props, const QString &id, int line)
    {
        const QJsonArray coords = geometry.value(u"coordinates").toArray();
        QJsonValue timesValue = props.value(u"times");
        if (timesValue.isUndefined())
            timesValue = props.value(u"coordTimes");
        if (timesValue.isUndefined())
            timesValue = props.value(u"coordinateProperties").toObject().value(u"times");
        const QJsonArray times = timesValue.toArray();
        if (times.isEmpty()) {
            m_builder.problem(line, QStringLiteral("LineString without a \"times\" (or \"coordTimes\") array; "
                                                   "feature skipped"));
            return;
        }
        if (times.size() != coords.size()) {
            m_builder.problem(line, QStringLiteral("%1 times for %2 coordinates; feature skipped")
                                        .arg(times.size())
                                        .arg(coords.size()));
            return;
        }
        // Per point ("partners": [["USA"], ["USA", "KOR"], ...] or ["USA", "USA;KOR", ...], one per coordinate),
        // or one value for the whole line ("USA;KOR", or a list of codes of another length).
        const QJsonValue partnersValue = props.value(u"partners");
        const QJsonArray partnersPerPoint = partnersValue.toArray();
        const bool partnersParallel = partnersValue.isArray() && partnersPerPoint.size() == coords.size();
        const PartnerMask partnersAll = partnersParallel ? 0 : partners(partnersValue, line);
        const QJsonArray sensors = props.value(u"sensors").toArray();
        const QString sensorAll = props.value(u"sensor").toString();
        if (!sensors.isEmpty() && sensors.size() != coords.size())
            m_builder.problem(line, QStringLiteral("%1 sensors for %2 coordinates; sensors ignored")
                                        .arg(sensors.size())
                                        .arg(coords.size()));

        for (qsizetype i = 0; i < coords.size(); ++i) {
            if (i % kCheckEvery == 0 && i > 0 && cancelled())
                return;
            const QString where = QStringLiteral("point %1: ").arg(i + 1);
            TrackPoint p;
            if (!time(times.at(i), p, line, where) || !position(coords.at(i), p, line, where))
                continue;
            p.partners = partnersParallel ? partners(partnersPerPoint.at(i), line) : partnersAll;
            p.sensor = sensors.size() == coords.size() ? sensors.at(i).toString() : sensorAll;
            m_builder.add(id, std::move(p), line, where);
        }
    }

    QString m_defaultId;
};

} // namespace

TrackFileResult readGeoJson(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return GeoJsonTrackReader(fileName, control).read(in);
}

// One LineString feature per track; every attribute a reader needs to rebuild the track exactly is in the
// properties, parallel to the coordinates. Written as text, point by point: a DOM of a million points would
// cost gigabytes.
bool writeGeoJson(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    QByteArray buf("{\"type\":\"FeatureCollection\",\"features\":[");
    bool ok = true;
    auto flush = [&] {
        if (ok && out.write(buf) != buf.size()) {
            ok = false;
            if (error)
                *error = QStringLiteral("write failed: %1").arg(out.errorString());
        }
        buf.clear();
        return ok;
    };
    auto list = [&](const RecordedTrack &t, auto &&item) {
        buf += '[';
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            if (i > 0)
                buf += ',';
            item(t.points[i]);
        }
        buf += ']';
    };
    bool firstTrack = true;
    for (const auto &t : tracks) {
        if (t.points.empty())
            continue; // a LineString needs points, and a reader would report a track without times
        buf += firstTrack ? "\n" : ",\n";
        firstTrack = false;
        buf += "{\"type\":\"Feature\",\"id\":";
        appendJsonString(buf, t.id);
        buf += ",\"geometry\":{\"type\":\"LineString\",\"coordinates\":";
        list(t, [&](const TrackPoint &p) {
            buf += '[';
            appendShortestNumber(buf, p.lon);
            buf += ',';
            appendShortestNumber(buf, p.lat);
            buf += ',';
            appendShortestNumber(buf, p.altM);
            buf += ']';
            if (buf.size() > (1 << 20))
                flush();
        });
        buf += "},\n\"properties\":{\"id\":";
        appendJsonString(buf, t.id);
        buf += ",\"label\":";
        appendJsonString(buf, t.label);
        buf += ",\"times\":";
        list(t, [&](const TrackPoint &p) {
            buf += '"';
            appendIsoUtcMs(buf, p.timeMsUtc);
            buf += '"';
        });
        buf += ",\"partners\":";
        list(t, [&](const TrackPoint &p) {
            buf += '[';
            bool first = true;
            for (auto partner : kAllPartners) {
                if (!(p.partners & partnerBit(partner)))
                    continue;
                buf += first ? "\"" : ",\"";
                buf += partnerCode(partner).toLatin1();
                buf += '"';
                first = false;
            }
            buf += ']';
        });
        buf += ",\"sensors\":";
        list(t, [&](const TrackPoint &p) { appendJsonString(buf, p.sensor); });
        buf += "}}";
        if (!flush())
            return false;
    }
    buf += "\n]}\n";
    return flush();
}

} // namespace trilink::maps::trackio
