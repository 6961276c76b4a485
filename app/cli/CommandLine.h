// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"

#include <QStringList>

namespace trilink::cli {

// Exit statuses of every command: 0 success, 1 the work failed, 2 bad arguments.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

// A command's one-line messages on stderr ("trilink NAME: message"), each returning its exit status.
struct CommandErrors {
    const char *name;
    int usage(const QString &message) const;   // a bad command line: kExitUsage
    int failure(const QString &message) const; // the work failed: kExitFailure
    // The catalogue plus the track files, or a scenario file's exercise (maps::loadSceneScenario), each
    // problem in a readable file a warning line. kExitOk; else, with the error line written, kExitFailure
    // when a file cannot be read at all, kExitUsage when a scenario file has a bad field.
    int loadScenario(const QStringList &files, Scenario &scenario) const;
};

// True when argv[1] names a headless command (export, ...), or --help/--version: such runs need only a
// QGuiApplication on the offscreen platform.
bool isHeadlessInvocation(const QString &firstArgument);
// Before the QGuiApplication of a headless command: the offscreen platform when there is no display, so
// the command runs anywhere, and no Qt start-up notices mixed into the command's own stderr.
void prepareHeadless();
bool hasDisplay();

// Runs a headless invocation; `arguments` is the whole argv. Writes to stdout/stderr, returns the exit code.
int runHeadless(const QStringList &arguments);

QString usageText();

} // namespace trilink::cli
