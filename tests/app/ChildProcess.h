// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// A program run as a child with what QProcess cannot give: its peak memory (wait4's ru_maxrss, for the memory
// budget of hostile files), and limits set in the child before exec (RLIMIT_FSIZE with SIGXFSZ ignored, so a
// write past the limit fails with EFBIG as it would on a full disk: root cannot bypass it, unlike permissions).
// Everything the child needs is built before fork(), which then runs only async-signal-safe calls.

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

struct ChildOptions {
    QStringList env;                         // KEY=VALUE, added to (or replacing in) the environment
    std::optional<rlim_t> fileSizeLimitBytes; // RLIMIT_FSIZE in the child
    QString workDir;                         // empty: this process's
    int timeoutMs = 120000;
};

struct ChildResult {
    int code = -1;        // exit status; -1 when killed by a signal or not started
    int signal = 0;       // the signal that ended it
    bool timedOut = false;
    QByteArray out, err;
    long peakKb = 0;      // its largest resident size (kB)
    double seconds = 0;   // wall time
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

inline ChildResult runChild(const QString &program, const QStringList &args, const ChildOptions &options = {})
{
    // argv and envp: a display is never inherited (headless commands must not need one).
    std::vector<std::string> argStore{program.toStdString()};
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit().toStdString());
    std::vector<std::string> envStore;
    auto keyOf = [](const std::string &kv) { return kv.substr(0, kv.find('=')); };
    std::vector<std::string> overrides;
    for (const QString &e : options.env)
        overrides.push_back(e.toLocal8Bit().toStdString());
    for (char **e = environ; *e; ++e) {
        const std::string kv(*e);
        const std::string key = keyOf(kv);
        if (key == "DISPLAY" || key == "WAYLAND_DISPLAY" || key == "QT_QPA_PLATFORM")
            continue;
        bool replaced = false;
        for (const auto &o : overrides)
            replaced = replaced || keyOf(o) == key;
        if (!replaced)
            envStore.push_back(kv);
    }
    envStore.insert(envStore.end(), overrides.begin(), overrides.end());
    std::vector<char *> argv, envp;
    for (auto &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (auto &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const std::string dir = options.workDir.toLocal8Bit().toStdString();
    const std::optional<rlim_t> limit = options.fileSizeLimitBytes;

    ChildResult r;
    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0)
        return r;
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(outPipe[1], 1);
        ::dup2(errPipe[1], 2);
        if (!dir.empty() && ::chdir(dir.c_str()) != 0)
            ::_exit(126);
        if (limit) {
            const rlimit l{*limit, *limit};
            ::setrlimit(RLIMIT_FSIZE, &l);
            ::signal(SIGXFSZ, SIG_IGN); // inherited across exec: a write past the limit fails with EFBIG
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    if (pid < 0) {
        ::close(outPipe[0]);
        ::close(errPipe[0]);
        return r;
    }
    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    QByteArray *sinks[2] = {&r.out, &r.err};
    int open = 2;
    while (open > 0) {
        const int left = options.timeoutMs - static_cast<int>(clock.elapsed());
        if (left <= 0) {
            r.timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        const int n = ::poll(fds, 2, left);
        if (n < 0 && errno == EINTR)
            continue;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buf[65536];
            const ssize_t got = ::read(fds[i].fd, buf, sizeof buf);
            if (got > 0) {
                sinks[i]->append(buf, got);
            } else {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    for (auto &f : fds)
        if (f.fd >= 0)
            ::close(f.fd);
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    r.seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
    r.peakKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        r.code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        r.signal = WTERMSIG(status);
    return r;
}
