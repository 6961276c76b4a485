// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Must not build: maps does not link Qt Widgets (export runs without them).
#include <QtWidgets/QWidget>

int main()
{
    QWidget widget;
    return widget.isVisible() ? 1 : 0;
}
