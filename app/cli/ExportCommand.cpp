// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/cli/ExportCommand.h"

#include "app/cli/ArgumentValues.h"
#include "app/cli/CommandLine.h"
#include "app/cli/DataPaths.h"
#include "maps/BaseMap.h"
#include "maps/MapRenderer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

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
} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write the map to a PNG file without a display."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output file (.png)."), QStringLiteral("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Picture size in pixels (default 1920x1080)."),
                                  QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    const QCommandLineOption projection(QStringLiteral("projection"),
                                        QStringLiteral("Projection: %1 (default lcc).").arg(maps::ProjectionSpec::names().join(u", ")),
                                        QStringLiteral("NAME"), QStringLiteral("lcc"));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("Centre of the view (default 129.5,37.5); also the centre of aeqd and ortho."),
                                    QStringLiteral("LON,LAT"), QStringLiteral("129.5,37.5"));
    const QCommandLineOption extent(QStringLiteral("extent-km"), QStringLiteral("Width of the view in km (default 3400; 13500 for ortho)."),
                                    QStringLiteral("KM"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("dark or light (default dark)."),
                                   QStringLiteral("THEME"), QStringLiteral("dark"));
    const QCommandLineOption reference(QStringLiteral("reference"), QStringLiteral("Mark this point with range rings."),
                                       QStringLiteral("LON,LAT"));
    const QCommandLineOption noGraticule(QStringLiteral("no-graticule"), QStringLiteral("Leave out the graticule."));
    const QCommandLineOption noLabels(QStringLiteral("no-labels"), QStringLiteral("Leave out the place names."));
    p.addOptions({help, out, size, projection, center, extent, theme, reference, noGraticule, noLabels});
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(help)) {
        QTextStream(stdout) << p.helpText().replace(QLatin1String("export [options]"), QLatin1String("trilink export [options]"));
        return kExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (!p.isSet(out))
        return usageError(QStringLiteral("--out FILE.png is required"));
    const QString outPath = p.value(out);
    if (QFileInfo(outPath).suffix().toLower() != QLatin1String("png"))
        return usageError(QStringLiteral("cannot tell the format of '%1': use a .png file name").arg(outPath));

    QString error;
    const auto pictureSize = parseSize(p.value(size), error);
    if (!pictureSize)
        return usageError(error);
    const auto kind = maps::ProjectionSpec::kindFromName(p.value(projection));
    if (!kind)
        return usageError(QStringLiteral("unknown projection '%1' (choose %2)").arg(p.value(projection), maps::ProjectionSpec::names().join(u", ")));
    const auto centre = parseLonLat(p.value(center), error);
    if (!centre)
        return usageError(error);
    const double defaultExtent = *kind == maps::ProjectionKind::Orthographic ? kGlobeExtentKm : kDefaultExtentKm;
    const auto extentKm = p.isSet(extent) ? parsePositive(p.value(extent), kMaxExtentKm, error) : std::optional(defaultExtent);
    if (!extentKm)
        return usageError(QStringLiteral("--extent-km: ") + error);
    const QString themeName = p.value(theme).toLower();
    if (themeName != QLatin1String("dark") && themeName != QLatin1String("light"))
        return usageError(QStringLiteral("unknown theme '%1' (choose dark or light)").arg(p.value(theme)));
    std::optional<QPointF> referencePoint;
    if (p.isSet(reference) && !(referencePoint = parseLonLat(p.value(reference), error)))
        return usageError(QStringLiteral("--reference: ") + error);

    const auto spec = maps::ProjectionSpec::centred(*kind, centre->x(), centre->y());
    auto settings = maps::MapSettings::fitted(spec, centre->x(), centre->y(), *extentKm, *pictureSize);
    if (!settings)
        return usageError(QStringLiteral("the centre %1 cannot be shown in projection %2").arg(p.value(center), spec.name()));
    settings->theme = themeName == QLatin1String("light") ? maps::MapTheme::Light : maps::MapTheme::Dark;
    settings->showGraticule = !p.isSet(noGraticule);
    settings->showPlaces = !p.isSet(noLabels);
    settings->reference = referencePoint;

    QTextStream err(stderr);
    const auto base = maps::readBaseMap(baseMapPath());
    if (!base.data) {
        err << "trilink export: " << base.error << "\n";
        return kExitFailure;
    }
    maps::ProjectedBaseMapCache cache(base.data);
    const QImage image = maps::MapRenderer::renderImage(*settings, cache);
    if (image.isNull()) {
        err << "trilink export: could not render the map\n";
        return kExitFailure;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        err << "trilink export: " << outPath << ": cannot write: " << file.errorString() << "\n";
        return kExitFailure;
    }
    QTextStream(stdout) << "wrote " << outPath << " (" << image.width() << "x" << image.height() << ", "
                        << spec.title() << ")\n";
    return kExitOk;
}

} // namespace trilink::cli
