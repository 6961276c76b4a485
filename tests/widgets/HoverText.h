// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QCoreApplication>
#include <QHelpEvent>
#include <QToolTip>
#include <QWidget>

// The tooltip a hover at `pos` shows on `w`, through the event a real hover sends (empty: none shown).
inline QString hoverText(QWidget &w, QPoint pos)
{
    QHelpEvent help(QEvent::ToolTip, pos, w.mapToGlobal(pos));
    QCoreApplication::sendEvent(&w, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}
