// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/LiveRecorder.h"

#include "maps/live/CotReceiver.h"
#include "maps/trackio/TrackFile.h"

namespace trilink::maps::live {

LiveRecorder::LiveRecorder(QObject *parent) : QObject(parent), m_tracks(std::make_unique<LiveTracks>())
{
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (m_unsaved && !save(&error))
            emit saveFailed(error);
    });
}

LiveRecorder::~LiveRecorder()
{
    blockSignals(true);
    for (auto *r : m_receivers)
        delete r;
}

bool LiveRecorder::start(const Options &options, QString *error)
{
    m_options = options;
    QString ruleError;
    auto rules = CotPartnerRules::parse(options.partnerRules, &ruleError);
    if (!rules) {
        if (error)
            *error = ruleError;
        return false;
    }
    m_tracks = std::make_unique<LiveTracks>(std::move(*rules), options.limits);
    for (const LiveEndpoint &e : options.endpoints) {
        auto *r = new CotReceiver(e, this);
        m_receivers.push_back(r);
        connect(r, &CotReceiver::eventsReceived, this, [this](const QList<ReceivedEvent> &events) {
            m_tracks->add(events);
            m_events += events.size();
            m_unsaved = true;
            emit eventsReceived(m_events);
        });
        connect(r, &CotReceiver::problem, this, &LiveRecorder::problem);
        connect(r, &CotReceiver::stateChanged, this, [this, r](CotReceiver::State state, const QString &detail) {
            const QString where = r->endpoint().text();
            switch (state) {
            case CotReceiver::State::Listening:
                return emit statusChanged(QStringLiteral("listening on %1").arg(where));
            case CotReceiver::State::Connected:
                return emit statusChanged(QStringLiteral("connected to %1").arg(where));
            case CotReceiver::State::Connecting:
                return emit statusChanged(detail == where ? QStringLiteral("connecting to %1").arg(where) : detail);
            case CotReceiver::State::Stopped:
                return;
            }
        });
        if (!r->start(error))
            return false;
    }
    m_saveTimer.start(std::max(100, options.saveIntervalMs));
    return true;
}

bool LiveRecorder::save(QString *error)
{
    const std::vector<RecordedTrack> tracks = m_tracks->recordedTracks();
    if (!writeTrackFile(m_options.outPath, tracks, error))
        return false;
    m_unsaved = false;
    ++m_saves;
    return true;
}

bool LiveRecorder::finish(QString *error)
{
    m_saveTimer.stop();
    for (auto *r : m_receivers)
        r->stop();
    return save(error);
}

} // namespace trilink::maps::live
