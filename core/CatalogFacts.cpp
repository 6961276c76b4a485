// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/CatalogFacts.h"

namespace trilink {

QString catalogueCredit()
{
    return QStringLiteral("Launch record: CNS North Korea Missile Test Database, James Martin Center for Nonproliferation Studies / "
                          "NTI; nk-missile-tests by Akihiko Kusanagi (nagix), Apache-2.0");
}

QString launchOutcomeName(LaunchOutcome o)
{
    switch (o) {
    case LaunchOutcome::Success:
        return QStringLiteral("success");
    case LaunchOutcome::Failure:
        return QStringLiteral("failure");
    case LaunchOutcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace trilink
