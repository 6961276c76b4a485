// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/export/PictureWriter.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace trilink::app {

// What File → Export Picture asks: where, which format, what size, which of the picture's parts.
struct ExportChoice {
    QString path;
    maps::PictureFormat format = maps::PictureFormat::Png;
    QSize size;
    bool legend = true, scaleBar = true, decorations = true, graticule = true, labels = true, banner = true;
    QString bannerText;
};

// The export dialog: file (with Browse, remembering its folder), format (PNG, or SVG and PDF as vectors),
// size (as on screen, HD to 8K, A4 at 300 dpi, or custom up to 16384 a side), the parts to include, and
// "Copy Command Line", which puts the equivalent headless `trilink export` on the clipboard. Remembers
// its choices (QSettings). GUI thread only.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    using CommandFor = std::function<QString(const ExportChoice &)>;
    ExportDialog(QSize screenSize, const QString &bannerText, CommandFor commandFor, QWidget *parent = nullptr);

    ExportChoice choice() const;
    void accept() override;

private:
    void browse();
    void formatChanged();
    void sizeChanged();
    void remember() const;

    QSize m_screenSize;
    CommandFor m_commandFor;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_size;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QCheckBox *m_legend, *m_scaleBar, *m_decorations, *m_graticule, *m_labels, *m_banner;
    QLineEdit *m_bannerText;
};

} // namespace trilink::app
