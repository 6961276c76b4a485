// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// `trilink info --json` run as a user would, its output parsed: what the track-file tests compare.

#include "TrilinkProcess.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ostream>

// Readable QString values in GoogleTest's failure messages (found by argument-dependent lookup).
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

struct InfoTrack {
    QString id, label, file, start, end;
    qint64 points = 0;
    double apogeeKm = 0, rangeKm = 0;
    QStringList partners;
};

struct InfoResult {
    TrilinkRun run;
    bool jsonOk = false;
    std::vector<InfoTrack> tracks;
    QStringList problems; // "name:line: message" (or "name: message" for line 0), name without folders
    qint64 pointCount() const
    {
        qint64 n = 0;
        for (const auto &t : tracks)
            n += t.points;
        return n;
    }
    const InfoTrack *track(const QString &id) const
    {
        for (const auto &t : tracks)
            if (t.id == id)
                return &t;
        return nullptr;
    }
};

// The tracks and problems of `trilink info --json`'s output into r (jsonOk says whether it was that document).
inline void parseInfoJson(const QByteArray &out, InfoResult &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    r.jsonOk = error.error == QJsonParseError::NoError && doc.isObject();
    for (const auto v : doc.object().value(QStringLiteral("tracks")).toArray()) {
        const QJsonObject o = v.toObject();
        InfoTrack t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.label = o.value(QStringLiteral("label")).toString();
        t.file = o.value(QStringLiteral("file")).toString();
        t.start = o.value(QStringLiteral("start")).toString();
        t.end = o.value(QStringLiteral("end")).toString();
        t.points = o.value(QStringLiteral("points")).toInteger(-1);
        t.apogeeKm = o.value(QStringLiteral("apogee_km")).toDouble(-1);
        t.rangeKm = o.value(QStringLiteral("range_km")).toDouble(-1);
        for (const auto p : o.value(QStringLiteral("partners")).toArray())
            t.partners << p.toString();
        r.tracks.push_back(t);
    }
    for (const auto v : doc.object().value(QStringLiteral("problems")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = QFileInfo(o.value(QStringLiteral("file")).toString()).fileName();
        const int line = o.value(QStringLiteral("line")).toInt();
        const QString message = o.value(QStringLiteral("message")).toString();
        r.problems << (line > 0 ? QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(message)
                                : QStringLiteral("%1: %2").arg(name, message));
    }
}

inline InfoResult trilinkInfoJson(const QStringList &files, int timeoutMs = 300000)
{
    InfoResult r;
    r.run = runTrilink(QStringList{QStringLiteral("info"), QStringLiteral("--json")} + files, {}, timeoutMs);
    parseInfoJson(r.run.out, r);
    return r;
}
