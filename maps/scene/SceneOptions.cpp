// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/SceneOptions.h"

#include "core/Text.h"
#include "core/Units.h"
#include "maps/scene/OptionValues.h"
#include "maps/scene/ScenarioFile.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace trilink::maps {
namespace {
constexpr double kDayS = 86400.0; // the longest trail, and the latest T+ a command takes
constexpr double kMaxCoverageAltKm = 5000.0;

QString number(double v) { return QString::number(v, 'g', 17); }
QString lonLat(QPointF p) { return number(p.x()) + u',' + number(p.y()); }

std::optional<QString> written(const std::optional<QPointF> &p) { return p ? std::optional(lonLat(*p)) : std::nullopt; }
std::optional<QString> written(bool on) { return on ? std::optional(QString()) : std::nullopt; }

// Sets `to` to a value read, if it was; false (and `to` untouched) if not.
template <class T>
bool assign(T &to, const std::optional<T> &value)
{
    if (value)
        to = *value;
    return value.has_value();
}

bool readLonLat(std::optional<QPointF> &to, const QString &value, QString &error)
{
    to = parseLonLat(value, error);
    return to.has_value();
}

// A switch given: off goes what it names.
bool off(bool &shown)
{
    shown = false;
    return true;
}

bool readBounded(double &to, const QString &value, double lo, double hi, const QString &what, QString &error)
{
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !(v >= lo && v <= hi)) {
        error = QStringLiteral("'%1' is not %2").arg(value, what);
        return false;
    }
    to = v;
    return true;
}

QString projectionNames() { return ProjectionSpec::names().join(u", "); }

// "track" (the selected track's radars, every partner), "track,KOR" (of those, KOR's), or a partner list
// ("all", "none", "USA,KOR") for every radar of those partners.
bool readCoverage(MapLayers &layers, const QString &value, QString &error)
{
    QStringList parts = value.split(u',', Qt::SkipEmptyParts);
    for (QString &p : parts)
        p = p.trimmed();
    const bool track = !parts.isEmpty() && parts.front().compare(QLatin1String("track"), Qt::CaseInsensitive) == 0;
    if (track)
        parts.removeFirst();
    const auto mask = parts.isEmpty() && track ? std::optional(kAllPartnersMask) : text::parsePartnerList(parts.join(u','), error);
    if (!mask) {
        error = QStringLiteral("'%1' is not track, all, none or a list of USA, KOR, JPN (optionally after track,)").arg(value);
        return false;
    }
    layers.coverageOfSelected = track;
    layers.coveragePartners = *mask;
    return true;
}

QString coverageText(const MapLayers &layers)
{
    if (!layers.coverageOfSelected)
        return text::partnerList(layers.coveragePartners);
    return layers.coveragePartners == kAllPartnersMask ? QStringLiteral("track") : QStringLiteral("track,") + text::partnerList(layers.coveragePartners);
}

// The table. Its order is the order of --help.
const std::vector<SceneOption> kOptions = {
    {"launch", "ID", "Select this track (an id from 'trilink catalog' or a file's track) and fit the view to it.",
     [](Scene &s, const QString &v, QString &) {
         s.launch = v;
         return true;
     },
     [](const Scene &s) { return s.launch.isEmpty() ? std::nullopt : std::optional(s.launch); }},
    {"time", "T", "Show the tracks as at T+SECONDS after the --launch, or at an ISO 8601 UTC time (default: every track whole).",
     [](Scene &s, const QString &v, QString &e) { return assign(s.time, parseSceneTime(v, e)); },
     [](const Scene &s) { return s.time.isWhole() ? std::nullopt : std::optional(sceneTimeText(s.time)); }},
    {"view-as", "WHO", "combined, USA, KOR or JPN: whose sensors hold the tracks (default combined).",
     [](Scene &s, const QString &v, QString &e) { return text::parseViewAs(v, s.layers.viewAs, e); },
     [](const Scene &s) { return std::optional(text::viewAsName(s.layers.viewAs)); }},
    {"size", "WxH", "Picture size in pixels, up to 16384 a side (default %1).",
     [](Scene &s, const QString &v, QString &e) { return assign(s.view.size, parseSize(v, e)); },
     [](const Scene &s) { return std::optional(QStringLiteral("%1x%2").arg(s.view.size.width()).arg(s.view.size.height())); }, true},
    {"projection", "NAME", "Projection: %1 (default lcc).",
     [](Scene &s, const QString &v, QString &e) {
         const auto kind = ProjectionSpec::kindFromName(v);
         if (!kind)
             e = QStringLiteral("unknown projection '%1' (choose %2)").arg(v, projectionNames());
         return assign(s.view.projection, kind);
     },
     [](const Scene &s) { return std::optional(ProjectionSpec::centred(s.view.projection, 0, 0).name()); }, true},
    {"center", "LON,LAT", "Centre of the view (default %region, or the --launch track's).",
     [](Scene &s, const QString &v, QString &e) { return readLonLat(s.view.centre, v, e); },
     [](const Scene &s) { return written(s.view.centre); }, true},
    {"projection-center", "LON,LAT", "Centre of the aeqd and ortho projections (default: --center).",
     [](Scene &s, const QString &v, QString &e) { return readLonLat(s.view.projectionCentre, v, e); },
     [](const Scene &s) { return written(s.view.projectionCentre); }, true},
    {"extent-km", "KM", "Width of the view in km (default 3400; 13500 for ortho; fitted to the --launch track).",
     [](Scene &s, const QString &v, QString &e) { return bool(s.view.extentKm = parsePositive(v, region::kMaxExtentKm, e)); },
     [](const Scene &s) { return s.view.extentKm ? std::optional(number(*s.view.extentKm)) : std::nullopt; }, true},
    {"theme", "THEME", "dark or light (default %1).",
     [](Scene &s, const QString &v, QString &e) {
         const QString name = v.toLower();
         if (name != QLatin1String("dark") && name != QLatin1String("light")) {
             e = QStringLiteral("unknown theme '%1' (choose dark or light)").arg(v);
             return false;
         }
         s.layers.theme = name == QLatin1String("light") ? MapTheme::Light : MapTheme::Dark;
         return true;
     },
     [](const Scene &s) { return std::optional(s.layers.theme == MapTheme::Light ? QStringLiteral("light") : QStringLiteral("dark")); }, true},
    {"reference", "LON,LAT", "Mark this point with range rings.",
     [](Scene &s, const QString &v, QString &e) { return readLonLat(s.layers.reference, v, e); },
     [](const Scene &s) { return written(s.layers.reference); }},
    {"banner", "TEXT", "Releasability banner, top and bottom (default none).",
     [](Scene &s, const QString &v, QString &) {
         s.layers.banner = v;
         return true;
     },
     [](const Scene &s) { return std::optional(s.layers.banner); }},
    {"trail", "SECONDS", "Seconds of flown path behind each marker (default 0: all of it).",
     [](Scene &s, const QString &v, QString &e) { return readBounded(s.trailS, v, 0, kDayS, QStringLiteral("a number of seconds from 0 to 86400"), e); },
     [](const Scene &s) { return std::optional(number(s.trailS)); }},
    {"sensors", "WHO", "Whose sensor symbols to show: all, none or USA,KOR,JPN (default all).",
     [](Scene &s, const QString &v, QString &e) { return assign(s.layers.sensorPartners, text::parsePartnerList(v, e)); },
     [](const Scene &s) { return std::optional(text::partnerList(s.layers.sensorPartners)); }},
    {"coverage", "WHO",
     "Whose radar coverage fans to show: track (only the radars that held the --launch track; none without one), "
     "all, none or USA,KOR,JPN, or track with partners (track,KOR) (default %1).",
     [](Scene &s, const QString &v, QString &e) { return readCoverage(s.layers, v, e); },
     [](const Scene &s) { return std::optional(coverageText(s.layers)); }},
    {"units", "UNITS", "Distances, heights and speeds: metric (km, km, m/s), nautical (nm, kft, Mach) or a list such as nm,km,kn (default %1).",
     [](Scene &s, const QString &v, QString &e) { return assign(s.layers.units, text::parseUnitSystem(v, e)); },
     [](const Scene &s) { return std::optional(text::unitSystemName(s.layers.units)); }},
    {"coverage-alt-km", "KM", "Target altitude of the radar horizon coverage (default 300).",
     [](Scene &s, const QString &v, QString &e) { return assign(s.coverageAltKm, parsePositive(v, kMaxCoverageAltKm, e)); },
     [](const Scene &s) { return std::optional(number(s.coverageAltKm)); }},
    {"text-scale", "F", "Type size factor, 0.5 to 4 (briefing mode uses 1.7; default 1).",
     [](Scene &s, const QString &v, QString &e) { return readBounded(s.layers.textScale, v, 0.5, 4.0, QStringLiteral("a number from 0.5 to 4"), e); },
     [](const Scene &s) { return std::optional(number(s.layers.textScale)); }},
    {"no-legend", nullptr, "Leave out the legend and the clock.", [](Scene &s, const QString &, QString &) { return off(s.layers.showLegend); },
     [](const Scene &s) { return written(!s.layers.showLegend); }},
    {"no-tracks", nullptr, "Leave out the catalogue and its sensors: the map alone.",
     [](Scene &s, const QString &, QString &) { return off(s.tracks); }, [](const Scene &s) { return written(!s.tracks); }},
    {"no-graticule", nullptr, "Leave out the graticule.", [](Scene &s, const QString &, QString &) { return off(s.layers.showGraticule); },
     [](const Scene &s) { return written(!s.layers.showGraticule); }},
    {"no-labels", nullptr, "Leave out the place names.", [](Scene &s, const QString &, QString &) { return off(s.layers.showPlaces); },
     [](const Scene &s) { return written(!s.layers.showPlaces); }},
    {"no-scale-bar", nullptr, "Leave out the scale bar.", [](Scene &s, const QString &, QString &) { return off(s.layers.showScaleBar); },
     [](const Scene &s) { return written(!s.layers.showScaleBar); }},
    {"no-decorations", nullptr, "Leave out the projection title, credits and north arrow.",
     [](Scene &s, const QString &, QString &) { return off(s.layers.showDecorations); },
     [](const Scene &s) { return written(!s.layers.showDecorations); }},
    {"no-eez", nullptr, "Leave out Japan's approximate EEZ.", [](Scene &s, const QString &, QString &) { return off(s.layers.showEez); },
     [](const Scene &s) { return written(!s.layers.showEez); }},
};

QString helpFor(const SceneOption &o, const SceneCommand &command)
{
    QString help = command.help.value(QString::fromLatin1(o.name), QString::fromUtf8(o.help));
    help.replace(QLatin1String("%region"), lonLat(region::defaultCentre()));
    if (help.contains(QLatin1String("%1")))
        help = QString::fromLatin1(o.name) == QLatin1String("projection") ? help.arg(projectionNames())
                                                                           : help.arg(o.write(command.defaults).value_or(QStringLiteral("none")));
    return help;
}
} // namespace

const std::vector<SceneOption> &sceneOptions()
{
    return kOptions;
}

SceneCommand SceneCommand::exportPicture()
{
    return {QStringLiteral("export"), Scene{}, {}, {}};
}

SceneCommand SceneCommand::animate()
{
    SceneCommand c{QStringLiteral("animate"), Scene{}, {}, {}};
    c.defaults.view.size = QSize(1280, 720);
    for (const SceneOption &o : kOptions)
        if (qstrcmp(o.name, "time") != 0 && qstrcmp(o.name, "no-tracks") != 0)
            c.options << QString::fromLatin1(o.name);
    c.help[QStringLiteral("launch")] = QStringLiteral("The track to play (an id from 'trilink catalog' or a file's track); the view is fitted to it.");
    c.help[QStringLiteral("size")] = QStringLiteral("Frame size in pixels, up to 16384 a side (default %1).");
    c.help[QStringLiteral("center")] = QStringLiteral("Centre of the view (default: the track's).");
    c.help[QStringLiteral("extent-km")] = QStringLiteral("Width of the view in km (default: fitted to the track; 13500 for ortho).");
    return c;
}

SceneCommand SceneCommand::brief()
{
    SceneCommand c{QStringLiteral("brief"), Scene{}, {QStringLiteral("view-as"), QStringLiteral("banner"), QStringLiteral("theme"), QStringLiteral("time")}, {}};
    c.defaults.layers.theme = MapTheme::Light;
    c.defaults.layers.banner = text::defaultBanner();
    c.defaults.view.fit = SceneView::Fit::Page;
    c.help[QStringLiteral("banner")] = QStringLiteral("Releasability banner, top and bottom of every page (default \"%1\"; \"\" for none).");
    c.help[QStringLiteral("theme")] = QStringLiteral("Map theme: light or dark (default light, for print).");
    c.help[QStringLiteral("time")] = QStringLiteral("The map and side view as at T+SECONDS after each launch, or at an ISO 8601 UTC time "
                                                    "(default: the end of each flight).");
    return c;
}

SceneCommand SceneCommand::viewer()
{
    SceneCommand c{QStringLiteral("viewer"),
                   Scene{},
                   {QStringLiteral("launch"), QStringLiteral("time"), QStringLiteral("view-as"), QStringLiteral("center"), QStringLiteral("extent-km")},
                   {}};
    c.help[QStringLiteral("launch")] = QStringLiteral("Select this track when the catalogue is ready.");
    c.help[QStringLiteral("time")] = QStringLiteral("Show the selected launch at T+SECONDS, or at an ISO 8601 UTC time.");
    c.help[QStringLiteral("center")] = QStringLiteral("Centre of the view (default: the region, or the --launch track's).");
    c.help[QStringLiteral("extent-km")] = QStringLiteral("Width of the view in km (default: the region's, or the --launch track's).");
    return c;
}

void addSceneOptions(QCommandLineParser &parser, const SceneCommand &command)
{
    for (const SceneOption &o : kOptions) {
        if (!command.takes(QString::fromLatin1(o.name)))
            continue;
        parser.addOption(o.valueName ? QCommandLineOption(QString::fromLatin1(o.name), helpFor(o, command), QString::fromLatin1(o.valueName))
                                     : QCommandLineOption(QString::fromLatin1(o.name), helpFor(o, command)));
    }
    if (command.takesFiles)
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Track files to add to the catalogue (CSV, GeoJSON, KML, ...)."),
                                     QStringLiteral("[FILE...]"));
}

// A scenario file among the files sets the options the command line leaves out: its view is the exercise's,
// the command line still has the last word (trilink export ex.trilink.json --view-as KOR).
bool readScenarioView(const QCommandLineParser &parser, const SceneCommand &command, Scene &scene, QString &error)
{
    const QStringList files = parser.positionalArguments();
    if (std::none_of(files.begin(), files.end(), [](const QString &f) { return isScenarioFileName(f); }))
        return true;
    const auto training = scenarioOfFiles(files, error);
    if (!training)
        return false;
    const Scene viewerDefaults = SceneCommand::viewer().defaults;
    for (const SceneOption &o : kOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!command.takes(name) || parser.isSet(name) || name == QLatin1String("no-tracks"))
            continue;
        const auto value = o.write(training->scene);
        if (!value || value == o.write(viewerDefaults))
            continue;
        if (QString reason; !o.read(scene, *value, reason))
            return error = QStringLiteral("view.%1: %2").arg(name, reason), false;
    }
    return true;
}

std::optional<Scene> readScene(const QCommandLineParser &parser, const SceneCommand &command, QString &error)
{
    Scene scene = command.defaults;
    if (command.takesFiles && !readScenarioView(parser, command, scene, error))
        return std::nullopt;
    for (const SceneOption &o : kOptions) {
        const QString name = QString::fromLatin1(o.name);
        if (!command.takes(name) || !parser.isSet(name))
            continue;
        QString reason;
        if (!o.read(scene, o.valueName ? parser.value(name) : QString(), reason)) {
            error = QStringLiteral("--%1: %2").arg(name, reason);
            return std::nullopt;
        }
    }
    if (command.takesFiles)
        scene.files = parser.positionalArguments();
    if (!scene.tracks && (!scene.files.isEmpty() || !scene.launch.isEmpty() || !scene.time.isWhole())) {
        error = QStringLiteral("--no-tracks cannot be combined with track files, --launch or --time");
        return std::nullopt;
    }
    return scene;
}

QStringList sceneArguments(const Scene &scene, const SceneCommand &command)
{
    QStringList a;
    for (const SceneOption &o : kOptions) {
        if (!command.takes(QString::fromLatin1(o.name)))
            continue;
        const auto value = o.write(scene);
        if (!value || (!o.pinned && value == o.write(command.defaults)))
            continue;
        a << QStringLiteral("--") + QString::fromLatin1(o.name);
        if (o.valueName)
            a << *value;
    }
    if (command.takesFiles && !scene.files.isEmpty()) {
        // After "--" a file named like an option is still a file.
        if (std::any_of(scene.files.begin(), scene.files.end(), [](const QString &f) { return f.startsWith(u'-'); }))
            a << QStringLiteral("--");
        a << scene.files;
    }
    return a;
}

std::optional<SceneTime> parseSceneTime(const QString &text, QString &error)
{
    QString t = text.trimmed();
    const bool relative = t.startsWith(QLatin1String("T+"), Qt::CaseInsensitive) || t.startsWith(u'+') ||
                          (!t.isEmpty() && (t.front().isDigit() || t.front() == u'.') && !t.contains(u'-') && !t.contains(u':'));
    if (relative) {
        t = t.mid(t.startsWith(u'+') ? 1 : t.startsWith(QLatin1String("T+"), Qt::CaseInsensitive) ? 2 : 0);
        bool ok = false;
        const double seconds = t.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > kDayS) {
            error = QStringLiteral("'%1' is not T+SECONDS (0 to 86400) or an ISO 8601 UTC time").arg(text);
            return std::nullopt;
        }
        return SceneTime::sinceLaunch(seconds);
    }
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid()) {
        error = QStringLiteral("'%1' is not T+SECONDS or an ISO 8601 UTC time").arg(text);
        return std::nullopt;
    }
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc()); // a time without a zone is UTC, never the machine's zone
    return SceneTime::utc(static_cast<double>(when.toMSecsSinceEpoch()));
}

QString sceneTimeText(const SceneTime &time)
{
    switch (time.kind) {
    case SceneTime::Kind::Whole:
        return {};
    case SceneTime::Kind::SinceLaunch:
        return QStringLiteral("T+") + number(time.value);
    case SceneTime::Kind::Utc:
        return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(time.value)), QTimeZone::utc()).toString(Qt::ISODateWithMs);
    }
    return {};
}

QString shellCommand(const QStringList &arguments)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:,+=@%-]+$"));
    QStringList quoted{QStringLiteral("trilink")};
    for (QString arg : arguments) {
        if (plain.match(arg).hasMatch())
            quoted << arg;
        else
            quoted << u'\'' + arg.replace(u'\'', QLatin1String("'\\''")) + u'\'';
    }
    return quoted.join(u' ');
}

} // namespace trilink::maps
