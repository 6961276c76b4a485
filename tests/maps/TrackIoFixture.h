// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What the reader tests share: a format's reader run over a fixture of tests/maps/data/trackio or over bytes in
// memory, and the ways they look at a result (the problems at a line, all problems for a failure message).

#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>

// Readable QString values in GoogleTest's failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace trilink::maps::fixture {

inline const QString kTrackIoData = QStringLiteral(TRILINK_TEST_DATA_DIR "/trackio/");

// A format's reader over a fixture file (named in problems by its bare name) or over bytes in memory.
class FixtureReader {
public:
    explicit FixtureReader(trackio::DeviceReader read, QString memoryName) : m_read(read), m_memoryName(std::move(memoryName)) {}

    TrackFileResult operator()(const QString &name, const ReadControl &control = {}) const
    {
        QFile f(kTrackIoData + name);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
        return m_read(f, name, control);
    }
    TrackFileResult operator()(const char *name, const ReadControl &control = {}) const
    {
        return (*this)(QString::fromLatin1(name), control);
    }
    TrackFileResult text(const QByteArray &bytes, const ReadControl &control = {}) const
    {
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        return m_read(b, m_memoryName, control);
    }

private:
    trackio::DeviceReader m_read;
    QString m_memoryName;
};

// A pipe or socket as readers see it: no size, read until the end, at most 64 KiB a call as a pipe gives.
class SequentialBuffer : public QIODevice {
public:
    explicit SequentialBuffer(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min({max, qint64(65536), qint64(m_data.size() - m_at)});
        std::copy_n(m_data.constData() + m_at, n, out);
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_at = 0;
};

// Every problem at this line as "file:line: message\n" each, "" when there is none.
inline std::string problemsAt(const TrackFileResult &r, int line)
{
    std::string all;
    for (const auto &p : r.problems)
        if (p.line == line)
            all += p.text().toStdString() + "\n";
    return all;
}

// The problem at line whose message contains text, or nullptr.
inline const TrackProblem *problemAt(const TrackFileResult &r, int line, const QString &text)
{
    for (const auto &p : r.problems)
        if (p.line == line && p.message.contains(text))
            return &p;
    return nullptr;
}

// All problems, one a line: what a failing assertion prints.
inline std::string dump(const TrackFileResult &r)
{
    std::string s;
    for (const auto &p : r.problems)
        s += p.text().toStdString() + "\n";
    return s;
}

// An ISO 8601 time as milliseconds, by Qt's parser rather than the readers' own.
inline std::int64_t ms(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    EXPECT_TRUE(t.isValid()) << iso;
    return t.toMSecsSinceEpoch();
}

// Runs a command-line tool of a Debian package (ogr2ogr, ogrinfo, gpsbabel); its standard output, or nullopt
// when it is missing or failed (*err, when given, gets its standard error).
inline std::optional<QString> runTool(const QString &tool, const QStringList &args, QString *err = nullptr)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(exe, args);
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    if (!ok)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace trilink::maps::fixture
