// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/scene/PictureRequest.h"

#include "maps/scene/SceneOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace trilink::maps {

std::optional<PictureRequest> parsePictureRequest(const QStringList &arguments, QString &error, QString *helpText)
{
    const SceneCommand command = SceneCommand::exportPicture();
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write the map, with the launch catalogue and any track files, to a PNG, SVG or PDF file "
                                               "without a display."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output file (.png, .svg or .pdf)."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("png, svg or pdf (default: from --out's extension)."),
                                    QStringLiteral("FORMAT"));
    p.addOptions({help, out, format});
    addSceneOptions(p, command);
    if (!p.parse(arguments)) {
        error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        if (helpText)
            *helpText = p.helpText().replace(QLatin1String("export [options]"), QLatin1String("trilink export [options]"));
        return std::nullopt;
    }
    PictureRequest r;
    if (!p.isSet(out)) {
        error = QStringLiteral("--out FILE.png|.svg|.pdf is required");
        return std::nullopt;
    }
    r.outPath = p.value(out);
    std::optional<PictureFormat> pictureFormat;
    if (p.isSet(format)) {
        if (!(pictureFormat = pictureFormatFromName(p.value(format)))) {
            error = QStringLiteral("unknown format '%1' (choose png, svg or pdf)").arg(p.value(format));
            return std::nullopt;
        }
    } else if (!(pictureFormat = pictureFormatFromName(QFileInfo(r.outPath).suffix()))) {
        error = QStringLiteral("cannot tell the format of '%1': use a .png, .svg or .pdf file name or --format").arg(r.outPath);
        return std::nullopt;
    }
    r.format = *pictureFormat;
    const auto scene = readScene(p, command, error);
    if (!scene)
        return std::nullopt;
    r.scene = *scene;
    return r;
}

QStringList pictureArguments(const PictureRequest &request)
{
    QStringList a{QStringLiteral("export")};
    a << sceneArguments(request.scene, SceneCommand::exportPicture());
    a << QStringLiteral("--out") << request.outPath << QStringLiteral("--format") << pictureFormatName(request.format).toLower();
    return a;
}

} // namespace trilink::maps
