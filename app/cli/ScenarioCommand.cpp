// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ScenarioCommand.h"

#include "app/cli/AttributionCommand.h"
#include "app/cli/CommandLine.h"
#include "app/cli/LaunchOptions.h"
#include "core/Text.h"
#include "maps/scene/SceneLoader.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/ScenarioFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace trilink::cli {
namespace {
const CommandErrors kErrors{"scenario"};

struct Verb {
    const char *name;
    const char *arguments; // after the file
    const char *summary;
};
const Verb kVerbs[] = {
    {"new", "[--name TEXT] [--catalogue] [--force]", "make an empty scenario file"},
    {"add-launch", "(--lat --lon | --facility KEY) (--azimuth --range-km | --impact-lat --impact-lon) --time ISO [...]",
     "add a launch (a salvo with --salvo N --interval S [--spread-km K]); see --help"},
    {"remove-launch", "ID", "remove a launch"},
    {"add-radar", "--like ID --lat LAT --lon LON [--id ID]", "add a radar like a catalogue radar (marked notional)"},
    {"remove-sensor", "ID", "take a sensor out (an added radar deleted, a catalogue one switched off)"},
    {"move-sensor", "ID --lat LAT --lon LON", "move a radar or station a ship"},
    {"disable-sensor", "ID", "switch a sensor off (left out of the attribution)"},
    {"enable-sensor", "ID", "switch it on again"},
    {"set-latency", "--link KOR-USA|JPN-USA --seconds S", "set a link's latency"},
    {"bookmark", "--time ISO --note TEXT", "add a bookmark"},
    {"show", "[--json]", "model the scenario and print its launches, sensors, links and attribution"},
};

QString usage()
{
    QString s;
    QTextStream t(&s);
    t << "Usage: trilink scenario VERB FILE.trilink.json [OPTIONS]\n\nVerbs:\n";
    for (const Verb &v : kVerbs)
        t << "  " << QString::fromLatin1(v.name).leftJustified(15) << v.arguments << "\n" << QString(17, u' ') << v.summary << "\n";
    t << "\nThe format: docs/scenario.md. trilink export|brief|animate|attribution|stats FILE.trilink.json use it.\n";
    return s;
}

// Reads the scenario to change; an error message and exit 2 (a bad file is the user's to fix).
std::optional<maps::TrainingScenario> readOrReport(const QString &path, int &rc)
{
    QString error;
    bool unreadable = false;
    auto s = maps::readScenarioFile(path, error, &unreadable);
    if (!s)
        rc = unreadable ? kErrors.failure(error) : kErrors.usage(error);
    return s;
}

int write(const QString &path, const maps::TrainingScenario &s, const QString &what)
{
    QString error;
    if (!maps::writeScenarioFile(path, s, error))
        return kErrors.failure(error);
    QTextStream(stdout) << path << ": " << what << "\n";
    return kExitOk;
}

// The sensor an id names in the bundled laydown or among the scenario's added radars; an error naming the known
// ids when none.
bool knownSensor(const QString &id, const maps::TrainingScenario &s, QString &error)
{
    SensorLaydown laydown = SensorLaydown::builtin();
    for (const maps::SensorAdd &a : s.sensors.added)
        if (const Sensor *like = laydown.find(a.like)) {
            Sensor copy = *like;
            copy.id = a.id;
            laydown.add(copy);
        }
    if (laydown.find(id))
        return true;
    QStringList ids;
    for (const Sensor &s : laydown.sensors())
        ids << s.id;
    error = QStringLiteral("no sensor '%1' (the laydown has %2)").arg(id, ids.join(QStringLiteral(", ")));
    return false;
}

int addLaunch(const QStringList &arguments, const QString &path)
{
    auto parserFor = [](QCommandLineParser &p) {
        p.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")});
        p.addOptions(launchRequestOptions());
        p.addOptions({
            {QStringLiteral("facility"), QStringLiteral("Launch from this public facility (a facility_key of the record, e.g. sohae) instead of --lat/--lon."), QStringLiteral("KEY")},
            {QStringLiteral("time"), QStringLiteral("Launch time, ISO 8601 (UTC when no zone is given)."), QStringLiteral("ISO")},
            {QStringLiteral("id"), QStringLiteral("The launch's id (default L1, L2, ...)."), QStringLiteral("ID")},
            {QStringLiteral("label"), QStringLiteral("Its label on the map (default: the missile's name)."), QStringLiteral("TEXT")},
            {QStringLiteral("salvo"), QStringLiteral("Missiles in the salvo, 1 to 26 (default 1)."), QStringLiteral("N")},
            {QStringLiteral("interval"), QStringLiteral("Seconds between the salvo's launches."), QStringLiteral("S")},
            {QStringLiteral("spread-km"), QStringLiteral("The salvo's impact points across the line of fire, first to last."), QStringLiteral("KM")},
        });
    };
    QCommandLineParser p;
    parserFor(p);
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("add-launch [options]"), QLatin1String("trilink scenario add-launch FILE [options]"));
        return kExitOk;
    }
    int rc = kExitOk;
    auto s = readOrReport(path, rc);
    if (!s)
        return rc;

    QString error;
    auto input = readLaunchInput(p, error);
    if (!input)
        return kErrors.usage(error);
    input->facility = p.value(QStringLiteral("facility"));
    input->time = p.value(QStringLiteral("time"));
    input->id = p.value(QStringLiteral("id"));
    input->label = p.value(QStringLiteral("label"));
    if (p.isSet(QStringLiteral("salvo"))) {
        bool ok = false;
        input->salvo = p.value(QStringLiteral("salvo")).toInt(&ok);
        if (!ok)
            return kErrors.usage(QStringLiteral("--salvo: '%1' is not a whole number").arg(p.value(QStringLiteral("salvo"))));
    }
    input->intervalS = numberOption(p, QStringLiteral("interval"), error);
    input->spreadKm = numberOption(p, QStringLiteral("spread-km"), error);
    if (!error.isEmpty())
        return kErrors.usage(error);
    const auto launch = maps::scenarioLaunch(*input, *s, error);
    if (!launch)
        return kErrors.usage(error);
    const maps::ScenarioLaunch &l = *launch;
    // The launch goes into the file only if it can be flown: modelled once here, as every view will.
    ScenarioTrack t;
    if (const QString why = maps::whyNotFlown(l, s->sensors, &t); !why.isEmpty())
        return kErrors.usage(why);
    s->launches.push_back(l);
    // Through the file's own reader: what goes in reads back (its ranges are the file's).
    if (QString why; !maps::scenarioFromJson(maps::scenarioJson(*s, QString()), QString(), why))
        return kErrors.usage(why);
    return write(path, *s, QStringLiteral("added %1 (%2%3, %4 km, flight %5)")
                               .arg(l.id, t.label, l.salvoCount > 1 ? QStringLiteral(", salvo of %1").arg(l.salvoCount) : QString())
                               .arg(t.rangeM / 1000.0, 0, 'f', 0)
                               .arg(text::duration(t.flightTimeS)));
}

int show(const QString &path, bool json)
{
    int rc = kExitOk;
    const auto s = readOrReport(path, rc);
    if (!s)
        return rc;
    Scenario scenario;
    if (rc = kErrors.loadScenario({path}, scenario); rc != kExitOk)
        return rc;
    QTextStream out(stdout);
    if (json) {
        QJsonArray tracks;
        for (const ScenarioTrack &t : scenario.tracks) {
            if (t.facts) // the record beside the exercise: `trilink attribution` lists those
                continue;
            tracks.append(QJsonObject{{QStringLiteral("id"), t.id},
                                      {QStringLiteral("label"), t.label},
                                      {QStringLiteral("launch"), maps::scenarioTimeText(t.launchMsUtc)},
                                      {QStringLiteral("flight_time_s"), std::round(t.flightTimeS * 10) / 10},
                                      {QStringLiteral("range_km"), std::round(t.rangeM / 100) / 10},
                                      {QStringLiteral("apogee_km"), std::round(t.apogeeM / 100) / 10},
                                      {QStringLiteral("attribution"), attributionJson(t.attribution, scenario.sharing)}});
        }
        QJsonObject root{{QStringLiteral("scenario"), maps::scenarioJson(*s, QFileInfo(path).absolutePath())},
                         {QStringLiteral("tracks"), tracks},
                         {QStringLiteral("record_tracks"), int(std::count_if(scenario.tracks.begin(), scenario.tracks.end(), [](const ScenarioTrack &t) { return t.facts.has_value(); }))}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out << path << (s->name.isEmpty() ? QString() : QStringLiteral(": ") + s->name) << "\n";
    out << "  launches: " << s->launches.size() << (s->catalogue ? ", with the public record" : "") << "; track files: " << s->scene.files.size() << "\n";
    for (const maps::SensorAdd &a : s->sensors.added)
        out << "  sensor " << a.id << " added like " << a.like << " at " << a.lat << ", " << a.lon << " (notional)\n";
    for (const maps::SensorMove &m : s->sensors.moved)
        out << "  sensor " << m.id << " moved to " << m.lat << ", " << m.lon << "\n";
    for (const QString &d : s->sensors.disabled)
        out << "  sensor " << d << " off\n";
    out << "  links: KOR-USA " << s->sharing.korUsaLatencyS << " s, JPN-USA " << s->sharing.jpnUsaLatencyS << " s\n";
    for (const maps::Bookmark &b : s->bookmarks)
        out << "  bookmark " << maps::scenarioTimeText(b.timeMsUtc) << "  " << b.note << "\n";
    if (scenario.laydown.hasNotional())
        out << "Notional sensor laydown (sites, sectors and ranges partly assumed; see docs/sensors.md).\n";
    out << "\n";
    for (const ScenarioTrack &t : scenario.tracks) {
        if (t.facts)
            continue;
        out << t.id << "  " << t.label << "  " << maps::scenarioTimeText(t.launchMsUtc) << "  flight "
            << text::duration(t.flightTimeS) << ", range " << QString::number(t.rangeM / 1e3, 'f', 0) << " km, apogee "
            << QString::number(t.apogeeM / 1e3, 'f', 0) << " km\n"
            << attributionText(t.attribution, scenario.sharing) << "\n";
    }
    return kExitOk;
}
} // namespace

int runScenario(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        QTextStream(verb.isEmpty() ? stderr : stdout) << usage();
        return verb.isEmpty() ? kExitUsage : kExitOk;
    }
    if (std::none_of(std::begin(kVerbs), std::end(kVerbs), [&](const Verb &v) { return verb == QLatin1String(v.name); }))
        return kErrors.usage(QStringLiteral("unknown verb '%1' (see trilink scenario --help)").arg(verb));
    // The verb's own options, then FILE among the positional arguments.
    QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("add-launch") && (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))))
        return addLaunch(rest, QString());
    QStringList positional;
    for (int i = 1; i < rest.size(); ++i) {
        if (rest[i].startsWith(u'-') && rest[i] != QLatin1String("-")) {
            // Options with a value: skip it. Switches: --json, --catalogue, --force, --min-energy, --nearest-feasible.
            static const QStringList switches = {QStringLiteral("--json"), QStringLiteral("--catalogue"), QStringLiteral("--force"),
                                                 QStringLiteral("--min-energy"), QStringLiteral("--nearest-feasible")};
            if (!switches.contains(rest[i]) && !rest[i].contains(u'='))
                ++i;
            continue;
        }
        positional << rest[i];
    }
    if (positional.isEmpty() || !maps::isScenarioFileName(positional.front()))
        return kErrors.usage(QStringLiteral("%1 takes a scenario file, NAME.trilink.json, first").arg(verb));
    const QString path = positional.front();
    const QStringList extra = positional.mid(1);

    if (verb == QLatin1String("add-launch")) {
        QStringList a = rest;
        a.removeOne(path);
        return extra.isEmpty() ? addLaunch(a, path) : kErrors.usage(QStringLiteral("unexpected argument '%1'").arg(extra.front()));
    }
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("name"), QStringLiteral("Name."), QStringLiteral("TEXT")},
                  {QStringLiteral("catalogue"), QStringLiteral("Show the public record beside the exercise.")},
                  {QStringLiteral("force"), QStringLiteral("Replace an existing file.")},
                  {QStringLiteral("lat"), QStringLiteral("Latitude."), QStringLiteral("LAT")},
                  {QStringLiteral("like"), QStringLiteral("The catalogue radar to copy."), QStringLiteral("ID")},
                  {QStringLiteral("id"), QStringLiteral("The new radar's id."), QStringLiteral("ID")},
                  {QStringLiteral("lon"), QStringLiteral("Longitude."), QStringLiteral("LON")},
                  {QStringLiteral("link"), QStringLiteral("KOR-USA or JPN-USA."), QStringLiteral("LINK")},
                  {QStringLiteral("seconds"), QStringLiteral("Latency."), QStringLiteral("S")},
                  {QStringLiteral("time"), QStringLiteral("Time."), QStringLiteral("ISO")},
                  {QStringLiteral("note"), QStringLiteral("Note."), QStringLiteral("TEXT")},
                  {QStringLiteral("json"), QStringLiteral("JSON.")}});
    if (!p.parse(rest))
        return kErrors.usage(p.errorText());
    const QString id = extra.value(0);
    const bool takesId = verb == QLatin1String("remove-launch") || verb.endsWith(QLatin1String("-sensor"));
    if (extra.size() > (takesId ? 1 : 0) || (takesId && id.isEmpty()))
        return kErrors.usage(takesId ? QStringLiteral("%1 takes FILE and an ID").arg(verb) : QStringLiteral("unexpected argument '%1'").arg(extra.front()));

    if (verb == QLatin1String("new")) {
        if (QFileInfo::exists(path) && !p.isSet(QStringLiteral("force")))
            return kErrors.usage(QStringLiteral("%1 exists (--force replaces it)").arg(path));
        maps::TrainingScenario s;
        s.scene = maps::SceneCommand::viewer().defaults;
        s.name = p.value(QStringLiteral("name"));
        s.catalogue = p.isSet(QStringLiteral("catalogue"));
        return write(path, s, QStringLiteral("new scenario"));
    }
    if (verb == QLatin1String("show"))
        return show(path, p.isSet(QStringLiteral("json")));

    int rc = kExitOk;
    auto s = readOrReport(path, rc);
    if (!s)
        return rc;
    QString error;
    if (verb == QLatin1String("remove-launch")) {
        const auto it = std::find_if(s->launches.begin(), s->launches.end(), [&](const maps::ScenarioLaunch &l) { return l.id == id; });
        if (it == s->launches.end())
            return kErrors.usage(QStringLiteral("%1 has no launch '%2'").arg(path, id));
        s->launches.erase(it);
        return write(path, *s, QStringLiteral("removed %1").arg(id));
    }
    if (verb == QLatin1String("move-sensor")) {
        const auto lat = numberOption(p, QStringLiteral("lat"), error), lon = numberOption(p, QStringLiteral("lon"), error);
        if (!error.isEmpty() || !lat || !lon || std::abs(*lat) > 90 || *lon < -180 || *lon > 360)
            return kErrors.usage(error.isEmpty() ? QStringLiteral("--lat (-90 to 90) and --lon (-180 to 360) give the new position") : error);
        if (!knownSensor(id, *s, error))
            return kErrors.usage(error);
        auto &moved = s->sensors.moved;
        moved.erase(std::remove_if(moved.begin(), moved.end(), [&](const maps::SensorMove &m) { return m.id == id; }), moved.end());
        moved.push_back({id, *lon, *lat});
        return write(path, *s, QStringLiteral("%1 moved to %2, %3").arg(id).arg(*lat).arg(*lon));
    }
    if (verb == QLatin1String("add-radar")) {
        const auto lat = numberOption(p, QStringLiteral("lat"), error), lon = numberOption(p, QStringLiteral("lon"), error);
        if (!error.isEmpty() || !lat || !lon || std::abs(*lat) > 90 || *lon < -180 || *lon > 360)
            return kErrors.usage(error.isEmpty() ? QStringLiteral("--lat (-90 to 90) and --lon (-180 to 360) give its position") : error);
        SensorLaydown now = SensorLaydown::builtin();
        if (!maps::applySensorChanges(s->sensors, now, error))
            return kErrors.usage(error);
        maps::SensorAdd add = maps::addedRadar(now, p.value(QStringLiteral("like")), *lon, *lat);
        if (p.isSet(QStringLiteral("id")))
            add.id = p.value(QStringLiteral("id"));
        s->sensors.added.push_back(add);
        // Checked as a file is read and as every view applies it: a known radar to copy, a free id.
        SensorLaydown check = SensorLaydown::builtin();
        if (QString why; !maps::scenarioFromJson(maps::scenarioJson(*s, QString()), QString(), why) ||
                         !maps::applySensorChanges(s->sensors, check, why))
            return kErrors.usage(why);
        return write(path, *s, QStringLiteral("added %1 (like %2) at %3, %4").arg(add.id, add.like).arg(*lat).arg(*lon));
    }
    if (verb == QLatin1String("remove-sensor")) {
        if (!knownSensor(id, *s, error))
            return kErrors.usage(error);
        maps::removeSensor(s->sensors, id);
        return write(path, *s, QStringLiteral("removed %1").arg(id));
    }
    if (verb == QLatin1String("disable-sensor") || verb == QLatin1String("enable-sensor")) {
        if (!knownSensor(id, *s, error))
            return kErrors.usage(error);
        s->sensors.disabled.removeAll(id);
        const bool off = verb == QLatin1String("disable-sensor");
        if (off)
            s->sensors.disabled << id;
        return write(path, *s, QStringLiteral("%1 %2").arg(id, off ? QStringLiteral("off") : QStringLiteral("on")));
    }
    if (verb == QLatin1String("set-latency")) {
        const QString link = p.value(QStringLiteral("link")).toUpper();
        const auto seconds = numberOption(p, QStringLiteral("seconds"), error);
        if (link != QLatin1String("KOR-USA") && link != QLatin1String("JPN-USA"))
            return kErrors.usage(QStringLiteral("--link takes KOR-USA or JPN-USA (got '%1')").arg(p.value(QStringLiteral("link"))));
        if (!error.isEmpty() || !seconds || *seconds < 0 || *seconds > 3600)
            return kErrors.usage(error.isEmpty() ? QStringLiteral("--seconds takes 0 to 3600") : error);
        (link == QLatin1String("KOR-USA") ? s->sharing.korUsaLatencyS : s->sharing.jpnUsaLatencyS) = *seconds;
        return write(path, *s, QStringLiteral("%1 latency %2 s").arg(link).arg(*seconds));
    }
    // bookmark
    const auto when = maps::parseSceneTime(p.value(QStringLiteral("time")), error);
    if (!when || when->kind != maps::SceneTime::Kind::Utc)
        return kErrors.usage(QStringLiteral("--time: '%1' is not an ISO 8601 time").arg(p.value(QStringLiteral("time"))));
    s->bookmarks.push_back({static_cast<std::int64_t>(std::llround(when->value)), p.value(QStringLiteral("note"))});
    std::stable_sort(s->bookmarks.begin(), s->bookmarks.end(), [](const maps::Bookmark &a, const maps::Bookmark &b) { return a.timeMsUtc < b.timeMsUtc; });
    return write(path, *s, QStringLiteral("bookmark at %1").arg(maps::sceneTimeText(*when)));
}

} // namespace trilink::cli
