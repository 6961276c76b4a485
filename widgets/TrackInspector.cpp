// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TrackInspector.h"

#include "widgets/SelectionBinding.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trilink::widgets {

TrackInspector::TrackInspector(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(tr("Select a track on the map or in the list to see its figures, custody, events and sources."), this))
    , m_tree(new QTreeWidget(this))
{
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Copy the Track's Details"), this, [this] { QApplication::clipboard()->setText(text()); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    m_tree->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree);
    refill();
}

void TrackInspector::setScenario(Scenario::Ptr scenario)
{
    m_scenario = std::move(scenario);
    refill();
}

void TrackInspector::setSelection(Selection *selection) { followSelection(this, selection); }

void TrackInspector::setOptions(const DetailOptions &options)
{
    m_options = options;
    refill();
}

void TrackInspector::setSelectedTrack(const QString &id)
{
    m_trackId = id;
    refill();
}

void TrackInspector::setViewAs(ViewAs viewAs)
{
    m_viewAs = viewAs;
    refill();
}

void TrackInspector::refill()
{
    const ScenarioTrack *t = m_scenario && !m_trackId.isEmpty() ? m_scenario->find(m_trackId) : nullptr;
    m_empty->setVisible(!t);
    m_tree->setVisible(t);
    // Which sections were folded stays as the user left it from track to track.
    QSet<QString> folded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (!m_tree->topLevelItem(i)->isExpanded())
            folded.insert(m_tree->topLevelItem(i)->text(0));
    m_tree->clear();
    if (!t)
        return;
    const QString viewer = m_viewAs ? QString(partnerCode(*m_viewAs)) : QString();
    for (const DetailSection &s : trackDetails(*t, m_scenario->sharing, m_options)) {
        auto *section = new QTreeWidgetItem(m_tree, {s.title});
        QFont bold = section->font(0);
        bold.setBold(true);
        section->setFont(0, bold);
        section->setFirstColumnSpanned(true);
        for (const DetailRow &r : s.rows) {
            auto *row = new QTreeWidgetItem(section, {r.field, r.value});
            row->setToolTip(1, r.value);
            if (!viewer.isEmpty() && r.field.startsWith(viewer + QLatin1Char(' '))) {
                row->setFont(0, bold);
                row->setFont(1, bold);
            }
        }
        section->setExpanded(!folded.contains(s.title));
    }
}

QString TrackInspector::text() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = m_tree->topLevelItem(i);
        lines << section->text(0);
        for (int j = 0; j < section->childCount(); ++j)
            lines << section->child(j)->text(0) + QLatin1Char('\t') + section->child(j)->text(1);
    }
    return lines.join(QLatin1Char('\n'));
}

bool TrackInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        QStringList lines;
        for (const QTreeWidgetItem *item : m_tree->selectedItems())
            lines << (item->parent() ? item->text(0) + QLatin1Char('\t') + item->text(1) : item->text(0));
        QApplication::clipboard()->setText(lines.isEmpty() ? text() : lines.join(QLatin1Char('\n')));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trilink::widgets
