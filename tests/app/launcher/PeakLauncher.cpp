// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// peak_launcher FILE PROGRAM [ARGS...]: runs PROGRAM (stdio inherited), waits for it, writes its peak resident
// size in kB to FILE and exits with its status. Why a launcher: a process's recorded peak starts from the
// process it was forked from, so a program forked straight from a big test process would report the test's
// size. Forked from this small one, it reports its own. Plain libc: no Qt, no allocation to speak of.
#include <cstdio>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3)
        return 125;
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[2], argv + 2);
        _exit(127);
    }
    if (pid < 0)
        return 126;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) < 0)
        return 126;
    if (FILE *f = std::fopen(argv[1], "w")) {
        std::fprintf(f, "%ld\n", usage.ru_maxrss);
        std::fclose(f);
    }
    if (WIFSIGNALED(status)) {
        signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 126;
}
