// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TrackReader.h"

#include <QFileInfo>

#include <algorithm>

namespace trilink::maps::trackio {

TrackReader::TrackReader(const QString &fileName, const ReadControl &control)
    : m_builder(fileName, m_result.problems), m_control(control), m_fileName(fileName)
{
}

QString TrackReader::defaultTrackId() const
{
    const QString base = QFileInfo(m_fileName).completeBaseName();
    return base.isEmpty() ? QStringLiteral("track") : base;
}

TrackFileResult TrackReader::unreadable(int line, const QString &message)
{
    TrackFileResult r;
    r.readable = false;
    r.problems.push_back({m_fileName, line, message});
    return r;
}

void TrackReader::progress(double fraction) const
{
    if (m_control.progress)
        m_control.progress(std::clamp(fraction, 0.0, 1.0));
}

bool TrackReader::cancelled()
{
    if (!m_result.cancelled && m_control.cancelled())
        m_result.cancelled = true;
    return m_result.cancelled;
}

TrackFileResult TrackReader::finish(const QString &whyNoTrack)
{
    m_result.tracks = m_builder.takeTracks();
    if (m_result.tracks.empty() && m_result.problems.empty() && !m_result.cancelled && !whyNoTrack.isEmpty())
        m_builder.problem(0, whyNoTrack);
    m_builder.summariseProblems();
    if (!m_result.cancelled)
        progress(1.0);
    return std::move(m_result);
}

} // namespace trilink::maps::trackio
