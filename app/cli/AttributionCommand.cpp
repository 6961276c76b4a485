// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/AttributionCommand.h"

#include "app/cli/TrajectoryText.h"

#include "app/cli/CommandLine.h"
#include "core/AttributionEngine.h"
#include "core/Scenario.h"
#include "core/SensorCatalog.h"
#include "core/SensorLaydown.h"
#include "core/SharingModel.h"
#include "core/Text.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

namespace trilink::cli {
namespace {
const CommandErrors kErrors{"attribution"};

// Seconds to 0.1 s and fractions to 1e-4: the model is not better than that, and stable text diffs well.

QJsonObject pictureJson(const SharingPicture &pic)
{
    QJsonObject o;
    o[QStringLiteral("first_detection_s")] = pic.firstDetectionS ? QJsonValue(rounded(*pic.firstDetectionS, 1)) : QJsonValue();
    o[QStringLiteral("last_detection_s")] = pic.lastDetectionS ? QJsonValue(rounded(*pic.lastDetectionS, 1)) : QJsonValue();
    o[QStringLiteral("held_fraction")] = rounded(pic.heldFraction, 4);
    QJsonArray from;
    for (Partner p : kAllPartners) {
        if (pic.contributors & partnerBit(p))
            from.append(partnerCode(p));
    }
    o[QStringLiteral("contributors")] = from;
    return o;
}

QJsonObject resultJson(const AttributionResult &r, const SharingSettings &settings, std::optional<Partner> viewAs)
{
    const auto included = [&](Partner p) { return !viewAs || *viewAs == p; };
    QJsonObject partners;
    QJsonObject gains;
    QJsonArray partnerSet;
    for (Partner p : kAllPartners) {
        if (!included(p))
            continue;
        if (const PartnerCustody *c = r.custodyOf(p)) {
            partnerSet.append(partnerCode(p));
            QJsonObject o;
            o[QStringLiteral("first_detection_s")] = rounded(c->firstDetectionS, 1);
            o[QStringLiteral("last_detection_s")] = rounded(c->lastDetectionS, 1);
            o[QStringLiteral("held_fraction")] = rounded(c->heldFraction, 4);
            o[QStringLiteral("sensors")] = QJsonArray::fromStringList(c->sensorIds);
            QJsonArray custody;
            for (const CustodyInterval &i : c->intervals)
                custody.append(QJsonArray{rounded(i.startS, 1), rounded(i.endS, 1)});
            o[QStringLiteral("custody")] = custody;
            partners[partnerCode(p)] = o;
        }
        const SharingGain g = SharingModel::gain(r, p, settings);
        if (!g.seenShared)
            continue;
        QJsonObject o;
        o[QStringLiteral("first_detection_earlier_s")] =
            g.firstDetectionEarlierS ? QJsonValue(rounded(*g.firstDetectionEarlierS, 1)) : QJsonValue();
        o[QStringLiteral("held_fraction_gain")] = rounded(g.heldFractionGain, 4);
        o[QStringLiteral("seen_alone")] = g.seenAlone;
        gains[partnerCode(p)] = o;
    }
    QJsonObject out;
    out[QStringLiteral("view_as")] = viewAs ? partnerCode(*viewAs) : QStringLiteral("combined");
    out[QStringLiteral("partners")] = partners;
    out[QStringLiteral("partner_set")] = partnerSet;
    out[QStringLiteral("sharing_gain")] = gains;
    if (!viewAs)
        out[QStringLiteral("combined")] = pictureJson(SharingModel::commonPlatform(r, settings));
    QJsonArray events;
    for (const AttributionEvent &e : r.events) {
        // A single partner's view lists only its own events; hand-overs concern the shared picture.
        if (viewAs && (e.kind == AttributionEventKind::HandOver || e.partner != *viewAs))
            continue;
        events.append(QJsonObject{{QStringLiteral("t_s"), rounded(e.timeS, 1)}, {QStringLiteral("event"), e.text()}});
    }
    out[QStringLiteral("events")] = events;
    return out;
}

QString cell(double v, int width, int decimals = 0) { return QString::number(v, 'f', decimals).rightJustified(width); }

void printTrack(QTextStream &out, const ScenarioTrack &t, const SharingSettings &settings, std::optional<Partner> viewAs)
{
    out << t.id << "  " << t.label << "  flight " << QString::number(t.flightTimeS, 'f', 0) << " s, apogee "
        << QString::number(t.apogeeM / 1e3, 'f', 0) << " km\n";
    out << attributionText(t.attribution, settings, viewAs) << "\n";
}
} // namespace

QString attributionText(const AttributionResult &r, const SharingSettings &settings, std::optional<Partner> viewAs)
{
    QString text;
    QTextStream out(&text);
    out << "  partner   first s   last s   held %   sensors\n";
    for (Partner p : kAllPartners) {
        if (viewAs && *viewAs != p)
            continue;
        const PartnerCustody *c = r.custodyOf(p);
        out << "  " << partnerCode(p).leftJustified(7);
        if (!c) {
            out << "   never sees it\n";
            continue;
        }
        out << cell(c->firstDetectionS, 8) << cell(c->lastDetectionS, 9) << cell(100 * c->heldFraction, 9, 1) << "   "
            << c->sensorIds.join(QStringLiteral(", ")) << "\n";
    }
    if (!viewAs) {
        const SharingPicture pic = SharingModel::commonPlatform(r, settings);
        out << "  combined";
        if (pic.firstDetectionS)
            out << cell(*pic.firstDetectionS, 7) << cell(*pic.lastDetectionS, 9) << cell(100 * pic.heldFraction, 9, 1)
                << "   common platform: " << partnerMaskText(pic.contributors) << "\n";
        else
            out << "   nobody sees it\n";
    }
    QStringList gains;
    for (Partner p : kAllPartners) {
        if (viewAs && *viewAs != p)
            continue;
        const SharingGain g = SharingModel::gain(r, p, settings);
        if (!g.seenShared)
            continue;
        gains << QStringLiteral("%1 %2").arg(partnerCode(p), text::sharingGain(g));
    }
    if (!gains.isEmpty())
        out << "  sharing gain: " << gains.join(QStringLiteral("; ")) << "\n";
    QStringList events;
    for (const AttributionEvent &e : r.events) {
        if (viewAs && (e.kind == AttributionEventKind::HandOver || e.partner != *viewAs))
            continue;
        events << QStringLiteral("%1 s %2").arg(e.timeS, 0, 'f', 0).arg(e.text());
    }
    if (!events.isEmpty())
        out << "  events: " << events.join(QStringLiteral("; ")) << "\n";
    out.flush();
    return text;
}

QJsonObject attributionJson(const Trajectory &trajectory, const VisibilityModel &model, const SharingSettings &settings,
                            std::optional<Partner> viewAs)
{
    return resultJson(AttributionEngine::attribute(trajectory, model), settings, viewAs);
}

QJsonObject attributionJson(const AttributionResult &result, const SharingSettings &settings, std::optional<Partner> viewAs)
{
    return resultJson(result, settings, viewAs);
}

int runAttribution(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Which partner's sensors see each launch of the catalogue or of a scenario file, and what sharing adds."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption launch(QStringLiteral("launch"),
                                    QStringLiteral("Only this catalogue track (its id, or an id prefix naming a salvo)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption viewAsOption(QStringLiteral("view-as"),
                                          QStringLiteral("combined (default: the common platform) or USA, KOR, JPN (own sensors alone)."),
                                          QStringLiteral("VIEW"), QStringLiteral("combined"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON instead of a table."));
    p.addOptions({help, launch, viewAsOption, json});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A scenario file (*.trilink.json) or track files (default: the catalogue)."),
                            QStringLiteral("[FILE...]"));
    if (!p.parse(arguments))
        return kErrors.usage(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("attribution [options]"), QLatin1String("trilink attribution [options]"));
        return kExitOk;
    }
    ViewAs viewAs;
    if (QString error; !text::parseViewAs(p.value(viewAsOption), viewAs, error))
        return kErrors.usage(error);

    const SensorCatalog catalog = SensorCatalog::builtin();
    if (catalog.sensors().empty() || !catalog.problems().isEmpty()) {
        QTextStream(stderr) << "trilink attribution: the bundled sensor catalogue is damaged: " << catalog.problems().join(u'\n') << "\n";
        return kExitFailure;
    }
    // A scenario file (or track files): its tracks, attributed against its sensors and sharing settings.
    Scenario scenario;
    if (p.positionalArguments().isEmpty())
        scenario = builtinScenario();
    else if (const int rc = kErrors.loadScenario(p.positionalArguments(), scenario); rc != kExitOk)
        return rc;
    if (scenario.tracks.empty()) {
        QTextStream(stderr) << "trilink attribution: no catalogue tracks: " << scenario.problems.join(u'\n') << "\n";
        return kExitFailure;
    }
    const std::vector<const ScenarioTrack *> tracks =
        p.isSet(launch) ? scenario.matching(p.value(launch)) : scenario.matching(QString());
    if (tracks.empty())
        return kErrors.usage(QStringLiteral("no catalogue track '%1' (see trilink catalog)").arg(p.value(launch)));

    const SensorLaydown &laydown = scenario.laydown;
    const SharingSettings &settings = scenario.sharing;
    QTextStream out(stdout);
    if (p.isSet(json)) {
        QJsonArray list;
        for (const ScenarioTrack *t : tracks) {
            QJsonObject o = resultJson(t->attribution, settings, viewAs);
            o[QStringLiteral("id")] = t->id;
            if (t->facts)
                o[QStringLiteral("aliases")] = QJsonArray::fromStringList(t->facts->aliases);
            list.append(o);
        }
        QJsonObject root;
        root[QStringLiteral("tracks")] = list;
        root[QStringLiteral("sensor_laydown")] = laydown.hasNotional() ? QStringLiteral("notional") : QStringLiteral("published");
        root[QStringLiteral("link_latency_s")] = QJsonObject{{QStringLiteral("KOR-USA"), settings.korUsaLatencyS},
                                                             {QStringLiteral("JPN-USA"), settings.jpnUsaLatencyS}};
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    if (laydown.hasNotional())
        out << "Notional sensor laydown (sites, sectors and ranges partly assumed; see docs/sensors.md).\n";
    out << "View: " << (viewAs ? QStringLiteral("%1 own sensors alone").arg(partnerCode(*viewAs))
                               : QStringLiteral("combined = common platform (US-run); KOR and JPN data arrive after %1 s / %2 s")
                                     .arg(settings.korUsaLatencyS)
                                     .arg(settings.jpnUsaLatencyS))
        << "\n\n";
    for (const ScenarioTrack *t : tracks)
        printTrack(out, *t, settings, viewAs);
    return kExitOk;
}

} // namespace trilink::cli
