// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

#include "TrilinkProcess.h"

// `trilink brief`, run as a user would with no display, its PDF read back with poppler's pdfinfo,
// pdftotext and pdfimages. The reported figures are checked against the shared launch data, not against the
// program's own copy of it.
namespace {
const QString kHs12 = QStringLiteral("2022-10-03-HS12");  // the Hwasong-12 over Japan
const QString kHs15 = QStringLiteral("2017-11-28-HS15");  // the 2017 ICBM
const QString kScudC = QStringLiteral("2017-05-28-SCUDC"); // a short-range launch
const QString kDefaultBanner = QStringLiteral("UNCLASSIFIED — PUBLIC DATA — TRAINING");

QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(tool), args);
    EXPECT_TRUE(p.waitForFinished(60000)) << tool.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << tool.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool havePoppler()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdfimages"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

TrilinkRun brief(const QStringList &args) { return runTrilink(QStringList{QStringLiteral("brief")} + args); }

// One brief per test binary run and launch set: the PDF and its text are shared by the tests that read them.
struct Brief {
    QTemporaryDir dir;
    QString path;
    TrilinkRun run;
    QString info, text;
};

const Brief &briefOf(const QString &ids, const QStringList &more = {})
{
    static std::map<QString, std::unique_ptr<Brief>> cache;
    const QString key = ids + u'|' + more.join(u'|');
    auto &b = cache[key];
    if (!b) {
        b = std::make_unique<Brief>();
        b->path = b->dir.filePath(QStringLiteral("brief.pdf"));
        b->run = brief(QStringList{QStringLiteral("--launch"), ids, QStringLiteral("--out"), b->path} + more);
        if (b->run.code == 0 && havePoppler()) {
            b->info = poppler(QStringLiteral("pdfinfo"), {b->path});
            b->text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), b->path, QStringLiteral("-")});
        }
    }
    return *b;
}

int pages(const QString &info)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The fields of one CSV line, with quoted fields ("a, b") kept whole.
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            out << cur;
            cur.clear();
        } else {
            cur += c;
        }
    }
    out << cur;
    return out;
}

// The row of the shared launch data (../shared/data/launches.csv beside the repository, else the verbatim
// columns of the bundled copy) launched at `utcPrefix`, as column name -> cell.
std::map<QString, QString> launchRow(const QString &utcPrefix)
{
    QFile file(QStringLiteral(TRILINK_SOURCE_DIR "/../shared/data/launches.csv"));
    if (!file.exists())
        file.setFileName(QStringLiteral(TRILINK_SOURCE_DIR "/resources/catalog/launches.csv"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QStringList header;
    std::map<QString, QString> row;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList f = csvFields(line.trimmed());
        if (header.isEmpty()) {
            header = f;
            continue;
        }
        const int at = header.indexOf(QStringLiteral("utc_datetime"));
        if (at < 0 || at >= f.size() || !f[at].startsWith(utcPrefix))
            continue;
        for (int i = 0; i < header.size() && i < f.size(); ++i)
            row[header[i]] = f[i];
        break;
    }
    return row;
}

// The leading number of a reported cell: "4475 (MOD >4000)" -> "4475", "950-1000" -> "950", "~12" -> "12".
QString leadingNumber(const QString &cell)
{
    const auto m = QRegularExpression(QStringLiteral("^[~<>]?\\s*(\\d+(?:\\.\\d+)?)")).match(cell.trimmed());
    return m.hasMatch() ? m.captured(1) : QString();
}
} // namespace

TEST(BriefCommand, OnePagePerLaunchOnA4)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils (pdfinfo, pdftotext, pdfimages) is not installed";
    const Brief &b = briefOf(QStringList{kHs12, kHs15, kScudC}.join(u','));
    ASSERT_EQ(b.run.code, 0) << b.run.errText().toStdString();
    EXPECT_EQ(pages(b.info), 3) << b.info.toStdString();
    // A4 is 210 x 297 mm: 595.28 x 841.89 points (Qt rounds to whole points).
    EXPECT_TRUE(b.info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts")))) << b.info.toStdString();
    // Page breaks are form feeds in pdftotext's output: each launch has its own page, in the order asked.
    const QStringList pageTexts = b.text.split(u'\f', Qt::SkipEmptyParts);
    ASSERT_GE(pageTexts.size(), 3);
    // Each page names its missile by its id in the record (launches.csv's ids, given here, are aliases).
    EXPECT_TRUE(pageTexts[0].contains(QStringLiteral("2022-10-03-mupyong-ni-1")));
    EXPECT_TRUE(pageTexts[1].contains(QStringLiteral("2017-11-28-pyongsong-1")));
    EXPECT_TRUE(pageTexts[2].contains(QStringLiteral("2017-05-28-wonsan-1")));
    EXPECT_TRUE(pageTexts[2].contains(QStringLiteral("Page 3 of 3")));
}

TEST(BriefCommand, UsLetterPage)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    const Brief &b = briefOf(kScudC, {QStringLiteral("--page"), QStringLiteral("letter")});
    ASSERT_EQ(b.run.code, 0) << b.run.errText().toStdString();
    EXPECT_EQ(pages(b.info), 1);
    EXPECT_TRUE(b.info.contains(QRegularExpression(QStringLiteral("Page size:\\s+612 x 792 pts")))) << b.info.toStdString();
}

TEST(BriefCommand, TitleFiguresTableSourcesAndBanner)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    const Brief &b = briefOf(kHs15);
    ASSERT_EQ(b.run.code, 0) << b.run.errText().toStdString();
    const QString &text = b.text;
    const auto row = launchRow(QStringLiteral("2017-11-28T18:18"));
    ASSERT_FALSE(row.empty());

    // Title: the missile and the date, in UTC and in Korea/Japan time (03:18 on 29 November).
    EXPECT_TRUE(text.contains(row.at(QStringLiteral("missile")))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2017-11-28 18:18")));
    EXPECT_TRUE(text.contains(QStringLiteral("KST/JST")));
    EXPECT_TRUE(text.contains(QStringLiteral("29 Nov 2017 03:18 KST/JST")));
    // The published figures, as the shared data gives them: apogee 4475 km, range 950 km, 53 min.
    const QString apogee = leadingNumber(row.at(QStringLiteral("apogee_km")));
    const QString range = leadingNumber(row.at(QStringLiteral("range_km")));
    const QString flight = leadingNumber(row.at(QStringLiteral("flight_min")));
    EXPECT_EQ(apogee, QStringLiteral("4475"));
    EXPECT_EQ(range, QStringLiteral("950"));
    EXPECT_EQ(flight, QStringLiteral("53"));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\b%1 km").arg(apogee)))) << text.toStdString();
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\b%1\\S*\\s*km").arg(range))));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\b%1 min").arg(flight))));
    EXPECT_TRUE(text.contains(QStringLiteral("IMPACT AREA")));
    // The partners' table.
    for (const char *header : {"Partner", "First detection", "Held", "Sensors", "Sharing gain", "United States", "Republic of Korea", "Japan"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(header))) << header;
    // Sources: each source the shared data lists for this launch, and the sensor laydown's notional sites.
    for (const QString &source : row.at(QStringLiteral("sources")).split(u';'))
        EXPECT_TRUE(text.simplified().contains(source.trimmed())) << source.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("notional")));
    // The banner, top and bottom.
    EXPECT_EQ(text.count(kDefaultBanner), 2) << text.toStdString();
}

TEST(BriefCommand, OwnBannerAndViewAs)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    const QString banner = QStringLiteral("TEST BANNER 42");
    const Brief &b = briefOf(kHs12, {QStringLiteral("--banner"), banner, QStringLiteral("--view-as"), QStringLiteral("JPN"),
                                     QStringLiteral("--time"), QStringLiteral("T+300")});
    ASSERT_EQ(b.run.code, 0) << b.run.errText().toStdString();
    EXPECT_EQ(b.text.count(banner), 2);
    EXPECT_FALSE(b.text.contains(kDefaultBanner));
    EXPECT_TRUE(b.text.contains(QStringLiteral("JPN own sensors alone")));
    EXPECT_TRUE(b.text.contains(QStringLiteral("T+05:00")));
    EXPECT_FALSE(b.text.contains(QStringLiteral("Republic of Korea"))); // Japan alone: one partner row
}

TEST(BriefCommand, MapIsVector)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    const Brief &b = briefOf(kHs15);
    ASSERT_EQ(b.run.code, 0) << b.run.errText().toStdString();
    // Place names and the scale bar are text on the page, not pixels of a picture...
    EXPECT_TRUE(b.text.contains(QStringLiteral("Pyongyang"))) << b.text.toStdString();
    EXPECT_TRUE(b.text.contains(QStringLiteral("Seoul")));
    // ... and the page holds no raster picture at all.
    const QStringList images = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), b.path}).split(u'\n', Qt::SkipEmptyParts);
    EXPECT_LE(images.size(), 2) << images.join(u'\n').toStdString(); // the two header lines only
}

TEST(BriefCommand, BadArgumentsExitTwoWithOneLine)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("b.pdf"));
    const QList<QStringList> bad = {
        {QStringLiteral("--launch"), QStringLiteral("1999-01-01-NOPE"), QStringLiteral("--out"), out},
        {QStringLiteral("--launch"), kHs15 + QStringLiteral(",NOPE"), QStringLiteral("--out"), out},
        {QStringLiteral("--launch"), kHs15},
        {QStringLiteral("--out"), out},
        {QStringLiteral("--launch"), kHs15, QStringLiteral("--out"), out, QStringLiteral("--page"), QStringLiteral("a5")},
        {QStringLiteral("--launch"), kHs15, QStringLiteral("--out"), out, QStringLiteral("--view-as"), QStringLiteral("CHN")},
        {QStringLiteral("--launch"), kHs15, QStringLiteral("--out"), out, QStringLiteral("--theme"), QStringLiteral("pink")},
        {QStringLiteral("--launch"), kHs15, QStringLiteral("--out"), out, QStringLiteral("--time"), QStringLiteral("soon")},
        {QStringLiteral("--launch"), kHs15, QStringLiteral("--out"), out, QStringLiteral("--no-such-option")},
    };
    for (const QStringList &args : bad) {
        const TrilinkRun r = brief(args);
        EXPECT_EQ(r.code, 2) << args.join(u' ').toStdString() << ": " << r.errText().toStdString();
        EXPECT_TRUE(r.errText().startsWith(QStringLiteral("trilink brief: "))) << r.errText().toStdString();
        EXPECT_EQ(r.errText().trimmed().count(u'\n'), 0) << r.errText().toStdString();
        EXPECT_FALSE(QFileInfo::exists(out)) << args.join(u' ').toStdString();
    }
}

TEST(BriefCommand, UnwritableOutputFailsAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no-such-folder/b.pdf"));
    const TrilinkRun r = brief({QStringLiteral("--launch"), kScudC, QStringLiteral("--out"), out});
    EXPECT_EQ(r.code, 1) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().startsWith(QStringLiteral("trilink brief: "))) << r.errText().toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

// trilink brief --year 2022: the year in review. Its table names every launch event of 2022 in the CSV (read
// here straight from the file: event_id is the first column), with the figures and sources of each; the
// charts are text on the page; the credit and the banner are there.
TEST(BriefCommand, YearInReview)
{
    if (!havePoppler())
        GTEST_SKIP() << "poppler-utils is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2022.pdf"));
    const auto r = brief({QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--out"), path});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    const QString info = poppler(QStringLiteral("pdfinfo"), {path});
    const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_GE(pages(info), 3);
    EXPECT_TRUE(text.contains(QStringLiteral("North Korean missile launches in 2022")));
    EXPECT_TRUE(text.contains(QStringLiteral("69 missiles in 39 launch events")));
    EXPECT_TRUE(text.contains(QStringLiteral("Missiles launched in 2022, by month and class")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sharing gain: seconds earlier, by class")));
    const QString flat = text.simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("CNS North Korea Missile Test Database, James Martin Center for Nonproliferation Studies / NTI")));
    EXPECT_TRUE(flat.contains(QStringLiteral("nk-missile-tests by Akihiko Kusanagi (nagix), Apache-2.0")));
    EXPECT_EQ(text.count(kDefaultBanner), 2 * pages(info));
    QFile csv(QStringLiteral(TRILINK_SOURCE_DIR "/resources/catalog/cns_launches.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    QSet<QString> events;
    for (const QByteArray &line : csv.readAll().split('\n'))
        if (line.startsWith("2022-"))
            events.insert(QString::fromLatin1(line.left(line.indexOf(','))));
    EXPECT_EQ(events.size(), 39);
    for (const QString &e : events)
        EXPECT_TRUE(flat.contains(e)) << e.toStdString();
    // A source of the 2 November salvos (CNS rows 211-213) is on the page.
    EXPECT_TRUE(flat.contains(QStringLiteral("https://www.mod.go.jp/j/press/news/2022/11/02c.html")));
    // Bad years.
    EXPECT_EQ(brief({QStringLiteral("--year"), QStringLiteral("2018"), QStringLiteral("--out"), path}).code, 2);
    EXPECT_EQ(brief({QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--launch"), QStringLiteral("x"),
                     QStringLiteral("--out"), path})
                  .code,
              2);
}
