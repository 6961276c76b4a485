// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Control: what core may use builds.
#include "core/Geodesic.h"

#include <QString>

int main()
{
    return trilink::geodesic::inverse(0, 0, 1, 0).distanceM > 0 && !QString::number(1).isEmpty() ? 0 : 1;
}
