// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Shared by the catalogue fuzz targets: the bytes as the UTF-8 text the catalogue readers take, and the
// contract of their headers checked: every problem is "file:line: message", every kept row is finite.

#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace trilink::fuzz {

inline const QString kCatalogFileName = QStringLiteral("catalog.csv");

inline QString catalogText(const std::uint8_t *data, std::size_t size)
{
    static const bool quiet = (qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {}), true);
    (void)quiet;
    return QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void catalogContractBroken(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "catalogue contract broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

inline void checkProblems(const QStringList &problems)
{
    for (const QString &p : problems)
        if (!p.startsWith(kCatalogFileName + QLatin1Char(':')))
            catalogContractBroken("a problem not in the form file:line: message:", p);
}

} // namespace trilink::fuzz
