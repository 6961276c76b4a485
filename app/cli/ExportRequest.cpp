// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ExportRequest.h"

#include "app/cli/ArgumentValues.h"
#include "app/cli/SceneOptions.h"
#include "core/Text.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace trilink::cli {
namespace {
constexpr double kDefaultExtentKm = 3400.0;
constexpr double kGlobeExtentKm = 13500.0;
constexpr double kMaxExtentKm = 60000.0;

QString number(double v) { return QString::number(v, 'g', 17); }
QString lonLat(QPointF p) { return number(p.x()) + u',' + number(p.y()); }

} // namespace

std::optional<ExportRequest> parseExportRequest(const QStringList &arguments, QString &error, QString *helpText)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write the map, with the launch catalogue and any track files, to a PNG, SVG or PDF file "
                                               "without a display."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Track files to add to the catalogue (CSV, GeoJSON, KML, ...)."),
                            QStringLiteral("[FILE...]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output file (.png, .svg or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("png, svg or pdf (default: from --out's extension)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Picture size in pixels, up to 16384 a side (default 1920x1080)."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption projection(QStringLiteral("projection"),
                                        QStringLiteral("Projection: %1 (default lcc).").arg(maps::ProjectionSpec::names().join(u", ")),
                                        QStringLiteral("NAME"), QStringLiteral("lcc"));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("Centre of the view (default 129.5,37.5, or the --launch track's)."),
                                    QStringLiteral("LON,LAT"));
    const QCommandLineOption projectionCenter(QStringLiteral("projection-center"),
                                              QStringLiteral("Centre of the aeqd and ortho projections (default: --center)."), QStringLiteral("LON,LAT"));
    const QCommandLineOption extent(QStringLiteral("extent-km"), QStringLiteral("Width of the view in km (default 3400; 13500 for ortho; fitted to the --launch track)."),
                                    QStringLiteral("KM"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("dark or light (default dark)."),
                                   QStringLiteral("THEME"), QStringLiteral("dark"));
    const QCommandLineOption reference(QStringLiteral("reference"), QStringLiteral("Mark this point with range rings."),
                                       QStringLiteral("LON,LAT"));
    const QCommandLineOption launch(QStringLiteral("launch"), QStringLiteral("Select this track (an id from 'trilink catalog' or a file's track) and fit the view to it."),
                                    QStringLiteral("ID"));
    const QCommandLineOption time(QStringLiteral("time"), QStringLiteral("Show the tracks as at T+SECONDS after the --launch, or at an ISO 8601 UTC time "
                                                                         "(default: every track whole)."),
                                  QStringLiteral("T"));
    const QCommandLineOption viewAs(QStringLiteral("view-as"), QStringLiteral("combined, USA, KOR or JPN: whose sensors hold the tracks (default combined)."),
                                    QStringLiteral("WHO"), QStringLiteral("combined"));
    const QCommandLineOption banner(QStringLiteral("banner"), QStringLiteral("Releasability banner, top and bottom (default none)."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption trail(QStringLiteral("trail"), QStringLiteral("Seconds of flown path behind each marker (default 0: all of it)."),
                                   QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption sensors(QStringLiteral("sensors"), QStringLiteral("Whose sensor symbols to show: all, none or USA,KOR,JPN (default all)."),
                                     QStringLiteral("WHO"), QStringLiteral("all"));
    const QCommandLineOption coverage(QStringLiteral("coverage"), QStringLiteral("Whose coverage fans to show: all, none or USA,KOR,JPN (default all)."),
                                      QStringLiteral("WHO"), QStringLiteral("all"));
    const QCommandLineOption coverageAlt(QStringLiteral("coverage-alt-km"), QStringLiteral("Target altitude of the radar horizon coverage (default 300)."),
                                         QStringLiteral("KM"), QStringLiteral("300"));
    const QCommandLineOption textScale(QStringLiteral("text-scale"), QStringLiteral("Type size factor, 0.5 to 4 (briefing mode uses 1.6; default 1)."),
                                       QStringLiteral("F"), QStringLiteral("1"));
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QStringLiteral("Leave out the legend and the clock."));
    const QCommandLineOption noTracks(QStringLiteral("no-tracks"), QStringLiteral("Leave out the catalogue and its sensors: the map alone."));
    const QCommandLineOption noGraticule(QStringLiteral("no-graticule"), QStringLiteral("Leave out the graticule."));
    const QCommandLineOption noLabels(QStringLiteral("no-labels"), QStringLiteral("Leave out the place names."));
    const QCommandLineOption noScaleBar(QStringLiteral("no-scale-bar"), QStringLiteral("Leave out the scale bar."));
    const QCommandLineOption noDecorations(QStringLiteral("no-decorations"), QStringLiteral("Leave out the projection title, credits and north arrow."));
    const QCommandLineOption noEez(QStringLiteral("no-eez"), QStringLiteral("Leave out Japan's approximate EEZ."));
    p.addOptions({help, out, format, size, projection, center, projectionCenter, extent, theme, reference, launch, time, viewAs, banner, trail,
                  sensors, coverage, coverageAlt, textScale, noLegend, noTracks, noGraticule, noLabels, noScaleBar, noDecorations, noEez});
    if (!p.parse(arguments)) {
        error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        if (helpText)
            *helpText = p.helpText().replace(QLatin1String("export [options]"), QLatin1String("trilink export [options]"));
        return std::nullopt;
    }
    ExportRequest r;
    if (!p.isSet(out)) {
        error = QStringLiteral("--out FILE.png|.svg|.pdf is required");
        return std::nullopt;
    }
    r.outPath = p.value(out);
    std::optional<maps::PictureFormat> pictureFormat;
    if (p.isSet(format)) {
        if (!(pictureFormat = maps::pictureFormatFromName(p.value(format)))) {
            error = QStringLiteral("unknown format '%1' (choose png, svg or pdf)").arg(p.value(format));
            return std::nullopt;
        }
    } else if (!(pictureFormat = maps::pictureFormatFromName(QFileInfo(r.outPath).suffix()))) {
        error = QStringLiteral("cannot tell the format of '%1': use a .png, .svg or .pdf file name or --format").arg(r.outPath);
        return std::nullopt;
    }
    r.format = *pictureFormat;
    r.files = p.positionalArguments();
    r.tracks = !p.isSet(noTracks);
    if (!r.tracks && (!r.files.isEmpty() || p.isSet(launch) || p.isSet(time))) {
        error = QStringLiteral("--no-tracks cannot be combined with track files, --launch or --time");
        return std::nullopt;
    }
    const auto pictureSize = parseSize(p.value(size), error);
    if (!pictureSize)
        return std::nullopt;
    r.size = *pictureSize;
    const auto kind = maps::ProjectionSpec::kindFromName(p.value(projection));
    if (!kind) {
        error = QStringLiteral("unknown projection '%1' (choose %2)").arg(p.value(projection), maps::ProjectionSpec::names().join(u", "));
        return std::nullopt;
    }
    r.projection = *kind;
    if (p.isSet(center) && !(r.centre = parseLonLat(p.value(center), error)))
        return std::nullopt;
    if (p.isSet(projectionCenter) && !(r.projectionCentre = parseLonLat(p.value(projectionCenter), error))) {
        error = QStringLiteral("--projection-center: ") + error;
        return std::nullopt;
    }
    if (p.isSet(extent) && !(r.extentKm = parsePositive(p.value(extent), kMaxExtentKm, error))) {
        error = QStringLiteral("--extent-km: ") + error;
        return std::nullopt;
    }
    const QString themeName = p.value(theme).toLower();
    if (themeName != QLatin1String("dark") && themeName != QLatin1String("light")) {
        error = QStringLiteral("unknown theme '%1' (choose dark or light)").arg(p.value(theme));
        return std::nullopt;
    }
    r.theme = themeName == QLatin1String("light") ? maps::MapTheme::Light : maps::MapTheme::Dark;
    if (p.isSet(reference) && !(r.reference = parseLonLat(p.value(reference), error))) {
        error = QStringLiteral("--reference: ") + error;
        return std::nullopt;
    }
    if (!parseViewAs(p.value(viewAs), r.viewAs, error)) {
        error = QStringLiteral("--view-as: ") + error;
        return std::nullopt;
    }
    r.launch = p.value(launch);
    r.time = p.value(time);
    r.banner = p.value(banner);
    bool ok = false;
    r.trailS = p.value(trail).toDouble(&ok);
    if (!ok || !std::isfinite(r.trailS) || r.trailS < 0 || r.trailS > 86400) {
        error = QStringLiteral("--trail: '%1' is not a number of seconds from 0 to 86400").arg(p.value(trail));
        return std::nullopt;
    }
    const auto alt = parsePositive(p.value(coverageAlt), 5000.0, error);
    if (!alt) {
        error = QStringLiteral("--coverage-alt-km: ") + error;
        return std::nullopt;
    }
    r.coverageAltKm = *alt;
    r.textScale = p.value(textScale).toDouble(&ok);
    if (!ok || !(r.textScale >= 0.5 && r.textScale <= 4.0)) {
        error = QStringLiteral("--text-scale: '%1' is not a number from 0.5 to 4").arg(p.value(textScale));
        return std::nullopt;
    }
    const auto sensorMask = text::parsePartnerList(p.value(sensors), error);
    if (!sensorMask) {
        error = QStringLiteral("--sensors: ") + error;
        return std::nullopt;
    }
    const auto coverageMask = text::parsePartnerList(p.value(coverage), error);
    if (!coverageMask) {
        error = QStringLiteral("--coverage: ") + error;
        return std::nullopt;
    }
    r.sensors = *sensorMask;
    r.coverage = *coverageMask;
    r.legend = !p.isSet(noLegend);
    r.graticule = !p.isSet(noGraticule);
    r.labels = !p.isSet(noLabels);
    r.scaleBar = !p.isSet(noScaleBar);
    r.decorations = !p.isSet(noDecorations);
    r.eez = !p.isSet(noEez);
    return r;
}

std::optional<maps::MapSettings> exportSettings(const ExportRequest &r, const Scenario *scenario, maps::TrackOverlay::Ptr overlay,
                                                QString &error)
{
    const ScenarioTrack *selected = nullptr;
    if (!r.launch.isEmpty()) {
        selected = scenario ? scenario->find(r.launch) : nullptr;
        if (!selected) {
            error = QStringLiteral("no launch '%1' (see 'trilink catalog' for the catalogue's ids, 'trilink info FILE' for a file's tracks)").arg(r.launch);
            return std::nullopt;
        }
    }
    QPointF centre = r.centre.value_or(QPointF(129.5, 37.5));
    double extentKm = r.extentKm.value_or(r.projection == maps::ProjectionKind::Orthographic ? kGlobeExtentKm : kDefaultExtentKm);
    if (selected) {
        const auto [trackCentre, trackExtent] = trackView(*selected, r.size);
        if (!r.centre)
            centre = trackCentre;
        if (!r.extentKm && r.projection != maps::ProjectionKind::Orthographic)
            extentKm = trackExtent;
    }
    std::optional<double> timeMs;
    if (!r.time.isEmpty() && !(timeMs = parseTime(r.time, selected, error))) {
        error = QStringLiteral("--time: ") + error;
        return std::nullopt;
    }
    const QPointF projectionCentre = r.projectionCentre.value_or(centre);
    const auto spec = maps::ProjectionSpec::centred(r.projection, projectionCentre.x(), projectionCentre.y());
    auto settings = maps::MapSettings::fitted(spec, centre.x(), centre.y(), extentKm, r.size);
    if (!settings) {
        error = QStringLiteral("the centre %1,%2 cannot be shown in projection %3").arg(centre.x()).arg(centre.y()).arg(spec.name());
        return std::nullopt;
    }
    settings->theme = r.theme;
    settings->showGraticule = r.graticule;
    settings->showPlaces = r.labels;
    settings->showScaleBar = r.scaleBar;
    settings->showDecorations = r.decorations;
    settings->showLegend = r.legend;
    settings->showEez = r.eez;
    settings->reference = r.reference;
    settings->tracks = r.tracks ? std::move(overlay) : nullptr;
    settings->selectedTrack = selected ? selected->id : QString();
    settings->timeMs = timeMs;
    settings->viewAs = r.viewAs;
    settings->banner = r.banner;
    settings->trailS = r.trailS;
    settings->sensorPartners = r.sensors;
    settings->coveragePartners = r.coverage;
    settings->textScale = r.textScale;
    return settings;
}

QStringList exportArguments(const maps::MapSettings &view, QPointF centreLonLat, QSize size, double coverageAltKm, const QStringList &files,
                            const QString &outPath, maps::PictureFormat format)
{
    QStringList a{QStringLiteral("export")};
    a << files;
    a << QStringLiteral("--out") << outPath << QStringLiteral("--format") << maps::pictureFormatName(format).toLower();
    a << QStringLiteral("--size") << QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    a << QStringLiteral("--projection") << view.projection.name();
    a << QStringLiteral("--center") << lonLat(centreLonLat);
    if (view.projection.kind == maps::ProjectionKind::AzimuthalEquidistant || view.projection.kind == maps::ProjectionKind::Orthographic)
        a << QStringLiteral("--projection-center") << lonLat(QPointF(view.projection.centreLon, view.projection.centreLat));
    // The same ground width as on screen, whatever the picture's size.
    a << QStringLiteral("--extent-km") << number(view.metresPerPixel * view.size.width() / 1000.0);
    a << QStringLiteral("--theme") << (view.theme == maps::MapTheme::Light ? QStringLiteral("light") : QStringLiteral("dark"));
    if (view.reference)
        a << QStringLiteral("--reference") << lonLat(*view.reference);
    if (!view.tracks) {
        a << QStringLiteral("--no-tracks");
    } else {
        if (!view.selectedTrack.isEmpty())
            a << QStringLiteral("--launch") << view.selectedTrack;
        if (view.timeMs)
            a << QStringLiteral("--time")
              << QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(*view.timeMs)), QTimeZone::utc()).toString(Qt::ISODateWithMs);
        a << QStringLiteral("--view-as") << text::viewAsName(view.viewAs);
        a << QStringLiteral("--trail") << number(view.trailS);
        a << QStringLiteral("--sensors") << text::partnerList(view.sensorPartners);
        a << QStringLiteral("--coverage") << text::partnerList(view.coveragePartners);
        a << QStringLiteral("--coverage-alt-km") << number(coverageAltKm);
    }
    if (!view.banner.isEmpty())
        a << QStringLiteral("--banner") << view.banner;
    if (view.textScale != 1.0)
        a << QStringLiteral("--text-scale") << number(view.textScale);
    if (!view.showLegend)
        a << QStringLiteral("--no-legend");
    if (!view.showGraticule)
        a << QStringLiteral("--no-graticule");
    if (!view.showPlaces)
        a << QStringLiteral("--no-labels");
    if (!view.showScaleBar)
        a << QStringLiteral("--no-scale-bar");
    if (!view.showDecorations)
        a << QStringLiteral("--no-decorations");
    if (!view.showEez)
        a << QStringLiteral("--no-eez");
    return a;
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

} // namespace trilink::cli
