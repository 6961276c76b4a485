// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Selection.h"

#include <QObject>

namespace trilink::widgets {

// Makes a view follow a Selection: its selected track and its view-as change with the selection's, from
// now on and at once. The view needs setSelectedTrack(QString) and setViewAs(ViewAs). GUI thread.
template <class View>
void followSelection(View *view, Selection *selection)
{
    QObject::disconnect(selection, nullptr, view, nullptr);
    QObject::connect(selection, &Selection::trackChanged, view, [view](const QString &id) { view->setSelectedTrack(id); });
    QObject::connect(selection, &Selection::viewAsChanged, view, [view](ViewAs viewAs) { view->setViewAs(viewAs); });
    view->setSelectedTrack(selection->track());
    view->setViewAs(selection->viewAs());
}

} // namespace trilink::widgets
