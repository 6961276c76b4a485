// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The device QXmlStreamReader reads a track file through. It looks at every byte before the parser does and
// stops the document, before the parser sees the offending bytes, where QXmlStreamReader alone would spend
// time or memory out of proportion to the file:
//   - entity references in text and attribute values expanding, all together, to more than
//     kMaxEntityExpansion characters (the parser only limits each reference: 300 KB of references each under
//     that limit once expanded to 1.5 GB). Each reference is costed with its entity's fully expanded length,
//     worked out from the declarations the parser reports (setEntities()).
//   - an element with more than kMaxAttributes attributes (the parser checks duplicates pairwise: time grows
//     with the square of the count);
//   - a run of more than kMaxTokenUnits characters without markup (a text node, an attribute value, a comment
//     or CDATA section the parser would hold whole in memory);
//   - an encoding in which '<' is not the byte 0x3C (EBCDIC, UTF-7, ISO-2022...), since the checks above read
//     the bytes; UTF-16 in either byte order is read as 16-bit units.
// The scan is a small state machine over markup, not a parser: comments, CDATA, processing instructions and the
// DOCTYPE (with its internal subset) are passed over, so '&' and '=' inside them are not counted.
// Not thread-safe: one document, one thread.

#include <QHash>
#include <QIODevice>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

class QXmlStreamEntityDeclaration;

namespace trilink::maps::trackio::xml {

class XmlGuard : public QIODevice {
public:
    static constexpr std::int64_t kMaxEntityExpansion = 1 << 20; // characters, all references of a document
    static constexpr int kMaxEntityChars = 4096;                  // one reference (the parser's own limit)
    static constexpr int kMaxAttributes = 256;
    static constexpr std::int64_t kMaxTokenUnits = std::int64_t(16) << 20;

    explicit XmlGuard(QIODevice &source);

    bool isSequential() const override { return true; }
    // The entities the document declares (the parser's DTD token): from here on each reference is costed.
    void setEntities(const QList<QXmlStreamEntityDeclaration> &declarations);
    // Why the document was stopped, empty while it was not.
    const QString &stopReason() const { return m_stop; }
    // 1-based line where it was stopped (the line of the byte that went over a limit).
    int stopLine() const { return m_stopLine; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    enum class State { Start, Text, TagOpen, Bang, Tag, Value, Comment, CData, Pi, Doctype, Reference };

    // Scans n bytes; returns how many of them the parser may see (all, unless the document was stopped).
    qint64 scan(const char *data, qint64 n);
    bool unit(char16_t c); // false when the document is stopped at this unit
    void remember(char16_t c);
    bool recentIs(std::u16string_view s) const;
    bool recentEndsWith(std::u16string_view s) const;
    bool recentStarts(std::u16string_view s) const; // the recent units are the start of s
    bool checkEncoding(QByteArrayView head);
    bool stop(const QString &reason);
    bool endReference();
    bool cost(std::int64_t references, std::int64_t charsEach);
    std::int64_t expandedLength(const QString &name, int depth);

    QIODevice &m_source;
    QString m_stop;
    int m_stopLine = 0;
    int m_line = 1;
    bool m_started = false;
    int m_utf16 = 0;          // 0: bytes; 1: UTF-16LE; 2: UTF-16BE
    std::optional<unsigned char> m_oddByte; // the first byte of a UTF-16 unit split by a read
    State m_state = State::Text;
    State m_afterReference = State::Text;
    // The last few units, to see "-->", "]]>", "?>", "<!--", "<![CDATA[", "<!DOCTYPE" (a plain array: this is
    // looked at for every byte of the file).
    char16_t m_recent[9] = {};
    int m_recentSize = 0;
    QChar m_quote;
    int m_attributes = 0;
    std::int64_t m_run = 0;
    bool m_inSubset = false;
    QString m_reference;
    std::int64_t m_expansion = 0;
    bool m_entitiesKnown = false;
    QHash<QString, QString> m_entityValues;
    QHash<QString, std::int64_t> m_entityLength;
    struct Pending {
        QString name;
        int line;
    };
    std::vector<Pending> m_pending; // references seen before the declarations were known, in order
};

} // namespace trilink::maps::trackio::xml
