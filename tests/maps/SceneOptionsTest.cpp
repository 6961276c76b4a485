// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The one table of scene options: what the command line reads, --help lists and "Copy Command Line" writes
// are the same options, and a scene written out reads back to itself.
#include "core/Units.h"
#include "maps/Projection.h"
#include "maps/scene/PictureRequest.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/SceneSettings.h"

#include <QCommandLineParser>
#include <QSet>

#include <gtest/gtest.h>

using namespace trilink;
using namespace trilink::maps;

namespace {
std::optional<Scene> parsed(const QStringList &arguments, const SceneCommand &command, QString &error)
{
    QCommandLineParser p;
    addSceneOptions(p, command);
    if (!p.parse(QStringList{command.name} + arguments)) {
        error = p.errorText();
        return std::nullopt;
    }
    return readScene(p, command, error);
}

// A scene with every option away from its default.
Scene everything()
{
    Scene s;
    s.files = {QStringLiteral("/data/a track.csv"), QStringLiteral("-odd.kml")};
    s.coverageAltKm = 123.25;
    s.launch = QStringLiteral("2017-11-28-HS15");
    s.time = SceneTime::utc(1511893020250.0);
    s.trailS = 60.5;
    s.view.size = QSize(1280, 720);
    s.view.projection = ProjectionKind::AzimuthalEquidistant;
    s.view.centre = QPointF(131.123456789012345, 39.98765432101234);
    s.view.projectionCentre = QPointF(125.7625, 39.0392);
    s.view.extentKm = 2718.281828459045;
    s.layers.theme = MapTheme::Light;
    s.layers.showGraticule = s.layers.showPlaces = s.layers.showScaleBar = s.layers.showDecorations = s.layers.showEez = s.layers.showLegend = false;
    s.layers.sensorPartners = partnerBit(Partner::KOR);
    s.layers.coveragePartners = partnerBit(Partner::USA) | partnerBit(Partner::JPN);
    s.layers.reference = QPointF(-170.5, -12.25);
    s.layers.viewAs = Partner::JPN;
    s.layers.banner = QStringLiteral("UNCLASSIFIED — it's a 'test'");
    s.layers.textScale = 1.7;
    return s;
}
} // namespace

TEST(SceneOptions, NamesAreUniqueAndEveryOneIsInTheExportHelp)
{
    QSet<QString> names;
    QCommandLineParser p;
    addSceneOptions(p, SceneCommand::exportPicture());
    const QString help = p.helpText();
    for (const SceneOption &o : sceneOptions()) {
        const QString name = QString::fromLatin1(o.name);
        EXPECT_FALSE(names.contains(name)) << o.name;
        names.insert(name);
        EXPECT_TRUE(help.contains(QStringLiteral("--") + name)) << o.name;
    }
    EXPECT_GE(names.size(), 20);
}

TEST(SceneOptions, ASceneWrittenOutReadsBackToItself)
{
    QString error;
    const Scene s = everything();
    const QStringList arguments = sceneArguments(s, SceneCommand::exportPicture());
    const auto back = parsed(arguments, SceneCommand::exportPicture(), error);
    ASSERT_TRUE(back) << error.toStdString() << " in " << arguments.join(u' ').toStdString();
    EXPECT_TRUE(*back == s) << arguments.join(u' ').toStdString();
    // A time after the launch, and the map alone, too.
    Scene relative = s;
    relative.time = SceneTime::sinceLaunch(700.125);
    EXPECT_TRUE(parsed(sceneArguments(relative, SceneCommand::exportPicture()), SceneCommand::exportPicture(), error) == relative);
    Scene alone;
    alone.tracks = false;
    EXPECT_EQ(sceneArguments(alone, SceneCommand::exportPicture()).filter(QStringLiteral("--no-tracks")).size(), 1);
    EXPECT_TRUE(parsed(sceneArguments(alone, SceneCommand::exportPicture()), SceneCommand::exportPicture(), error) == alone);
}

TEST(SceneOptions, EachCommandWritesOnlyWhatItTakesAndDiffersFromItsDefault)
{
    QString error;
    const SceneCommand brief = SceneCommand::brief();
    Scene s = brief.defaults;
    // The brief's defaults (light, its banner): only the pinned theme is written.
    EXPECT_EQ(sceneArguments(s, brief), (QStringList{QStringLiteral("--theme"), QStringLiteral("light")}));
    s.layers.banner.clear();                         // "" is no banner, which a brief must say
    s.layers.viewAs = Partner::KOR;
    const QStringList arguments = sceneArguments(s, brief);
    EXPECT_EQ(arguments, (QStringList{QStringLiteral("--view-as"), QStringLiteral("KOR"), QStringLiteral("--theme"), QStringLiteral("light"),
                                      QStringLiteral("--banner"), QString()}));
    EXPECT_TRUE(parsed(arguments, brief, error) == s);
    // The view is pinned: written even at its default, so a copied command line keeps its picture.
    const QStringList plain = sceneArguments(Scene{}, SceneCommand::exportPicture());
    for (const char *pinned : {"--size", "--projection", "--theme"})
        EXPECT_TRUE(plain.contains(QString::fromLatin1(pinned))) << pinned;
    EXPECT_FALSE(plain.contains(QStringLiteral("--trail")));
    // animate has no --time: its frames are --from to --to.
    EXPECT_FALSE(parsed({QStringLiteral("--time"), QStringLiteral("T+5")}, SceneCommand::animate(), error));
}

TEST(SceneOptions, BadValuesNameTheirOption)
{
    QString error;
    const SceneCommand c = SceneCommand::exportPicture();
    const std::pair<QStringList, QString> cases[] = {
        {{QStringLiteral("--size"), QStringLiteral("0x0")}, QStringLiteral("--size: ")},
        {{QStringLiteral("--view-as"), QStringLiteral("PRK")}, QStringLiteral("--view-as: unknown view 'PRK'")},
        {{QStringLiteral("--sensors"), QStringLiteral("ROK")}, QStringLiteral("--sensors: ")},
        {{QStringLiteral("--trail"), QStringLiteral("-5")}, QStringLiteral("--trail: '-5' is not a number of seconds from 0 to 86400")},
        {{QStringLiteral("--text-scale"), QStringLiteral("9")}, QStringLiteral("--text-scale: ")},
        {{QStringLiteral("--time"), QStringLiteral("soon")}, QStringLiteral("--time: 'soon' is not T+SECONDS")},
        {{QStringLiteral("--projection"), QStringLiteral("robinson")}, QStringLiteral("--projection: unknown projection 'robinson'")},
        {{QStringLiteral("--center"), QStringLiteral("200,95")}, QStringLiteral("--center: ")},
        {{QStringLiteral("--no-tracks"), QStringLiteral("--launch"), QStringLiteral("X")}, QStringLiteral("--no-tracks cannot be combined")},
    };
    for (const auto &[arguments, start] : cases) {
        error.clear();
        EXPECT_FALSE(parsed(arguments, c, error)) << arguments.join(u' ').toStdString();
        EXPECT_TRUE(error.startsWith(start)) << error.toStdString();
    }
}

TEST(SceneSettings, TheViewAndTheLayersComeFromTheScene)
{
    QString error;
    Scene s;
    s.view.centre = region::defaultCentre();
    s.view.extentKm = 3400;
    s.layers.coveragePartners = 0;
    s.layers.viewAs = Partner::USA;
    const auto settings = sceneSettings(s, nullptr, nullptr, error);
    ASSERT_TRUE(settings) << error.toStdString();
    EXPECT_DOUBLE_EQ(settings->metresPerPixel, 3400e3 / 1920); // 1770.83 m a pixel across 1920 pixels
    EXPECT_EQ(settings->size, QSize(1920, 1080));
    const auto centre = Projection(settings->projection).inverse(settings->centre.x(), settings->centre.y());
    ASSERT_TRUE(centre);
    EXPECT_NEAR(centre->x(), 129.5, 1e-9);
    EXPECT_NEAR(centre->y(), 37.5, 1e-9);
    EXPECT_TRUE(settings->layers() == s.layers);
    EXPECT_FALSE(settings->timeMs);
    // A time after a launch needs the launch.
    s.time = SceneTime::sinceLaunch(60);
    EXPECT_FALSE(sceneSettings(s, nullptr, nullptr, error));
    EXPECT_EQ(error, QStringLiteral("--time: T+60 is relative to a launch: give --launch ID too"));
    // The globe: 13,500 km across unless told.
    Scene globe;
    globe.view.projection = ProjectionKind::Orthographic;
    EXPECT_DOUBLE_EQ(sceneSettings(globe, nullptr, nullptr, error)->metresPerPixel, 13500e3 / 1920);
}

TEST(SceneSettings, TheViewsSceneDrawsTheViewAgain)
{
    QString error;
    Scene s = everything();
    s.files.clear();
    s.launch.clear();
    s.tracks = false;
    s.time = SceneTime{};
    const auto view = sceneSettings(s, nullptr, nullptr, error);
    ASSERT_TRUE(view) << error.toStdString();
    const Scene again = sceneOfView(*view, *s.view.centre, view->size, s.coverageAltKm, {});
    const auto redrawn = sceneSettings(again, nullptr, nullptr, error);
    ASSERT_TRUE(redrawn);
    EXPECT_NEAR(redrawn->centre.x(), view->centre.x(), 1e-6);
    EXPECT_NEAR(redrawn->centre.y(), view->centre.y(), 1e-6);
    EXPECT_NEAR(redrawn->metresPerPixel, view->metresPerPixel, 1e-9);
    EXPECT_TRUE(redrawn->projection == view->projection);
    EXPECT_TRUE(redrawn->layers() == view->layers());
    // And its command line is the same scene.
    const PictureRequest request{again, QStringLiteral("out.svg"), PictureFormat::Svg};
    const auto back = parsePictureRequest(pictureArguments(request), error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_TRUE(*back == request);
}
