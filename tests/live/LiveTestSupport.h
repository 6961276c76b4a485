// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What the live tests share: loopback endpoints, a known event, and waiting on the event loop with a bound.

#include "maps/cot/CotEvent.h"
#include "maps/live/CotReceiver.h"
#include "maps/live/LiveEndpoint.h"

#include <QList>
#include <QTest>

#include <functional>

namespace trilink::livetest {

inline constexpr std::int64_t kT0 = 1714532400000; // 2024-05-01T03:00:00Z

// Spins the event loop until done() or timeoutMs: every wait is bounded, so a lost packet fails, never hangs.
inline bool waitFor(const std::function<bool()> &done, int timeoutMs = 10'000)
{
    return QTest::qWaitFor(done, timeoutMs);
}

inline maps::live::LiveEndpoint endpoint(maps::live::LiveEndpoint::Kind kind, const QString &host, quint16 port)
{
    maps::live::LiveEndpoint e;
    e.kind = kind;
    e.host = host;
    e.port = port;
    return e;
}

inline maps::cot::CotEvent event(const QString &uid, std::int64_t timeMs, double lat = 39.0, double lon = 126.0)
{
    maps::cot::CotEvent e;
    e.uid = uid;
    e.type = QStringLiteral("a-h-A-W-M-S-S");
    e.how = QStringLiteral("m-s");
    e.timeMs = e.startMs = timeMs;
    e.staleMs = timeMs + 60'000;
    e.lat = lat;
    e.lon = lon;
    e.hae = 100'000;
    e.callsign = QStringLiteral("Test ") + uid;
    e.partners = partnerBit(Partner::KOR);
    return e;
}

// Collects what a receiver hands on.
struct Collector {
    QList<maps::live::ReceivedEvent> events;
    QStringList problems;
    void attach(maps::live::CotReceiver &r)
    {
        QObject::connect(&r, &maps::live::CotReceiver::eventsReceived, &r, [this](const QList<maps::live::ReceivedEvent> &e) { events += e; });
        QObject::connect(&r, &maps::live::CotReceiver::problem, &r, [this](const QString &p) { problems << p; });
    }
};

} // namespace trilink::livetest
