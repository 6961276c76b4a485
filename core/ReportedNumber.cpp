// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/ReportedNumber.h"

#include <QRegularExpression>

namespace trilink {

ReportedNumber ReportedNumber::parse(const QString &cell, QString *error)
{
    ReportedNumber r;
    const QString t = cell.trimmed();
    r.text = t;
    if (t.isEmpty())
        return r;
    // Qualifier, number, optional "- number" span (hyphen or en dash), then the note.
    static const QRegularExpression re(
        QStringLiteral(R"(^([~<>\x{2248}]?)\s*(\d+(?:\.\d+)?)(?:\s*[-\x{2013}]\s*(\d+(?:\.\d+)?))?(?![\d.])\s*(.*)$)"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch()) {
        if (t.startsWith(QStringLiteral("unknown"), Qt::CaseInsensitive)) {
            r.unknown = true;
            r.note = t.mid(7).trimmed();
            return r;
        }
        if (error)
            *error = QStringLiteral("no leading number in \"%1\"").arg(t);
        r.note = t;
        return r;
    }
    const QString q = m.captured(1);
    if (!q.isEmpty())
        r.qualifier = q == QStringLiteral("\u2248") ? QChar(u'~') : q.front();
    r.value = m.captured(2).toDouble();
    if (!m.captured(3).isEmpty()) {
        const double hi = m.captured(3).toDouble();
        if (hi < *r.value) {
            if (error)
                *error = QStringLiteral("span \"%1\" runs backwards").arg(t);
        } else {
            r.high = hi;
        }
    }
    r.note = m.captured(4).trimmed();
    return r;
}

} // namespace trilink
