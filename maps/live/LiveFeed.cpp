// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/LiveFeed.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace trilink::maps::live {

// Lives on the feed's thread: the receivers and the tracks.
class LiveFeedWorker : public QObject {
    Q_OBJECT
public:
    bool start(const LiveFeed::Options &options, CotPartnerRules rules, QString *error)
    {
        m_tracks = std::make_unique<LiveTracks>(std::move(rules), options.limits);
        for (const LiveEndpoint &e : options.endpoints) {
            auto *r = new CotReceiver(e, this);
            connect(r, &CotReceiver::eventsReceived, this, [this](const QList<ReceivedEvent> &events) { m_tracks->add(events); });
            connect(r, &CotReceiver::problem, this, &LiveFeedWorker::problem);
            connect(r, &CotReceiver::stateChanged, this, [this, r](CotReceiver::State s, const QString &detail) {
                const char *what = s == CotReceiver::State::Listening    ? "listening"
                                   : s == CotReceiver::State::Connected  ? "connected"
                                   : s == CotReceiver::State::Connecting ? "connecting"
                                                                         : "stopped";
                emit statusChanged(detail.startsWith(r->endpoint().text()) && detail.size() > r->endpoint().text().size()
                                       ? detail
                                       : QStringLiteral("%1: %2").arg(r->endpoint().text(), QLatin1String(what)));
            });
            if (!r->start(error)) {
                qDeleteAll(findChildren<CotReceiver *>(QString(), Qt::FindDirectChildrenOnly));
                return false;
            }
        }
        m_timer = new QTimer(this);
        m_timer->setInterval(options.publishIntervalMs);
        connect(m_timer, &QTimer::timeout, this, &LiveFeedWorker::publish);
        m_timer->start();
        return true;
    }

    void stop()
    {
        delete m_timer;
        m_timer = nullptr;
        qDeleteAll(findChildren<CotReceiver *>(QString(), Qt::FindDirectChildrenOnly));
    }

signals:
    void snapshotReady(trilink::maps::live::LiveSnapshotPtr snapshot);
    void problem(const QString &text);
    void statusChanged(const QString &text);

private:
    void publish()
    {
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const bool forgot = !m_tracks->expire(now).isEmpty();
        // Stale tracks change how they are shown as time passes, so a snapshot goes out at least each second.
        if (m_tracks->hasChanges() || forgot || now - m_lastPublishMs >= 1000) {
            m_lastPublishMs = now;
            emit snapshotReady(m_tracks->snapshot(now));
        }
    }

    std::unique_ptr<LiveTracks> m_tracks;
    QTimer *m_timer = nullptr;
    std::int64_t m_lastPublishMs = 0;
};

namespace {
const bool kRegistered = [] {
    qRegisterMetaType<LiveSnapshotPtr>();
    return true;
}();
} // namespace

LiveFeed::LiveFeed(QObject *parent) : QObject(parent)
{
    (void)kRegistered;
    m_thread.setObjectName(QStringLiteral("trilink-live"));
}

LiveFeed::~LiveFeed()
{
    blockSignals(true);
    stop();
}

bool LiveFeed::start(const Options &options, QString *error)
{
    stop();
    QString ruleError;
    auto rules = CotPartnerRules::parse(options.partnerRules, &ruleError);
    if (!rules) {
        if (error)
            *error = ruleError;
        return false;
    }
    m_thread.start();
    auto *worker = new LiveFeedWorker;
    worker->moveToThread(&m_thread);
    connect(worker, &LiveFeedWorker::snapshotReady, this, &LiveFeed::snapshotReady);
    connect(worker, &LiveFeedWorker::problem, this, &LiveFeed::problem);
    connect(worker, &LiveFeedWorker::statusChanged, this, &LiveFeed::statusChanged);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater); // on its own thread, as it ends
    bool ok = false;
    QString why;
    QMetaObject::invokeMethod(
        worker, [&] { ok = worker->start(options, *rules, &why); }, Qt::BlockingQueuedConnection);
    m_worker = worker;
    if (!ok) {
        stop();
        if (error)
            *error = why;
        return false;
    }
    return true;
}

void LiveFeed::stop()
{
    if (!m_worker)
        return;
    LiveFeedWorker *worker = m_worker;
    m_worker = nullptr;
    // Sockets are closed and deleted on the thread they belong to; the worker goes as the thread ends.
    QMetaObject::invokeMethod(worker, [worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace trilink::maps::live

#include "LiveFeed.moc"
