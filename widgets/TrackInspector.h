// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/Selection.h"
#include "core/TrackDetails.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace trilink::widgets {

// The inspector: everything known about the selected track (core/TrackDetails) as sections of field and
// value rows, in the window's units and coordinates; the view-as partner's rows stand out. Text is shown as
// plain text and every row can be copied (Ctrl+C, or the context menu copies the whole track). GUI thread.
class TrackInspector : public QWidget {
    Q_OBJECT
public:
    explicit TrackInspector(QWidget *parent = nullptr);

    void setScenario(Scenario::Ptr scenario);
    void setSelection(Selection *selection);
    void setOptions(const DetailOptions &options);

    // For the bindings (SelectionBinding.h).
    void setSelectedTrack(const QString &id);
    void setViewAs(ViewAs viewAs);

    QTreeWidget *tree() const { return m_tree; }
    // The shown rows as tab-separated text, section titles on their own lines (what Copy puts on the clipboard).
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Ctrl+C on the rows

private:
    void refill();

    Scenario::Ptr m_scenario;
    QString m_trackId;
    ViewAs m_viewAs;
    DetailOptions m_options;
    QLabel *m_empty = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace trilink::widgets
