// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "ChildProcess.h"
#include "HostileFiles.h"
#include "TrackInfoJson.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// Every file that converts reads back the same (issue 19): each readable file of the malformed and hostile corpus
// is converted by the real program and read back, and `trilink info --json` must give the same tracks (ids,
// labels, points, first and last time, apogee, range, partners) as for the original. Writers keep what they are
// given or refuse it, so nothing may change on the way. Each file goes to one format (rotating through the
// six, to keep the run short); the files with escape sequences and lone surrogates go to all six.

namespace {

const char *const kFormats[] = {"csv", "geojson", "czml", "kml", "cot", "gpkg"};

struct Conversion {
    QString file;
    QString format;
};

void PrintTo(const Conversion &c, std::ostream *os) { *os << c.file.toStdString() << " -> " << c.format.toStdString(); }

std::string testName(const testing::TestParamInfo<Conversion> &info)
{
    return hostile::safeName((info.param.file + u'_' + info.param.format).toUtf8().constData());
}

std::vector<Conversion> conversions()
{
    std::vector<Conversion> all;
    int i = 0;
    for (const QString &f : QDir(hostile::kCorpusDir).entryList(QDir::Files)) {
        if (f == u"EXPECTED.tsv")
            continue;
        if (f == u"escape_sequences.csv" || f == u"lone_surrogate.geojson") {
            for (const char *fmt : kFormats)
                all.push_back({f, QString::fromLatin1(fmt)});
        } else {
            all.push_back({f, QString::fromLatin1(kFormats[i++ % std::size(kFormats)])});
        }
    }
    return all;
}

InfoResult info(const QString &path, const QString &dir)
{
    InfoResult r;
    const ChildResult run = hostile::trilink({QStringLiteral("info"), QStringLiteral("--json"), path}, dir);
    r.run.code = run.code;
    r.run.out = run.out;
    parseInfoJson(run.out, r);
    return r;
}

} // namespace

class Conversions : public testing::TestWithParam<Conversion> {};

TEST_P(Conversions, ReadBackTheSame)
{
    const Conversion &c = GetParam();
    QTemporaryDir dir;
    const QString in = hostile::kCorpusDir + u'/' + c.file;
    const InfoResult original = info(in, dir.path());
    if (original.run.code != 0 || original.tracks.empty())
        return; // nothing to convert: the corpus test says why
    const QString out = dir.filePath(QStringLiteral("converted.") + c.format);
    const ChildResult converted = hostile::trilink({QStringLiteral("convert"), in, out}, dir.path());
    ASSERT_EQ(converted.code, 0) << converted.errText().toStdString();
    const InfoResult back = info(out, dir.path());
    ASSERT_EQ(back.run.code, 0);
    EXPECT_TRUE(back.problems.isEmpty()) << back.problems.join(u'\n').toStdString();
    ASSERT_EQ(back.tracks.size(), original.tracks.size());
    for (std::size_t i = 0; i < original.tracks.size(); ++i) {
        const InfoTrack &a = original.tracks[i], &b = back.tracks[i];
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.label, a.label) << a.id.toStdString();
        EXPECT_EQ(b.points, a.points) << a.id.toStdString();
        EXPECT_EQ(b.start, a.start) << a.id.toStdString();
        EXPECT_EQ(b.end, a.end) << a.id.toStdString();
        EXPECT_EQ(b.apogeeKm, a.apogeeKm) << a.id.toStdString();
        EXPECT_EQ(b.rangeKm, a.rangeKm) << a.id.toStdString();
        EXPECT_EQ(b.partners, a.partners) << a.id.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, Conversions, testing::ValuesIn(conversions()), testName);
