// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackFormats.h"
#include "maps/GdalSetup.h"
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackReader.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <memory>

// GeoPackage and any other vector source GDAL opens: every point layer with a time field becomes tracks.
// Fields are found by name, case-insensitively (first match wins):
//   time      time, timestamp, datetime, time_utc, utc, when   (OFTDateTime, or ISO 8601 text)
//   track id  track_id, track, trackid, uid, id; else GDAL's GPX layout's track_fid (named by the `tracks`
//             layer's feature of that number); else name; absent: the layer name
//   label     label, missile
//   partners  partners ("USA;KOR"), trilink_partners   sensor   sensor, trilink_sensor (GDAL's names of Trilink's
//             GPX extensions)
//   altitude  the geometry's Z, else alt_m, altitude, hae, ele, else alt_km (x 1000)
// Coordinates are transformed to WGS84 lon/lat when the layer has another CRS. Rows have no line, so problems
// name the feature id at line 0. Rows need not be in time order: each track is sorted by time.
// A line layer without a time field (GDAL's GPX `tracks` and `routes`, Trilink's own `track_lines`) draws what
// the points hold: it is left out without a word when another layer gives tracks.
// The writer makes a layer "track_points" with exactly the fields above (PointZ, EPSG:4326) and beside it a
// layer "track_lines" with one LineStringZ per track (track_id, label, partners of any point, first and last
// time), which QGIS draws as the track's line.

namespace trilink::maps::trackio {
namespace {

// GDAL reports through a per-thread handler stack; quiet while we work, the last message read on failure.
struct QuietGdalErrors {
    QuietGdalErrors()
    {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors &) = delete;
    QuietGdalErrors &operator=(const QuietGdalErrors &) = delete;
};

QString lastGdalError()
{
    const QString msg = QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
    return msg.isEmpty() ? QStringLiteral("unknown GDAL error") : msg;
}

int findField(const OGRFeatureDefn &defn, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < defn.GetFieldCount(); ++i)
            if (QString::fromUtf8(defn.GetFieldDefn(i)->GetNameRef()).compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0)
                return i;
    }
    return -1;
}

struct Fields {
    int time = -1, track = -1, trackFid = -1, name = -1, label = -1, partners = -1, sensor = -1, altM = -1, altKm = -1;
    explicit Fields(const OGRFeatureDefn &d)
        : time(findField(d, {"time", "timestamp", "datetime", "time_utc", "utc", "when"})),
          track(findField(d, {"track_id", "track", "trackid", "uid", "id"})), trackFid(findField(d, {"track_fid"})),
          name(findField(d, {"name"})),
          label(findField(d, {"label", "missile"})), partners(findField(d, {"partners", "trilink_partners"})),
          sensor(findField(d, {"sensor", "trilink_sensor"})), altM(findField(d, {"alt_m", "altitude", "hae", "ele"})),
          altKm(findField(d, {"alt_km"}))
    {
    }
};

std::optional<std::int64_t> featureTime(const OGRFeature &f, int field)
{
    if (field < 0 || !f.IsFieldSetAndNotNull(field))
        return std::nullopt;
    const auto type = f.GetFieldDefnRef(field)->GetType();
    if (type == OFTDateTime || type == OFTDate) {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float sec = 0;
        if (!f.GetFieldAsDateTime(field, &y, &mo, &d, &h, &mi, &sec, &tz))
            return std::nullopt;
        const QDate date(y, mo, d);
        if (!date.isValid())
            return std::nullopt;
        // GDAL's tz flag: 100 is UTC, 100 +/- n is n quarter hours east/west; 0 (unknown) and 1 (local time)
        // are read as UTC, as everywhere in Trilink.
        const std::int64_t offsetMs = tz > 1 ? (tz - 100) * 15LL * 60'000 : 0;
        const std::int64_t days = date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
        const std::int64_t ms = std::llround(static_cast<double>(sec) * 1000.0);
        return ((days * 24 + h) * 60 + mi) * 60'000 + ms - offsetMs;
    }
    return parseIsoTimeMsUtc(QString::fromUtf8(f.GetFieldAsString(field)));
}

// One layer's rows into tracks: grouped by track id, sorted by time (rows need not come in order), then through
// the TrackBuilder like every format's points, each problem naming the layer and the feature id at line 0.
class LayerReader {
public:
    // trackNames: the names of GDAL's GPX `tracks` layer by track_fid (empty when the file has none).
    LayerReader(OGRLayer &layer, TrackBuilder &builder, const QStringList &trackNames)
        : m_layer(layer), m_builder(builder), m_trackNames(trackNames), m_fields(*layer.GetLayerDefn()), m_layerName(QString::fromUtf8(layer.GetName())), m_name(shortText(m_layerName))
    {
    }

    // False when the layer has no time field (it holds no tracks); *noTime is then why, for the caller to report.
    bool read(const ReadControl &control, GIntBig &done, GIntBig total, bool &cancelled, QString *noTime)
    {
        if (m_fields.time < 0) {
            *noTime = QStringLiteral("layer \"%1\" has no time field (time, timestamp, datetime, when); left out").arg(m_name);
            return false;
        }
        if (!setUpTransform())
            return true;
        m_layer.ResetReading();
        for (auto &f : m_layer) {
            if (++done % 1024 == 0) {
                if (control.cancelled()) {
                    cancelled = true;
                    return true;
                }
                if (control.progress && total > 0)
                    control.progress(std::min(1.0, static_cast<double>(done) / static_cast<double>(total)));
            }
            row(*f);
        }
        finish();
        return true;
    }

private:
    bool setUpTransform()
    {
        const OGRSpatialReference *srs = m_layer.GetSpatialRef();
        // No CRS (none declared, or one GDAL cannot read), or GeoPackage's "undefined geographic" one: the
        // coordinates are taken as WGS84 longitude/latitude, as the time-tagged formats all are, but not
        // silently: a projected layer in metres would otherwise pass for degrees where it can.
        if (!srs || QByteArray(srs->GetName()) == "Undefined geographic SRS") {
            problem(QStringLiteral("layer \"%1\" has %2; its coordinates are read as WGS84 longitude/latitude")
                        .arg(m_name, srs ? QStringLiteral("an undefined geographic CRS")
                                         : QStringLiteral("no CRS GDAL can read (none declared, or one unknown or malformed)")));
            return true;
        }
        m_wgs84.SetWellKnownGeogCS("WGS84");
        m_wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (srs->IsGeographic() && srs->IsSameGeogCS(&m_wgs84))
            return true;
        m_transform.reset(OGRCreateCoordinateTransformation(srs, &m_wgs84));
        if (!m_transform) {
            problem(QStringLiteral("layer \"%1\": cannot transform its CRS to WGS84 (%2); left out").arg(m_name, lastGdalError()));
            return false;
        }
        return true;
    }

    QString feature(GIntBig fid) const { return QStringLiteral("layer \"%1\" feature %2: ").arg(m_name).arg(fid); }

    void row(const OGRFeature &f)
    {
        const GIntBig fid = f.GetFID();
        auto skip = [&](const QString &why) { problem(feature(fid) + why + QStringLiteral("; skipped")); };
        const OGRGeometry *g = f.GetGeometryRef();
        if (!g || g->IsEmpty())
            return skip(QStringLiteral("no geometry"));
        if (wkbFlatten(g->getGeometryType()) != wkbPoint)
            return skip(QStringLiteral("%1 geometry, not a point").arg(QString::fromUtf8(g->getGeometryName())));
        const auto time = featureTime(f, m_fields.time);
        if (!time)
            return skip(f.IsFieldSetAndNotNull(m_fields.time)
                            ? QStringLiteral("time %1 is not a date and time").arg(quotedValue(QString::fromUtf8(f.GetFieldAsString(m_fields.time))))
                            : QStringLiteral("no time"));
        const auto *pt = g->toPoint();
        double x = pt->getX(), y = pt->getY(), z = pt->Is3D() ? pt->getZ() : 0.0;
        if (m_transform && !transformFileCoordinates(*m_transform, x, y, z))
            return skip(QStringLiteral("cannot transform its coordinates to WGS84"));
        TrackPoint p{*time, x, y, z, 0, {}};
        if (!pt->Is3D()) {
            if (m_fields.altM >= 0 && f.IsFieldSetAndNotNull(m_fields.altM))
                p.altM = f.GetFieldAsDouble(m_fields.altM);
            else if (m_fields.altKm >= 0 && f.IsFieldSetAndNotNull(m_fields.altKm))
                p.altM = f.GetFieldAsDouble(m_fields.altKm) * 1000.0;
        }
        if (m_fields.partners >= 0) {
            QStringList unknown;
            p.partners = parsePartnerList(QString::fromUtf8(f.GetFieldAsString(m_fields.partners)), &unknown);
            if (!unknown.isEmpty())
                problem(feature(fid) + unknownPartnerProblem(unknown));
        }
        if (m_fields.sensor >= 0)
            p.sensor = m_sensors.text(std::string_view(f.GetFieldAsString(m_fields.sensor))).trimmed();
        QString id = trackId(f);
        if (id.isEmpty())
            id = m_layerName;
        auto [it, fresh] = m_groups.try_emplace(id);
        if (fresh)
            m_order.push_back(id);
        if (m_fields.label >= 0 && it->second.label.isEmpty())
            it->second.label = QString::fromUtf8(f.GetFieldAsString(m_fields.label)).trimmed();
        it->second.points.push_back(std::move(p));
        it->second.fids.push_back(fid);
    }

    // The track field; else GDAL's GPX layout: the track_fid-th track's name, or its number; else the name.
    QString trackId(const OGRFeature &f) const
    {
        if (m_fields.track >= 0)
            return QString::fromUtf8(f.GetFieldAsString(m_fields.track)).trimmed();
        if (m_fields.trackFid >= 0 && f.IsFieldSetAndNotNull(m_fields.trackFid)) {
            const GIntBig fid = f.GetFieldAsInteger64(m_fields.trackFid);
            const QString name = fid >= 0 && fid < m_trackNames.size() ? m_trackNames[static_cast<qsizetype>(fid)] : QString();
            return name.isEmpty() ? gdalTrackId(fid) : name;
        }
        return m_fields.name >= 0 ? QString::fromUtf8(f.GetFieldAsString(m_fields.name)).trimmed() : QString();
    }

    // Sorted by time per track, in place (rows need not be in order), and handed over as they are: the vector
    // becomes the track.
    void finish()
    {
        for (const auto &id : m_order) {
            auto &g = m_groups[id];
            sortByTime(g.points, g.fids);
            const std::vector<GIntBig> fids = std::move(g.fids);
            m_builder.addAll(id, std::move(g.points), {}, {}, 0, [&](std::size_t i) { return feature(fids[i]); });
            m_builder.setLabel(id, g.label);
            g = {};
        }
    }

    void problem(const QString &message) { m_builder.problem(0, message); }

    struct Group {
        QString label;
        std::vector<TrackPoint> points;
        std::vector<GIntBig> fids; // by point: rows have no line, problems name the feature
    };

    OGRLayer &m_layer;
    TrackBuilder &m_builder;
    const QStringList &m_trackNames;
    Fields m_fields;
    QString m_layerName;
    QString m_name; // as shown in problems
    OGRSpatialReference m_wgs84;
    std::unique_ptr<OGRCoordinateTransformation> m_transform;
    std::map<QString, Group> m_groups;
    QStringList m_order;
    TextCache m_sensors; // a sensor name repeats from row to row: one string for it
};

// A GDAL dataset's point layers as tracks.
class OgrTrackReader : TrackReader {
public:
    OgrTrackReader(const QString &path, const ReadControl &control) : TrackReader(path, control) {}

    TrackFileResult read(GDALDataset &ds)
    {
        reportUnopenedLayers(ds);
        std::vector<OGRLayer *> layers;
        for (auto *layer : ds.GetLayers()) {
            if (const QString why = notATable(ds, *layer); !why.isEmpty())
                problem(0, QStringLiteral("layer \"%1\" %2; not read").arg(shortText(QString::fromUtf8(layer->GetName())), why));
            else
                layers.push_back(layer);
        }
        GIntBig total = 0;
        for (auto *layer : layers)
            total += std::max<GIntBig>(0, layer->GetFeatureCount(FALSE));
        GIntBig done = 0;
        bool anyTimeField = false;
        const QStringList trackNames = gpxTrackNames(ds);
        QStringList untimedLines; // said only when no layer gives a track
        for (auto *layer : layers) {
            bool stop = false;
            QString noTime;
            const bool timed = LayerReader(*layer, m_builder, trackNames).read(m_control, done, total, stop, &noTime);
            anyTimeField |= timed;
            const auto type = wkbFlatten(layer->GetGeomType());
            if (!timed && (type == wkbLineString || type == wkbMultiLineString))
                untimedLines << noTime;
            else if (!timed)
                problem(0, noTime);
            if (stop || cancelled()) {
                m_result.cancelled = true;
                return finish({});
            }
        }
        if (m_builder.pointCount() == 0)
            for (const QString &why : untimedLines)
                problem(0, why);
        TrackFileResult r = finish(QStringLiteral("no point layer with a time field"));
        if (!anyTimeField && r.tracks.empty())
            r.readable = false;
        return r;
    }

    TrackFileResult unreadable(const QString &message) { return TrackReader::unreadable(0, message); }

private:
    // GDAL's GPX layout names a track point's track by number (track_fid, from 0) and the track in the `tracks`
    // layer, its features in the same order; at most kMaxTracks names.
    static QStringList gpxTrackNames(GDALDataset &ds)
    {
        QStringList names;
        OGRLayer *tracks = ds.GetLayerByName("tracks");
        if (!tracks || tracks->GetLayerDefn()->GetFieldIndex("name") < 0)
            return names;
        const int name = tracks->GetLayerDefn()->GetFieldIndex("name");
        tracks->ResetReading();
        for (auto &f : *tracks) {
            if (static_cast<std::size_t>(names.size()) >= kMaxTracks)
                break;
            names << cleanTextValue(QString::fromUtf8(f->GetFieldAsString(name)).trimmed().left(kMaxText));
        }
        return names;
    }

    // A GeoPackage lists its layers in gpkg_contents; one GDAL cannot open (a view or virtual table over a
    // module that is not there, a missing table) is skipped by GDAL with a warning only: said here.
    void reportUnopenedLayers(GDALDataset &ds)
    {
        if (!EQUAL(ds.GetDriverName(), "GPKG"))
            return;
        OGRLayer *contents = ds.ExecuteSQL("SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes')",
                                           nullptr, nullptr);
        if (!contents)
            return;
        int shown = 0;
        for (OGRFeatureUniquePtr row{contents->GetNextFeature()}; row && shown < 100; row.reset(contents->GetNextFeature())) {
            const char *name = row->GetFieldAsString(0);
            bool open = false;
            for (auto *layer : ds.GetLayers())
                open = open || EQUAL(layer->GetName(), name);
            if (!open) {
                problem(0, QStringLiteral("layer \"%1\" is listed in the GeoPackage but GDAL cannot open it; not read")
                               .arg(shortText(QString::fromUtf8(name))));
                ++shown;
            }
        }
        ds.ReleaseResultSet(contents);
    }

    // A GeoPackage layer may be a view or a virtual table rather than rows stored in the file: SQL that runs on
    // open and can compute without end or reach outside the file. Only plain tables are read. Empty for a
    // plain table (and for formats that are not SQLite).
    static QString notATable(GDALDataset &ds, OGRLayer &layer)
    {
        if (!EQUAL(ds.GetDriverName(), "GPKG"))
            return {};
        QByteArray name(layer.GetName());
        name.replace('\'', "''");
        OGRLayer *kind = ds.ExecuteSQL(("SELECT type, sql FROM sqlite_master WHERE name = '" + name + "'").constData(),
                                       nullptr, nullptr);
        QString why = QStringLiteral("is not a table of the file");
        if (kind) {
            if (OGRFeatureUniquePtr row{kind->GetNextFeature()}) {
                const QByteArray type(row->GetFieldAsString(0));
                const QByteArray sql = QByteArray(row->GetFieldAsString(1)).simplified().toUpper();
                if (type == "view")
                    why = QStringLiteral("is an SQL view (it computes rows on open instead of storing them)");
                else if (sql.startsWith("CREATE VIRTUAL TABLE"))
                    why = QStringLiteral("is an SQLite virtual table (its rows come from outside the file)");
                else if (type == "table")
                    why.clear();
            }
            ds.ReleaseResultSet(kind);
        }
        return why;
    }
};

bool fail(QString *error, const QString &path, const QString &message)
{
    if (error)
        *error = QStringLiteral("%1: %2").arg(path, message);
    return false;
}

// OFTDateTime from milliseconds since the epoch, in UTC (GDAL's tz flag 100), milliseconds kept.
void setTime(OGRFeature &f, int field, std::int64_t timeMsUtc)
{
    const std::int64_t dayMs = 86'400'000;
    const std::int64_t days = timeMsUtc >= 0 ? timeMsUtc / dayMs : -((-timeMsUtc + dayMs - 1) / dayMs);
    const std::int64_t msOfDay = timeMsUtc - days * dayMs;
    const QDate date = QDate(1970, 1, 1).addDays(days);
    const int h = static_cast<int>(msOfDay / 3'600'000), mi = static_cast<int>(msOfDay / 60'000 % 60);
    const float sec = static_cast<float>(msOfDay % 60'000) / 1000.0f; // GDAL keeps milliseconds
    f.SetField(field, date.year(), date.month(), date.day(), h, mi, sec, 100);
}

// One LineStringZ per track beside the points, for QGIS to draw the track as a line (a track of one point is a
// line of one point twice, which GDAL and QGIS accept and draw as a dot).
bool writeLines(GDALDataset &ds, OGRSpatialReference &wgs84, const std::vector<RecordedTrack> &tracks)
{
    OGRLayer *layer = ds.CreateLayer("track_lines", &wgs84, wkbLineString25D, nullptr);
    if (!layer)
        return false;
    const std::pair<const char *, OGRFieldType> fields[] = {{"track_id", OFTString},     {"label", OFTString},
                                                            {"partners", OFTString},     {"points", OFTInteger},
                                                            {"start_time", OFTDateTime}, {"end_time", OFTDateTime}};
    for (const auto &[name, type] : fields) {
        OGRFieldDefn def(name, type);
        if (layer->CreateField(&def) != OGRERR_NONE)
            return false;
    }
    for (const auto &t : tracks) {
        if (t.points.empty())
            continue;
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("track_id", t.id.toUtf8().constData());
        f->SetField("label", t.label.toUtf8().constData());
        PartnerMask any = 0;
        OGRLineString line;
        line.setNumPoints(static_cast<int>(std::max<std::size_t>(t.points.size(), 2)));
        for (std::size_t i = 0; i < t.points.size(); ++i) {
            const auto &p = t.points[i];
            any |= p.partners;
            line.setPoint(static_cast<int>(i), p.lon, p.lat, p.altM);
        }
        if (t.points.size() == 1)
            line.setPoint(1, t.points[0].lon, t.points[0].lat, t.points[0].altM);
        f->SetField("partners", partnerListText(any).toUtf8().constData());
        f->SetField("points", static_cast<int>(t.points.size()));
        setTime(*f, f->GetFieldIndex("start_time"), t.points.front().timeMsUtc);
        setTime(*f, f->GetFieldIndex("end_time"), t.points.back().timeMsUtc);
        f->SetGeometry(&line);
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

bool writeTracks(GDALDataset &ds, const std::vector<RecordedTrack> &tracks)
{
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer *layer = ds.CreateLayer("track_points", &wgs84, wkbPoint25D, nullptr);
    if (!layer)
        return false;
    const std::pair<const char *, OGRFieldType> fields[] = {{"track_id", OFTString}, {"label", OFTString},
                                                            {"time", OFTDateTime},   {"alt_m", OFTReal},
                                                            {"partners", OFTString}, {"sensor", OFTString}};
    for (const auto &[name, type] : fields) {
        OGRFieldDefn def(name, type);
        if (layer->CreateField(&def) != OGRERR_NONE)
            return false;
    }
    if (ds.StartTransaction() != OGRERR_NONE)
        return false;
    for (const auto &t : tracks) {
        const QByteArray id = t.id.toUtf8(), label = t.label.toUtf8();
        for (const auto &p : t.points) {
            OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            f->SetField("track_id", id.constData());
            f->SetField("label", label.constData());
            setTime(*f, f->GetFieldIndex("time"), p.timeMsUtc);
            f->SetField("alt_m", p.altM);
            f->SetField("partners", partnerListText(p.partners).toUtf8().constData());
            f->SetField("sensor", p.sensor.toUtf8().constData());
            OGRPoint pt(p.lon, p.lat, p.altM);
            f->SetGeometry(&pt);
            if (layer->CreateFeature(f.get()) != OGRERR_NONE)
                return false;
        }
    }
    return ds.CommitTransaction() == OGRERR_NONE && ds.StartTransaction() == OGRERR_NONE && writeLines(ds, wgs84, tracks) &&
           ds.CommitTransaction() == OGRERR_NONE;
}

} // namespace

namespace {
TrackFileResult readOgr(const QString &path, const char *driver, const ReadControl &control)
{
    setUpGdal();
    QuietGdalErrors quiet;
    OgrTrackReader reader(path, control);
    // GDAL takes a name, not a file handle: the file's own absolute path, never one of GDAL's "/vsi..." virtual
    // file systems or a "DRIVER:..." connection string (a canonical path starts with one slash and names a
    // real file).
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return reader.unreadable(QStringLiteral("no such file"));
    if (canonical.startsWith(u"/vsi"))
        return reader.unreadable(QStringLiteral("a path under /vsi is one of GDAL's virtual file systems; not opened"));
    const QByteArray file = QFile::encodeName(canonical);
    // Only this format's driver may claim the file (a VRT or an SQLite database renamed .gpkg is refused by
    // name), no sibling files are looked for (an empty list, not a directory listing), and a GeoPackage lists
    // only its registered tables and is opened immutable: SQLite then looks at no -journal, -wal or -shm file.
    const char *const allowed[] = {driver, nullptr};
    const char *const noSiblings[] = {nullptr};
    const char *const gpkgOptions[] = {"LIST_ALL_TABLES=NO", "IMMUTABLE=YES", nullptr};
    const bool gpkg = std::string_view(driver) == "GPKG";
    GDALDatasetUniquePtr ds(GDALDataset::Open(file.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, allowed,
                                              gpkg ? gpkgOptions : nullptr, noSiblings));
    if (!ds)
        return reader.unreadable(QStringLiteral("not a %1 file (%2)")
                                     .arg(gpkg ? QStringLiteral("GeoPackage") : QString::fromLatin1(driver), lastGdalError()));
    return reader.read(*ds);
}
} // namespace

TrackFileResult readGeoPackage(const QString &path, const ReadControl &control) { return readOgr(path, "GPKG", control); }

TrackFileResult readFlatGeobuf(const QString &path, const ReadControl &control)
{
    return readOgr(path, "FlatGeobuf", control);
}

bool writeGeoPackage(const QString &path, const std::vector<RecordedTrack> &tracks, QString *error)
{
    setUpGdal();
    QuietGdalErrors quiet;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        return fail(error, path, QStringLiteral("GDAL has no GeoPackage driver"));
    // Written beside the target and renamed over it only when complete, so a failure leaves an existing
    // file as it was (QSaveFile cannot help: GDAL writes through its own file handles).
    const QFileInfo target(path);
    const QString tmp = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp.gpkg").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    auto removeTmp = [&] { QFile::remove(tmp); };
    {
        GDALDatasetUniquePtr ds(driver->Create(tmp.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return fail(error, path, QStringLiteral("cannot create a GeoPackage (%1)").arg(lastGdalError()));
        if (!writeTracks(*ds, tracks)) {
            const QString why = lastGdalError();
            ds.reset();
            removeTmp();
            return fail(error, path, QStringLiteral("writing the GeoPackage failed (%1)").arg(why));
        }
        // GDAL 3.6 reports a failed flush or close only through the error state.
        CPLErrorReset();
        ds->FlushCache();
        ds.reset();
        if (CPLGetLastErrorType() >= CE_Failure) {
            const QString why = lastGdalError();
            removeTmp();
            return fail(error, path, QStringLiteral("writing the GeoPackage failed (%1)").arg(why));
        }
    }
    std::error_code ec;
    std::filesystem::rename(tmp.toStdString(), target.absoluteFilePath().toStdString(), ec);
    if (ec) {
        removeTmp();
        return fail(error, path, QString::fromStdString(ec.message()));
    }
    return true;
}

} // namespace trilink::maps::trackio
