// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// File → Export against `trilink export`: the viewer's export of a view and the command line it hands the
// user ("Copy Command Line") must give the same file, and the export at the window's size must be the
// picture on screen.
#include "app/gui/ExportDialog.h"
#include "app/gui/MainWindow.h"
#include "maps/scene/SceneOptions.h"
#include "tests/app/TrilinkProcess.h"
#include "tests/gui/WindowFixture.h"
#include "widgets/MapCanvas.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace trilink;

namespace {
const QString kHs15 = QStringLiteral("2017-11-28-pyongsong-1"); // launches.csv's 2017-11-28-HS15

app::MainWindow &exportWindow()
{
    return readyWindow(QSize(1400, 900));
}

// Waits until the map has finished drawing the current view (the render job runs on a worker).
bool waitForPicture(widgets::MapCanvas *canvas)
{
    return QTest::qWaitFor([canvas] { return canvas->hasPicture() && canvas->pictureSettings() == canvas->settings(); }, 60000);
}

// A view a user would make: a launch mid-flight, as Korea alone saw it, panned, one partner's fans hidden.
void setUpView(app::MainWindow &w)
{
    w.selectTrack(kHs15);
    w.setViewAs(Partner::KOR);
    const ScenarioTrack *t = w.scenario()->find(kHs15);
    ASSERT_TRUE(t);
    w.clock()->seek(static_cast<double>(t->launchMsUtc) + 1500.0 * 1000.0 + 250.5);
    QTest::keyClick(w.canvas(), Qt::Key_Left);
    QTest::keyClick(w.canvas(), Qt::Key_Up);
    w.canvas()->modifySettings([](maps::MapSettings &s) { s.coveragePartners = partnerBit(Partner::USA) | partnerBit(Partner::JPN); });
}

QString valueAfter(const QStringList &args, const QString &option)
{
    const int i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args[i + 1] : QString();
}
} // namespace

TEST(Export, TheViewersExportAndTheCommandLineGiveTheSameFile)
{
    auto &w = exportWindow();
    ASSERT_TRUE(w.scenario());
    setUpView(w);
    ASSERT_TRUE(waitForPicture(w.canvas()));
    QTemporaryDir dir;
    for (const auto format : {maps::PictureFormat::Png, maps::PictureFormat::Svg}) {
        const QString suffix = maps::pictureFormatName(format).toLower();
        const QString guiPath = dir.filePath(QStringLiteral("gui.") + suffix);
        const QStringList args = w.exportArguments(guiPath, format, QSize(1280, 720));
        // The command line says what the window shows.
        EXPECT_EQ(valueAfter(args, QStringLiteral("--launch")), kHs15);
        EXPECT_EQ(valueAfter(args, QStringLiteral("--view-as")), QStringLiteral("KOR"));
        EXPECT_EQ(valueAfter(args, QStringLiteral("--coverage")), QStringLiteral("USA,JPN"));
        EXPECT_EQ(valueAfter(args, QStringLiteral("--size")), QStringLiteral("1280x720"));

        QFuture<QString> done = w.exportPicture(args);
        done.waitForFinished();
        ASSERT_EQ(done.result(), QString()) << suffix.toStdString();

        QStringList cliArgs = args;
        const QString cliPath = dir.filePath(QStringLiteral("cli.") + suffix);
        cliArgs[cliArgs.indexOf(QStringLiteral("--out")) + 1] = cliPath;
        const TrilinkRun run = runTrilink(cliArgs);
        ASSERT_EQ(run.code, 0) << run.errText().toStdString();

        QFile gui(guiPath), cli(cliPath);
        ASSERT_TRUE(gui.open(QIODevice::ReadOnly));
        ASSERT_TRUE(cli.open(QIODevice::ReadOnly));
        const QByteArray guiBytes = gui.readAll(), cliBytes = cli.readAll();
        if (format == maps::PictureFormat::Png) {
            const QImage a = QImage::fromData(guiBytes).convertToFormat(QImage::Format_ARGB32);
            const QImage b = QImage::fromData(cliBytes).convertToFormat(QImage::Format_ARGB32);
            ASSERT_EQ(a.size(), QSize(1280, 720));
            ASSERT_EQ(b.size(), QSize(1280, 720));
            // Every pixel the same, bar the glyph cache's anti-aliasing of a few text pixels (a window and
            // a headless process warm their glyph caches differently): at most 4 levels in 0.01 % of pixels
            // (with the whole record on the map a few more labels are drawn; the SVG below is byte for byte).
            qint64 differing = 0;
            int worst = 0;
            for (int y = 0; y < a.height(); ++y)
                for (int x = 0; x < a.width(); ++x) {
                    const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
                    const int d = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
                    worst = std::max(worst, d);
                    differing += d > 0;
                }
            EXPECT_LE(worst, 4) << "the viewer's PNG and trilink export's PNG differ";
            EXPECT_LT(differing, a.width() * a.height() / 10000) << differing << " pixels differ";
        } else {
            EXPECT_GT(guiBytes.size(), 10000);
            EXPECT_TRUE(guiBytes == cliBytes) << "the viewer's SVG and trilink export's SVG differ"; // byte for byte
        }
    }
    w.setViewAs(std::nullopt);
}

TEST(Export, ExportWhatISeeIsThePictureOnScreen)
{
    auto &w = exportWindow();
    ASSERT_TRUE(w.scenario());
    setUpView(w);
    ASSERT_TRUE(waitForPicture(w.canvas()));
    const QImage screen = w.canvas()->picture().convertToFormat(QImage::Format_ARGB32);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seen.png"));
    QFuture<QString> done = w.exportPicture(w.exportArguments(path, maps::PictureFormat::Png, w.canvas()->size()));
    done.waitForFinished();
    ASSERT_EQ(done.result(), QString());
    const QImage exported = QImage(path).convertToFormat(QImage::Format_ARGB32);
    ASSERT_EQ(exported.size(), screen.size());
    // The export re-fits the view from degrees and kilometres; at most a rounding step of anti-aliasing may
    // differ, never a feature.
    qint64 differing = 0;
    for (int y = 0; y < screen.height(); ++y)
        for (int x = 0; x < screen.width(); ++x) {
            const QRgb a = screen.pixel(x, y), b = exported.pixel(x, y);
            if (std::abs(qRed(a) - qRed(b)) > 8 || std::abs(qGreen(a) - qGreen(b)) > 8 || std::abs(qBlue(a) - qBlue(b)) > 8)
                ++differing;
        }
    EXPECT_LT(differing, screen.width() * screen.height() / 10000) << differing << " pixels differ";
    w.setViewAs(std::nullopt);
}

TEST(Export, TheDialogGivesTheSizeFormatAndPartsChosen)
{
    auto &w = exportWindow();
    ASSERT_TRUE(w.scenario());
    QSettings().remove(QStringLiteral("export")); // the dialog's remembered choices start fresh
    app::ExportDialog dialog(QSize(1400, 900), QStringLiteral("UNCLASSIFIED — TEST"), [&w](const app::ExportChoice &c) {
        return maps::shellCommand(w.exportArguments(c.path, c.format, c.size));
    });
    dialog.show();
    const auto combos = dialog.findChildren<QComboBox *>();
    ASSERT_EQ(combos.size(), 2);
    QComboBox *format = combos[0], *size = combos[1];
    auto *path = dialog.findChild<QLineEdit *>();
    ASSERT_TRUE(path);
    EXPECT_TRUE(path->text().endsWith(QStringLiteral("trilink-map.png")));
    EXPECT_EQ(dialog.choice().size, QSize(1400, 900)); // "as on screen" first

    format->setCurrentIndex(format->findData(QStringLiteral("svg")));
    EXPECT_TRUE(path->text().endsWith(QStringLiteral("trilink-map.svg"))); // the name follows the format
    size->setCurrentIndex(size->findText(QStringLiteral("8K"), Qt::MatchContains));
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        if (box->text().startsWith(QStringLiteral("Legend")))
            box->setChecked(false);
    const app::ExportChoice c = dialog.choice();
    EXPECT_EQ(c.format, maps::PictureFormat::Svg);
    EXPECT_EQ(c.size, QSize(7680, 4320));
    EXPECT_FALSE(c.legend);
    EXPECT_TRUE(c.scaleBar);
    EXPECT_TRUE(c.banner);
    EXPECT_EQ(c.bannerText, QStringLiteral("UNCLASSIFIED — TEST"));

    // "Copy Command Line" puts a command that `trilink export` parses back to the same size and format.
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Copy Command Line"))
            button->click();
    const QString command = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(command.startsWith(QStringLiteral("trilink export "))) << command.toStdString();
    EXPECT_TRUE(command.contains(QStringLiteral("--size 7680x4320"))) << command.toStdString();
    EXPECT_TRUE(command.contains(QStringLiteral("--format svg"))) << command.toStdString();
}
