// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/StatsCommand.h"

#include "app/cli/CommandLine.h"
#include "core/Scenario.h"
#include "core/YearReview.h"
#include "maps/chart/ChartPainter.h"
#include "maps/export/PictureWriter.h"
#include "maps/scene/ScenarioFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace trilink::cli {
namespace {
int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink stats: " << message << "\n";
    return kExitUsage;
}

int failure(const QString &message)
{
    QTextStream(stderr) << "trilink stats: " << message << "\n";
    return kExitFailure;
}

double median(const std::vector<double> &v) { return BoxSummary::of(v).median; }

QJsonObject tallyJson(const PartnerTally &t)
{
    const BoxSummary s = BoxSummary::of(t.secondsEarlier), h = BoxSummary::of(t.heldGainPts);
    const auto round1 = [](double v) { return std::round(v * 10.0) / 10.0; };
    return QJsonObject{{QStringLiteral("flights"), t.flights},
                       {QStringLiteral("detected_first"), t.detectedFirst},
                       {QStringLiteral("seen_alone"), t.seenAlone},
                       {QStringLiteral("missed_alone"), t.missedAlone},
                       {QStringLiteral("seconds_earlier_median"), s.n ? QJsonValue(round1(s.median)) : QJsonValue()},
                       {QStringLiteral("seconds_earlier_n"), s.n},
                       {QStringLiteral("held_gain_pts_median"), h.n ? QJsonValue(round1(h.median)) : QJsonValue()}};
}

QJsonObject chartJson(const StatChart &c)
{
    QJsonArray series;
    for (const auto &s : c.series) {
        QJsonObject o{{QStringLiteral("name"), s.name}};
        if (c.kind == StatChart::Kind::Boxes) {
            QJsonArray boxes;
            for (const BoxSummary &b : s.boxes)
                boxes.append(QJsonObject{{QStringLiteral("n"), b.n}, {QStringLiteral("min"), b.min}, {QStringLiteral("q1"), b.q1},
                                         {QStringLiteral("median"), b.median}, {QStringLiteral("q3"), b.q3}, {QStringLiteral("max"), b.max}});
            o[QStringLiteral("boxes")] = boxes;
        } else {
            QJsonArray values;
            for (double v : s.values)
                values.append(std::round(v * 1000.0) / 1000.0);
            o[QStringLiteral("values")] = values;
        }
        series.append(o);
    }
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("title"), c.title},
                       {QStringLiteral("kind"), c.kind == StatChart::Kind::Boxes ? QStringLiteral("boxes")
                                                : c.kind == StatChart::Kind::StackedBars ? QStringLiteral("stacked_bars")
                                                                                         : QStringLiteral("grouped_bars")},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(c.categories)},
                       {QStringLiteral("series"), series},
                       {QStringLiteral("note"), c.note}};
}

void printText(QTextStream &out, const YearReview &r)
{
    out << "The year in review: " << r.periodName() << " — " << r.missiles << " missiles in " << r.eventCount << " launch events ("
        << r.tracks << " modelled, " << r.leftOut << " without enough facts for a track)\n";
    out << "Missiles by class:";
    for (const QString &c : YearReview::classOrder())
        if (const auto it = r.missilesByClass.find(c); it != r.missilesByClass.end())
            out << "  " << YearReview::className(c) << " " << it->second;
    out << "\n\n";
    const auto table = [&](const char *title, const std::array<PartnerTally, kPartnerCount> &t) {
        out << title << "\n";
        out << "  partner  flights  detected first  seen alone  missed alone  s earlier (median)  held +pts (median)\n";
        for (Partner p : kAllPartners) {
            const PartnerTally &x = t[partnerIndex(p)];
            out << "  " << partnerCode(p).leftJustified(7) << QString::number(x.flights).rightJustified(8)
                << QString::number(x.detectedFirst).rightJustified(16) << QString::number(x.seenAlone).rightJustified(12)
                << QString::number(x.missedAlone).rightJustified(14)
                << (x.secondsEarlier.empty() ? QStringLiteral("-") : QString::number(median(x.secondsEarlier), 'f', 1)).rightJustified(20)
                << (x.heldGainPts.empty() ? QStringLiteral("-") : QString::number(median(x.heldGainPts), 'f', 1)).rightJustified(20)
                << "\n";
        }
    };
    table("Every modelled flight:", r.partners);
    out << "\n";
    table(qPrintable(QStringLiteral("Low flights (modelled apogee below %1 km): %2").arg(YearReview::kLowApogeeKm).arg(r.lowFlights)),
          r.lowPartners);
    out << "\n";
    table("Higher flights:", r.otherPartners);
    out << "\nCharts (trilink stats --out FILE.png --chart ID, or --out DIR/ for all):\n";
    for (const StatChart &c : r.charts)
        out << "  " << c.id.leftJustified(30) << c.title << "\n";
    out << "\nSensor laydown partly notional (docs/sensors.md). " << catalogueCredit() << ".\n";
}
} // namespace

int runStats(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The year in review: the missiles of the public record by year and class, and for "
                                               "each partner how many flights it detected first, how many it would have missed "
                                               "alone and what sharing gained it, by class and year, low flights apart."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption year(QStringLiteral("year"), QStringLiteral("Only this year (UTC); default: every year of the record."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON (the counts, the partners and every chart's data)."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write a chart: FILE.png, FILE.svg or FILE.csv (its data); or DIR/ for every chart "
                                                "as DIR/ID.png (or --format svg) and DIR/ID.csv."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption chart(QStringLiteral("chart"), QStringLiteral("The chart --out FILE writes (default: launches)."),
                                   QStringLiteral("ID"), QStringLiteral("launches"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("png or svg, for --out DIR/ (default png)."),
                                    QStringLiteral("FMT"), QStringLiteral("png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Picture size (default 1280x720)."), QStringLiteral("WxH"),
                                  QStringLiteral("1280x720"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light (default) or dark."), QStringLiteral("THEME"),
                                   QStringLiteral("light"));
    p.addOptions({help, year, json, out, chart, format, size, theme});
    p.addPositionalArgument(QStringLiteral("SCENARIO"), QStringLiteral("A scenario file: the record as its sensors and links see it."),
                            QStringLiteral("[SCENARIO]"));
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("stats [options]"), QLatin1String("trilink stats [options]"));
        return kExitOk;
    }
    if (p.positionalArguments().size() > 1 || (p.positionalArguments().size() == 1 && !maps::isScenarioFileName(p.positionalArguments().first())))
        return usageError(QStringLiteral("takes one scenario file (*.trilink.json) at most (got '%1')").arg(p.positionalArguments().join(u' ')));
    std::optional<int> y;
    if (p.isSet(year)) {
        bool ok = false;
        y = p.value(year).toInt(&ok);
        if (!ok || *y < 1900 || *y > 2200)
            return usageError(QStringLiteral("--year takes a year such as 2022 (got '%1')").arg(p.value(year)));
    }
    static const QRegularExpression sizeRe(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto sm = sizeRe.match(p.value(size));
    const QSize px = sm.hasMatch() ? QSize(sm.captured(1).toInt(), sm.captured(2).toInt()) : QSize();
    if (!px.isValid() || px.width() < 200 || px.height() < 150 || px.width() > 10000 || px.height() > 10000)
        return usageError(QStringLiteral("--size takes WxH from 200x150 to 10000x10000 (got '%1')").arg(p.value(size)));
    const QString themeName = p.value(theme).toLower();
    if (themeName != QLatin1String("light") && themeName != QLatin1String("dark"))
        return usageError(QStringLiteral("unknown theme '%1' (choose light or dark)").arg(p.value(theme)));
    const QString fmt = p.value(format).toLower();
    if (fmt != QLatin1String("png") && fmt != QLatin1String("svg"))
        return usageError(QStringLiteral("--format takes png or svg (got '%1')").arg(p.value(format)));

    // A scenario file: the record as its sensors and sharing settings see it ("catalogue": true).
    Scenario scenario;
    if (p.positionalArguments().isEmpty()) {
        scenario = builtinScenario();
        if (scenario.tracks.empty() && scenario.withoutEnoughFacts.empty())
            return failure(QStringLiteral("the bundled record could not be read: ") + scenario.problems.join(u"; "));
    } else if (const int rc = CommandErrors{"stats"}.loadScenario(p.positionalArguments(), scenario); rc != kExitOk) {
        return rc;
    } else if (std::none_of(scenario.tracks.begin(), scenario.tracks.end(), [](const ScenarioTrack &t) { return t.facts.has_value(); })) {
        return usageError(QStringLiteral("%1 shows no launch of the public record: the year in review counts the record "
                                         "(set \"catalogue\": true in the scenario)").arg(p.positionalArguments().first()));
    }
    const YearReview review = YearReview::compute(scenario, y);
    if (y && review.missiles == 0)
        return usageError(QStringLiteral("no launch in %1 (the record runs from 2016 to 2026)").arg(*y));

    QTextStream stdOut(stdout);
    if (p.isSet(out)) {
        maps::ChartPainter::Style style = themeName == QLatin1String("dark") ? maps::ChartPainter::Style::dark() : maps::ChartPainter::Style::light();
        style.fontScale = style.lengthScale = std::max(1.0, px.height() / 720.0);
        const auto picture = [&](const StatChart &c, const QString &ext) {
            return ext == QLatin1String("svg") ? maps::ChartPainter::svg(c, px, style) : maps::ChartPainter::png(c, px, style);
        };
        const QString target = p.value(out);
        QString error;
        if (target.endsWith(u'/') || QFileInfo(target).isDir()) {
            if (!QDir().mkpath(target))
                return failure(QStringLiteral("cannot make the folder %1").arg(target));
            for (const StatChart &c : review.charts) {
                const QString base = QDir(target).filePath(c.id);
                if (!maps::writeFileAtomically(base + u'.' + fmt, picture(c, fmt), error) || !maps::writeFileAtomically(base + QStringLiteral(".csv"), c.csv(), error))
                    return failure(error);
            }
            stdOut << "wrote " << review.charts.size() << " charts (" << fmt << " and csv) to " << target << "\n";
        } else {
            const StatChart *c = review.chart(p.value(chart));
            if (!c) {
                QStringList ids;
                for (const StatChart &x : review.charts)
                    ids << x.id;
                return usageError(QStringLiteral("no chart '%1' for %2 (choose %3)").arg(p.value(chart), review.periodName(), ids.join(u", ")));
            }
            const QString ext = QFileInfo(target).suffix().toLower();
            if (ext != QLatin1String("png") && ext != QLatin1String("svg") && ext != QLatin1String("csv"))
                return usageError(QStringLiteral("--out takes FILE.png, FILE.svg, FILE.csv or DIR/ (got '%1')").arg(target));
            if (!maps::writeFileAtomically(target, ext == QLatin1String("csv") ? c->csv() : picture(*c, ext), error))
                return failure(error);
            stdOut << "wrote " << target << " (" << c->title << ")\n";
        }
        return kExitOk;
    }
    if (p.isSet(json)) {
        QJsonObject byClass, partners, low, higher;
        for (const auto &[cls, n] : review.missilesByClass)
            byClass[cls] = n;
        for (Partner pt : kAllPartners) {
            partners[partnerCode(pt)] = tallyJson(review.partners[partnerIndex(pt)]);
            low[partnerCode(pt)] = tallyJson(review.lowPartners[partnerIndex(pt)]);
            higher[partnerCode(pt)] = tallyJson(review.otherPartners[partnerIndex(pt)]);
        }
        QJsonArray charts, events;
        for (const StatChart &c : review.charts)
            charts.append(chartJson(c));
        for (const YearReview::Event &e : review.events)
            events.append(QJsonObject{{QStringLiteral("event"), e.eventId},
                                      {QStringLiteral("launch_utc"), e.firstLaunchUtc.isValid() ? QJsonValue(e.firstLaunchUtc.toString(Qt::ISODate)) : QJsonValue()},
                                      {QStringLiteral("korean_date"), e.koreanDate.toString(Qt::ISODate)},
                                      {QStringLiteral("site"), e.site},
                                      {QStringLiteral("missiles"), e.count},
                                      {QStringLiteral("tracks"), QJsonArray::fromStringList(e.trackIds)},
                                      {QStringLiteral("names"), QJsonArray::fromStringList(e.missiles)},
                                      {QStringLiteral("classes"), QJsonArray::fromStringList(e.classes)}});
        stdOut << QJsonDocument(QJsonObject{{QStringLiteral("period"), review.periodName()},
                                            {QStringLiteral("missiles"), review.missiles},
                                            {QStringLiteral("events"), review.eventCount},
                                            {QStringLiteral("tracks"), review.tracks},
                                            {QStringLiteral("without_enough_facts"), review.leftOut},
                                            {QStringLiteral("missiles_by_class"), byClass},
                                            {QStringLiteral("low_apogee_km"), YearReview::kLowApogeeKm},
                                            {QStringLiteral("low_flights"), review.lowFlights},
                                            {QStringLiteral("partners"), partners},
                                            {QStringLiteral("partners_low_flights"), low},
                                            {QStringLiteral("partners_higher_flights"), higher},
                                            {QStringLiteral("event_list"), events},
                                            {QStringLiteral("charts"), charts},
                                            {QStringLiteral("credit"), catalogueCredit()},
                                            {QStringLiteral("sensor_laydown"), scenario.laydown.hasNotional() ? QStringLiteral("notional") : QStringLiteral("published")}})
                      .toJson(QJsonDocument::Indented);
        return kExitOk;
    }
    printText(stdOut, review);
    return kExitOk;
}

} // namespace trilink::cli
