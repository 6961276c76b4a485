// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What the XML track readers (GPX, KML, CoT) share: a QXmlStreamReader hardened for files from anywhere.
// QXmlStreamReader never fetches external entities (it has no resolver); internal entities are expanded, so
// the expansion limit is set explicitly (billion laughs stops with an error at its line), and element nesting
// is capped because no track format nests deeper than a dozen levels.

#include "maps/trackio/TrackFile.h"

#include <QXmlStreamReader>

#include <initializer_list>
#include <optional>

class QIODevice;

namespace trilink::maps::trackio::xml {

class SafeXmlReader {
public:
    static constexpr int kMaxDepth = 256;
    static constexpr int kEntityExpansionLimit = 4096; // characters one entity may expand to

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

    // On a start tag: the element's text (children skipped), leaving the reader on its end tag. Trimmed.
    QString elementText();
    // An attribute parsed as a finite double; nullopt when missing or not a number.
    std::optional<double> attributeNumber(const char *name) const;
    QString attribute(const char *name) const { return m_xml.attributes().value(QLatin1StringView(name)).toString(); }

    TrackProblem problem(const QString &message) const { return {m_fileName, line(), message}; }
    TrackProblem problemAt(int line, const QString &message) const { return {m_fileName, line, message}; }

    // Call after the token loop: records an XML error, the depth limit or a cancel in result; readable becomes
    // false when an XML error left no track at all.
    void finish(TrackFileResult &result) const;
    // True when the document's root element was one of roots (a GPX file really is GPX).
    bool rootIs(std::initializer_list<QStringView> roots) const;
    // The root element seen, empty before it.
    const QString &rootName() const { return m_root; }

private:
    QIODevice &m_in;
    QString m_fileName;
    const ReadControl &m_control;
    QXmlStreamReader m_xml;
    QString m_root;
    int m_depth = 0;
    bool m_tooDeep = false;
    bool m_cancelled = false;
    int m_tokens = 0;
};

} // namespace trilink::maps::trackio::xml
