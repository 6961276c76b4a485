// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstring>
#include <type_traits>

namespace trilink {

// Little-endian fixed-width values and length-prefixed UTF-8 strings, for the files Trilink writes for
// itself (the modelled catalogue). The reader never reads past the end: a short or damaged input sets
// failed() and every later read returns zero, so a caller checks once at the end. Lengths are checked
// against the bytes left before anything is allocated.
class BinaryWriter {
public:
    template <typename T> void put(T v)
    {
        static_assert(std::is_arithmetic_v<T>);
        char b[sizeof(T)];
        std::memcpy(b, &v, sizeof(T));
        m_bytes.append(b, sizeof(T));
    }
    void putString(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        put<std::uint32_t>(static_cast<std::uint32_t>(u.size()));
        m_bytes.append(u);
    }
    void putBytes(const QByteArray &b)
    {
        put<std::uint32_t>(static_cast<std::uint32_t>(b.size()));
        m_bytes.append(b);
    }
    void reserve(qsizetype n) { m_bytes.reserve(n); }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class BinaryReader {
public:
    explicit BinaryReader(const QByteArray &bytes) : m_data(bytes.constData()), m_size(bytes.size()) {}

    template <typename T> T get()
    {
        static_assert(std::is_arithmetic_v<T>);
        T v{};
        if (!take(sizeof(T)))
            return v;
        std::memcpy(&v, m_data + m_pos - sizeof(T), sizeof(T));
        return v;
    }
    QString getString() { return QString::fromUtf8(getBytes()); }
    QByteArray getBytes()
    {
        const auto n = get<std::uint32_t>();
        if (!take(n))
            return {};
        return QByteArray(m_data + m_pos - n, static_cast<qsizetype>(n));
    }
    // A count of items of at least itemBytes each: fails (and returns 0) when the input cannot hold them,
    // so a hostile count never turns into a huge allocation.
    std::uint32_t getCount(std::size_t itemBytes)
    {
        const auto n = get<std::uint32_t>();
        if (m_failed || (itemBytes > 0 && n > (m_size - m_pos) / itemBytes)) {
            m_failed = true;
            return 0;
        }
        return n;
    }
    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos == m_size; }
    void fail() { m_failed = true; }

private:
    bool take(std::size_t n)
    {
        if (m_failed || n > static_cast<std::size_t>(m_size - m_pos)) {
            m_failed = true;
            return false;
        }
        m_pos += static_cast<qsizetype>(n);
        return true;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace trilink
