// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QDialog>
#include <QSize>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace trilink::app {

// What File → Export Animation asks before the file: the range (seconds after launch, the whole flight by
// default), the playback speed (as the viewer's, 1-600x), frames per second, the picture's size, and it
// shows how many frames and seconds of video that makes. The format follows the file's extension (MP4,
// GIF, or a folder of PNG frames). GUI thread only.
struct AnimationChoice {
    double fromS = 0, toS = 0; // since launch
    double speed = 30;
    int fps = 30;
    QSize size{1280, 720};
};

class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    AnimationDialog(double flightTimeS, const AnimationChoice &initial, QWidget *parent = nullptr);
    AnimationChoice choice() const;

private:
    void update();

    QDoubleSpinBox *m_from, *m_to, *m_speed;
    QSpinBox *m_fps, *m_width, *m_height;
    QLabel *m_summary;
};

} // namespace trilink::app
