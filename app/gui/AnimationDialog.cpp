// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/AnimationDialog.h"

#include "core/Text.h"
#include "maps/export/AnimationWriter.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

#include <cmath>

namespace trilink::app {
namespace {
constexpr int kMaxSide = 7680; // 8K: animations are frames of video
}

AnimationDialog::AnimationDialog(double flightTimeS, const AnimationChoice &initial, QWidget *parent)
    : QDialog(parent)
    , m_from(new QDoubleSpinBox(this))
    , m_to(new QDoubleSpinBox(this))
    , m_speed(new QDoubleSpinBox(this))
    , m_fps(new QSpinBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export Animation"));
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setRange(-600.0, flightTimeS + 600.0);
        box->setDecimals(0);
        box->setSuffix(tr(" s after launch"));
    }
    m_from->setValue(initial.fromS);
    m_to->setValue(initial.toS);
    m_speed->setRange(1.0, 600.0);
    m_speed->setDecimals(0);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setValue(initial.speed);
    m_fps->setRange(1, 60);
    m_fps->setValue(initial.fps);
    m_width->setRange(16, kMaxSide);
    m_height->setRange(16, kMaxSide);
    m_width->setValue(initial.size.width());
    m_height->setValue(initial.size.height());
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);

    auto *form = new QFormLayout(this);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Speed"), m_speed);
    form->addRow(tr("Frames per second"), m_fps);
    form->addRow(tr("Size (pixels)"), size);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox *box : {m_from, m_to, m_speed})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::update);
    for (QSpinBox *box : {m_fps, m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &AnimationDialog::update);
    update();
}

AnimationChoice AnimationDialog::choice() const
{
    return {m_from->value(), m_to->value(), m_speed->value(), m_fps->value(), QSize(m_width->value(), m_height->value())};
}

void AnimationDialog::update()
{
    const AnimationChoice c = choice();
    maps::AnimationTiming timing;
    timing.fromMs = c.fromS * 1000.0;
    timing.toMs = std::max(c.fromS, c.toS) * 1000.0;
    timing.fps = c.fps;
    timing.speed = c.speed;
    const int frames = timing.frameCount();
    const bool ok = c.toS > c.fromS && frames <= maps::AnimationTiming::kMaxFrames;
    m_summary->setText(c.toS <= c.fromS ? tr("The range must end after it starts.")
                       : frames > maps::AnimationTiming::kMaxFrames
                           ? tr("%1 frames: more than %2, choose a faster speed or a shorter range").arg(frames).arg(maps::AnimationTiming::kMaxFrames)
                           : tr("%1 frames, %2 of video").arg(frames).arg(text::duration(frames / static_cast<double>(c.fps))));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace trilink::app
