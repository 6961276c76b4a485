// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/ScenarioFile.h"

#include "maps/export/PictureWriter.h"
#include "maps/scene/SceneOptions.h"
#include "maps/trackio/SourceFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace trilink::maps {
namespace {

const QString kFormat = QStringLiteral("trilink-scenario");

// A strict reader of one JSON object: every field it is asked for is checked for type and range, and the
// fields nobody asked for are reported as unknown (a misspelt field must not silently do nothing). The first
// error wins; its text starts with the field's JSON path.
class Fields {
public:
    Fields(const QJsonObject &object, QString path, QString &error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    bool fail(const QString &key, const QString &why) const
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(key.isEmpty() ? m_path : at(key), why);
        return false;
    }
    bool ok() const { return m_error.isEmpty(); }

    QJsonValue value(const QString &key)
    {
        m_seen << key;
        return m_object.value(key);
    }
    std::optional<double> number(const QString &key, double min, double max, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!v.isDouble())
            return fail(key, QStringLiteral("must be a number")), std::nullopt;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max)
            return fail(key, QStringLiteral("%1 is out of range (%2 to %3)").arg(d).arg(min).arg(max)), std::nullopt;
        return d;
    }
    std::optional<QString> text(const QString &key, bool required = false, int maxLength = 1000)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!v.isString())
            return fail(key, QStringLiteral("must be a string")), std::nullopt;
        if (v.toString().size() > maxLength)
            return fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength)), std::nullopt;
        return v.toString();
    }
    std::optional<bool> boolean(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool())
            return fail(key, QStringLiteral("must be true or false")), std::nullopt;
        return v.toBool();
    }
    std::optional<QJsonObject> object(const QString &key, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!v.isObject())
            return fail(key, QStringLiteral("must be an object")), std::nullopt;
        return v.toObject();
    }
    std::optional<QJsonArray> array(const QString &key, int maxItems)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isArray())
            return fail(key, QStringLiteral("must be an array")), std::nullopt;
        if (v.toArray().size() > maxItems)
            return fail(key, QStringLiteral("has more than %1 items").arg(maxItems)), std::nullopt;
        return v.toArray();
    }
    // A time: ISO 8601 (UTC when no zone is given), as every Trilink time.
    std::optional<std::int64_t> time(const QString &key, bool required)
    {
        const auto t = text(key, required);
        if (!t)
            return std::nullopt;
        QString why;
        const auto when = parseSceneTime(*t, why);
        if (!when || when->kind != SceneTime::Kind::Utc)
            return fail(key, QStringLiteral("'%1' is not an ISO 8601 time").arg(*t)), std::nullopt;
        return static_cast<std::int64_t>(std::llround(when->value));
    }
    // The error for the first field nobody read; call after reading every field.
    bool finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            if (!m_seen.contains(it.key()))
                return fail(it.key(), QStringLiteral("unknown field"));
        return ok();
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString &m_error;
    QStringList m_seen;
};

QString item(const QString &path, qsizetype i) { return QStringLiteral("%1[%2]").arg(path).arg(i); }

struct LatLon {
    double lat = 0, lon = 0;
};
std::optional<LatLon> point(Fields &f, const QString &key, QString &error)
{
    const auto o = f.object(key, true);
    if (!o)
        return std::nullopt;
    Fields p(*o, f.at(key), error);
    const auto lat = p.number(QStringLiteral("lat"), -90, 90, true);
    const auto lon = p.number(QStringLiteral("lon"), -180, 360, true);
    if (!p.finish() || !lat || !lon)
        return std::nullopt;
    return LatLon{*lat, *lon};
}

QJsonObject pointJson(double lat, double lon) { return {{QStringLiteral("lat"), lat}, {QStringLiteral("lon"), lon}}; }

QJsonObject launchJson(const ScenarioLaunch &l)
{
    const TrajectoryRequest &r = l.request;
    QJsonObject o;
    o[QStringLiteral("id")] = l.id;
    if (!l.label.isEmpty())
        o[QStringLiteral("label")] = l.label;
    if (!l.facility.isEmpty())
        o[QStringLiteral("facility")] = l.facility;
    o[QStringLiteral("time")] = scenarioTimeText(l.launchMsUtc);
    o[QStringLiteral("site")] = pointJson(r.launchLat, r.launchLon);
    if (r.platform != LaunchPlatform::Land)
        o[QStringLiteral("launch_from")] = launchPlatformName(r.platform);
    if (r.impactLat && r.impactLon)
        o[QStringLiteral("impact")] = pointJson(*r.impactLat, *r.impactLon);
    if (r.azimuthDeg)
        o[QStringLiteral("azimuth_deg")] = *r.azimuthDeg;
    if (r.rangeM)
        o[QStringLiteral("range_km")] = *r.rangeM / 1000.0;
    if (!r.glideLegs.empty()) {
        QStringList legs;
        for (const GlideLeg &g : r.glideLegs)
            legs << QStringLiteral("%1:%2:%3").arg(g.distanceM / 1000.0, 0, 'g', 17).arg(g.bearingDeg, 0, 'g', 17).arg(g.turnDistanceM / 1000.0, 0, 'g', 17);
        o[QStringLiteral("glide_legs")] = legs.join(u',');
    }
    if (r.shape == TrajectoryShape::Apogee)
        o[QStringLiteral("apogee_km")] = r.apogeeM / 1000.0;
    else if (r.shape == TrajectoryShape::LoftFactor)
        o[QStringLiteral("loft")] = r.loftFactor;
    if (r.missileClass)
        o[QStringLiteral("class")] = missileClassName(*r.missileClass);
    if (!r.missileName.isEmpty())
        o[QStringLiteral("missile")] = r.missileName;
    if (r.maneuver)
        o[QStringLiteral("maneuver")] = maneuverName(*r.maneuver);
    if (r.failAtS)
        o[QStringLiteral("fail_at_s")] = *r.failAtS;
    if (l.salvoCount > 1)
        o[QStringLiteral("salvo")] = QJsonObject{{QStringLiteral("count"), l.salvoCount},
                                                 {QStringLiteral("interval_s"), l.salvoIntervalS},
                                                 {QStringLiteral("spread_km"), l.salvoSpreadKm}};
    return o;
}

// A launch's or an added sensor's id: letters, digits and _ . - (it goes into track ids and file names).
bool isScenarioId(const QString &id)
{
    return !id.isEmpty() && !id.contains(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")));
}
const QString kNotAnId = QStringLiteral("'%1' is not an id (letters, digits, '_', '.', '-')");

std::optional<ScenarioLaunch> launchFromJson(const QJsonObject &json, const QString &path, QString &error)
{
    Fields f(json, path, error);
    ScenarioLaunch l;
    TrajectoryRequest &r = l.request;
    l.id = f.text(QStringLiteral("id"), true, 64).value_or(QString());
    if (f.ok() && !isScenarioId(l.id))
        f.fail(QStringLiteral("id"), kNotAnId.arg(l.id));
    l.label = f.text(QStringLiteral("label"), false, 200).value_or(QString());
    l.facility = f.text(QStringLiteral("facility"), false, 200).value_or(QString());
    l.launchMsUtc = f.time(QStringLiteral("time"), true).value_or(0);
    if (const auto site = point(f, QStringLiteral("site"), error)) {
        r.launchLat = site->lat;
        r.launchLon = site->lon;
    }
    if (const auto from = f.text(QStringLiteral("launch_from"))) {
        if (const auto p = parseLaunchPlatform(*from))
            r.platform = *p;
        else
            f.fail(QStringLiteral("launch_from"), QStringLiteral("'%1' is not land, submarine or barge").arg(*from));
    }
    if (f.has(QStringLiteral("impact"))) {
        if (const auto at = point(f, QStringLiteral("impact"), error)) {
            r.impactLat = at->lat;
            r.impactLon = at->lon;
        }
    }
    r.azimuthDeg = f.number(QStringLiteral("azimuth_deg"), -360, 360);
    if (const auto km = f.number(QStringLiteral("range_km"), 0, kMaxRangeM / 1000.0))
        r.rangeM = *km * 1000.0;
    if (const auto legs = f.text(QStringLiteral("glide_legs"))) {
        QString why;
        r.glideLegs = parseGlideLegs(*legs, why);
        if (!why.isEmpty())
            f.fail(QStringLiteral("glide_legs"), why);
    }
    const auto apogee = f.number(QStringLiteral("apogee_km"), 0, kMaxApogeeM / 1000.0);
    const auto loft = f.number(QStringLiteral("loft"), 0.05, 20);
    if (apogee && loft)
        f.fail(QStringLiteral("loft"), QStringLiteral("give apogee_km or loft, not both"));
    if (apogee) {
        r.shape = TrajectoryShape::Apogee;
        r.apogeeM = *apogee * 1000.0;
    } else if (loft) {
        r.shape = TrajectoryShape::LoftFactor;
        r.loftFactor = *loft;
    }
    if (const auto c = f.text(QStringLiteral("class"))) {
        r.missileClass = parseMissileClass(*c);
        if (!r.missileClass)
            f.fail(QStringLiteral("class"), QStringLiteral("'%1' is not srbm, mrbm, irbm, icbm, slbm, hgv or slv").arg(*c));
    }
    r.missileName = f.text(QStringLiteral("missile"), false, 100).value_or(QString());
    if (const auto m = f.text(QStringLiteral("maneuver"))) {
        r.maneuver = parseManeuver(*m);
        if (!r.maneuver)
            f.fail(QStringLiteral("maneuver"), QStringLiteral("'%1' is not none, pullup or glide").arg(*m));
    }
    r.failAtS = f.number(QStringLiteral("fail_at_s"), 0, 86400);
    if (const auto salvo = f.object(QStringLiteral("salvo"))) {
        Fields s(*salvo, f.at(QStringLiteral("salvo")), error);
        l.salvoCount = static_cast<int>(s.number(QStringLiteral("count"), 1, ScenarioLaunch::kMaxSalvo, true).value_or(1));
        if (s.ok() && salvo->value(QStringLiteral("count")).toDouble() != l.salvoCount)
            s.fail(QStringLiteral("count"), QStringLiteral("must be a whole number"));
        l.salvoIntervalS = s.number(QStringLiteral("interval_s"), 0, 3600).value_or(0);
        l.salvoSpreadKm = s.number(QStringLiteral("spread_km"), 0, 1000).value_or(0);
        s.finish();
    }
    if (!f.finish())
        return std::nullopt;
    if (const QString invalid = validateTrajectoryRequest(r); !invalid.isEmpty())
        return f.fail(QString(), invalid), std::nullopt;
    QString why;
    if (salvoMembers(l, why).empty())
        return f.fail(QStringLiteral("salvo"), why), std::nullopt;
    return l;
}

// The scene's options as the table writes them (`"view-as": "KOR"`, a switch as true), those that differ
// from the viewer's defaults or are pinned; the track files and the catalogue switch are fields of their own.
QJsonObject viewJson(const Scene &scene)
{
    const Scene defaults = SceneCommand::viewer().defaults;
    QJsonObject o;
    for (const SceneOption &row : sceneOptions()) {
        if (QLatin1String(row.name) == QLatin1String("no-tracks"))
            continue;
        const auto value = row.write(scene);
        if (!value || (!row.pinned && value == row.write(defaults)))
            continue;
        o[QLatin1String(row.name)] = row.valueName ? QJsonValue(*value) : QJsonValue(true);
    }
    return o;
}

std::optional<Scene> viewFromJson(const QJsonObject &json, const QString &path, QString &error)
{
    Scene scene = SceneCommand::viewer().defaults;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString at = path + u'.' + it.key();
        const auto &rows = sceneOptions();
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const SceneOption &o) { return it.key() == QLatin1String(o.name); });
        if (row == rows.end() || it.key() == QLatin1String("no-tracks"))
            return error = at + QStringLiteral(": unknown option (see trilink export --help)"), std::nullopt;
        QString why;
        if (!row->valueName) {
            if (!it->isBool())
                return error = at + QStringLiteral(": must be true or false"), std::nullopt;
            if (it->toBool() && !row->read(scene, QString(), why))
                return error = at + QStringLiteral(": ") + why, std::nullopt;
            continue;
        }
        if (!it->isString())
            return error = at + QStringLiteral(": must be a string, as on the command line"), std::nullopt;
        if (!row->read(scene, it->toString(), why))
            return error = at + QStringLiteral(": ") + why, std::nullopt;
    }
    return scene;
}

} // namespace

QString scenarioTimeText(std::int64_t msUtc)
{
    return QDateTime::fromMSecsSinceEpoch(msUtc, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool isScenarioFileName(const QString &path) { return path.endsWith(QLatin1String(".trilink.json"), Qt::CaseInsensitive); }

QJsonObject scenarioJson(const TrainingScenario &s, const QString &baseDir)
{
    QJsonObject o;
    o[QStringLiteral("format")] = kFormat;
    o[QStringLiteral("version")] = kScenarioFormatVersion;
    if (!s.name.isEmpty())
        o[QStringLiteral("name")] = s.name;
    o[QStringLiteral("catalogue")] = s.catalogue;
    o[QStringLiteral("view")] = viewJson(s.scene);
    QJsonArray files;
    const QDir base(baseDir);
    for (const QString &f : s.scene.files)
        files.append(base.relativeFilePath(f));
    o[QStringLiteral("track_files")] = files;
    QJsonArray launches;
    for (const ScenarioLaunch &l : s.launches)
        launches.append(launchJson(l));
    o[QStringLiteral("launches")] = launches;
    QJsonArray moved;
    for (const SensorMove &m : s.sensors.moved)
        moved.append(QJsonObject{{QStringLiteral("id"), m.id}, {QStringLiteral("lat"), m.lat}, {QStringLiteral("lon"), m.lon}});
    QJsonArray added;
    for (const SensorAdd &a : s.sensors.added)
        added.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("like"), a.like}, {QStringLiteral("lat"), a.lat}, {QStringLiteral("lon"), a.lon}});
    o[QStringLiteral("sensors")] = QJsonObject{{QStringLiteral("added"), added},
                                               {QStringLiteral("moved"), moved},
                                               {QStringLiteral("disabled"), QJsonArray::fromStringList(s.sensors.disabled)}};
    o[QStringLiteral("sharing")] = QJsonObject{{QStringLiteral("kor_usa_latency_s"), s.sharing.korUsaLatencyS},
                                               {QStringLiteral("jpn_usa_latency_s"), s.sharing.jpnUsaLatencyS}};
    QJsonArray marks;
    for (const Bookmark &b : s.bookmarks)
        marks.append(QJsonObject{{QStringLiteral("time"), scenarioTimeText(b.timeMsUtc)}, {QStringLiteral("note"), b.note}});
    o[QStringLiteral("bookmarks")] = marks;
    o[QStringLiteral("pauses")] = QJsonObject{{QStringLiteral("first_detection"), s.pauses.firstDetection},
                                              {QStringLiteral("impact"), s.pauses.impact}};
    return o;
}

std::optional<TrainingScenario> scenarioFromJson(const QJsonObject &json, const QString &baseDir, QString &error)
{
    error.clear();
    Fields f(json, QString(), error);
    TrainingScenario s;
    const auto format = f.text(QStringLiteral("format"), true);
    if (format && *format != kFormat)
        return f.fail(QStringLiteral("format"), QStringLiteral("'%1' is not \"%2\"").arg(*format, kFormat)), std::nullopt;
    const auto version = f.number(QStringLiteral("version"), 1, 1e9, true);
    if (!version)
        return std::nullopt;
    if (*version > kScenarioFormatVersion)
        return f.fail(QStringLiteral("version"), QStringLiteral("%1 is newer than this Trilink reads (%2): open it with a newer Trilink")
                                                     .arg(*version)
                                                     .arg(kScenarioFormatVersion)),
               std::nullopt;
    if (*version != std::floor(*version))
        return f.fail(QStringLiteral("version"), QStringLiteral("must be a whole number")), std::nullopt;
    s.name = f.text(QStringLiteral("name"), false, 200).value_or(QString());
    s.catalogue = f.boolean(QStringLiteral("catalogue")).value_or(false);
    if (const auto view = f.object(QStringLiteral("view"))) {
        if (const auto scene = viewFromJson(*view, QStringLiteral("view"), error))
            s.scene = *scene;
    } else {
        s.scene = SceneCommand::viewer().defaults;
    }
    if (const auto files = f.array(QStringLiteral("track_files"), 1000)) {
        for (qsizetype i = 0; i < files->size() && f.ok(); ++i) {
            const QString at = item(QStringLiteral("track_files"), i);
            if (!files->at(i).isString() || files->at(i).toString().isEmpty())
                f.fail(QString(), at + QStringLiteral(": must be a file's path"));
            else if (isScenarioFileName(files->at(i).toString()))
                f.fail(QString(), at + QStringLiteral(": '%1' is a scenario file; a scenario names track files only").arg(files->at(i).toString()));
            else
                s.scene.files << QDir::cleanPath(QDir(baseDir).absoluteFilePath(files->at(i).toString()));
        }
    }
    if (const auto launches = f.array(QStringLiteral("launches"), 1000)) {
        for (qsizetype i = 0; i < launches->size() && f.ok(); ++i) {
            const QString at = item(QStringLiteral("launches"), i);
            if (!launches->at(i).isObject()) {
                f.fail(QString(), at + QStringLiteral(": must be an object"));
            } else if (auto l = launchFromJson(launches->at(i).toObject(), at, error)) {
                if (s.findLaunch(l->id))
                    f.fail(QString(), at + QStringLiteral(".id: '%1' is used by an earlier launch").arg(l->id));
                s.launches.push_back(std::move(*l));
            }
        }
    }
    if (const auto sensors = f.object(QStringLiteral("sensors"))) {
        Fields sf(*sensors, QStringLiteral("sensors"), error);
        if (sf.has(QStringLiteral("added")) && *version < 2)
            sf.fail(QStringLiteral("added"), QStringLiteral("added radars need version 2 of the format (this file says %1)").arg(*version));
        if (const auto added = sf.array(QStringLiteral("added"), 100)) {
            for (qsizetype i = 0; i < added->size() && sf.ok(); ++i) {
                Fields a(added->at(i).toObject(), item(QStringLiteral("sensors.added"), i), error);
                if (!added->at(i).isObject()) {
                    a.fail(QString(), QStringLiteral("must be an object"));
                    break;
                }
                SensorAdd add;
                add.id = a.text(QStringLiteral("id"), true, 100).value_or(QString());
                add.like = a.text(QStringLiteral("like"), true, 100).value_or(QString());
                add.lat = a.number(QStringLiteral("lat"), -90, 90, true).value_or(0);
                add.lon = a.number(QStringLiteral("lon"), -180, 360, true).value_or(0);
                if (a.ok() && !isScenarioId(add.id))
                    a.fail(QStringLiteral("id"), kNotAnId.arg(add.id));
                if (a.finish())
                    s.sensors.added.push_back(add);
            }
        }
        if (const auto moved = sf.array(QStringLiteral("moved"), 1000)) {
            for (qsizetype i = 0; i < moved->size() && sf.ok(); ++i) {
                Fields m(moved->at(i).toObject(), item(QStringLiteral("sensors.moved"), i), error);
                if (!moved->at(i).isObject()) {
                    m.fail(QString(), QStringLiteral("must be an object"));
                    break;
                }
                SensorMove mv;
                mv.id = m.text(QStringLiteral("id"), true, 100).value_or(QString());
                mv.lat = m.number(QStringLiteral("lat"), -90, 90, true).value_or(0);
                mv.lon = m.number(QStringLiteral("lon"), -180, 360, true).value_or(0);
                if (m.finish())
                    s.sensors.moved.push_back(mv);
            }
        }
        if (const auto disabled = sf.array(QStringLiteral("disabled"), 1000)) {
            for (qsizetype i = 0; i < disabled->size() && sf.ok(); ++i) {
                if (!disabled->at(i).isString())
                    sf.fail(QString(), item(QStringLiteral("sensors.disabled"), i) + QStringLiteral(": must be a sensor id"));
                else
                    s.sensors.disabled << disabled->at(i).toString();
            }
        }
        sf.finish();
    }
    if (const auto sharing = f.object(QStringLiteral("sharing"))) {
        Fields sh(*sharing, QStringLiteral("sharing"), error);
        s.sharing.korUsaLatencyS = sh.number(QStringLiteral("kor_usa_latency_s"), 0, 3600).value_or(s.sharing.korUsaLatencyS);
        s.sharing.jpnUsaLatencyS = sh.number(QStringLiteral("jpn_usa_latency_s"), 0, 3600).value_or(s.sharing.jpnUsaLatencyS);
        sh.finish();
    }
    if (const auto marks = f.array(QStringLiteral("bookmarks"), 1000)) {
        for (qsizetype i = 0; i < marks->size() && f.ok(); ++i) {
            Fields b(marks->at(i).toObject(), item(QStringLiteral("bookmarks"), i), error);
            if (!marks->at(i).isObject()) {
                b.fail(QString(), QStringLiteral("must be an object"));
                break;
            }
            Bookmark mark;
            mark.timeMsUtc = b.time(QStringLiteral("time"), true).value_or(0);
            mark.note = b.text(QStringLiteral("note"), false, 2000).value_or(QString());
            if (b.finish())
                s.bookmarks.push_back(mark);
        }
    }
    if (const auto pauses = f.object(QStringLiteral("pauses"))) {
        Fields p(*pauses, QStringLiteral("pauses"), error);
        s.pauses.firstDetection = p.boolean(QStringLiteral("first_detection")).value_or(false);
        s.pauses.impact = p.boolean(QStringLiteral("impact")).value_or(false);
        p.finish();
    }
    if (!f.finish())
        return std::nullopt;
    return s;
}

std::optional<TrainingScenario> readScenarioFile(const QString &path, QString &error, bool *unreadable)
{
    QString why;
    auto source = trackio::SourceFile::open(path, &why);
    if (unreadable)
        *unreadable = !source || source->size() > kMaxScenarioFileBytes;
    if (!source)
        return error = QStringLiteral("%1: %2").arg(path, why), std::nullopt;
    if (source->size() > kMaxScenarioFileBytes)
        return error = QStringLiteral("%1: %2 bytes is larger than a scenario file may be (%3 MiB); not read")
                           .arg(path)
                           .arg(source->size())
                           .arg(kMaxScenarioFileBytes / (1024 * 1024)),
               std::nullopt;
    const QByteArray bytes = source->file().read(kMaxScenarioFileBytes + 1);
    if (bytes.size() > kMaxScenarioFileBytes)
        return error = QStringLiteral("%1: larger than a scenario file may be; not read").arg(path), std::nullopt;
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(parse.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(parse.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return error = QStringLiteral("%1:%2:%3: not JSON: %4").arg(path).arg(line).arg(column).arg(parse.errorString()), std::nullopt;
    }
    if (!doc.isObject())
        return error = QStringLiteral("%1: a scenario file is one JSON object").arg(path), std::nullopt;
    auto scenario = scenarioFromJson(doc.object(), QFileInfo(path).absolutePath(), why);
    if (!scenario)
        error = QStringLiteral("%1: %2").arg(path, why);
    return scenario;
}

bool writeScenarioFile(const QString &path, const TrainingScenario &scenario, QString &error)
{
    const QByteArray bytes = QJsonDocument(scenarioJson(scenario, QFileInfo(path).absolutePath())).toJson(QJsonDocument::Indented);
    return writeFileAtomically(path, bytes, error);
}

std::optional<TrainingScenario> scenarioOfFiles(const QStringList &files, QString &error, QString *path, bool *unreadable)
{
    std::optional<TrainingScenario> scenario;
    QStringList others;
    for (const QString &f : files) {
        if (!isScenarioFileName(f)) {
            others << f;
            continue;
        }
        if (scenario)
            return error = QStringLiteral("%1: one scenario file at a time (a scenario names its track files)").arg(f), std::nullopt;
        if (path)
            *path = f;
        scenario = readScenarioFile(f, error, unreadable);
        if (!scenario)
            return std::nullopt;
    }
    if (scenario)
        scenario->scene.files << others;
    return scenario;
}

} // namespace trilink::maps
