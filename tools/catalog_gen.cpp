// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Models the bundled public record once, at build time, into the store the program reads at start-up:
//   trilink_catalog_gen OUT.bin [--first N]
// Prints what it modelled and how long it took; exits 1 when the record cannot be read or written.
// --first N keeps only the first N tracks (and no rows left out): a small valid store, e.g. the fuzz seed
// fuzz/seeds/catalog_store.bin.
#include "core/BuiltinCatalogue.h"
#include "core/ScenarioStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    using namespace trilink;
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool okFirst = true;
    const int first = args.size() == 4 && args.at(2) == QLatin1String("--first") ? args.at(3).toInt(&okFirst) : -1;
    if ((args.size() != 2 && first < 0) || !okFirst) {
        err << "usage: trilink_catalog_gen OUT.bin [--first N]\n";
        return 2;
    }
    const QString out = args.at(1);
    QElapsedTimer timer;
    timer.start();
    Scenario scenario = BuiltinCatalogue::model();
    if (first >= 0) {
        scenario.tracks.resize(std::min<std::size_t>(scenario.tracks.size(), first));
        scenario.withoutEnoughFacts.clear();
    }
    if (scenario.tracks.empty()) {
        err << "trilink_catalog_gen: no track could be modelled: " << scenario.problems.join(u"; ") << "\n";
        return 1;
    }
    const QByteArray bytes = ScenarioStore::write(scenario, BuiltinCatalogue::key());
    QDir().mkpath(QFileInfo(out).path());
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err << "trilink_catalog_gen: cannot write " << out << ": " << f.errorString() << "\n";
        return 1;
    }
    QTextStream(stdout) << "catalog_gen: " << scenario.catalogRows << " rows: " << scenario.tracks.size() << " tracks, "
                        << scenario.withoutEnoughFacts.size() << " without enough facts; " << bytes.size() / 1024
                        << " KiB in " << timer.elapsed() << " ms\n";
    for (const QString &p : scenario.problems)
        err << "catalog_gen: problem: " << p << "\n";
    return 0;
}
