// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackXml.h"

#include <QIODevice>

#include <cmath>

namespace trilink::maps::trackio::xml {

SafeXmlReader::SafeXmlReader(QIODevice &in, const QString &fileName, const ReadControl &control)
    : m_in(in), m_fileName(fileName), m_control(control), m_xml(&in)
{
    m_xml.setEntityExpansionLimit(kEntityExpansionLimit);
    // Namespaces are resolved, but the readers match local names: files in the wild get the GPX 1.0/1.1
    // and KML 2.1/2.2 namespace URIs wrong often enough that insisting on them would refuse real tracks.
    m_xml.setNamespaceProcessing(true);
}

bool SafeXmlReader::next()
{
    if (m_tooDeep || m_cancelled)
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
    const auto token = m_xml.readNext();
    if (token == QXmlStreamReader::Invalid)
        return false;
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

QString SafeXmlReader::elementText()
{
    if (!m_xml.isStartElement())
        return {};
    // readElementText skips child elements itself without recursion (Qt keeps a tag stack), so a deep subtree
    // here costs memory in proportion to the file only; it ends on our end tag.
    const QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    if (m_xml.isEndElement())
        --m_depth;
    return text;
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

TrackFileResult XmlTrackReader::finishXml(const QString &whyNoTrack)
{
    if (m_xml.wasCancelled())
        m_result.cancelled = true;
    const QString stop = m_xml.stopReason();
    if (!stop.isEmpty())
        problem(m_xml.line(), stop);
    TrackFileResult r = finish(whyNoTrack);
    if (m_xml.hasError() && !r.cancelled && r.tracks.empty())
        r.readable = false;
    return r;
}

} // namespace trilink::maps::trackio::xml
