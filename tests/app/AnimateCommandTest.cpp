// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "TrilinkProcess.h"

// `trilink animate`, run as a user would with no display: frame counts from the documented timing rule
// (frames at from, from + speed/fps, ..., and exactly at to: both ends shown), frame sizes, a marker that
// moves to where it should be, MP4 and GIF through ffmpeg, and the failures.
namespace {
const QString kLaunch = QStringLiteral("2022-10-03-HS12"); // the Hwasong-12 over Japan

QStringList animateArgs(const QString &out, const QStringList &more)
{
    return QStringList{QStringLiteral("animate"), QStringLiteral("--launch"), kLaunch, QStringLiteral("--out"), out} + more;
}

QStringList framesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
}

// The JPN partner colour of maps/PartnerStyle.h (bluish green); the app tests link no Trilink library.
const QColor kJpn(0x1F, 0xB5, 0x8F);

int countColourNear(const QImage &image, QPointF at, double radius, const QColor &c, int tolerance = 6)
{
    int n = 0;
    for (int y = int(at.y() - radius); y <= int(at.y() + radius); ++y)
        for (int x = int(at.x() - radius); x <= int(at.x() + radius); ++x) {
            if (!image.rect().contains(x, y) || std::hypot(x - at.x(), y - at.y()) > radius)
                continue;
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - c.red()) <= tolerance && std::abs(qGreen(p) - c.green()) <= tolerance &&
                std::abs(qBlue(p) - c.blue()) <= tolerance)
                ++n;
        }
    return n;
}

bool haveFfmpeg()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty();
}

// ffprobe's view of the first video stream, counting frames by decoding them: "key=value" per line.
QMap<QString, QString> probe(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"), {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"), QStringLiteral("-select_streams"),
                                        QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                        QStringLiteral("stream=codec_name,width,height,pix_fmt,nb_read_frames:format=duration"),
                                        QStringLiteral("-of"), QStringLiteral("default=noprint_wrappers=1"), file});
    EXPECT_TRUE(p.waitForFinished(60000));
    QMap<QString, QString> values;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
        const int eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1).trimmed());
    }
    return values;
}

// Nothing but `name` in the folder: no temporary ".NAME.*.part" left beside the output.
void expectOnly(const QString &folder, const QStringList &names)
{
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name), names);
}
} // namespace

// T+0 to T+10 at 5 fps and 1x: 10 s × 5 frames/s = 50 steps, both ends shown, so 51 frames; each the
// asked size. The clock and the marker move, so the first and last frames differ. A shorter second run into
// the same folder leaves exactly its own frames and any other file alone.
TEST(AnimateCommand, PngFramesFollowTheTimingRule)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames")); // created by the command
    const TrilinkRun r = runTrilink(animateArgs(folder, {QStringLiteral("--from"), QStringLiteral("T+0"), QStringLiteral("--to"),
                                                         QStringLiteral("T+10"), QStringLiteral("--fps"), QStringLiteral("5"),
                                                         QStringLiteral("--speed"), QStringLiteral("1"), QStringLiteral("--size"),
                                                         QStringLiteral("480x270")}));
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.outText().contains(QStringLiteral("51 frames at 5 fps"))) << r.outText().toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.errText().toStdString(); // no progress line: stderr is not a terminal
    const QStringList frames = framesIn(folder);
    ASSERT_EQ(frames.size(), 51);
    EXPECT_EQ(frames.front(), QStringLiteral("frame-000001.png"));
    EXPECT_EQ(frames.back(), QStringLiteral("frame-000051.png"));
    for (const QString &f : frames) {
        QImageReader reader(QDir(folder).filePath(f));
        EXPECT_EQ(reader.format(), QByteArray("png")) << f.toStdString();
        EXPECT_EQ(reader.size(), QSize(480, 270)) << f.toStdString();
    }
    const QImage first(QDir(folder).filePath(frames.front())), last(QDir(folder).filePath(frames.back()));
    ASSERT_FALSE(first.isNull());
    EXPECT_NE(first.convertToFormat(QImage::Format_RGB32), last.convertToFormat(QImage::Format_RGB32));

    QFile notes(QDir(folder).filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("mine\n");
    notes.close();
    // T+0 to T+2 at 5 fps and 1x: 11 frames; frames 12 to 51 of the first run are removed.
    const TrilinkRun again = runTrilink(animateArgs(folder, {QStringLiteral("--to"), QStringLiteral("T+2"), QStringLiteral("--fps"),
                                                             QStringLiteral("5"), QStringLiteral("--speed"), QStringLiteral("1"),
                                                             QStringLiteral("--size"), QStringLiteral("480x270")}));
    ASSERT_EQ(again.code, 0) << again.errText().toStdString();
    EXPECT_EQ(framesIn(folder).size(), 11);
    EXPECT_TRUE(QFile::exists(notes.fileName()));
}

// A recorded track the test knows exactly: held by Japan, due east along 30 N from 150 E to 156 E in 600 s
// (0.01 degree a second), in 2030 when no catalogue launch is on the map. Web Mercator centred at 153 E
// 30 N, 2000 km across 640 pixels: x = a λ, so at T+540 (155.4 E) the marker is 2.4° × a × π/180 /
// 3125 m = 85.5 pixels right of the centre, on the centre row. The marker is filled with the partner colour
// there; at T+0 that spot is still the grey predicted path.
TEST(AnimateCommand, MarkerIsWhereTheTrackIs)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("probe.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("track_id,time,lon,lat,alt_m,partners\n");
    for (int t = 0; t <= 600; t += 10)
        file.write(QStringLiteral("PROBE-1,2030-01-01T00:%1:%2Z,%3,30,100000,JPN\n")
                       .arg(t / 60, 2, 10, QLatin1Char('0'))
                       .arg(t % 60, 2, 10, QLatin1Char('0'))
                       .arg(150.0 + t * 0.01, 0, 'f', 2)
                       .toUtf8());
    file.close();
    const QString folder = dir.filePath(QStringLiteral("frames"));
    // T+0 to T+600 at 1 fps and 60x: 10 steps, 11 frames; frame 10 is T+540.
    const TrilinkRun r = runTrilink({QStringLiteral("animate"), csv, QStringLiteral("--launch"), QStringLiteral("PROBE-1"), QStringLiteral("--out"),
                                     folder, QStringLiteral("--fps"), QStringLiteral("1"), QStringLiteral("--speed"), QStringLiteral("60"),
                                     QStringLiteral("--size"), QStringLiteral("640x360"), QStringLiteral("--projection"),
                                     QStringLiteral("mercator"), QStringLiteral("--center"), QStringLiteral("153,30"),
                                     QStringLiteral("--extent-km"), QStringLiteral("2000")});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    ASSERT_EQ(framesIn(folder).size(), 11);
    const double a = 6378137.0, metresPerPixel = 2000e3 / 640;
    const QPointF at(320 + 2.4 * a * std::numbers::pi / 180 / metresPerPixel, 180);
    const QImage late = QImage(QDir(folder).filePath(QStringLiteral("frame-000010.png"))).convertToFormat(QImage::Format_RGB32);
    const QImage start = QImage(QDir(folder).filePath(QStringLiteral("frame-000001.png"))).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(late.isNull());
    ASSERT_FALSE(start.isNull());
    EXPECT_GE(countColourNear(late, at, 5, kJpn), 20) << "no JPN marker at " << at.x() << "," << at.y();
    EXPECT_EQ(countColourNear(start, at, 5, kJpn), 0);
    // At T+0 the marker is at the launch point instead, 3° west of the centre.
    EXPECT_GE(countColourNear(start, QPointF(320 - 3 * a * std::numbers::pi / 180 / metresPerPixel, 180), 5, kJpn), 20);
}

// 30 s at 6x and 10 fps: 50 steps, 51 frames, 5.1 s. The film is H.264 in yuv420p, the asked size.
TEST(AnimateCommand, Mp4HasEveryFrame)
{
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg is not installed: scripts/deps.sh test installs it";
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hs12.mp4"));
    const TrilinkRun r = runTrilink(animateArgs(out, {QStringLiteral("--to"), QStringLiteral("T+30"), QStringLiteral("--fps"), QStringLiteral("10"),
                                                      QStringLiteral("--speed"), QStringLiteral("6"), QStringLiteral("--size"),
                                                      QStringLiteral("480x270")}));
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    const auto v = probe(out);
    EXPECT_EQ(v.value(QStringLiteral("codec_name")), QStringLiteral("h264"));
    EXPECT_EQ(v.value(QStringLiteral("pix_fmt")), QStringLiteral("yuv420p"));
    EXPECT_EQ(v.value(QStringLiteral("width")), QStringLiteral("480"));
    EXPECT_EQ(v.value(QStringLiteral("height")), QStringLiteral("270"));
    EXPECT_EQ(v.value(QStringLiteral("nb_read_frames")), QStringLiteral("51"));
    EXPECT_NEAR(v.value(QStringLiteral("duration")).toDouble(), 5.1, 0.05);
    expectOnly(dir.path(), {QStringLiteral("hs12.mp4")});
}

// The same range as a GIF at 10 fps (GIF delays are in hundredths of a second, so 10 fps is exact).
TEST(AnimateCommand, GifHasEveryFrame)
{
    if (!haveFfmpeg())
        GTEST_SKIP() << "ffmpeg is not installed: scripts/deps.sh test installs it";
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hs12.gif"));
    const TrilinkRun r = runTrilink(animateArgs(out, {QStringLiteral("--to"), QStringLiteral("T+30"), QStringLiteral("--fps"), QStringLiteral("10"),
                                                      QStringLiteral("--speed"), QStringLiteral("6"), QStringLiteral("--size"),
                                                      QStringLiteral("320x180")}));
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    QImageReader reader(out);
    EXPECT_EQ(reader.format(), QByteArray("gif"));
    const auto v = probe(out);
    EXPECT_EQ(v.value(QStringLiteral("codec_name")), QStringLiteral("gif"));
    EXPECT_EQ(v.value(QStringLiteral("width")), QStringLiteral("320"));
    EXPECT_EQ(v.value(QStringLiteral("height")), QStringLiteral("180"));
    EXPECT_EQ(v.value(QStringLiteral("nb_read_frames")), QStringLiteral("51"));
    EXPECT_NEAR(v.value(QStringLiteral("duration")).toDouble(), 5.1, 0.05);
    expectOnly(dir.path(), {QStringLiteral("hs12.gif")});
}

// No ffmpeg: exit 1 with the message that says what to do, before any frame is drawn, and no file.
TEST(AnimateCommand, MissingFfmpegIsExplained)
{
    QTemporaryDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("TRILINK_FFMPEG"), QStringLiteral("/nonexistent/ffmpeg"));
    for (const QString &name : {QStringLiteral("a.mp4"), QStringLiteral("a.gif")}) {
        const TrilinkRun r = runTrilink(animateArgs(dir.filePath(name), {QStringLiteral("--to"), QStringLiteral("T+5")}), env);
        EXPECT_EQ(r.code, 1);
        EXPECT_EQ(r.errText(), QStringLiteral("trilink animate: ffmpeg not found: install the Debian package ffmpeg, or give a folder to "
                                              "get numbered PNG frames\n"));
    }
    expectOnly(dir.path(), {});
}

// ffmpeg that fails: exit 1 with its last stderr line, and neither the output nor a temporary file left.
TEST(AnimateCommand, FailingFfmpegReportsItsLastLine)
{
    QTemporaryDir dir;
    const QString fake = dir.filePath(QStringLiteral("bin/ffmpeg"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("bin"))));
    QFile script(fake);
    ASSERT_TRUE(script.open(QIODevice::WriteOnly));
    // Like ffmpeg, it writes the output before failing.
    script.write("#!/bin/sh\nfor last; do :; done\necho partial > \"$last\"\necho 'some notice' >&2\n"
                 "echo \"Unknown encoder 'libx264'\" >&2\nexit 1\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString out = dir.filePath(QStringLiteral("out/a.mp4"));
    ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    QProcessEnvironment env;
    env.insert(QStringLiteral("TRILINK_FFMPEG"), fake);
    const TrilinkRun r = runTrilink(animateArgs(out, {QStringLiteral("--to"), QStringLiteral("T+2"), QStringLiteral("--size"),
                                                      QStringLiteral("320x180")}),
                                    env);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.errText(), QStringLiteral("trilink animate: ffmpeg: Unknown encoder 'libx264'\n"));
    expectOnly(dir.filePath(QStringLiteral("out")), {});
}

// Bad arguments: exit 2, one line naming the command, nothing written.
TEST(AnimateCommand, BadArgumentsExitTwo)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("frames"));
    const QList<QStringList> cases{
        {QStringLiteral("animate"), QStringLiteral("--launch"), QStringLiteral("NO-SUCH-LAUNCH"), QStringLiteral("--out"), folder},
        {QStringLiteral("animate"), QStringLiteral("--out"), folder}, // no --launch
        {QStringLiteral("animate"), QStringLiteral("--launch"), kLaunch},  // no --out
        animateArgs(folder, {QStringLiteral("--from"), QStringLiteral("T+60"), QStringLiteral("--to"), QStringLiteral("T+30")}),
        animateArgs(folder, {QStringLiteral("--fps"), QStringLiteral("0")}),
        animateArgs(folder, {QStringLiteral("--fps"), QStringLiteral("61")}),
        animateArgs(folder, {QStringLiteral("--fps"), QStringLiteral("2.5")}),
        animateArgs(folder, {QStringLiteral("--speed"), QStringLiteral("0.5")}),
        animateArgs(folder, {QStringLiteral("--speed"), QStringLiteral("601")}),
        // 1308 s of flight at 1x and 60 fps is 78,481 frames, over the 20,000 limit.
        animateArgs(folder, {QStringLiteral("--speed"), QStringLiteral("1"), QStringLiteral("--fps"), QStringLiteral("60")}),
        animateArgs(dir.filePath(QStringLiteral("a.avi")), {}),
        animateArgs(dir.filePath(QStringLiteral("a.png")), {}),
        animateArgs(folder, {QStringLiteral("--size"), QStringLiteral("0x0")}),
        animateArgs(folder, {QStringLiteral("--view-as"), QStringLiteral("CHN")}),
        animateArgs(folder, {QStringLiteral("--trail"), QStringLiteral("-5")}),
        animateArgs(folder, {QStringLiteral("--from"), QStringLiteral("yesterday")}),
    };
    for (const QStringList &args : cases) {
        const TrilinkRun r = runTrilink(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString() << "\n" << r.errText().toStdString();
        EXPECT_TRUE(r.errText().startsWith(QStringLiteral("trilink animate: "))) << r.errText().toStdString();
        EXPECT_EQ(r.errText().count(u'\n'), 1) << r.errText().toStdString();
    }
    expectOnly(dir.path(), {});
    EXPECT_FALSE(QFile::exists(folder));
}
