// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

// Runs the built trilink program as a user would: no display unless asked, output captured.
struct TrilinkRun {
    int code = -1;
    QByteArray out, err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    bool timedOut = false;
};

// A run that outlives timeoutMs is killed and fails the test (a hang is a bug, not a slow machine).
inline TrilinkRun runTrilink(const QStringList &args, const QProcessEnvironment &extra = {}, int timeoutMs = 300000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(v));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TRILINK_BIN), args);
    const bool finished = p.waitForFinished(timeoutMs);
    EXPECT_TRUE(finished) << "timed out after " << timeoutMs << " ms: " << args.join(u' ').toStdString();
    if (!finished) {
        p.kill();
        p.waitForFinished(10000);
    }
    TrilinkRun r{p.exitStatus() == QProcess::NormalExit && finished ? p.exitCode() : -1, p.readAllStandardOutput(),
                 p.readAllStandardError()};
    r.timedOut = !finished;
    return r;
}
