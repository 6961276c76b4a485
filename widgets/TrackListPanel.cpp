// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TrackListPanel.h"

#include "widgets/PartnerChipDelegate.h"
#include "widgets/TrackFilterProxy.h"
#include "widgets/TrackListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace trilink::widgets {
namespace {

// A tree view has no vertical header to set the row height on: its rows are as tall as the delegate says
// (uniform heights, so the first row's hint is every row's). The panel sets `height` with the font scale.
class RowHeightDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), height));
        return s;
    }
    int height = 0;
};

} // namespace

TrackListPanel::TrackListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrackListModel(this))
    , m_chips(new PartnerChipDelegate(this))
    , m_tree(new QTreeView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_partnerCombo(new QComboBox(this))
    , m_yearCombo(new QComboBox(this))
    , m_classCombo(new QComboBox(this))
    , m_missileCombo(new QComboBox(this))
    , m_outcomeCombo(new QComboBox(this))
    , m_siteCombo(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_baseFont(font())
{
    m_proxy = new TrackFilterProxy(m_model, this);

    m_filterEdit->setPlaceholderText(tr("Filter: id, missile, site, event…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Shows the tracks whose id (or former id), missile, launch date, site or event contains the text"));
    m_partnerCombo->addItem(tr("Held by anyone"));
    for (Partner p : kAllPartners)
        m_partnerCombo->addItem(tr("Held by %1").arg(partnerCode(p)), partnerIndex(p));
    m_partnerCombo->setToolTip(tr("Shows only the tracks this partner held in the current view"));
    m_yearCombo->setToolTip(tr("Launch year (UTC)"));
    m_classCombo->setToolTip(tr("Missile class, as the sources give it"));
    m_missileCombo->setToolTip(tr("Missile, as the record names it (most launched first)"));
    m_outcomeCombo->setToolTip(tr("Outcome as reported (empty in the record: unknown)"));
    m_siteCombo->setToolTip(tr("Launch site (most used first)"));
    // Narrow combos (their lists open as wide as they need): the filters must not make the dock wider than
    // its table, so the map keeps the window.
    for (QComboBox *box : {m_partnerCombo, m_yearCombo, m_classCombo, m_missileCombo, m_outcomeCombo, m_siteCombo}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new RowHeightDelegate(m_tree));
    m_tree->setItemDelegateForColumn(TrackListModel::HeldBy, m_chips);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setExpandsOnDoubleClick(false); // a double click plays the event instead
    m_tree->setIndentation(QFontMetrics(font()).averageCharWidth() * 2); // a salvo's missiles, slightly in
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The missile names are the only long text; they take what is left and elide when the dock is narrow.
    header->setSectionResizeMode(TrackListModel::Missile, QHeaderView::Interactive);
    header->installEventFilter(this);
    // The header resizes its to-contents sections one by one in a deferred pass; fitting in the middle of
    // that pass would use half-updated widths, so fit once the pass is over.
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == TrackListModel::Missile || m_fitPending)
            return;
        m_fitPending = true;
        QMetaObject::invokeMethod(this, [this] {
            m_fitPending = false;
            fitMissileColumn();
        }, Qt::QueuedConnection);
    });
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(TrackListModel::Launch, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TrackListPanel::showHeaderMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    for (const QString &key : defaultHiddenColumns())
        m_hidden.insert(TrackListModel::columnForKey(key));
    applyColumns();

    // The filters in a grid of three (text and held-by; year, class, outcome; missile and site) and the
    // count under the table, so that the dock is as narrow as its table.
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    filters->setVerticalSpacing(4);
    filters->addWidget(m_filterEdit, 0, 0, 1, 2);
    filters->addWidget(m_partnerCombo, 0, 2);
    filters->addWidget(m_yearCombo, 1, 0);
    filters->addWidget(m_classCombo, 1, 1);
    filters->addWidget(m_outcomeCombo, 1, 2);
    filters->addWidget(m_missileCombo, 2, 0, 1, 2);
    filters->addWidget(m_siteCombo, 2, 2);
    for (int c = 0; c < 3; ++c)
        filters->setColumnStretch(c, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_count);
    m_count->setWordWrap(true);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &TrackListPanel::applyControls);
    for (QComboBox *box : {m_partnerCombo, m_yearCombo, m_classCombo, m_missileCombo, m_outcomeCombo, m_siteCombo})
        connect(box, &QComboBox::currentIndexChanged, this, &TrackListPanel::applyControls);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrackListPanel::onSelectionChanged);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        emit playRequested(TrackGroup::Kind::Event, m_model->data(source, TrackListModel::EventRole).toString());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &TrackListPanel::showContextMenu);
    fillFilterChoices();
    setFontScale(1.0);
    updateCount();
}

TrackListPanel::~TrackListPanel() = default;

void TrackListPanel::setScenario(Scenario::Ptr scenario)
{
    {
        QScopedValueRollback quiet(m_syncing, true);
        m_model->setScenario(std::move(scenario));
        fillFilterChoices();
    }
    // A track of the old scenario that the new one lacks is no longer selected; one it keeps stays.
    if (!m_model->indexForId(m_selectedId).isValid())
        m_selectedId.clear();
    syncSelection(true);
    updateCount();
}

void TrackListPanel::fillFilterChoices()
{
    QScopedValueRollback quiet(m_applying, true);
    const TrackFilter keep = m_proxy->filter();
    const Scenario::Ptr s = m_model->scenario();
    const TrackFilter::Choices c = s ? TrackFilter::choices(*s) : TrackFilter::Choices{};
    const auto refill = [](QComboBox *box, const QString &all, const QList<std::pair<QString, QVariant>> &items, const QVariant &current) {
        box->clear();
        box->addItem(all);
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<std::pair<QString, QVariant>> years, classes, missiles, sites;
    for (int y : c.years)
        years.append({QString::number(y), y});
    for (const QString &k : c.classes)
        classes.append({k == u"unknown" ? tr("class unknown") : k.toUpper(), k});
    for (const QString &m : c.missiles)
        missiles.append({m, m});
    for (const auto &[key, name] : c.sites)
        sites.append({name, key});
    refill(m_yearCombo, tr("Every year"), years, keep.year ? QVariant(*keep.year) : QVariant());
    refill(m_classCombo, tr("Every class"), classes, keep.missileClass);
    refill(m_missileCombo, tr("Every missile"), missiles, keep.missile);
    refill(m_siteCombo, tr("Every site"), sites, keep.siteKey);
    refill(m_outcomeCombo, tr("Any outcome"),
           {{tr("Success"), static_cast<int>(LaunchOutcome::Success)},
            {tr("Failure"), static_cast<int>(LaunchOutcome::Failure)},
            {tr("Outcome unknown"), static_cast<int>(LaunchOutcome::Unknown)}},
           keep.outcome ? QVariant(static_cast<int>(*keep.outcome)) : QVariant());
}

void TrackListPanel::applyControls()
{
    if (m_applying)
        return;
    TrackFilter f;
    f.text = m_filterEdit->text();
    const auto value = [](QComboBox *box) { return box->currentData(); };
    if (const QVariant v = value(m_partnerCombo); v.isValid())
        f.heldBy = partnerBit(kAllPartners[v.toInt()]);
    if (const QVariant v = value(m_yearCombo); v.isValid())
        f.year = v.toInt();
    f.missileClass = value(m_classCombo).toString();
    f.missile = value(m_missileCombo).toString();
    f.siteKey = value(m_siteCombo).toString();
    if (const QVariant v = value(m_outcomeCombo); v.isValid())
        f.outcome = static_cast<LaunchOutcome>(v.toInt());
    if (f == m_proxy->filter())
        return;
    {
        QScopedValueRollback quiet(m_syncing, true);
        m_proxy->setFilter(f);
    }
    // A few groups: open them, so a filtered list shows its missiles at once.
    if (!f.isEmpty() && m_proxy->rowCount() <= 12)
        m_tree->expandAll();
    syncSelection(false);
    updateCount();
    emit filterChanged(f);
}

void TrackListPanel::setFilter(const TrackFilter &f)
{
    {
        QScopedValueRollback quiet(m_applying, true);
        m_filterEdit->setText(f.text);
        m_partnerCombo->setCurrentIndex(0);
        for (Partner p : kAllPartners)
            if (f.heldBy == partnerBit(p))
                m_partnerCombo->setCurrentIndex(1 + partnerIndex(p));
        m_yearCombo->setCurrentIndex(std::max(0, m_yearCombo->findData(f.year ? QVariant(*f.year) : QVariant())));
        m_classCombo->setCurrentIndex(std::max(0, m_classCombo->findData(f.missileClass)));
        m_missileCombo->setCurrentIndex(std::max(0, m_missileCombo->findData(f.missile)));
        m_siteCombo->setCurrentIndex(std::max(0, m_siteCombo->findData(f.siteKey)));
        m_outcomeCombo->setCurrentIndex(std::max(0, m_outcomeCombo->findData(f.outcome ? QVariant(static_cast<int>(*f.outcome)) : QVariant())));
    }
    applyControls();
}

const TrackFilter &TrackListPanel::filter() const { return m_proxy->filter(); }

QSortFilterProxyModel *TrackListPanel::proxyModel() const { return m_proxy; }

QModelIndex TrackListPanel::viewIndexForId(const QString &id) const { return m_proxy->mapFromSource(m_model->indexForId(id)); }

void TrackListPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->indexAt(pos));
    if (!index.isValid())
        return;
    const QStringList ids = m_model->trackIdsAt(index);
    const Scenario::Ptr s = m_model->scenario();
    if (ids.isEmpty() || !s)
        return;
    QMenu menu(this);
    const auto add = [&](TrackGroup::Kind kind, const QString &text) {
        if (const auto g = trackgroups::containing(*s, kind, ids.front()))
            connect(menu.addAction(text.arg(g->label)), &QAction::triggered, this, [this, kind, key = g->key] { emit playRequested(kind, key); });
    };
    add(TrackGroup::Kind::Event, tr("Play the event: %1"));
    add(TrackGroup::Kind::Day, tr("Play the day: %1"));
    add(TrackGroup::Kind::Year, tr("Play the year: %1"));
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void TrackListPanel::setViewAs(ViewAs viewAs)
{
    {
        QScopedValueRollback quiet(m_syncing, true);
        m_model->setViewAs(viewAs);
    }
    // The gain is a partner's against the shared picture: the combined picture has none ("—" in every row),
    // so its column only takes room there, room the figures and the map need on a laptop.
    applyColumns();
    syncSelection(false);
    updateCount();
}

QStringList TrackListPanel::defaultHiddenColumns()
{
    return {TrackListModel::columnKey(TrackListModel::Track), TrackListModel::columnKey(TrackListModel::Apogee),
            TrackListModel::columnKey(TrackListModel::Flight), TrackListModel::columnKey(TrackListModel::Origin)};
}

QStringList TrackListPanel::hiddenColumns() const
{
    QStringList keys;
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        if (m_hidden.contains(c))
            keys << TrackListModel::columnKey(c);
    return keys;
}

void TrackListPanel::setHiddenColumns(const QStringList &keys)
{
    QSet<int> hidden;
    for (const QString &key : keys)
        if (const int c = TrackListModel::columnForKey(key); c >= 0)
            hidden.insert(c);
    bool anyShown = false; // outside a partner's view, where the gain never shows
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        anyShown = anyShown || (c != TrackListModel::Gain && !hidden.contains(c));
    if (!anyShown)
        hidden.remove(TrackListModel::Missile);
    m_hidden = hidden;
    applyColumns();
}

void TrackListPanel::applyColumns()
{
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        m_tree->setColumnHidden(c, m_hidden.contains(c) || (c == TrackListModel::Gain && !m_model->viewAs()));
    // The expand arrows of a salvo go in the first column shown (the id's, or else the missile's).
    const QHeaderView *header = m_tree->header();
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v))) {
            m_tree->setTreePosition(header->logicalIndex(v));
            break;
        }
    fitMissileColumn();
}

void TrackListPanel::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    int shown = 0;
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        shown += !m_tree->isColumnHidden(c);
    for (int c = 0; c < TrackListModel::ColumnCount; ++c) {
        QString name = m_model->headerData(c, Qt::Horizontal).toString();
        if (c == TrackListModel::Gain)
            name = tr("%1 (in a partner's view)").arg(name);
        QAction *a = menu.addAction(name);
        a->setCheckable(true);
        a->setChecked(!m_hidden.contains(c));
        a->setEnabled(m_tree->isColumnHidden(c) || shown > 1); // one column always stays
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            if (on)
                m_hidden.remove(c);
            else
                m_hidden.insert(c);
            applyColumns();
            emit columnsChanged(hiddenColumns());
        });
    }
    menu.exec(m_tree->header()->mapToGlobal(pos));
}

void TrackListPanel::setUnits(const UnitSystem &units)
{
    m_model->setUnits(units);
    fitMissileColumn();
}

void TrackListPanel::selectTrack(const QString &id)
{
    m_selectedId = m_model->indexForId(id).isValid() ? id : QString();
    syncSelection(true);
}

void TrackListPanel::setPartnerFilter(std::optional<Partner> partner)
{
    m_partnerCombo->setCurrentIndex(partner ? 1 + partnerIndex(*partner) : 0); // applied through the combo's signal
}

void TrackListPanel::setFontScale(double scale)
{
    m_fontScale = std::clamp(scale, 0.5, 4.0);
    QFont f = m_baseFont;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * m_fontScale);
    else
        f.setPixelSize(std::max(8, static_cast<int>(std::lround(f.pixelSize() * m_fontScale))));
    setFont(f);
    m_chips->setFontScale(m_fontScale);
    // Rows a little more than one and a half lines tall: room for the chips and easy to hit.
    static_cast<RowHeightDelegate *>(m_tree->itemDelegate())->height = static_cast<int>(std::lround(QFontMetricsF(f).height() * 1.75));
    m_tree->doItemsLayout();
    fitMissileColumn();
}

bool TrackListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->header() && event->type() == QEvent::Resize)
        fitMissileColumn();
    return QWidget::eventFilter(watched, event);
}

void TrackListPanel::fitMissileColumn()
{
    const QHeaderView *header = m_tree->header();
    int others = 0;
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        others += c == TrackListModel::Missile || header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    // Room for "Hwasong-15" or "2 × KN-23" before the name elides: it is what a briefer reads first.
    const int minimum = header->isSectionHidden(TrackListModel::Missile) ? 0 : 12 * QFontMetrics(m_tree->font()).averageCharWidth();
    if (minimum > 0)
        m_tree->setColumnWidth(TrackListModel::Missile, std::max(minimum, header->width() - others));
    // The table is never narrower than its figures and a short missile name, with room for the vertical
    // scroll bar whether it shows or not: a number cut at the viewport's edge reads as another number
    // ("100" for 1000), so the dock grows instead and only the missile's name elides.
    m_tree->setMinimumWidth(others + minimum + m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth());
}

void TrackListPanel::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    const QModelIndex source = rows.isEmpty() ? QModelIndex() : m_proxy->mapToSource(rows.first());
    QString id = m_model->idAt(source);
    if (id.isEmpty() && source.isValid()) {
        // An event's own row: open it and pick its first missile the filters show.
        m_tree->expand(rows.first());
        const QModelIndex first = m_proxy->index(0, 0, rows.first());
        id = m_model->idAt(m_proxy->mapToSource(first));
        if (!id.isEmpty()) {
            m_selectedId = id;
            syncSelection(true);
            emit trackSelected(id);
            return;
        }
    }
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit trackSelected(id);
}

void TrackListPanel::syncSelection(bool scroll)
{
    QScopedValueRollback quiet(m_syncing, true);
    QItemSelectionModel *sel = m_tree->selectionModel();
    const QModelIndex index = viewIndexForId(m_selectedId);
    if (!index.isValid()) {
        sel->clearSelection();
        return;
    }
    if (index.parent().isValid())
        m_tree->expand(index.parent());
    sel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll)
        m_tree->scrollTo(index);
}

void TrackListPanel::updateCount()
{
    const int shown = m_proxy->acceptedTracks(), total = m_model->trackCount();
    const Scenario::Ptr s = m_model->scenario();
    const int left = s ? static_cast<int>(s->withoutEnoughFacts.size()) : 0;
    QString text = shown != total ? tr("%1 of %2 tracks").arg(shown).arg(total) : total == 1 ? tr("1 track") : tr("%1 tracks").arg(total);
    if (left > 0) {
        text += tr(" · %1 without a track").arg(left);
        QStringList lines{tr("Missiles of the record with too few facts for a track:")};
        for (const CatalogExclusion &e : s->withoutEnoughFacts)
            lines << QStringLiteral("%1 (%2): %3").arg(e.facts.id, e.facts.missile, e.reason);
        m_count->setToolTip(lines.join(u'\n'));
    }
    m_count->setText(text);
}

void TrackListPanel::setSelection(Selection *selection)
{
    disconnect(selection, nullptr, this, nullptr);
    connect(selection, &Selection::trackChanged, this, &TrackListPanel::selectTrack);
    connect(selection, &Selection::viewAsChanged, this, &TrackListPanel::setViewAs);
    // A row the user picks selects its track everywhere; a cleared row (the filter hid it) does not
    // clear the selection.
    connect(this, &TrackListPanel::trackSelected, selection, [selection](const QString &id) {
        if (!id.isEmpty())
            selection->selectTrack(id);
    });
    selectTrack(selection->track());
    setViewAs(selection->viewAs());
}

} // namespace trilink::widgets
