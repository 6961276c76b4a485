// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The viewer's listener: its receivers, the live tracks and the building of the live scenario all run on a
// thread of their own, so a busy feed never costs the GUI thread more than taking a finished snapshot
// (publishIntervalMs apart, and only when something changed or went stale).
//
// Threads: LiveFeed is created and used on one thread (the GUI thread); its signals arrive there, queued.
// Everything else happens on the feed's own thread inside.

#include "maps/live/LiveEndpoint.h"
#include "maps/live/LiveTracks.h"

#include <QObject>
#include <QThread>

#include <vector>

namespace trilink::maps::live {

class LiveFeedWorker;

class LiveFeed : public QObject {
    Q_OBJECT
public:
    struct Options {
        std::vector<LiveEndpoint> endpoints;
        QStringList partnerRules; // CotPartnerRules texts
        LiveTrackStore::Limits limits;
        int publishIntervalMs = 500;
    };

    explicit LiveFeed(QObject *parent = nullptr);
    ~LiveFeed() override;

    // Starts every endpoint on the feed's thread; false with *error (and nothing left running) when one
    // cannot be used or a partner rule does not read.
    bool start(const Options &options, QString *error);
    void stop();
    bool isRunning() const { return m_worker != nullptr; }

signals:
    void snapshotReady(trilink::maps::live::LiveSnapshotPtr snapshot);
    void problem(const QString &text);
    void statusChanged(const QString &text);

private:
    QThread m_thread;
    LiveFeedWorker *m_worker = nullptr;
};

} // namespace trilink::maps::live

Q_DECLARE_METATYPE(trilink::maps::live::LiveSnapshotPtr)
