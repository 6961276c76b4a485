// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Partner.h"

#include <QStringList>

namespace trilink {

QString partnerCode(Partner p)
{
    switch (p) {
    case Partner::USA:
        return QStringLiteral("USA");
    case Partner::KOR:
        return QStringLiteral("KOR");
    case Partner::JPN:
        return QStringLiteral("JPN");
    }
    return {};
}

QString partnerDisplayName(Partner p)
{
    switch (p) {
    case Partner::USA:
        return QStringLiteral("United States");
    case Partner::KOR:
        return QStringLiteral("Republic of Korea");
    case Partner::JPN:
        return QStringLiteral("Japan");
    }
    return {};
}

std::optional<Partner> parsePartner(const QString &code)
{
    const QString c = code.trimmed().toUpper();
    for (Partner p : kAllPartners) {
        if (c == partnerCode(p))
            return p;
    }
    return std::nullopt;
}

QString partnerMaskText(PartnerMask mask)
{
    QStringList codes;
    for (Partner p : kAllPartners) {
        if (mask & partnerBit(p))
            codes << partnerCode(p);
    }
    return codes.isEmpty() ? QStringLiteral("none") : codes.join(u'+');
}

} // namespace trilink
