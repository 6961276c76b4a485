// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "TrackInfoJson.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

// `trilink info` and `trilink convert` run as a user would, on tests/app/data/tracks/two_tracks.csv, checked
// against what that file says: its rows, and the ground ranges PROJ's geod gives for its end points (in the
// file's comment).
namespace {
const QString kTwoTracks = QStringLiteral(TRILINK_TEST_DATA_DIR "/tracks/two_tracks.csv");
const QString kMalformed = QStringLiteral(TRILINK_TEST_DATA_DIR "/malformed");

// The fixture's tracks as written in it.
void expectFixtureTracks(const InfoResult &r, const QString &step)
{
    const std::string where = step.toStdString();
    ASSERT_EQ(r.tracks.size(), 2u) << where << "\n" << r.problems.join(u'\n').toStdString();
    const InfoTrack *hs = r.track(QStringLiteral("HS15-notional"));
    const InfoTrack *kn = r.track(QStringLiteral("KN23-notional"));
    ASSERT_TRUE(hs && kn) << where;
    EXPECT_EQ(hs->points, 5) << where;
    EXPECT_EQ(hs->start, QStringLiteral("2017-11-28T18:17:00.125Z")) << where;
    EXPECT_EQ(hs->end, QStringLiteral("2017-11-28T18:52:59.999Z")) << where;
    EXPECT_NEAR(hs->apogeeKm, 4475.0, 0.001) << where;
    EXPECT_NEAR(hs->rangeKm, 1152.444, 0.002) << where;
    EXPECT_EQ(hs->partners, (QStringList{QStringLiteral("USA"), QStringLiteral("KOR"), QStringLiteral("JPN")})) << where;
    EXPECT_EQ(hs->label, QStringLiteral("Hwasong-15 (notional)")) << where;
    EXPECT_EQ(kn->points, 3) << where;
    EXPECT_EQ(kn->start, QStringLiteral("2019-07-25T21:30:00.000Z")) << where;
    EXPECT_EQ(kn->end, QStringLiteral("2019-07-25T21:33:59.999Z")) << where;
    EXPECT_NEAR(kn->apogeeKm, 50.0, 0.001) << where;
    EXPECT_NEAR(kn->rangeKm, 165.010, 0.002) << where;
    EXPECT_TRUE(kn->partners.isEmpty()) << where;
}

// Rows of a track CSV keyed by column name; comment lines skipped. The fixture and Trilink's own CSV hold no
// quoted commas, so a plain split is enough here.
std::vector<QHash<QString, QString>> csvRows(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly | QIODevice::Text)) << path.toStdString();
    std::vector<QHash<QString, QString>> rows;
    QStringList header;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u',');
        if (header.isEmpty()) {
            header = cells;
            continue;
        }
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], cells.value(i));
        rows.push_back(row);
    }
    return rows;
}

QSet<QString> partnerSet(const QString &text)
{
    QSet<QString> s;
    for (const QString &p : text.split(QRegularExpression(QStringLiteral("[;+, ]")), Qt::SkipEmptyParts))
        s.insert(p.toUpper());
    return s;
}
} // namespace

TEST(TrackFileCli, InfoJsonSaysWhatTheFileSays)
{
    const InfoResult r = trilinkInfoJson({kTwoTracks});
    ASSERT_EQ(r.run.code, 0) << r.run.errText().toStdString();
    ASSERT_TRUE(r.jsonOk) << r.run.outText().toStdString();
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.join(u'\n').toStdString();
    expectFixtureTracks(r, QStringLiteral("two_tracks.csv"));
    for (const auto &t : r.tracks)
        EXPECT_EQ(t.file, kTwoTracks);
    EXPECT_TRUE(r.run.err.isEmpty()) << r.run.errText().toStdString();
}

TEST(TrackFileCli, InfoTextIsATableWithProblemsOnStderr)
{
    const QString bad = kMalformed + QStringLiteral("/bad_lat.csv");
    const TrilinkRun r = runTrilink({QStringLiteral("info"), kTwoTracks, bad});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    const QStringList lines = r.outText().split(u'\n');
    ASSERT_GE(lines.size(), 4);
    EXPECT_TRUE(lines[0].contains(QRegularExpression(QStringLiteral("^track\\s+file\\s+points\\s+start \\(UTC\\)\\s+end \\(UTC\\)\\s+"
                                                                    "apogee km\\s+range km\\s+partners$"))))
        << lines[0].toStdString();
    EXPECT_TRUE(r.outText().contains(QRegularExpression(QStringLiteral(
        "HS15-notional\\s+two_tracks.csv\\s+5\\s+2017-11-28T18:17:00.125Z\\s+2017-11-28T18:52:59.999Z\\s+4475.0\\s+1152.4\\s+USA\\+KOR\\+JPN"))))
        << r.outText().toStdString();
    EXPECT_TRUE(r.outText().contains(QRegularExpression(QStringLiteral("KN23-notional\\s+two_tracks.csv\\s+3\\s.*\\s50.0\\s+165.0\\s+none"))))
        << r.outText().toStdString();
    // The good rows of the broken file are in the table; its bad row is on stderr, file:line: message.
    EXPECT_TRUE(r.outText().contains(QRegularExpression(QStringLiteral("\\bbad_lat.csv\\s+4\\s"))))
        << r.outText().toStdString();
    EXPECT_TRUE(r.errText().contains(QRegularExpression(QStringLiteral("(^|\\n)\\S*bad_lat.csv:4: latitude 91 outside"))))
        << r.errText().toStdString();
    EXPECT_FALSE(r.outText().contains(QStringLiteral("latitude 91")));
    EXPECT_TRUE(r.outText().contains(QStringLiteral("3 tracks, 12 points in 2 files; 1 problem")))
        << r.outText().toStdString();
}

TEST(TrackFileCli, InfoExitStatus)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nothing_here.csv"));
    // Unreadable: exit 1, and the other file is still reported.
    const InfoResult r = trilinkInfoJson({kTwoTracks, missing});
    EXPECT_EQ(r.run.code, 1);
    EXPECT_EQ(r.tracks.size(), 2u);
    EXPECT_TRUE(r.problems.join(u'\n').contains(QStringLiteral("nothing_here.csv: no such file"))) << r.problems.join(u'\n').toStdString();
    const TrilinkRun text = runTrilink({QStringLiteral("info"), missing});
    EXPECT_EQ(text.code, 1);
    EXPECT_TRUE(text.errText().contains(QStringLiteral("nothing_here.csv: no such file"))) << text.errText().toStdString();
    // Problems but readable: exit 0.
    EXPECT_EQ(trilinkInfoJson({kMalformed + QStringLiteral("/bad_lat.csv")}).run.code, 0);
    // Bad arguments: exit 2 with one line.
    for (const QStringList &args : {QStringList{QStringLiteral("info")}, QStringList{QStringLiteral("info"), QStringLiteral("--json")},
                                    QStringList{QStringLiteral("info"), QStringLiteral("--bogus"), kTwoTracks}}) {
        const TrilinkRun bad = runTrilink(args);
        EXPECT_EQ(bad.code, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(bad.errText().startsWith(QStringLiteral("trilink info: "))) << bad.errText().toStdString();
        EXPECT_EQ(bad.errText().trimmed().count(u'\n'), 0) << bad.errText().toStdString();
    }
    const TrilinkRun help = runTrilink({QStringLiteral("info"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.outText().startsWith(QStringLiteral("Usage: trilink info [options] FILE..."))) << help.outText().toStdString();
}

// CSV -> GeoJSON -> CZML -> KML -> CoT -> GeoPackage -> CSV: every writer and reader once, each step checked
// with info, and the last CSV compared with the fixture row by row (times to the ms, positions, partners and
// sensor per point).
TEST(TrackFileCli, ConvertRoundTripThroughEveryWriter)
{
    QTemporaryDir dir;
    QString in = kTwoTracks;
    for (const char *ext : {"geojson", "czml", "kml", "cot", "gpkg", "csv"}) {
        const QString out = dir.filePath(QStringLiteral("step.") + QLatin1String(ext));
        const TrilinkRun r = runTrilink({QStringLiteral("convert"), in, out});
        ASSERT_EQ(r.code, 0) << ext << ": " << r.errText().toStdString();
        EXPECT_TRUE(r.outText().contains(QStringLiteral("wrote 2 tracks, 8 points to"))) << r.outText().toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << ext << ": " << r.errText().toStdString();
        const InfoResult info = trilinkInfoJson({out});
        EXPECT_EQ(info.run.code, 0) << ext;
        EXPECT_TRUE(info.problems.isEmpty()) << ext << ": " << info.problems.join(u'\n').toStdString();
        expectFixtureTracks(info, QStringLiteral("after writing .") + QLatin1String(ext));
        in = out;
    }
    const auto original = csvRows(kTwoTracks);
    const auto back = csvRows(in);
    ASSERT_EQ(back.size(), original.size());
    for (std::size_t i = 0; i < original.size(); ++i) {
        const auto &o = original[i];
        const auto &b = back[i];
        const std::string row = "row " + std::to_string(i + 1);
        EXPECT_EQ(b.value(QStringLiteral("track_id")), o.value(QStringLiteral("track_id"))) << row;
        EXPECT_EQ(b.value(QStringLiteral("time")), o.value(QStringLiteral("time"))) << row;
        EXPECT_NEAR(b.value(QStringLiteral("lon")).toDouble(), o.value(QStringLiteral("lon")).toDouble(), 1e-7) << row;
        EXPECT_NEAR(b.value(QStringLiteral("lat")).toDouble(), o.value(QStringLiteral("lat")).toDouble(), 1e-7) << row;
        EXPECT_NEAR(b.value(QStringLiteral("alt_m")).toDouble(), o.value(QStringLiteral("alt_km")).toDouble() * 1000.0, 0.01) << row;
        EXPECT_EQ(partnerSet(b.value(QStringLiteral("partners"))), partnerSet(o.value(QStringLiteral("partners")))) << row;
        EXPECT_EQ(b.value(QStringLiteral("sensor")), o.value(QStringLiteral("sensor"))) << row;
    }
}

TEST(TrackFileCli, ConvertKeepsTheGoodRowsAndListsTheBad)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("good.geojson"));
    const TrilinkRun r = runTrilink({QStringLiteral("convert"), kMalformed + QStringLiteral("/bad_lat.csv"), out});
    ASSERT_EQ(r.code, 0) << r.errText().toStdString();
    EXPECT_TRUE(r.errText().contains(QStringLiteral("bad_lat.csv:4: latitude 91"))) << r.errText().toStdString();
    // One bad row (line 4 of the file), said in the singular.
    EXPECT_TRUE(QString::fromUtf8(r.out).contains(QStringLiteral("; 1 problem in "))) << r.out.toStdString();
    const InfoResult info = trilinkInfoJson({out});
    EXPECT_EQ(info.pointCount(), 4);
}

TEST(TrackFileCli, ConvertExitStatus)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.geojson"));
    struct Case {
        QStringList args;
        int code;
        const char *says;
    };
    const QList<Case> cases = {
        {{QStringLiteral("convert")}, 2, "trilink convert: "},
        {{QStringLiteral("convert"), kTwoTracks}, 2, "trilink convert: "},
        {{QStringLiteral("convert"), kTwoTracks, out, out}, 2, "unexpected argument"},
        {{QStringLiteral("convert"), kTwoTracks, dir.filePath(QStringLiteral("out.png"))}, 2, "cannot write"},
        {{QStringLiteral("convert"), kTwoTracks, dir.filePath(QStringLiteral("out.fgb"))}, 2, "cannot write"},
        {{QStringLiteral("convert"), QStringLiteral("--bogus"), kTwoTracks, out}, 2, "trilink convert: "},
        {{QStringLiteral("convert"), dir.filePath(QStringLiteral("missing.csv")), out}, 1, "missing.csv: no such file"},
        {{QStringLiteral("convert"), kMalformed + QStringLiteral("/binary_renamed.csv"), out}, 1, "cannot be read"},
        {{QStringLiteral("convert"), kMalformed + QStringLiteral("/header_only.csv"), out}, 1, "no track"},
        {{QStringLiteral("convert"), kTwoTracks, dir.filePath(QStringLiteral("no/such/folder/out.csv"))}, 1, "out.csv"},
    };
    for (const auto &c : cases) {
        const TrilinkRun r = runTrilink(c.args);
        EXPECT_EQ(r.code, c.code) << c.args.join(u' ').toStdString() << "\n" << r.errText().toStdString();
        EXPECT_TRUE(r.errText().contains(QLatin1String(c.says))) << c.args.join(u' ').toStdString() << "\n" << r.errText().toStdString();
    }
    EXPECT_FALSE(QFile::exists(out)); // nothing written by any failed run
    const TrilinkRun help = runTrilink({QStringLiteral("convert"), QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.outText().startsWith(QStringLiteral("Usage: trilink convert [options] IN OUT"))) << help.outText().toStdString();

    // A failed conversion leaves an existing output as it was.
    QFile existing(out);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    EXPECT_EQ(runTrilink({QStringLiteral("convert"), kMalformed + QStringLiteral("/binary_renamed.csv"), out}).code, 1);
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("keep me"));
}

TEST(TrackFileCli, HelpListsTheCommands)
{
    const TrilinkRun r = runTrilink({QStringLiteral("--help")});
    EXPECT_TRUE(r.outText().contains(QRegularExpression(QStringLiteral("\\binfo\\s+summarise"))));
    EXPECT_TRUE(r.outText().contains(QRegularExpression(QStringLiteral("\\bconvert\\s+convert"))));
}
