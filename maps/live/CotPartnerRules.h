// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Which partner a live report belongs to when the event does not say so itself (Trilink's own
// <trilink partners> always wins): rules on who sent it, set in the connection dialog or on the command line.
//   callsign:PATTERN=PARTNERS   the event's <contact callsign>, or the callsign of the producer in its
//                               <link relation="p-p" parent_callsign>
//   group:PATTERN=PARTNERS      the TAK team in <__group name> ("Cyan")
//   from:ADDRESS[/BITS]=PARTNERS the network address it came from (127.0.0.1, 10.1.0.0/16)
// PATTERN is matched case-insensitively with * and ? wildcards; PARTNERS is a partner list ("KOR",
// "USA;JPN"). The first matching rule decides; none matching leaves the partners unknown.
//
// Threads: a value; any thread.

#include "core/Partner.h"
#include "maps/cot/CotEvent.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trilink::maps::live {

struct CotPartnerRule {
    enum class Field { Callsign, Group, From };
    Field field = Field::Callsign;
    QString pattern;
    PartnerMask partners = 0;

    QString text() const; // as parse() reads it
};

class CotPartnerRules {
public:
    // One rule per text; false with *error ("rule 'x': ...") on the first bad one.
    static std::optional<CotPartnerRules> parse(const QStringList &texts, QString *error);

    std::optional<PartnerMask> match(const cot::CotEvent &e, const QHostAddress &from) const;
    const std::vector<CotPartnerRule> &rules() const { return m_rules; }
    QStringList texts() const;
    bool isEmpty() const { return m_rules.empty(); }

private:
    std::vector<CotPartnerRule> m_rules;
};

} // namespace trilink::maps::live
