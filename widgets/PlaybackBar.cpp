// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/PlaybackBar.h"

#include "core/PlaybackClock.h"
#include "core/Text.h"
#include "widgets/TimelineWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace trilink::widgets {
namespace {

// Korea and Japan both keep UTC+9 with no daylight saving since 1988 and 1951, before any catalogued launch.
constexpr int kKoreaJapanOffsetS = 9 * 3600;

QString koreaJapanDateTime(double timeMs)
{
    return text::utcSecond(timeMs).toOffsetFromUtc(kKoreaJapanOffsetS).toString(QStringLiteral("MM-dd HH:mm:ss"));
}

// The style's media icons are dark glyphs drawn for light themes; repainting them in the palette's button
// text colour keeps the standard shapes legible on the dark briefing theme too.
QIcon tinted(const QIcon &icon, const QPalette &palette, bool mirror = false)
{
    QIcon out;
    for (int size : {16, 24, 32, 48}) {
        QImage image = icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        if (mirror)
            image = image.mirrored(true, false);
        for (const auto &[mode, group] : {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}}) {
            QImage glyph = image;
            QPainter p(&glyph);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(glyph.rect(), palette.color(group, QPalette::ButtonText));
            p.end();
            out.addPixmap(QPixmap::fromImage(glyph), mode);
        }
    }
    return out;
}

} // namespace

PlaybackBar::PlaybackBar(QWidget *parent)
    : QWidget(parent)
    , m_baseFont(font())
{
    const QStyle *s = style();
    m_toLaunch = makeAction(QStringLiteral("toLaunch"), tr("Jump to launch"), Qt::Key_Home, s->standardIcon(QStyle::SP_MediaSkipBackward));
    QAction *back = makeAction(QStringLiteral("stepBack"), tr("Step back 1 s (Shift: 10 s)"), Qt::Key_Left,
                               s->standardIcon(QStyle::SP_MediaSeekBackward));
    m_reverse = makeAction(QStringLiteral("reverse"), tr("Play in reverse"), Qt::Key_R, {}, true);
    m_playPause = makeAction(QStringLiteral("playPause"), tr("Play"), Qt::Key_Space, s->standardIcon(QStyle::SP_MediaPlay));
    QAction *forward = makeAction(QStringLiteral("stepForward"), tr("Step forward 1 s (Shift: 10 s)"), Qt::Key_Right,
                                  s->standardIcon(QStyle::SP_MediaSeekForward));
    m_toImpact = makeAction(QStringLiteral("toImpact"), tr("Jump to impact"), Qt::Key_End, s->standardIcon(QStyle::SP_MediaSkipForward));
    QAction *back10 = makeAction(QStringLiteral("stepBack10"), tr("Step back 10 s"), QKeySequence(Qt::SHIFT | Qt::Key_Left), {});
    QAction *forward10 = makeAction(QStringLiteral("stepForward10"), tr("Step forward 10 s"), QKeySequence(Qt::SHIFT | Qt::Key_Right), {});
    QAction *slower = makeAction(QStringLiteral("slower"), tr("Slower"), Qt::Key_BracketLeft, {});
    QAction *faster = makeAction(QStringLiteral("faster"), tr("Faster"), Qt::Key_BracketRight, {});
    m_loop = makeAction(QStringLiteral("loop"), tr("Loop"), Qt::Key_L, s->standardIcon(QStyle::SP_BrowserReload), true);

    connect(m_playPause, &QAction::triggered, this, [this] { if (m_clock) m_clock->togglePlay(); });
    connect(m_reverse, &QAction::triggered, this, [this](bool on) { if (m_clock) m_clock->setReversed(on); });
    connect(m_loop, &QAction::triggered, this, [this](bool on) { if (m_clock) m_clock->setLoop(on); });
    connect(back, &QAction::triggered, this, [this] { step(-1); });
    connect(forward, &QAction::triggered, this, [this] { step(1); });
    connect(back10, &QAction::triggered, this, [this] { if (m_clock) m_clock->step(-kLongStepS); });
    connect(forward10, &QAction::triggered, this, [this] { if (m_clock) m_clock->step(kLongStepS); });
    connect(slower, &QAction::triggered, this, [this] { if (m_clock) m_clock->slower(); });
    connect(faster, &QAction::triggered, this, [this] { if (m_clock) m_clock->faster(); });
    connect(m_toLaunch, &QAction::triggered, this, [this] {
        if (m_clock && m_launchMs)
            m_clock->seek(*m_launchMs);
    });
    connect(m_toImpact, &QAction::triggered, this, [this] {
        if (m_clock && m_launchMs)
            m_clock->seek(*m_launchMs + m_flightTimeS * 1000.0);
    });

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 8, 2);
    row->setSpacing(2);
    for (QAction *a : {m_toLaunch, back, m_reverse, m_playPause, forward, m_toImpact}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // the keys are window shortcuts; focus would only steal Space
        row->addWidget(b);
    }
    row->addSpacing(8);
    m_speed = new QComboBox(this);
    for (double rate : PlaybackClock::kRates)
        m_speed->addItem(QStringLiteral("%1×").arg(rate), rate);
    m_speed->setToolTip(tr("Playback speed (%1 slower, %2 faster)")
                            .arg(slower->shortcut().toString(QKeySequence::NativeText), faster->shortcut().toString(QKeySequence::NativeText)));
    m_speed->setFocusPolicy(Qt::NoFocus);
    connect(m_speed, &QComboBox::activated, this, [this](int i) {
        if (m_clock)
            m_clock->setRate(m_speed->itemData(i).toDouble());
    });
    row->addWidget(m_speed);
    auto *loopButton = new QToolButton(this);
    loopButton->setDefaultAction(m_loop);
    loopButton->setAutoRaise(true);
    loopButton->setFocusPolicy(Qt::NoFocus);
    row->addWidget(loopButton);
    row->addStretch(1);

    m_utc = new QLabel(this);
    m_kst = new QLabel(this);
    m_jst = new QLabel(this);
    m_mission = new QLabel(this);
    m_utc->setToolTip(tr("Scenario time, UTC"));
    m_kst->setToolTip(tr("Korea Standard Time (UTC+9)"));
    m_jst->setToolTip(tr("Japan Standard Time (UTC+9)"));
    m_mission->setToolTip(tr("Time since the selected track's launch"));
    for (QLabel *l : {m_utc, m_kst, m_jst, m_mission}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->addWidget(l);
        row->addSpacing(12);
    }
    setFontScale(1.0);
    setClock(nullptr);
    refreshIcons();
}

void PlaybackBar::refreshIcons()
{
    const QStyle *s = style();
    const QPalette &pal = palette();
    const bool playing = m_clock && m_clock->isPlaying();
    m_playPause->setIcon(tinted(s->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay), pal));
    m_reverse->setIcon(tinted(s->standardIcon(QStyle::SP_MediaPlay), pal, true));
    m_loop->setIcon(tinted(s->standardIcon(QStyle::SP_BrowserReload), pal));
    m_toLaunch->setIcon(tinted(s->standardIcon(QStyle::SP_MediaSkipBackward), pal));
    m_toImpact->setIcon(tinted(s->standardIcon(QStyle::SP_MediaSkipForward), pal));
    action(QStringLiteral("stepBack"))->setIcon(tinted(s->standardIcon(QStyle::SP_MediaSeekBackward), pal));
    action(QStringLiteral("stepForward"))->setIcon(tinted(s->standardIcon(QStyle::SP_MediaSeekForward), pal));
}

void PlaybackBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshIcons();
    QWidget::changeEvent(event);
}

QAction *PlaybackBar::makeAction(const QString &name, const QString &text, const QKeySequence &key, const QIcon &icon, bool checkable)
{
    auto *a = new QAction(icon, text, this);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setCheckable(checkable);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    addAction(a);
    return a;
}

QAction *PlaybackBar::action(const QString &objectName) const
{
    const QList<QAction *> all = actions();
    const auto it = std::find_if(all.begin(), all.end(), [&](QAction *a) { return a->objectName() == objectName; });
    return it == all.end() ? nullptr : *it;
}

void PlaybackBar::setClock(PlaybackClock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock;
    if (m_clock) {
        connect(m_clock, &PlaybackClock::timeChanged, this, &PlaybackBar::syncTime);
        connect(m_clock, &PlaybackClock::stateChanged, this, &PlaybackBar::syncState);
    }
    for (QAction *a : actions())
        a->setEnabled(m_clock != nullptr);
    m_speed->setEnabled(m_clock != nullptr);
    setFlight(m_launchMs, m_flightTimeS);
    syncState();
}

void PlaybackBar::setFlight(std::optional<double> launchMs, double flightTimeS)
{
    m_launchMs = launchMs;
    m_flightTimeS = flightTimeS;
    m_toLaunch->setEnabled(m_clock && m_launchMs);
    m_toImpact->setEnabled(m_clock && m_launchMs);
    syncTime();
}

void PlaybackBar::setFontScale(double scale)
{
    scale = std::clamp(scale, 0.5, 4.0);
    QFont f = m_baseFont;
    const double pt = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(pt * scale);
    m_speed->setFont(f);
    QFont clock = f;
    clock.setPointSizeF(pt * scale * 1.15);
    clock.setBold(true);
    m_utc->setFont(clock);
    m_mission->setFont(clock);
    m_kst->setFont(f);
    m_jst->setFont(f);
    const int icon = static_cast<int>(std::lround(20 * scale));
    for (auto *b : findChildren<QToolButton *>())
        b->setIconSize(QSize(icon, icon));
    // Fixed widths from sample text, so the row does not shift as the digits change.
    const QFontMetrics cm(clock), fm(f);
    m_utc->setMinimumWidth(cm.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00Z")) + 4);
    m_mission->setMinimumWidth(cm.horizontalAdvance(QStringLiteral("T+0:00:00")) + 4);
    m_kst->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("KST 00-00 00:00:00")) + 4);
    m_jst->setMinimumWidth(fm.horizontalAdvance(QStringLiteral("JST 00-00 00:00:00")) + 4);
}

void PlaybackBar::step(double sign)
{
    if (!m_clock)
        return;
    const bool longStep = QGuiApplication::keyboardModifiers() & Qt::ShiftModifier;
    m_clock->step(sign * (longStep ? kLongStepS : kStepS));
}

void PlaybackBar::syncState()
{
    const bool playing = m_clock && m_clock->isPlaying();
    m_playPause->setIcon(tinted(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay), palette()));
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setToolTip(QStringLiteral("%1 (%2)").arg(m_playPause->text(), m_playPause->shortcut().toString(QKeySequence::NativeText)));
    m_reverse->setChecked(m_clock && m_clock->isReversed());
    m_loop->setChecked(m_clock && m_clock->loops());
    if (m_clock) {
        const auto *it = std::lower_bound(PlaybackClock::kRates.begin(), PlaybackClock::kRates.end(), m_clock->rate());
        m_speed->setCurrentIndex(static_cast<int>(std::min<std::ptrdiff_t>(it - PlaybackClock::kRates.begin(), PlaybackClock::kRates.size() - 1)));
    }
    syncTime();
}

void PlaybackBar::syncTime()
{
    m_utc->setText(utcText());
    m_kst->setText(koreaText());
    m_jst->setText(japanText());
    m_mission->setText(missionText());
}

QString PlaybackBar::utcText() const
{
    return m_clock ? text::utcDateTime(m_clock->timeMs()) : QStringLiteral("—");
}

QString PlaybackBar::koreaText() const
{
    return m_clock ? QStringLiteral("KST %1").arg(koreaJapanDateTime(m_clock->timeMs()))
                   : QStringLiteral("KST —");
}

QString PlaybackBar::japanText() const
{
    return m_clock ? QStringLiteral("JST %1").arg(koreaJapanDateTime(m_clock->timeMs()))
                   : QStringLiteral("JST —");
}

QString PlaybackBar::missionText() const
{
    if (!m_clock || !m_launchMs)
        return QStringLiteral("T —");
    return text::missionTime((m_clock->timeMs() - *m_launchMs) / 1000.0);
}

} // namespace trilink::widgets
