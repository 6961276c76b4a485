// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Records a live feed into a track file, for an exercise's record: trilink listen. Every endpoint's events go
// into LiveTracks; the file is written atomically (writeTrackFile) every saveIntervalMs while reports come,
// and once more at the end, so a recorder stopped by Ctrl+C, a power cut or a full disk leaves the last good
// file, never half of one.
//
// Threads: a QObject with sockets, on one thread with an event loop.

#include "maps/live/LiveEndpoint.h"
#include "maps/live/LiveTracks.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace trilink::maps::live {

class LiveRecorder : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::vector<LiveEndpoint> endpoints;
        QStringList partnerRules;
        QString outPath;
        int saveIntervalMs = 10'000;
        LiveTrackStore::Limits limits{5000, 1'000'000, 365LL * 86'400'000}; // a recording forgets nothing it can keep
    };

    explicit LiveRecorder(QObject *parent = nullptr);
    ~LiveRecorder() override;

    bool start(const Options &options, QString *error);
    // Stops listening and writes the file; false with *error when it cannot be written.
    bool finish(QString *error);

    const LiveTracks &tracks() const { return *m_tracks; }
    qint64 events() const { return m_events; }
    int saves() const { return m_saves; }

signals:
    void eventsReceived(qint64 total);
    void problem(const QString &text);
    void statusChanged(const QString &text);
    void saveFailed(const QString &error);

private:
    bool save(QString *error);

    Options m_options;
    std::unique_ptr<LiveTracks> m_tracks;
    std::vector<class CotReceiver *> m_receivers;
    QTimer m_saveTimer;
    bool m_unsaved = false;
    qint64 m_events = 0;
    int m_saves = 0;
};

} // namespace trilink::maps::live
