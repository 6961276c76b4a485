// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/SourceFile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trilink::maps::trackio {
namespace {

// What a file that is not a regular file is, for the message.
QString notRegular(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("is a directory, not a track file");
    if (S_ISFIFO(mode))
        return QStringLiteral("is a named pipe (FIFO), not a regular file; not read");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("is a device, not a regular file; not read");
    if (S_ISSOCK(mode))
        return QStringLiteral("is a socket, not a regular file; not read");
    return QStringLiteral("is not a regular file; not read");
}

QString openError(int error)
{
    if (error == ENOENT)
        return QStringLiteral("no such file");
    if (error == EACCES || error == EPERM)
        return QStringLiteral("cannot open: permission denied");
    return QStringLiteral("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

std::optional<SourceFile> SourceFile::open(const QString &path, QString *why)
{
    auto fail = [&](const QString &message) {
        if (why)
            *why = message;
        return std::nullopt;
    };
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (::stat(name.constData(), &st) != 0) {
        const int error = errno;
        struct stat link {};
        if (error == ENOENT && ::lstat(name.constData(), &link) == 0 && S_ISLNK(link.st_mode))
            return fail(QStringLiteral("is a symbolic link to nothing (no such file)"));
        return fail(openError(error));
    }
    if (!S_ISREG(st.st_mode))
        return fail(notRegular(st.st_mode));
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return fail(openError(errno));
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString message = notRegular(st.st_mode);
        ::close(fd);
        return fail(message);
    }
    SourceFile source;
    source.m_file = std::make_unique<QFile>();
    if (!source.m_file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(QStringLiteral("cannot open: %1").arg(source.m_file->errorString()));
    }
    source.m_size = static_cast<qint64>(st.st_size);
    source.m_device = static_cast<unsigned long long>(st.st_dev);
    source.m_inode = static_cast<unsigned long long>(st.st_ino);
    return source;
}

bool SourceFile::isStill(const QString &path) const
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode) &&
           static_cast<unsigned long long>(st.st_dev) == m_device && static_cast<unsigned long long>(st.st_ino) == m_inode;
}

} // namespace trilink::maps::trackio
