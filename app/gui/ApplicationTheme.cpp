// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/ApplicationTheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace trilink::app {

void applyApplicationTheme(bool dark)
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (!dark) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x14, 0x1c, 0x26), base(0x0e, 0x15, 0x1d), text(0xe8, 0xee, 0xf4), accent(0xff, 0xb3, 0x47);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, accent);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0x8a));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0xa9, 0xc2));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6a, 0x78, 0x86));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6a, 0x78, 0x86));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6a, 0x78, 0x86));
    // Fusion etches disabled text with a copy in Light one pixel down and right: the default near-white made a
    // disabled "Undo Ctrl+Z" on this dark menu read as two overprinted lines. The etch takes the window's colour.
    p.setColor(QPalette::Disabled, QPalette::Light, window);
    QApplication::setPalette(p);
}

} // namespace trilink::app
