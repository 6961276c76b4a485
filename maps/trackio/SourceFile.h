// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// A track file opened for reading only if it is a regular file. Directories, named pipes (FIFOs), devices and
// sockets are refused with a clear message before anything reads from them: open() on a FIFO blocks until a
// writer comes, and a device such as /dev/zero never ends. A symbolic link is followed only to a regular file.
// The type is checked twice, by stat() before opening and by fstat() on what was opened (O_NONBLOCK, so even a
// FIFO swapped in between cannot block), so what is read is what was checked.

#include <QFile>
#include <QString>

#include <memory>
#include <optional>

namespace trilink::maps::trackio {

class SourceFile {
public:
    // The opened file, or nullopt with *why set ("is a named pipe (FIFO), not a regular file; not read").
    static std::optional<SourceFile> open(const QString &path, QString *why);

    QFile &file() { return *m_file; }
    qint64 size() const { return m_size; }
    // The first bytes, without moving the read position.
    QByteArray head(qint64 bytes) { return m_file->peek(bytes); }
    // True when path still names the file that was opened (same device and inode), e.g. before a library that
    // only takes a path opens it again.
    bool isStill(const QString &path) const;

private:
    std::unique_ptr<QFile> m_file; // owns the descriptor
    qint64 m_size = 0;
    unsigned long long m_device = 0, m_inode = 0;
};

} // namespace trilink::maps::trackio
