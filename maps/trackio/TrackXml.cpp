// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackXml.h"

#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace trilink::maps::trackio::xml {

SafeXmlReader::SafeXmlReader(QIODevice &in, const QString &fileName, const ReadControl &control)
    : m_in(in), m_fileName(fileName), m_control(control), m_guard(in), m_xml(&m_guard)
{
    m_xml.setEntityExpansionLimit(kEntityExpansionLimit);
    // Namespaces are resolved, but the readers match local names: files in the wild get the GPX 1.0/1.1
    // and KML 2.1/2.2 namespace URIs wrong often enough that insisting on them would refuse real tracks.
    m_xml.setNamespaceProcessing(true);
}

bool SafeXmlReader::next()
{
    if (m_tooDeep || m_cancelled || m_stopNow)
        return false;
    if (m_xml.atEnd())
        return false;
    if (++m_tokens % 4096 == 0) {
        if (m_control.cancelled()) {
            m_cancelled = true;
            return false;
        }
        if (m_control.progress && !m_in.isSequential() && m_in.size() > 0)
            m_control.progress(static_cast<double>(m_in.pos()) / static_cast<double>(m_in.size()));
    }
    // When the guard stops the document it hands the parser nothing more: what came before is read to its
    // end (a truncated file keeps its points), then the parser stops at the cut.
    const auto token = m_xml.readNext();
    if (token == QXmlStreamReader::Invalid)
        return false;
    if (token == QXmlStreamReader::DTD) {
        // References are costed from here on. The parser may already hold references it has not expanded:
        // a budget passed by those stops the reading at once.
        m_guard.setEntities(m_xml.entityDeclarations());
        if (!m_guard.stopReason().isEmpty()) {
            m_stopNow = true;
            return false;
        }
    }
    if (token == QXmlStreamReader::StartElement) {
        if (m_depth == 0 && m_root.isEmpty())
            m_root = m_xml.name().toString();
        if (++m_depth > kMaxDepth) {
            m_tooDeep = true;
            return false;
        }
    } else if (token == QXmlStreamReader::EndElement) {
        --m_depth;
    }
    return true;
}

QString SafeXmlReader::elementText(bool *cut)
{
    if (cut)
        *cut = false;
    if (!m_xml.isStartElement())
        return {};
    // Read token by token (not readElementText), so the guard, the depth limit and cancel keep working inside,
    // and the text kept stays under its cap however many text nodes the element has.
    QString text;
    int children = 0;
    while (next()) {
        if (m_xml.isStartElement()) {
            ++children;
        } else if (m_xml.isEndElement()) {
            if (children-- == 0)
                break;
        } else if (children == 0 && m_xml.isCharacters()) {
            const QStringView t = m_xml.text();
            const qsizetype room = kMaxElementText - text.size();
            if (t.size() > room && cut)
                *cut = true;
            if (text.isEmpty())
                text = t.first(std::min(room, t.size())).toString(); // the usual single text node: one copy
            else
                text += t.first(std::min(room, t.size()));
        }
    }
    return text.trimmed();
}

void SafeXmlReader::skipElement()
{
    if (!m_xml.isStartElement())
        return;
    const int parent = m_depth - 1;
    while (next())
        if (m_xml.isEndElement() && m_depth == parent)
            return;
}

std::optional<double> SafeXmlReader::attributeNumber(const char *name) const
{
    const auto attrs = m_xml.attributes();
    if (!attrs.hasAttribute(QLatin1StringView(name)))
        return std::nullopt;
    bool ok = false;
    const double v = attrs.value(QLatin1StringView(name)).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString SafeXmlReader::stopReason() const
{
    if (!m_guard.stopReason().isEmpty())
        return m_guard.stopReason();
    if (m_tooDeep)
        return QStringLiteral("elements nested deeper than %1 levels; reading stopped").arg(kMaxDepth);
    if (m_xml.hasError() && !m_cancelled)
        return QStringLiteral("XML error: %1").arg(m_xml.errorString());
    return {};
}

bool SafeXmlReader::rootIs(std::initializer_list<QStringView> roots) const
{
    for (auto r : roots)
        if (m_root == r)
            return true;
    return false;
}

int SafeXmlReader::stopLine() const
{
    return m_guard.stopReason().isEmpty() ? line() : m_guard.stopLine();
}

TrackFileResult XmlTrackReader::finishXml(const QString &whyNoTrack)
{
    if (m_xml.wasCancelled())
        m_result.cancelled = true;
    const QString stop = m_xml.stopReason();
    if (!stop.isEmpty())
        problem(m_xml.stopLine(), stop);
    const bool broken = m_xml.hasError() || !m_xml.guardStop().isEmpty();
    TrackFileResult r = finish(whyNoTrack);
    if (broken && !r.cancelled && r.tracks.empty())
        r.readable = false;
    return r;
}

} // namespace trilink::maps::trackio::xml
