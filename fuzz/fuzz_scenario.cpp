// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The scenario file reader (maps/scene/ScenarioFile), whole: the input written to a .trilink.json file and read
// as the viewer and the commands read it (the regular-file and size checks, the JSON parse with its line and
// column, the strict field reader with the scene options of the view). Besides crashes and leaks it checks the
// reader's contract: an error names the file, and what was read writes out and reads back to the same JSON.
// A scenario names track files but the reader never opens them, so nothing here reaches beyond the input.
#include "fuzz/FuzzTrackReader.h"
#include "maps/scene/ScenarioFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

#include <unistd.h>

namespace {
[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s\n", qPrintable(detail));
    trilink::fuzz::contractBroken(what);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink;
    static const bool ready = (fuzz::silenceQt(), true);
    (void)ready;
    // One file per fuzzing process, in memory where the system has it (/dev/shm), rewritten for every input.
    static const QString folder = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static const QString path = folder + QStringLiteral("/trilink-fuzz-scenario-") + QString::number(::getpid()) + QStringLiteral(".trilink.json");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fuzz::contractBroken("the input could not be written to a file");
    }
    QString error;
    const auto scenario = maps::readScenarioFile(path, error);
    if (!scenario) {
        if (!error.startsWith(path + QLatin1Char(':')))
            broken("an error that does not name the file:", error);
        return 0;
    }
    if (!error.isEmpty())
        broken("a scenario read with an error:", error);
    const QString base = QFileInfo(path).absolutePath();
    const QJsonObject json = maps::scenarioJson(*scenario, base);
    const auto again = maps::scenarioFromJson(json, base, error);
    if (!again)
        broken("a scenario it read does not read back once written:", error);
    if (maps::scenarioJson(*again, base) != json)
        broken("a scenario written and read back is not the same",
                             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    return 0;
}
