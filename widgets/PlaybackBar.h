// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;

namespace trilink {
class PlaybackClock;
}

namespace trilink::widgets {

// The playback controls and the clock read-out: jump to launch, step back, reverse, play/pause, step
// forward, jump to impact, speed, loop; then the time in UTC, KST and JST (both UTC+9, both named because
// each partner reads its own) and T+ since the selected track's launch.
//
// Every control is a QAction with an objectName and a window shortcut, so the main window can add them to
// itself (and list them in Help): playPause (Space), reverse (R), stepBack / stepForward (Left / Right,
// 1 s), stepBack10 / stepForward10 (Shift+Left / Shift+Right), slower / faster ([ and ]), loop (L),
// toLaunch / toImpact (Home / End). A step button clicked with Shift held steps 10 s.
//
// Threads: GUI thread only.
class PlaybackBar : public QWidget {
    Q_OBJECT
public:
    static constexpr double kStepS = 1.0;
    static constexpr double kLongStepS = 10.0;

    explicit PlaybackBar(QWidget *parent = nullptr);

    void setClock(PlaybackClock *clock);
    // The selected track's flight, for T+ and the jump actions; empty: no track (T+ blank, jumps disabled).
    void setFlight(std::optional<double> launchMs, double flightTimeS = 0);
    void setFontScale(double scale);

    // QWidget::actions() holds every control's action, in the order above; this finds one by objectName.
    QAction *action(const QString &objectName) const;
    // The read-outs as shown, for tests and the briefing banner.
    QString utcText() const;
    QString koreaText() const;
    QString japanText() const;
    QString missionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshIcons();
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &key, const QIcon &icon,
                        bool checkable = false);
    void syncState();
    void syncTime();
    void step(double sign);

    QPointer<PlaybackClock> m_clock;
    std::optional<double> m_launchMs;
    double m_flightTimeS = 0;
    QAction *m_playPause = nullptr;
    QAction *m_reverse = nullptr;
    QAction *m_loop = nullptr;
    QAction *m_toLaunch = nullptr;
    QAction *m_toImpact = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_utc = nullptr;
    QLabel *m_kst = nullptr;
    QLabel *m_jst = nullptr;
    QLabel *m_mission = nullptr;
    QFont m_baseFont;
};

} // namespace trilink::widgets
