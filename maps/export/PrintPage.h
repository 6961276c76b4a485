// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QFontMetricsF;
class QPaintDevice;
class QPainter;

// What Trilink's printed pages share: the PDF resolution and the point, the ink colours, the type, text
// blocks wrapped at spaces, the releasability banner and the footer. The year-in-review pages lay
// themselves out with these; pure functions, any thread.
namespace trilink::maps::print {

// Pages are laid out in points; the PDF device has four units to the point, fine enough for type metrics.
constexpr int kDpi = 288;
constexpr double kUnitsPerPt = kDpi / 72.0;
constexpr double pt(double points) { return points * kUnitsPerPt; }

inline QColor ink() { return QColor(0x1B, 0x1F, 0x24); }
inline QColor muted() { return QColor(0x5B, 0x63, 0x6B); }
inline QColor rule() { return QColor(0xC9, 0xCE, 0xD3); }
inline QColor panel() { return QColor(0xF2, 0xF4, 0xF6); }
inline QColor bannerGreen() { return QColor(0x00, 0x7A, 0x33); } // an unclassified marking's usual colour

// DejaVu Sans at the size in points, no ligatures (the PDF's text searches and copies as typed).
QFont font(double points, bool bold = false);
// Lines broken at spaces only, so ids, URLs and "950-1000" never split at a hyphen; a word longer than the
// line is left whole.
QString wrapAtSpaces(const QString &text, const QFontMetricsF &fm, double width);
// Draws wrapped text in a box of the given width from `top` (measures only without a painter); its height.
double textBlock(QPainter *p, const QPaintDevice *device, const QFont &f, const QColor &colour, double left, double top, double width,
                 const QString &text, int flags = 0);
// The banner band across the body at `top`; its height (0 for an empty banner).
double banner(QPainter &p, const QRectF &body, double top, const QString &text);
// The footer line ending at `bottom`: the left text and "Page n of m"; returns its top.
double footer(QPainter &p, const QPaintDevice *device, const QRectF &body, double bottom, const QString &left, int page, int pages);

} // namespace trilink::maps::print
