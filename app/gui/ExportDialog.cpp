// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/ExportDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trilink::app {
namespace {
constexpr int kMaxSide = 16384;

struct SizePreset {
    const char *name;
    QSize size; // empty: as on screen
};
const SizePreset kPresets[] = {
    {"As on screen", {}},
    {"HD 1920 × 1080", {1920, 1080}},
    {"QHD 2560 × 1440", {2560, 1440}},
    {"4K UHD 3840 × 2160", {3840, 2160}},
    {"8K UHD 7680 × 4320", {7680, 4320}},
    {"A4 landscape, 300 dpi 3508 × 2480", {3508, 2480}},
    {"Letter landscape, 300 dpi 3300 × 2550", {3300, 2550}},
    {"Custom", {-1, -1}},
};
constexpr int kCustom = std::size(kPresets) - 1;

QString suffixOf(maps::PictureFormat f) { return maps::pictureFormatName(f).toLower(); }
} // namespace

ExportDialog::ExportDialog(QSize screenSize, const QString &bannerText, CommandFor commandFor, QWidget *parent)
    : QDialog(parent)
    , m_screenSize(screenSize)
    , m_commandFor(std::move(commandFor))
{
    setWindowTitle(tr("Export Picture"));
    QSettings s;
    m_path = new QLineEdit(this);
    const QString folder = s.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    m_path->setText(QDir(folder).filePath(QStringLiteral("trilink-map.") + s.value(QStringLiteral("export/format"), QStringLiteral("png")).toString()));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector drawing (paths, text as text)"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF vector document"), QStringLiteral("pdf"));
    m_format->setCurrentIndex(std::max(0, m_format->findData(QFileInfo(m_path->text()).suffix().toLower())));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    m_size = new QComboBox(this);
    for (const auto &preset : kPresets)
        m_size->addItem(tr(preset.name));
    m_size->setItemText(0, tr("As on screen %1 × %2").arg(screenSize.width()).arg(screenSize.height()));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, kMaxSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(s.value(QStringLiteral("export/width"), 1920).toInt());
    m_height->setValue(s.value(QStringLiteral("export/height"), 1080).toInt());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    m_size->setCurrentIndex(std::clamp(s.value(QStringLiteral("export/sizePreset"), 0).toInt(), 0, kCustom));
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportDialog::sizeChanged);
    sizeChanged();

    auto *parts = new QGroupBox(tr("Include"), this);
    auto *grid = new QGridLayout(parts);
    auto check = [&](const QString &text, const char *key, int row, int col) {
        auto *box = new QCheckBox(text, parts);
        box->setChecked(s.value(QStringLiteral("export/") + QLatin1String(key), true).toBool());
        grid->addWidget(box, row, col);
        return box;
    };
    m_legend = check(tr("Legend and clock (UTC, T+)"), "legend", 0, 0);
    m_scaleBar = check(tr("Scale bar"), "scaleBar", 0, 1);
    m_decorations = check(tr("Projection, credits, north arrow"), "decorations", 1, 0);
    m_graticule = check(tr("Graticule"), "graticule", 1, 1);
    m_labels = check(tr("Place names"), "labels", 2, 0);
    m_banner = check(tr("Releasability banner:"), "banner", 3, 0);
    m_bannerText = new QLineEdit(bannerText, parts);
    grid->addWidget(m_bannerText, 3, 1);
    connect(m_banner, &QCheckBox::toggled, m_bannerText, &QWidget::setEnabled);
    m_bannerText->setEnabled(m_banner->isChecked());

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), sizeRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    QPushButton *copy = buttons->addButton(tr("Copy Command Line"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the 'trilink export' command that writes this same picture without a display"));
    connect(copy, &QPushButton::clicked, this, [this] {
        if (m_commandFor)
            QGuiApplication::clipboard()->setText(m_commandFor(choice()));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(parts);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

ExportChoice ExportDialog::choice() const
{
    ExportChoice c;
    c.path = m_path->text().trimmed();
    c.format = maps::pictureFormatFromName(m_format->currentData().toString()).value_or(maps::PictureFormat::Png);
    const int preset = m_size->currentIndex();
    c.size = preset == 0 ? m_screenSize : preset == kCustom ? QSize(m_width->value(), m_height->value()) : kPresets[preset].size;
    c.legend = m_legend->isChecked();
    c.scaleBar = m_scaleBar->isChecked();
    c.decorations = m_decorations->isChecked();
    c.graticule = m_graticule->isChecked();
    c.labels = m_labels->isChecked();
    c.banner = m_banner->isChecked() && !m_bannerText->text().trimmed().isEmpty();
    c.bannerText = m_bannerText->text().trimmed();
    return c;
}

void ExportDialog::browse()
{
    const QString suffix = m_format->currentData().toString();
    const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Picture"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path);
}

void ExportDialog::formatChanged()
{
    // The file name follows the format, so the two never disagree.
    const QString suffix = m_format->currentData().toString();
    QFileInfo info(m_path->text());
    if (info.suffix().toLower() != suffix)
        m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + suffix));
}

void ExportDialog::sizeChanged()
{
    const int preset = m_size->currentIndex();
    const bool custom = preset == kCustom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        const QSize shown = preset == 0 ? m_screenSize : kPresets[preset].size;
        m_width->setValue(shown.width());
        m_height->setValue(shown.height());
    }
}

void ExportDialog::accept()
{
    const ExportChoice c = choice();
    if (c.path.isEmpty() || !QFileInfo(QFileInfo(c.path).absolutePath()).isDir()) {
        QMessageBox::warning(this, tr("Export Picture"), tr("Choose a file in an existing folder."));
        return;
    }
    const QString suffix = QFileInfo(c.path).suffix().toLower();
    if (suffix != suffixOf(c.format)) {
        QMessageBox::warning(this, tr("Export Picture"), tr("The file name should end in .%1 for this format.").arg(suffixOf(c.format)));
        return;
    }
    remember();
    QDialog::accept();
}

void ExportDialog::remember() const
{
    QSettings s;
    const ExportChoice c = choice();
    s.setValue(QStringLiteral("export/folder"), QFileInfo(c.path).absolutePath());
    s.setValue(QStringLiteral("export/format"), suffixOf(c.format));
    s.setValue(QStringLiteral("export/sizePreset"), m_size->currentIndex());
    s.setValue(QStringLiteral("export/width"), m_width->value());
    s.setValue(QStringLiteral("export/height"), m_height->value());
    s.setValue(QStringLiteral("export/legend"), c.legend);
    s.setValue(QStringLiteral("export/scaleBar"), c.scaleBar);
    s.setValue(QStringLiteral("export/decorations"), c.decorations);
    s.setValue(QStringLiteral("export/graticule"), c.graticule);
    s.setValue(QStringLiteral("export/labels"), c.labels);
    s.setValue(QStringLiteral("export/banner"), m_banner->isChecked());
}

} // namespace trilink::app
