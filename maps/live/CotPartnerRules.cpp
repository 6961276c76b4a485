// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/CotPartnerRules.h"

#include "maps/trackio/TrackParsing.h"

#include <QRegularExpression>

namespace trilink::maps::live {
namespace {

bool wildcardMatch(const QString &pattern, const QString &text)
{
    if (text.isEmpty())
        return false;
    // * and ? only; '/' is an ordinary character in a callsign (Qt 6.4's wildcards treat it as a path).
    QString re = QRegularExpression::escape(pattern);
    re.replace(QLatin1String("\\*"), QLatin1String(".*")).replace(QLatin1String("\\?"), QLatin1String("."));
    const QRegularExpression exp(QRegularExpression::anchoredPattern(re), QRegularExpression::CaseInsensitiveOption);
    return exp.match(text).hasMatch();
}

bool addressMatch(const QString &pattern, const QHostAddress &from)
{
    if (from.isNull())
        return false;
    const auto subnet = QHostAddress::parseSubnet(pattern.contains(u'/') ? pattern : pattern + (pattern.contains(u':') ? QStringLiteral("/128") : QStringLiteral("/32")));
    QHostAddress address = from;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok); // ::ffff:10.0.0.1 from a dual-stack socket is 10.0.0.1
    if (ok)
        address = QHostAddress(v4);
    return subnet.first.isNull() ? false : address.isInSubnet(subnet);
}

} // namespace

QString CotPartnerRule::text() const
{
    const char *name = field == Field::Callsign ? "callsign" : field == Field::Group ? "group" : "from";
    return QStringLiteral("%1:%2=%3").arg(QLatin1String(name), pattern, trackio::partnerListText(partners));
}

std::optional<CotPartnerRules> CotPartnerRules::parse(const QStringList &texts, QString *error)
{
    CotPartnerRules rules;
    for (const QString &text : texts) {
        auto fail = [&](const QString &why) {
            if (error)
                *error = QStringLiteral("partner rule '%1': %2").arg(text, why);
            return std::nullopt;
        };
        const qsizetype colon = text.indexOf(u':');
        const qsizetype equals = text.lastIndexOf(u'=');
        if (colon <= 0 || equals < colon + 2)
            return fail(QStringLiteral("write it as callsign:PATTERN=PARTNERS, group:PATTERN=PARTNERS or from:ADDRESS=PARTNERS"));
        CotPartnerRule r;
        const QString field = text.left(colon).trimmed().toLower();
        if (field == u"callsign")
            r.field = CotPartnerRule::Field::Callsign;
        else if (field == u"group")
            r.field = CotPartnerRule::Field::Group;
        else if (field == u"from")
            r.field = CotPartnerRule::Field::From;
        else
            return fail(QStringLiteral("'%1' is not callsign, group or from").arg(field));
        r.pattern = text.mid(colon + 1, equals - colon - 1).trimmed();
        if (r.field == CotPartnerRule::Field::From) {
            const QString p = r.pattern.contains(u'/') ? r.pattern : r.pattern + QStringLiteral("/32");
            if (QHostAddress::parseSubnet(p).first.isNull() && QHostAddress::parseSubnet(r.pattern + QStringLiteral("/128")).first.isNull())
                return fail(QStringLiteral("'%1' is not an address or address/bits").arg(r.pattern));
        }
        QStringList unknown;
        r.partners = trackio::parsePartnerList(text.mid(equals + 1), &unknown);
        if (!unknown.isEmpty())
            return fail(QStringLiteral("unknown partner %1 (USA, KOR or JPN)").arg(unknown.join(u", ")));
        if (r.partners == 0)
            return fail(QStringLiteral("name at least one partner (USA, KOR or JPN)"));
        rules.m_rules.push_back(r);
    }
    return rules;
}

std::optional<PartnerMask> CotPartnerRules::match(const cot::CotEvent &e, const QHostAddress &from) const
{
    for (const auto &r : m_rules) {
        switch (r.field) {
        case CotPartnerRule::Field::Callsign:
            if (wildcardMatch(r.pattern, e.callsign) || wildcardMatch(r.pattern, e.parentCallsign))
                return r.partners;
            break;
        case CotPartnerRule::Field::Group:
            if (wildcardMatch(r.pattern, e.groupName))
                return r.partners;
            break;
        case CotPartnerRule::Field::From:
            if (addressMatch(r.pattern, from))
                return r.partners;
            break;
        }
    }
    return std::nullopt;
}

QStringList CotPartnerRules::texts() const
{
    QStringList out;
    for (const auto &r : m_rules)
        out << r.text();
    return out;
}

} // namespace trilink::maps::live
