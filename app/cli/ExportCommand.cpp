// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ExportCommand.h"

#include "app/cli/ArgumentValues.h"
#include "app/cli/CommandLine.h"
#include "app/cli/DataPaths.h"
#include "core/Scenario.h"
#include "maps/BaseMap.h"
#include "maps/MapRenderer.h"
#include "maps/TrackOverlay.h"
#include "maps/trackio/TrackFile.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace trilink::cli {
namespace {
constexpr double kDefaultExtentKm = 3400.0;
constexpr double kGlobeExtentKm = 13500.0;
constexpr double kMaxExtentKm = 60000.0;

int usageError(const QString &message)
{
    QTextStream(stderr) << "trilink export: " << message << "\n";
    return kExitUsage;
}

// "T+600", "600", "+600" (seconds after launch) or an ISO 8601 UTC time; nullopt with `error` set.
std::optional<double> parseTime(const QString &text, const ScenarioTrack *track, QString &error)
{
    QString t = text.trimmed();
    const bool relative = t.startsWith(QLatin1String("T+"), Qt::CaseInsensitive) || t.startsWith(u'+') ||
                          (!t.isEmpty() && (t.front().isDigit() || t.front() == u'.') && !t.contains(u'-') && !t.contains(u':'));
    if (relative) {
        if (t.startsWith(QLatin1String("T+"), Qt::CaseInsensitive))
            t = t.mid(2);
        else if (t.startsWith(u'+'))
            t = t.mid(1);
        bool ok = false;
        const double seconds = t.toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86400.0) {
            error = QStringLiteral("--time: '%1' is not T+SECONDS (0 to 86400) or an ISO 8601 UTC time").arg(text);
            return std::nullopt;
        }
        if (!track) {
            error = QStringLiteral("--time %1 is relative to a launch: give --launch ID too").arg(text);
            return std::nullopt;
        }
        return static_cast<double>(track->launchMsUtc) + seconds * 1000.0;
    }
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!when.isValid()) {
        error = QStringLiteral("--time: '%1' is not T+SECONDS or an ISO 8601 UTC time").arg(text);
        return std::nullopt;
    }
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeZone(QTimeZone::utc()); // a time without a zone is UTC, never the machine's zone
    return static_cast<double>(when.toMSecsSinceEpoch());
}

// Centre (lon, lat) and width in km of a view that holds the whole track with a margin.
std::pair<QPointF, double> trackView(const ScenarioTrack &track, QSize size)
{
    double minLon = 1e9, maxLon = -1e9, minLat = 1e9, maxLat = -1e9;
    for (const auto &s : track.samples) {
        minLon = std::min(minLon, s.lon);
        maxLon = std::max(maxLon, s.lon);
        minLat = std::min(minLat, s.lat);
        maxLat = std::max(maxLat, s.lat);
    }
    if (track.samples.empty())
        return {QPointF(129.5, 37.5), kDefaultExtentKm};
    const double midLat = (minLat + maxLat) / 2;
    const double widthKm = (maxLon - minLon) * 111.32 * std::cos(midLat * std::numbers::pi / 180.0);
    const double heightKm = (maxLat - minLat) * 111.32;
    const double aspect = size.height() > 0 ? double(size.width()) / size.height() : 1.0;
    // A wide margin: the legend (top left) and the clock (top centre) sit over the picture.
    const double extent = std::clamp(1.8 * std::max(widthKm, heightKm * aspect), 900.0, kMaxExtentKm);
    return {QPointF((minLon + maxLon) / 2, midLat), extent};
}

enum class PictureFormat { Png, Svg, Pdf };

std::optional<PictureFormat> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return PictureFormat::Png;
    if (n == QLatin1String("svg"))
        return PictureFormat::Svg;
    if (n == QLatin1String("pdf"))
        return PictureFormat::Pdf;
    return std::nullopt;
}
} // namespace

int runExport(const QStringList &arguments)
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
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Picture size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption projection(QStringLiteral("projection"),
                                        QStringLiteral("Projection: %1 (default lcc).").arg(maps::ProjectionSpec::names().join(u", ")),
                                        QStringLiteral("NAME"), QStringLiteral("lcc"));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("Centre of the view (default 129.5,37.5, or the --launch track's); also the centre of aeqd and ortho."),
                                    QStringLiteral("LON,LAT"), QStringLiteral("129.5,37.5"));
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
    const QCommandLineOption noLegend(QStringLiteral("no-legend"), QStringLiteral("Leave out the legend and the clock."));
    const QCommandLineOption noTracks(QStringLiteral("no-tracks"), QStringLiteral("Leave out the catalogue and its sensors: the map alone."));
    const QCommandLineOption noGraticule(QStringLiteral("no-graticule"), QStringLiteral("Leave out the graticule."));
    const QCommandLineOption noLabels(QStringLiteral("no-labels"), QStringLiteral("Leave out the place names."));
    const QCommandLineOption noScaleBar(QStringLiteral("no-scale-bar"), QStringLiteral("Leave out the scale bar."));
    const QCommandLineOption noDecorations(QStringLiteral("no-decorations"), QStringLiteral("Leave out the projection title, credits and north arrow."));
    p.addOptions({help, out, format, size, projection, center, extent, theme, reference, launch, time, viewAs, banner, noLegend,
                  noTracks, noGraticule, noLabels, noScaleBar, noDecorations});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("export [options]"), QLatin1String("trilink export [options]"));
        return kExitOk;
    }
    if (!p.isSet(out))
        return usageError(QStringLiteral("--out FILE.png|.svg|.pdf is required"));
    const QString outPath = p.value(out);
    std::optional<PictureFormat> pictureFormat;
    if (p.isSet(format)) {
        if (!(pictureFormat = formatFromName(p.value(format))))
            return usageError(QStringLiteral("unknown format '%1' (choose png, svg or pdf)").arg(p.value(format)));
    } else if (!(pictureFormat = formatFromName(QFileInfo(outPath).suffix()))) {
        return usageError(QStringLiteral("cannot tell the format of '%1': use a .png, .svg or .pdf file name or --format").arg(outPath));
    }
    const QStringList files = p.positionalArguments();
    if (p.isSet(noTracks) && (!files.isEmpty() || p.isSet(launch) || p.isSet(time)))
        return usageError(QStringLiteral("--no-tracks cannot be combined with track files, --launch or --time"));

    QString error;
    const auto pictureSize = parseSize(p.value(size), error);
    if (!pictureSize)
        return usageError(error);
    const auto kind = maps::ProjectionSpec::kindFromName(p.value(projection));
    if (!kind)
        return usageError(QStringLiteral("unknown projection '%1' (choose %2)").arg(p.value(projection), maps::ProjectionSpec::names().join(u", ")));
    auto centre = parseLonLat(p.value(center), error);
    if (!centre)
        return usageError(error);
    const double defaultExtent = *kind == maps::ProjectionKind::Orthographic ? kGlobeExtentKm : kDefaultExtentKm;
    auto extentKm = p.isSet(extent) ? parsePositive(p.value(extent), kMaxExtentKm, error) : std::optional(defaultExtent);
    if (!extentKm)
        return usageError(QStringLiteral("--extent-km: ") + error);
    const QString themeName = p.value(theme).toLower();
    if (themeName != QLatin1String("dark") && themeName != QLatin1String("light"))
        return usageError(QStringLiteral("unknown theme '%1' (choose dark or light)").arg(p.value(theme)));
    std::optional<QPointF> referencePoint;
    if (p.isSet(reference) && !(referencePoint = parseLonLat(p.value(reference), error)))
        return usageError(QStringLiteral("--reference: ") + error);
    ViewAs who;
    {
        const QString v = p.value(viewAs).toUpper();
        if (v == QLatin1String("USA"))
            who = Partner::USA;
        else if (v == QLatin1String("KOR"))
            who = Partner::KOR;
        else if (v == QLatin1String("JPN"))
            who = Partner::JPN;
        else if (v != QLatin1String("COMBINED"))
            return usageError(QStringLiteral("unknown --view-as '%1' (choose combined, USA, KOR or JPN)").arg(p.value(viewAs)));
    }

    QTextStream err(stderr);
    // The scenario: the bundled catalogue and any track files, as the viewer shows them.
    maps::TrackOverlay::Ptr overlay;
    const ScenarioTrack *selected = nullptr;
    Scenario scenario;
    if (!p.isSet(noTracks)) {
        scenario = builtinScenario();
        std::vector<ScenarioTrack> added;
        for (const QString &path : files) {
            const maps::TrackFileResult r = maps::readTrackFile(path);
            if (!r.readable) {
                err << "trilink export: " << (r.problems.empty() ? path + QStringLiteral(": cannot read") : r.problems.front().text()) << "\n";
                return kExitFailure;
            }
            for (const auto &problem : r.problems)
                err << "trilink export: warning: " << problem.text() << "\n";
            for (const auto &t : r.tracks)
                if (!t.points.empty())
                    added.push_back(trackFromRecording(t, path));
        }
        addTracks(scenario, std::move(added));
        if (p.isSet(launch)) {
            selected = scenario.find(p.value(launch));
            if (!selected)
                return usageError(QStringLiteral("no launch '%1' (see 'trilink catalog' for the catalogue's ids, 'trilink info FILE' for a file's tracks)")
                                      .arg(p.value(launch)));
            if (!p.isSet(center) || !p.isSet(extent)) {
                const auto [trackCentre, trackExtent] = trackView(*selected, *pictureSize);
                if (!p.isSet(center))
                    centre = trackCentre;
                if (!p.isSet(extent) && *kind != maps::ProjectionKind::Orthographic)
                    extentKm = trackExtent;
            }
        }
        overlay = maps::buildTrackOverlay(scenario);
    }
    std::optional<double> timeMs;
    if (p.isSet(time) && !(timeMs = parseTime(p.value(time), selected, error)))
        return usageError(error);

    const auto spec = maps::ProjectionSpec::centred(*kind, centre->x(), centre->y());
    auto settings = maps::MapSettings::fitted(spec, centre->x(), centre->y(), *extentKm, *pictureSize);
    if (!settings)
        return usageError(QStringLiteral("the centre %1,%2 cannot be shown in projection %3").arg(centre->x()).arg(centre->y()).arg(spec.name()));
    settings->theme = themeName == QLatin1String("light") ? maps::MapTheme::Light : maps::MapTheme::Dark;
    settings->showGraticule = !p.isSet(noGraticule);
    settings->showPlaces = !p.isSet(noLabels);
    settings->showScaleBar = !p.isSet(noScaleBar);
    settings->showDecorations = !p.isSet(noDecorations);
    settings->showLegend = !p.isSet(noLegend);
    settings->reference = referencePoint;
    settings->tracks = overlay;
    settings->selectedTrack = selected ? selected->id : QString();
    settings->timeMs = timeMs;
    settings->viewAs = who;
    settings->banner = p.value(banner);

    const auto base = maps::readBaseMap(baseMapPath());
    if (!base.data) {
        err << "trilink export: " << base.error << "\n";
        return kExitFailure;
    }
    maps::ProjectedBaseMapCache cache(base.data);

    // Rendered into memory first, then written atomically: a failed export never leaves half a file.
    QByteArray bytes;
    const QSize px = settings->size;
    if (*pictureFormat == PictureFormat::Png) {
        const QImage image = maps::MapRenderer::renderImage(*settings, cache);
        if (image.isNull()) {
            err << "trilink export: could not render the map\n";
            return kExitFailure;
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            err << "trilink export: could not encode the PNG\n";
            return kExitFailure;
        }
    } else {
        const auto projected = cache.get(settings->projection);
        if (!projected) {
            err << "trilink export: could not project the base map in " << spec.name() << "\n";
            return kExitFailure;
        }
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QString title = QStringLiteral("Trilink map, %1").arg(spec.title());
        bool ok = false;
        if (*pictureFormat == PictureFormat::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(px);
            svg.setViewBox(QRect(QPoint(0, 0), px));
            svg.setTitle(title);
            svg.setDescription(QStringLiteral("Made with Trilink %1").arg(QStringLiteral(TRILINK_VERSION)));
            svg.setResolution(96);
            QPainter painter;
            if (painter.begin(&svg)) {
                ok = maps::MapRenderer::render(painter, *settings, *projected, *cache.data());
                ok = painter.end() && ok;
            }
        } else {
            // One page the shape of the picture, a point per pixel (the renderer sets its own transforms, so the
            // device must be the picture's size).
            QPdfWriter pdf(&buffer);
            pdf.setTitle(title);
            pdf.setCreator(QStringLiteral("Trilink %1").arg(QStringLiteral(TRILINK_VERSION)));
            pdf.setResolution(72);
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setPageSize(QPageSize(QSizeF(px.width(), px.height()), QPageSize::Point, QString(), QPageSize::ExactMatch));
            QPainter painter;
            if (painter.begin(&pdf)) {
                ok = maps::MapRenderer::render(painter, *settings, *projected, *cache.data());
                ok = painter.end() && ok;
            }
        }
        if (!ok) {
            err << "trilink export: could not render the map\n";
            return kExitFailure;
        }
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "trilink export: " << outPath << ": cannot write: " << file.errorString() << "\n";
        return kExitFailure;
    }
    static const char *const names[] = {"PNG", "SVG", "PDF"};
    QTextStream(stdout) << "wrote " << outPath << " (" << names[static_cast<int>(*pictureFormat)] << " " << px.width() << "x"
                        << px.height() << ", " << spec.title() << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
