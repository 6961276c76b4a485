// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Must not build: core does not link Qt Gui.
#include <QtGui/QImage>

int main()
{
    QImage image(4, 4, QImage::Format_ARGB32);
    return image.width() == 4 ? 0 : 1;
}
