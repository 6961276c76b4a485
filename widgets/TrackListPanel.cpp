// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TrackListPanel.h"

#include "widgets/PartnerChipDelegate.h"
#include "widgets/TrackListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace trilink::widgets {
namespace {

// Text matches the columns a person reads as words (id, missile, launch date, origin), not the numbers, so
// typing "15" finds Hwasong-15 and not every apogee with a 15 in it. Held-by matches the model's mask.
class TrackFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setPartner(std::optional<Partner> partner)
    {
        m_partner = partner;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (m_partner) {
            const int held = m->index(sourceRow, TrackListModel::HeldBy, sourceParent).data(Qt::UserRole).toInt();
            if (!(held & partnerBit(*m_partner)))
                return false;
        }
        if (m_text.isEmpty())
            return true;
        for (int column : {TrackListModel::Track, TrackListModel::Missile, TrackListModel::Launch, TrackListModel::Origin}) {
            if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    QString m_text;
    std::optional<Partner> m_partner;
};

} // namespace

TrackListPanel::TrackListPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrackListModel(this))
    , m_chips(new PartnerChipDelegate(this))
    , m_table(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_partnerCombo(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_baseFont(font())
{
    auto *proxy = new TrackFilterProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = proxy;

    m_filterEdit->setPlaceholderText(tr("Filter: id, missile, year…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setToolTip(tr("Shows the tracks whose id, missile, launch date or origin contains the text"));
    m_partnerCombo->addItem(tr("All tracks"));
    for (Partner p : kAllPartners)
        m_partnerCombo->addItem(tr("Held by %1").arg(partnerCode(p)), partnerIndex(p));
    m_partnerCombo->setToolTip(tr("Shows only the tracks this partner held in the current view"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(TrackListModel::HeldBy, m_chips);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
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
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TrackListModel::Launch, Qt::AscendingOrder);
    m_table->setColumnHidden(TrackListModel::Gain, true); // until a partner's view (setViewAs)

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(m_filterEdit, 1);
    filters->addWidget(m_partnerCombo);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this, proxy](const QString &text) {
        {
            QScopedValueRollback quiet(m_syncing, true);
            proxy->setText(text);
        }
        syncSelection(false);
        updateCount();
    });
    connect(m_partnerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariant v = m_partnerCombo->itemData(index);
        setPartnerFilter(v.isValid() ? std::optional<Partner>(kAllPartners[v.toInt()]) : std::nullopt);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrackListPanel::onSelectionChanged);
    setFontScale(1.0);
    updateCount();
}

TrackListPanel::~TrackListPanel() = default;

void TrackListPanel::setScenario(Scenario::Ptr scenario)
{
    {
        QScopedValueRollback quiet(m_syncing, true);
        m_model->setScenario(std::move(scenario));
    }
    // A track of the old scenario that the new one lacks is no longer selected; one it keeps stays.
    if (m_model->rowForId(m_selectedId) < 0)
        m_selectedId.clear();
    syncSelection(true);
    updateCount();
}

void TrackListPanel::setViewAs(ViewAs viewAs)
{
    {
        QScopedValueRollback quiet(m_syncing, true);
        m_model->setViewAs(viewAs);
    }
    // The gain is a partner's against the shared picture: the combined picture has none ("—" in every row),
    // so its column only takes room there, room the figures and the map need on a laptop.
    m_table->setColumnHidden(TrackListModel::Gain, !viewAs);
    fitMissileColumn();
    syncSelection(false);
    updateCount();
}

void TrackListPanel::selectTrack(const QString &id)
{
    m_selectedId = m_model->rowForId(id) >= 0 ? id : QString();
    syncSelection(true);
}

void TrackListPanel::setPartnerFilter(std::optional<Partner> partner)
{
    const int comboIndex = partner ? 1 + partnerIndex(*partner) : 0;
    if (m_partnerCombo->currentIndex() != comboIndex) {
        m_partnerCombo->setCurrentIndex(comboIndex); // comes back here through the combo's signal
        return;
    }
    {
        QScopedValueRollback quiet(m_syncing, true);
        static_cast<TrackFilterProxy *>(m_proxy)->setPartner(partner);
    }
    syncSelection(false);
    updateCount();
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
    m_table->verticalHeader()->setDefaultSectionSize(static_cast<int>(std::lround(QFontMetricsF(f).height() * 1.75)));
    fitMissileColumn();
}

bool TrackListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->horizontalHeader() && event->type() == QEvent::Resize)
        fitMissileColumn();
    return QWidget::eventFilter(watched, event);
}

void TrackListPanel::fitMissileColumn()
{
    const QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        others += c == TrackListModel::Missile || header->isSectionHidden(c) ? 0 : header->sectionSize(c);
    const int minimum = 10 * QFontMetrics(m_table->font()).averageCharWidth();
    m_table->setColumnWidth(TrackListModel::Missile, std::max(minimum, header->width() - others));
    // The table is never narrower than its figures and a short missile name, with room for the vertical
    // scroll bar whether it shows or not: a number cut at the viewport's edge reads as another number
    // ("100" for 1000), so the dock grows instead and only the missile's name elides.
    m_table->setMinimumWidth(others + minimum + m_table->verticalScrollBar()->sizeHint().width() + 2 * m_table->frameWidth());
}

void TrackListPanel::onSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString id = rows.isEmpty() ? QString() : m_model->idAt(m_proxy->mapToSource(rows.first()).row());
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit trackSelected(id);
}

void TrackListPanel::syncSelection(bool scroll)
{
    QScopedValueRollback quiet(m_syncing, true);
    QItemSelectionModel *sel = m_table->selectionModel();
    const int sourceRow = m_model->rowForId(m_selectedId);
    const QModelIndex index = sourceRow >= 0 ? m_proxy->mapFromSource(m_model->index(sourceRow, 0)) : QModelIndex();
    if (!index.isValid()) {
        sel->clearSelection();
        return;
    }
    sel->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scroll)
        m_table->scrollTo(index);
}

void TrackListPanel::updateCount()
{
    const int shown = m_proxy->rowCount(), total = m_model->rowCount();
    if (shown != total)
        m_count->setText(tr("%1 of %2").arg(shown).arg(total));
    else
        m_count->setText(total == 1 ? tr("1 track") : tr("%1 tracks").arg(total));
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
