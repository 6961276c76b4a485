// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CatalogCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/TrajectoryText.h"
#include "core/CatalogScenario.h"
#include "core/Text.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace trilink::cli {
namespace {
QJsonValue optionalNumber(const std::optional<double> &v, int decimals = 1)
{
    if (!v)
        return QJsonValue::Null;
    const double k = std::pow(10.0, decimals);
    return std::round(*v * k) / k;
}

QJsonObject trackJson(const CatalogTrack &t)
{
    const auto &tr = t.trajectory;
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("row"), t.rowId},
        {QStringLiteral("launch_utc"), t.launchUtc.toString(Qt::ISODate)},
        {QStringLiteral("missile"), t.missile},
        {QStringLiteral("class"), missileClassName(t.missileClass)},
        {QStringLiteral("site"), t.siteName},
        {QStringLiteral("apogee_km"), optionalNumber(tr.apogeeM / 1000.0)},
        {QStringLiteral("range_km"), optionalNumber(tr.rangeM / 1000.0)},
        {QStringLiteral("flight_time_s"), optionalNumber(tr.flightTimeS, 0)},
        {QStringLiteral("apogee_km_reported"), optionalNumber(t.apogeeKmReported)},
        {QStringLiteral("range_km_reported"), optionalNumber(t.rangeKmReported)},
        {QStringLiteral("flight_time_s_published"), optionalNumber(t.flightSPublished, 0)},
        {QStringLiteral("status"), t.status()},
        {QStringLiteral("failure"), t.failure},
        {QStringLiteral("impact_lat"), optionalNumber(tr.impactLat, 4)},
        {QStringLiteral("impact_lon"), optionalNumber(tr.impactLon, 4)},
        {QStringLiteral("adjustment"), t.adjustment},
    };
}
} // namespace

int runCatalog(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List the bundled public launch catalogue as modelled."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    p.addOptions({help, json});
    if (!p.parse(arguments) || !p.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "trilink catalog: "
                            << (p.errorText().isEmpty() ? QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().value(0))
                                                        : p.errorText())
                            << "\n";
        return kExitUsage;
    }
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("catalog [options]"), QLatin1String("trilink catalog [options]"));
        return kExitOk;
    }
    const CatalogScenario scenario = CatalogScenarioBuilder::buildBuiltin();
    if (scenario.tracks.empty() && scenario.withoutEnoughFacts.empty()) {
        QTextStream(stderr) << "trilink catalog: the bundled catalogue could not be read: " << scenario.problems.join(u"; ") << "\n";
        return kExitFailure;
    }
    QTextStream out(stdout);
    if (p.isSet(json)) {
        QJsonArray tracks, excluded, problems;
        for (const auto &t : scenario.tracks)
            tracks.append(trackJson(t));
        for (const auto &e : scenario.withoutEnoughFacts)
            excluded.append(QJsonObject{{QStringLiteral("row"), e.rowId}, {QStringLiteral("date"), e.date},
                                        {QStringLiteral("missile"), e.missile}, {QStringLiteral("reason"), e.reason}});
        for (const auto &pr : scenario.problems)
            problems.append(pr);
        out << QJsonDocument(QJsonObject{{QStringLiteral("tracks"), tracks},
                                         {QStringLiteral("without_enough_facts"), excluded},
                                         {QStringLiteral("problems"), problems}})
                   .toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(QStringLiteral("id").leftJustified(24), QStringLiteral("launch (UTC)").leftJustified(17),
                    QStringLiteral("missile").leftJustified(30), QStringLiteral("apogee km").rightJustified(9),
                    QStringLiteral("range km").rightJustified(8), QStringLiteral("flight").rightJustified(13), QStringLiteral("status"));
    for (const auto &t : scenario.tracks) {
        const auto &tr = t.trajectory;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7%8\n")
                   .arg(t.id.leftJustified(24), t.launchUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(17),
                        t.missile.left(30).leftJustified(30), QString::number(tr.apogeeM / 1000.0, 'f', 0).rightJustified(9),
                        QString::number(tr.rangeM / 1000.0, 'f', 0).rightJustified(8), text::duration(tr.flightTimeS).rightJustified(13),
                        t.status(), t.failure ? QStringLiteral(" (failure)") : QString());
    }
    out << "\n" << scenario.tracks.size() << " tracks. Rows without enough facts for a track:\n";
    for (const auto &e : scenario.withoutEnoughFacts)
        out << "  row " << e.rowId << "  " << e.date << "  " << e.missile << ": " << e.reason << "\n";
    for (const auto &pr : scenario.problems)
        out << "problem: " << pr << "\n";
    return kExitOk;
}

} // namespace trilink::cli
