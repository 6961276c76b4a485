// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/PartnerStyle.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"
#include "maps/trackio/TrackXml.h"

#include <QIODevice>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

// KML: one Placemark per track, named by the track id; the track is a gx:Track (or several in a
// gx:MultiTrack) of <when> and <gx:coord>"lon lat alt"</gx:coord> pairs. Per-point attribution is the
// standard KML way of attaching values to gx:Track samples: ExtendedData/SchemaData with one
// gx:SimpleArrayData per field ("partners", "sensor") holding one gx:value per point. The label is a
// Placemark-level <Data name="label">. Point placemarks with a <TimeStamp> are kept too, grouped into tracks
// by placemark name within their Folder; a Folder whose timed points all have names of their own (gpsbabel's
// default KML: a Folder per track holding a "Points" Folder of placemarks "HS15-0", "HS15-1", ...) is one
// track, named by the Folder (by the one around it when it is gpsbabel's "Points"). Placemarks without any time
// cannot be track points and are reported (gpsbabel's untimed "Path" line is the same points: not reported
// when its Folder gave timed points), not handed to GDAL: its KML drivers would read the same geometry and
// the same absence of time. Altitudes are read as given whatever the altitudeMode (docs/formats.md, "KML").

namespace trilink::maps::trackio {
namespace {

using xml::XmlTrackReader;

struct Coord {
    double lon = 0, lat = 0, altM = 0;
};

// "lon lat [alt]" (gx:coord) or "lon,lat[,alt]" (coordinates); nullopt when malformed.
std::optional<Coord> parseCoord(const QString &text, QChar sep)
{
    const auto parts = text.split(sep, Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const auto lon = parseNumber(parts[0]);
    const auto lat = parseNumber(parts[1]);
    const auto alt = parts.size() == 3 ? parseNumber(parts[2]) : std::optional<double>(0.0);
    if (!lon || !lat || !alt)
        return std::nullopt;
    return Coord{*lon, *lat, *alt};
}

// A gx:Track lists its <when>s first and its <gx:coord>s after them, so the whens wait for their coordinates;
// at 73 bytes a waiting sample, 500,000 of them stay inside the readers' 64 MB for a file that gives no point.
constexpr std::size_t kMaxUnpaired = 500'000;

template <typename T> struct AtLine {
    std::optional<T> value; // nullopt: present but unreadable
    int line = 0;
};

class KmlTrackReader : XmlTrackReader {
public:
    KmlTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : XmlTrackReader(in, fileName, control)
    {
    }

    TrackFileResult read()
    {
        while (m_xml.next()) {
            if (m_xml.depth() == 1 && m_xml.isStart() && !m_xml.rootIs({u"kml"}))
                return unreadable(m_xml.line(), QStringLiteral("not a KML file: the root element is <%1>").arg(shortText(m_xml.rootName())));
            if (m_xml.isStart())
                start();
            else if (m_xml.isEnd())
                end();
        }
        // A truncated file keeps what its last placemark had read.
        if (m_inTrack)
            closeGxTrack();
        if (m_inPlacemark)
            closePlacemark();
        finishTimedPoints();
        return finishXml(QStringLiteral("no Placemark with a gx:Track or a time-stamped Point"));
    }

private:
    struct TimedGroup {
        QString label;
        PointRun points;
    };

    void start()
    {
        const auto n = m_xml.name();
        // Nesting KML does not have is refused, not merged into what holds it.
        if (n == u"Placemark" && m_inPlacemark) {
            problemHere(QStringLiteral("Placemark inside the Placemark of line %1: KML does not nest placemarks; skipped")
                            .arg(m_placemarkLine));
            return m_xml.skipElement();
        }
        if (n == u"Track" && m_inTrack) {
            problemHere(QStringLiteral("gx:Track inside a gx:Track: KML does not nest tracks; skipped"));
            return m_xml.skipElement();
        }
        if ((n == u"Folder" || n == u"Document") && !m_inPlacemark) {
            m_folders.push_back({m_xml.depth(), ++m_folderCount, n == u"Folder", {}});
            return;
        }
        if (!m_inPlacemark && n == u"name" && !m_folders.empty() && m_xml.depth() == m_folders.back().depth + 1) {
            m_folders.back().name = m_xml.elementText();
            return;
        }
        if (n == u"Placemark") {
            m_inPlacemark = true;
            m_placemarkDepth = m_xml.depth();
            m_placemarkLine = m_xml.line();
            m_runs.clear();
            m_id.clear();
            m_label.clear();
            m_description.clear();
            m_stampTime.reset();
            m_point.reset();
            m_untimedGeometry = false;
            m_hadGxTrack = false;
            ++m_placemarkCount;
            return;
        }
        if (!m_inPlacemark)
            return;
        if (n == u"Track") {
            m_inTrack = true;
            m_hadGxTrack = true;
            m_trackDepth = m_xml.depth();
            m_samples = {};
            m_unpairedReported = false;
        } else if (m_inTrack) {
            trackChild(n);
        } else if (m_xml.depth() == m_placemarkDepth + 1 && n == u"name") {
            m_id = m_xml.elementText();
        } else if (n == u"Data" && m_xml.attribute("name") == u"label") {
            m_labelData = true;
        } else if (n == u"value" && m_labelData) {
            m_label = m_xml.elementText();
        } else if (n == u"SimpleData" && m_xml.attribute("name") == u"label") { // as GDAL writes its fields
            m_label = m_xml.elementText();
        } else if (m_xml.depth() == m_placemarkDepth + 1 && n == u"description") {
            m_description = m_xml.elementText();
        } else if (n == u"when") { // TimeStamp/when of a plain placemark
            const int line = m_xml.line();
            m_stampTime = {parseIsoTimeMsUtc(m_xml.elementText()), line};
        } else if (n == u"Point") {
            m_inPoint = true;
        } else if (n == u"coordinates") {
            const int line = m_xml.line();
            const QString text = m_xml.elementText();
            if (m_inPoint)
                m_point = {parseCoord(text, u','), line};
            else
                m_untimedGeometry = true; // LineString, Polygon: coordinates without times
        }
    }

    // A gx:Track's <when>s, <gx:coord>s and per-point values fill the i-th sample as they come (GxSamples: one
    // TrackPoint each, paired when the track ends). Each list may run ahead of the others by at most
    // kMaxUnpaired entries: a file of <when>s alone must not hold memory for points it never gives. Only the
    // arrays Trilink reads are kept: partners (read at once, a problem at its line for an unknown code) and
    // sensor names (one string for a name that repeats).
    void trackChild(QStringView n)
    {
        GxSamples &g = m_samples;
        const int line = m_xml.line();
        if (n == u"when") {
            if (!unpaired(g.whens, g.coords, line, "<when>"))
                return;
            const auto t = parseIsoTimeMsUtc(m_xml.elementText());
            const std::size_t i = g.whens++;
            g.grow(i);
            g.whenLines[i] = line;
            g.flags[i] |= t ? kHasWhen : kBadWhen;
            if (t)
                g.points[i].timeMsUtc = *t;
        } else if (n == u"coord") {
            if (!unpaired(g.coords, g.whens, line, "<gx:coord>"))
                return;
            const auto c = parseCoord(m_xml.elementText(), u' ');
            const std::size_t i = g.coords++;
            g.grow(i);
            g.coordLines[i] = line;
            g.flags[i] |= c ? kHasCoord : kBadCoord;
            if (c)
                g.points[i].lon = c->lon, g.points[i].lat = c->lat, g.points[i].altM = c->altM;
        } else if (n == u"SimpleArrayData") {
            const QString name = m_xml.attribute("name");
            m_array = name == u"partners" ? Array::Partners : name == u"sensor" ? Array::Sensor : Array::None;
        } else if (n == u"value" && m_array != Array::None) {
            std::size_t &count = m_array == Array::Partners ? g.partners : g.sensors;
            if (!unpaired(count, std::max(g.whens, g.coords), line, "<gx:value>"))
                return;
            const QString text = m_xml.elementText();
            const std::size_t i = count++;
            g.grow(i);
            if (m_array == Array::Sensor) {
                g.points[i].sensor = m_sensors.share(text);
            } else {
                QStringList unknown;
                g.points[i].partners = parsePartnerList(text, &unknown);
                if (!unknown.isEmpty())
                    problem(line, unknownPartnerProblem(unknown));
            }
        }
    }

    // True when one more entry of a list that has `mine` entries may be kept beside one of `other`; the first
    // refusal per track is a problem.
    bool unpaired(std::size_t mine, std::size_t other, int line, const char *what)
    {
        if (mine < other + kMaxUnpaired)
            return true;
        if (!m_unpairedReported)
            problem(line, QStringLiteral("gx:Track has more than %1 %2 without their counterparts; the rest of them skipped")
                              .arg(kMaxUnpaired)
                              .arg(QLatin1StringView(what)));
        m_unpairedReported = true;
        return false;
    }

    void end()
    {
        const auto n = m_xml.name();
        if (m_inTrack && m_xml.depth() == m_trackDepth - 1)
            closeGxTrack();
        else if (m_inTrack && n == u"SimpleArrayData")
            m_array = Array::None;
        else if (n == u"Data")
            m_labelData = false;
        else if (n == u"Point")
            m_inPoint = false;
        else if (m_inPlacemark && m_xml.depth() == m_placemarkDepth - 1)
            closePlacemark();
        else if (!m_inPlacemark && !m_folders.empty() && m_xml.depth() == m_folders.back().depth - 1)
            m_folders.pop_back();
    }

    // Pairs the i-th <when> with the i-th <gx:coord> and the i-th value of each array: the first min(whens,
    // coords) samples are points, checked as one run at their coordinates' lines.
    void closeGxTrack()
    {
        m_inTrack = false;
        m_array = Array::None;
        GxSamples &g = m_samples;
        const std::size_t n = std::min(g.whens, g.coords);
        if (g.whens != g.coords) {
            const int line = m_xml.isEnd() ? m_xml.line() : n < g.coords ? g.coordLines[n] : g.whenLines[n];
            problem(line, QStringLiteral("gx:Track has %1 <when> but %2 <gx:coord>; the first %3 points kept").arg(g.whens).arg(g.coords).arg(n));
        }
        // Kept points move down over the dropped ones: the arrays become the run without a copy.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (g.flags[i] & kBadWhen) {
                problem(g.whenLines[i], QStringLiteral("<when> is not ISO 8601; point skipped"));
                continue;
            }
            if (g.flags[i] & kBadCoord) {
                problem(g.coordLines[i], QStringLiteral("<gx:coord> is not \"lon lat alt\"; point skipped"));
                continue;
            }
            if (kept != i) {
                g.points[kept] = std::move(g.points[i]);
                g.coordLines[kept] = g.coordLines[i];
            }
            ++kept;
        }
        PointRun run;
        g.points.resize(kept);
        g.coordLines.resize(kept);
        run.points = std::move(g.points);
        run.lines = std::move(g.coordLines);
        m_samples = {};
        if (!run.empty())
            m_runs.push_back(std::move(run));
    }

    void closePlacemark()
    {
        m_inPlacemark = false;
        m_labelData = false;
        m_inPoint = false;
        if (m_id.isEmpty())
            m_id = QStringLiteral("placemark %1").arg(m_placemarkCount);
        if (!m_runs.empty()) {
            for (PointRun &run : m_runs)
                m_builder.addRun(m_id, std::move(run));
            // A track's description is its label when nothing else is (Trilink writes both; Google Earth users edit
            // the description).
            m_builder.setLabel(m_id, m_label.isEmpty() ? m_description.trimmed() : m_label);
            m_runs.clear();
        } else if (m_point && m_stampTime) {
            timedPoint();
        } else if (m_hadGxTrack) {
            m_builder.problem(m_placemarkLine, QStringLiteral("placemark %1: its gx:Track has no points; left out").arg(quotedValue(m_id)));
        } else if ((m_point || m_untimedGeometry) && !untimedPathOfTimedPoints()) {
            m_builder.problem(m_placemarkLine, QStringLiteral("placemark %1 has no times; left out").arg(quotedValue(m_id)));
        }
    }

    // gpsbabel's "Path" placemark: a line of the points its Folder's "Points" Folder gave with their times.
    bool untimedPathOfTimedPoints() const
    {
        if (!m_untimedGeometry || m_folders.empty())
            return false;
        const int serial = m_folders.back().serial;
        return std::any_of(m_timedFolders.begin(), m_timedFolders.end(), [&](const auto &f) { return f.second.parent == serial; });
    }

    void timedPoint()
    {
        if (!m_stampTime->value) {
            problem(m_stampTime->line, QStringLiteral("<when> is not ISO 8601; placemark skipped"));
            return;
        }
        if (!m_point->value) {
            problem(m_point->line, QStringLiteral("<coordinates> is not \"lon,lat,alt\"; placemark skipped"));
            return;
        }
        const int serial = m_folders.empty() || !m_folders.back().isFolder ? 0 : m_folders.back().serial;
        const TimedKey key{serial, m_id};
        auto [it, fresh] = m_timed.try_emplace(key);
        if (fresh)
            m_timedOrder.push_back(key);
        if (serial != 0) {
            auto [folder, first] = m_timedFolders.try_emplace(serial);
            if (first) {
                // gpsbabel's "Points" Folder sits in the Folder named after the track.
                const Folder &f = m_folders.back();
                const Folder *parent = m_folders.size() > 1 ? &m_folders[m_folders.size() - 2] : nullptr;
                const bool points = f.name.compare(u"Points", Qt::CaseInsensitive) == 0 && parent && parent->isFolder;
                folder->second.name = points ? parent->name : f.name;
                folder->second.parent = points ? parent->serial : f.serial;
            }
            folder->second.repeated |= !fresh;
        }
        if (!m_label.isEmpty())
            it->second.label = m_label;
        const auto &c = *m_point->value;
        it->second.points.push({*m_stampTime->value, c.lon, c.lat, c.altM, 0, {}}, m_point->line);
    }

    // Time-stamped point placemarks come in any order: sorted per track, then checked like any track. A Folder
    // whose names never repeat is one track named by it; otherwise its placemarks are grouped by name.
    void finishTimedPoints()
    {
        std::map<int, TimedGroup> folderTracks;
        std::vector<int> folderOrder;
        for (const auto &key : m_timedOrder) {
            auto &group = m_timed[key];
            const auto folder = m_timedFolders.find(key.first);
            if (folder != m_timedFolders.end() && !folder->second.repeated && !folder->second.name.trimmed().isEmpty()) {
                auto [it, fresh] = folderTracks.try_emplace(key.first);
                if (fresh)
                    folderOrder.push_back(key.first);
                for (std::size_t i = 0; i < group.points.points.size(); ++i)
                    it->second.points.push(std::move(group.points.points[i]), group.points.lines[i]);
                group = {};
                continue;
            }
            addTimed(key.second, group);
        }
        for (const int serial : folderOrder)
            addTimed(m_timedFolders[serial].name.trimmed(), folderTracks[serial]);
    }

    void addTimed(const QString &id, TimedGroup &group)
    {
        sortByTime(group.points.points, group.points.lines);
        m_builder.addRun(id, std::move(group.points));
        m_builder.setLabel(id, group.label);
    }


    // The samples of a gx:Track by index, whatever came of each so far, as parallel arrays (73 bytes a sample)
    // that become the run of points in place when the track ends.
    enum : std::uint8_t { kHasWhen = 1, kBadWhen = 2, kHasCoord = 4, kBadCoord = 8 };
    struct GxSamples {
        std::vector<TrackPoint> points;
        std::vector<int> whenLines, coordLines;
        std::vector<std::uint8_t> flags;
        std::size_t whens = 0, coords = 0, partners = 0, sensors = 0;
        void grow(std::size_t i)
        {
            if (i < points.size())
                return;
            points.resize(i + 1);
            whenLines.resize(i + 1);
            coordLines.resize(i + 1);
            flags.resize(i + 1);
        }
    };
    enum class Array { None, Partners, Sensor };

    std::vector<PointRun> m_runs; // of the open placemark's gx:Tracks
    QString m_id, m_label, m_description;
    bool m_inPlacemark = false, m_inTrack = false, m_inPoint = false, m_labelData = false, m_untimedGeometry = false;
    bool m_unpairedReported = false;
    bool m_hadGxTrack = false;
    int m_placemarkDepth = 0, m_trackDepth = 0, m_placemarkLine = 0, m_placemarkCount = 0;
    GxSamples m_samples; // of the open gx:Track
    Array m_array = Array::None;
    SharedText m_sensors;
    std::optional<AtLine<std::int64_t>> m_stampTime;
    std::optional<AtLine<Coord>> m_point;
    // The Folders and Documents open around the element being read, each numbered in file order.
    struct Folder {
        int depth = 0, serial = 0;
        bool isFolder = false;
        QString name;
    };
    // A Folder holding timed point placemarks: the track's name and the Folder it is named by.
    struct TimedFolder {
        QString name;
        int parent = 0;
        bool repeated = false; // some placemark name came twice: a folder of several tracks
    };
    using TimedKey = std::pair<int, QString>; // (Folder serial, 0 outside one; placemark name)
    std::vector<Folder> m_folders;
    int m_folderCount = 0;
    std::map<TimedKey, TimedGroup> m_timed;
    std::vector<TimedKey> m_timedOrder;
    std::map<int, TimedFolder> m_timedFolders;
};

const QString kKmlNs = QStringLiteral("http://www.opengis.net/kml/2.2");
const QString kGxNs = QStringLiteral("http://www.google.com/kml/ext/2.2");
const QString kSchemaId = QStringLiteral("trilink_point");

void writeArray(QXmlStreamWriter &w, const QString &name, const std::vector<TrackPoint> &points,
                QString (*value)(const TrackPoint &))
{
    w.writeStartElement(kGxNs, QStringLiteral("SimpleArrayData"));
    w.writeAttribute(QStringLiteral("name"), name);
    for (const auto &p : points)
        w.writeTextElement(kGxNs, QStringLiteral("value"), value(p));
    w.writeEndElement();
}

// Every partner that held some point of the track.
PartnerMask heldBy(const RecordedTrack &t)
{
    PartnerMask m = 0;
    for (const auto &p : t.points)
        m |= p.partners;
    return m;
}

// KML colours are aabbggrr.
QString kmlColour(const QColor &c)
{
    return QStringLiteral("ff%1%2%3").arg(c.blue(), 2, 16, QChar(u'0')).arg(c.green(), 2, 16, QChar(u'0')).arg(c.red(), 2, 16, QChar(u'0'));
}

QString styleId(PartnerMask m) { return m ? QStringLiteral("held_") + partnerListText(m).replace(u';', u'_') : QStringLiteral("held_none"); }

// The style of the tracks a set of partners held: line and icon in the first partner's colour (Trilink's map
// colours, maps/PartnerStyle.h), grey when none did; the label shown.
void writeStyle(QXmlStreamWriter &w, PartnerMask m)
{
    QColor c = unheldColor(false);
    for (auto p : kAllPartners)
        if (m & partnerBit(p)) {
            c = partnerColor(p);
            break;
        }
    w.writeStartElement(kKmlNs, QStringLiteral("Style"));
    w.writeAttribute(QStringLiteral("id"), styleId(m));
    w.writeStartElement(kKmlNs, QStringLiteral("IconStyle"));
    w.writeTextElement(kKmlNs, QStringLiteral("color"), kmlColour(c));
    w.writeStartElement(kKmlNs, QStringLiteral("Icon"));
    w.writeTextElement(kKmlNs, QStringLiteral("href"), QStringLiteral("https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"));
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement(kKmlNs, QStringLiteral("LabelStyle"));
    w.writeTextElement(kKmlNs, QStringLiteral("scale"), QStringLiteral("1"));
    w.writeEndElement();
    w.writeStartElement(kKmlNs, QStringLiteral("LineStyle"));
    w.writeTextElement(kKmlNs, QStringLiteral("color"), kmlColour(c));
    w.writeTextElement(kKmlNs, QStringLiteral("width"), QStringLiteral("3"));
    w.writeEndElement();
    w.writeEndElement(); // Style
}

void writePlacemark(QXmlStreamWriter &w, const RecordedTrack &t)
{
    w.writeStartElement(kKmlNs, QStringLiteral("Placemark"));
    w.writeTextElement(kKmlNs, QStringLiteral("name"), t.id);
    // The label also as the description, which GDAL, QGIS and Google Earth show.
    if (!t.label.isEmpty())
        w.writeTextElement(kKmlNs, QStringLiteral("description"), t.label);
    w.writeTextElement(kKmlNs, QStringLiteral("styleUrl"), u'#' + styleId(heldBy(t)));
    if (!t.label.isEmpty()) {
        w.writeStartElement(kKmlNs, QStringLiteral("ExtendedData"));
        w.writeStartElement(kKmlNs, QStringLiteral("Data"));
        w.writeAttribute(QStringLiteral("name"), QStringLiteral("label"));
        w.writeTextElement(kKmlNs, QStringLiteral("value"), t.label);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeStartElement(kGxNs, QStringLiteral("Track"));
    w.writeTextElement(kKmlNs, QStringLiteral("altitudeMode"), QStringLiteral("absolute"));
    for (const auto &p : t.points)
        w.writeTextElement(kKmlNs, QStringLiteral("when"), isoUtcMs(p.timeMsUtc));
    for (const auto &p : t.points)
        w.writeTextElement(kGxNs, QStringLiteral("coord"), // the shortest text that reads back as the same double
                           shortestNumber(p.lon) + u' ' + shortestNumber(p.lat) + u' ' + shortestNumber(p.altM));
    const bool attributed = std::any_of(t.points.begin(), t.points.end(),
                                        [](const auto &p) { return p.partners != 0 || !p.sensor.isEmpty(); });
    if (attributed) {
        w.writeStartElement(kKmlNs, QStringLiteral("ExtendedData"));
        w.writeStartElement(kKmlNs, QStringLiteral("SchemaData"));
        w.writeAttribute(QStringLiteral("schemaUrl"), u'#' + kSchemaId);
        writeArray(w, QStringLiteral("partners"), t.points, [](const TrackPoint &p) { return partnerListText(p.partners); });
        writeArray(w, QStringLiteral("sensor"), t.points, [](const TrackPoint &p) { return p.sensor; });
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // gx:Track
    w.writeEndElement(); // Placemark
}

} // namespace

TrackFileResult readKml(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return KmlTrackReader(in, fileName, control).read();
}

bool writeKml(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeDefaultNamespace(kKmlNs);
    w.writeNamespace(kGxNs, QStringLiteral("gx"));
    w.writeStartDocument();
    w.writeStartElement(kKmlNs, QStringLiteral("kml"));
    w.writeStartElement(kKmlNs, QStringLiteral("Document"));
    // Heights are above the WGS84 ellipsoid; Google Earth's "absolute" is above mean sea level (its EGM96
    // geoid), so it shows them the geoid height too high: about 25 to 40 m over Korea and Japan.
    w.writeTextElement(kKmlNs, QStringLiteral("description"),
                       QStringLiteral("Trilink tracks. Heights are metres above the WGS84 ellipsoid; Google Earth draws altitudeMode "
                                      "absolute above mean sea level, the geoid height (25 to 40 m in North-East Asia) higher."));
    std::array<bool, 8> used{};
    for (const auto &t : tracks)
        used[heldBy(t) & 7u] = true;
    for (unsigned m = 0; m < used.size(); ++m)
        if (used[m])
            writeStyle(w, static_cast<PartnerMask>(m));
    // The schema declares the per-point arrays so Google Earth shows them in the track's elevation profile.
    w.writeStartElement(kKmlNs, QStringLiteral("Schema"));
    w.writeAttribute(QStringLiteral("id"), kSchemaId);
    w.writeAttribute(QStringLiteral("name"), kSchemaId);
    for (const auto *field : {"partners", "sensor"}) {
        w.writeStartElement(kGxNs, QStringLiteral("SimpleArrayField"));
        w.writeAttribute(QStringLiteral("name"), QString::fromLatin1(field));
        w.writeAttribute(QStringLiteral("type"), QStringLiteral("string"));
        w.writeEndElement();
    }
    w.writeEndElement(); // Schema
    for (const auto &t : tracks)
        writePlacemark(w, t);
    w.writeEndElement(); // Document
    w.writeEndElement(); // kml
    w.writeEndDocument();
    if (w.hasError()) {
        if (error)
            *error = QStringLiteral("writing KML failed: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace trilink::maps::trackio
