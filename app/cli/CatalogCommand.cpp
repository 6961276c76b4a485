// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/CatalogCommand.h"

#include "app/cli/CatalogJson.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TrajectoryText.h"
#include "core/Scenario.h"
#include "core/Text.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace trilink::cli {
namespace {
const QStringList kClasses{QStringLiteral("srbm"), QStringLiteral("mrbm"), QStringLiteral("irbm"), QStringLiteral("icbm"),
                           QStringLiteral("slbm"), QStringLiteral("hgv"),  QStringLiteral("slv"),  QStringLiteral("unknown")};

int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink catalog: " << message << "\n";
    return kExitUsage;
}

// "2939 (2802)": the modelled figure, then the reported one where it differs or "(—)" where none is.
QString besideReported(double modelled, const SourcedFigure &reported, int width)
{
    const QString m = QString::number(modelled, 'f', 0);
    if (!reported.has())
        return (m + QStringLiteral(" (-)")).rightJustified(width);
    const QString r = QString::number(*reported.value, 'f', 0);
    return (r == m ? m : QStringLiteral("%1 (%2)").arg(m, r)).rightJustified(width);
}

struct Filter {
    std::optional<int> year;
    QStringList classes;

    bool accepts(const CatalogFacts &f) const
    {
        return (!year || f.year() == *year) && (classes.isEmpty() || classes.contains(f.missileClass));
    }
};
} // namespace

int runCatalog(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("List every missile of the public record since 2016 as modelled, and the rows "
                                               "without enough facts for a track, with the reason."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("Only launches of this year (UTC)."), QStringLiteral("YEAR"));
    const QCommandLineOption cls(QStringLiteral("class"),
                                 QStringLiteral("Only this class (%1; several separated by commas).").arg(kClasses.join(u", ")),
                                 QStringLiteral("CLASS"));
    p.addOptions({help, json, year, cls});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().value(0)));
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("catalog [options]"), QLatin1String("trilink catalog [options]"));
        return kExitOk;
    }
    Filter filter;
    if (p.isSet(year)) {
        bool ok = false;
        filter.year = p.value(year).toInt(&ok);
        if (!ok || *filter.year < 1900 || *filter.year > 2200)
            return usageError(QStringLiteral("--year takes a year such as 2022 (got '%1')").arg(p.value(year)));
    }
    for (const QString &c : p.value(cls).split(u',', Qt::SkipEmptyParts)) {
        if (!kClasses.contains(c.trimmed().toLower()))
            return usageError(QStringLiteral("unknown class '%1' (choose %2)").arg(c, kClasses.join(u", ")));
        filter.classes << c.trimmed().toLower();
    }

    const Scenario scenario = builtinScenario();
    if (scenario.tracks.empty() && scenario.withoutEnoughFacts.empty()) {
        QTextStream(stderr) << "trilink catalog: the bundled catalogue could not be read: " << scenario.problems.join(u"; ") << "\n";
        return kExitFailure;
    }
    std::vector<const ScenarioTrack *> tracks;
    for (const auto &t : scenario.tracks)
        if (t.facts && filter.accepts(*t.facts))
            tracks.push_back(&t);
    std::vector<const CatalogExclusion *> excluded;
    for (const auto &e : scenario.withoutEnoughFacts)
        if (filter.accepts(e.facts))
            excluded.push_back(&e);

    QTextStream out(stdout);
    if (p.isSet(json)) {
        QJsonArray list, left, problems;
        for (const ScenarioTrack *t : tracks)
            list.append(catalogTrackJson(*t));
        for (const CatalogExclusion *e : excluded) {
            QJsonObject o = factsJson(e->facts);
            o[QStringLiteral("reason")] = e->reason;
            left.append(o);
        }
        for (const auto &pr : scenario.problems)
            problems.append(pr);
        out << QJsonDocument(QJsonObject{{QStringLiteral("tracks"), list},
                                         {QStringLiteral("without_enough_facts"), left},
                                         {QStringLiteral("source_rows"), scenario.catalogRows},
                                         {QStringLiteral("problems"), problems}})
                   .toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("id").leftJustified(28), QStringLiteral("launch (UTC)").leftJustified(16),
                    QStringLiteral("missile").leftJustified(24), QStringLiteral("class").leftJustified(7),
                    QStringLiteral("apogee km").rightJustified(12), QStringLiteral("range km").rightJustified(11),
                    QStringLiteral("flight").rightJustified(14), QStringLiteral("status"));
    for (const ScenarioTrack *t : tracks) {
        const CatalogFacts &f = *t->facts;
        QStringList flags;
        if (f.isFailure())
            flags << QStringLiteral("failure");
        if (!f.launchTimeNote.isEmpty() && !f.launchesRow)
            flags << QStringLiteral("time assumed");
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8%9\n")
                   .arg(f.id.leftJustified(28), f.launchUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(16),
                        f.missile.left(24).leftJustified(24), f.missileClass.leftJustified(7),
                        besideReported(t->apogeeM / 1000.0, f.apogeeKm, 12), besideReported(t->rangeM / 1000.0, f.rangeKm, 11),
                        text::duration(t->flightTimeS).rightJustified(14), trackOriginName(t->origin),
                        flags.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(flags.join(u", ")));
    }
    out << "\n" << tracks.size() << " tracks (apogee and range: modelled, then reported in brackets where they differ)";
    out << "; " << excluded.size() << " without enough facts for a track:\n";
    for (const CatalogExclusion *e : excluded)
        out << "  " << e->facts.id.leftJustified(28) << "  " << e->facts.missile << ": " << e->reason << "\n";
    for (const auto &pr : scenario.problems)
        out << "problem: " << pr << "\n";
    return kExitOk;
}

} // namespace trilink::cli
