// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/Selection.h"

namespace trilink {

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

void Selection::selectTrack(const QString &id)
{
    if (id == m_track)
        return;
    m_track = id;
    emit trackChanged(id);
}

void Selection::setViewAs(ViewAs viewAs)
{
    if (viewAs == m_viewAs)
        return;
    m_viewAs = viewAs;
    emit viewAsChanged(viewAs);
}

} // namespace trilink
