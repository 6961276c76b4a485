// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What the XML track readers (GPX, KML, CoT) share: a QXmlStreamReader hardened for files from anywhere.
// QXmlStreamReader never fetches external entities (it has no resolver). It reads through an XmlGuard
// (XmlGuard.h), which stops a document before the parser sees what would cost it time or memory out of
// proportion to the file: entity references expanding to more than a budget in all, elements with too many
// attributes, endless text runs, encodings the guard cannot read. Each reference's own expansion is limited
// too (billion laughs stops at its line), element nesting is capped because no track format nests deeper than
// a dozen levels, and an element's text is kept up to a cap.

#include "maps/trackio/TrackReader.h"
#include "maps/trackio/XmlGuard.h"

#include <QXmlStreamReader>

#include <initializer_list>
#include <optional>

class QIODevice;

namespace trilink::maps::trackio::xml {

class SafeXmlReader {
public:
    static constexpr int kMaxDepth = 256;
    static constexpr int kEntityExpansionLimit = XmlGuard::kMaxEntityChars; // characters one reference may expand to
    static constexpr qsizetype kMaxElementText = 1 << 20; // characters of text kept from one element

    SafeXmlReader(QIODevice &in, const QString &fileName, const ReadControl &control);

    // Moves to the next token. False at the end of the document, on an XML error, on nesting deeper than
    // kMaxDepth and on cancel; finish() then says which.
    bool next();
    QXmlStreamReader &xml() { return m_xml; }
    const QXmlStreamReader &xml() const { return m_xml; }
    bool isStart() const { return m_xml.isStartElement(); }
    bool isEnd() const { return m_xml.isEndElement(); }
    QStringView name() const { return m_xml.name(); }
    // Depth of the current element: 1 for the root while on its start tag; on an end tag, the parent's.
    int depth() const { return m_depth; }
    int line() const { return static_cast<int>(m_xml.lineNumber()); }
    const QString &fileName() const { return m_fileName; }

    // On a start tag: the element's text (children skipped), leaving the reader on its end tag. Trimmed. At
    // most kMaxElementText characters are kept; *cut (if given) says whether there was more.
    QString elementText(bool *cut = nullptr);
    // On a start tag: reads past the element and everything inside it, leaving the reader on its end tag.
    void skipElement();
    // An attribute parsed as a finite double; nullopt when missing or not a number.
    std::optional<double> attributeNumber(const char *name) const;
    QString attribute(const char *name) const { return m_xml.attributes().value(QLatin1StringView(name)).toString(); }

    // After the token loop: why reading stopped early (an XML error, the depth limit, a limit of the guard),
    // empty when it did not; and the line to report it at.
    QString stopReason() const;
    int stopLine() const;
    bool hasError() const { return m_xml.hasError(); }
    const QString &guardStop() const { return m_guard.stopReason(); }
    bool wasCancelled() const { return m_cancelled; }
    // True when the document's root element was one of roots (a GPX file really is GPX).
    bool rootIs(std::initializer_list<QStringView> roots) const;
    // The root element seen, empty before it.
    const QString &rootName() const { return m_root; }

private:
    QIODevice &m_in;
    QString m_fileName;
    const ReadControl &m_control;
    XmlGuard m_guard; // before m_xml, which reads from it
    QXmlStreamReader m_xml;
    QString m_root;
    int m_depth = 0;
    bool m_tooDeep = false;
    bool m_cancelled = false;
    bool m_stopNow = false; // the guard's budget was passed by what the parser already holds
    int m_tokens = 0;
};

// The base of the XML track readers: a TrackReader whose input goes through one SafeXmlReader.
class XmlTrackReader : protected TrackReader {
protected:
    XmlTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : TrackReader(fileName, control), m_xml(in, fileName, control)
    {
    }
    // A problem at the reader's current line.
    void problemHere(const QString &message) { problem(m_xml.line(), message); }
    // The result after the token loop (TrackReader::finish), with the reason reading stopped early as a
    // problem; an XML error that left no track at all makes the file unreadable.
    TrackFileResult finishXml(const QString &whyNoTrack);

    SafeXmlReader m_xml;
};

} // namespace trilink::maps::trackio::xml
