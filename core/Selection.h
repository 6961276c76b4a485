// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Partner.h"

#include <QObject>
#include <QString>

namespace trilink {

// What every view shows as chosen: the selected track (by id; empty for none) and whose picture (the
// view-as). The window owns one; the map, the track list, the timeline and the side view subscribe to it
// and write the user's choices to it, so no view knows another and the rules of what follows a selection
// (the playback range, the readouts) live with whoever listens. Signals fire only on a change.
//
// Threads: GUI thread (it is a QObject whose signals drive the views).
class Selection : public QObject {
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    QString track() const { return m_track; }
    ViewAs viewAs() const { return m_viewAs; }

    void selectTrack(const QString &id);
    void setViewAs(ViewAs viewAs);

signals:
    void trackChanged(const QString &id);
    void viewAsChanged(trilink::ViewAs viewAs);

private:
    QString m_track;
    ViewAs m_viewAs;
};

} // namespace trilink
