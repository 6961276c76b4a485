// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "core/AttributionEngine.h"
#include "core/Scenario.h"
#include "core/TrackGroups.h"
#include "core/Text.h"
#include "maps/PartnerStyle.h"
#include "widgets/PartnerChipDelegate.h"
#include "widgets/TrackListModel.h"
#include "widgets/TrackListPanel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QTimer>
#include <QMenu>
#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <set>

using namespace trilink;
using widgets::TrackListModel;
using widgets::TrackListPanel;

namespace {

constexpr PartnerMask kUsa = partnerBit(Partner::USA), kKor = partnerBit(Partner::KOR), kJpn = partnerBit(Partner::JPN);

struct Hold {
    PartnerMask partner;
    int fromS, toS; // inclusive sample times
};

// A 100 s flight sampled every second; each sample held by the partners whose spans cover it.
ScenarioTrack handTrack(const char *id, const char *missile, QDateTime launch, double apogeeKm, double rangeKm,
                        std::vector<Hold> holds)
{
    ScenarioTrack t;
    t.id = QString::fromLatin1(id);
    t.label = QString::fromLatin1(missile);
    t.siteName = QStringLiteral("Test site");
    t.launchMsUtc = launch.toMSecsSinceEpoch();
    t.origin = TrackOrigin::Modelled;
    t.flightTimeS = 100;
    t.apogeeM = apogeeKm * 1000;
    t.rangeM = rangeKm * 1000;
    std::vector<double> times;
    std::vector<PartnerMask> masks;
    for (int s = 0; s <= 100; ++s) {
        times.push_back(s);
        PartnerMask m = 0;
        for (const Hold &h : holds)
            if (s >= h.fromS && s <= h.toS)
                m |= h.partner;
        masks.push_back(m);
    }
    t.attribution = AttributionEngine::fromPartnerMasks(times, masks, 100);
    return t;
}

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// T-A: USA holds 10..30 s, KOR 40..90 s. As KOR alone: first at 40 s, 51 of 100 s held. Shared, KOR gets
//      USA data after the 4 s KOR-USA link: first at 14 s, held [14, 35) + [40, 91) = 72 s. Gain: 26 s, +21 %.
// T-B: only JPN, 20..80 s. KOR never holds it alone; shared, JPN data reach KOR after two links (8 s):
//      [28, 89) = 61 s, so "seen only through sharing · +61 pts held".
// T-C: nobody holds it.
// Apogees 1000, 500, 2500 km: by apogee the order is B, A, C; by launch A, B, C.
Scenario::Ptr handScenario()
{
    auto s = std::make_shared<Scenario>();
    s->sharing.korUsaLatencyS = 4;
    s->sharing.jpnUsaLatencyS = 4;
    s->tracks.push_back(handTrack("T-A", "Hwasong-15", utc(2017, 11, 28, 18, 17), 1000, 900, {{kUsa, 10, 30}, {kKor, 40, 90}}));
    s->tracks.push_back(handTrack("T-B", "Hwasong-12", utc(2022, 10, 4, 22, 23), 500, 4500, {{kJpn, 20, 80}}));
    s->tracks.push_back(handTrack("T-C", "KN-25", utc(2023, 7, 12, 1, 0), 2500, 1000, {}));
    s->tracks.back().origin = TrackOrigin::Published;
    return s;
}

// The ids in the order the table shows them.
QStringList shownIds(const TrackListPanel &panel)
{
    QStringList ids;
    const QSortFilterProxyModel *proxy = panel.proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        ids << proxy->index(row, TrackListModel::Track).data().toString();
    return ids;
}

QModelIndex sourceIndex(const TrackListModel &model, const char *id, int column)
{
    return model.indexForId(QString::fromLatin1(id), column);
}

struct PanelFixture {
    TrackListPanel panel;
    PanelFixture()
    {
        panel.setScenario(handScenario());
        panel.resize(1000, 400);
        panel.show();
    }
    QPoint rowCentre(const QString &id) const
    {
        const QModelIndex index = panel.proxyModel()->mapFromSource(panel.model()->indexForId(id, TrackListModel::Missile));
        return panel.treeView()->visualRect(index).center();
    }
};

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

TEST(TrackListModel, ShowsOneRowPerTrackWithFormattedColumns)
{
    TrackListModel model;
    EXPECT_EQ(model.rowCount(), 0);
    model.setScenario(handScenario());
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), TrackListModel::ColumnCount);
    EXPECT_EQ(model.indexForId(QStringLiteral("T-B")).row(), 1);
    EXPECT_FALSE(model.indexForId(QStringLiteral("nope")).isValid());
    EXPECT_EQ(model.idAt(model.index(2, 0)), QStringLiteral("T-C"));
    EXPECT_TRUE(model.idAt(model.index(3, 0)).isEmpty());

    const auto text = [&](int column) { return model.index(0, column).data().toString(); };
    EXPECT_EQ(text(TrackListModel::Track), QStringLiteral("T-A"));
    EXPECT_EQ(text(TrackListModel::Missile), QStringLiteral("Hwasong-15"));
    EXPECT_EQ(text(TrackListModel::Launch), QStringLiteral("2017-11-28 18:17Z"));
    EXPECT_EQ(text(TrackListModel::Apogee), QStringLiteral("1000"));
    EXPECT_EQ(text(TrackListModel::Range), QStringLiteral("900"));
    EXPECT_EQ(text(TrackListModel::Flight), QStringLiteral("1:40"));
    EXPECT_EQ(text(TrackListModel::HeldBy), QStringLiteral("USA KOR"));
    EXPECT_EQ(text(TrackListModel::Origin), QStringLiteral("modelled"));
    EXPECT_EQ(text(TrackListModel::Gain), QStringLiteral("—"));
    EXPECT_EQ(model.index(2, TrackListModel::Origin).data().toString(), QStringLiteral("published"));
    EXPECT_EQ(text::durationClock(3181.6), QStringLiteral("53:02")); // the flight column's format

    // Raw values for sorting.
    EXPECT_EQ(model.index(0, TrackListModel::Launch).data(Qt::UserRole).toLongLong(),
              utc(2017, 11, 28, 18, 17).toMSecsSinceEpoch());
    EXPECT_DOUBLE_EQ(model.index(1, TrackListModel::Range).data(Qt::UserRole).toDouble(), 4500.0);
    EXPECT_EQ(model.index(0, TrackListModel::HeldBy).data(Qt::UserRole).toInt(), kUsa | kKor);
    EXPECT_EQ(model.index(2, TrackListModel::HeldBy).data(Qt::UserRole).toInt(), 0);

    const auto align = [&](int column) { return model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>(); };
    EXPECT_TRUE(align(TrackListModel::Apogee) & Qt::AlignRight);
    EXPECT_TRUE(align(TrackListModel::Flight) & Qt::AlignRight);
    EXPECT_TRUE(align(TrackListModel::Missile) & Qt::AlignLeft);
}

TEST(TrackListModel, ToolTipGivesEachPartnersFirstDetectionAndHeldShare)
{
    TrackListModel model;
    model.setScenario(handScenario());
    const QString tip = model.index(0, TrackListModel::Apogee).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("USA: first detection T+0:10, held 21%"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("KOR: first detection T+0:40, held 51%"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("JPN: not held"))) << tip.toStdString();
    model.setViewAs(Partner::KOR);
    const QString korTip = model.index(0, TrackListModel::Track).data(Qt::ToolTipRole).toString();
    EXPECT_FALSE(korTip.contains(QStringLiteral("USA:"))) << korTip.toStdString();
    EXPECT_TRUE(korTip.contains(QStringLiteral("Shared picture: first T+0:14, held 72%"))) << korTip.toStdString();
}

// A hover on a row says the launch in one line in the user's units, and where its figures come from
// (issue 20). By hand, T-A: 900 km / 1.852 = 486 nm, 1000 km / 0.3048 = 3,281 kft, 100 s = 1 min 40 s.
TEST(TrackListModel, ToolTipSummarisesTheLaunchAndGivesItsSources)
{
    auto scenario = std::make_shared<Scenario>(*handScenario());
    scenario->tracks[1].source = QStringLiteral("flight.csv");
    scenario->tracks[0].facts.emplace();
    scenario->tracks[0].facts->sources = QStringLiteral("CNS North Korea Missile Test Database; Japan MOD press release 2017-11-29");
    TrackListModel model;
    model.setScenario(scenario);
    model.setUnits(UnitSystem::nautical());
    const QString tip = model.index(0, TrackListModel::Missile).data(Qt::ToolTipRole).toString();
    EXPECT_EQ(tip.section(QLatin1Char('\n'), 0, 0),
              QStringLiteral("Hwasong-15 (T-A): 2017-11-28 18:17Z from Test site, 486 nm range, 3,281 kft apogee, 1 min 40 s flight, modelled"));
    EXPECT_TRUE(tip.contains(QStringLiteral("\nSources:\n  CNS North Korea Missile Test Database\n  Japan MOD press release 2017-11-29"))) << tip.toStdString();
    EXPECT_EQ(model.index(0, TrackListModel::Range).data().toString(), QStringLiteral("486"));
    EXPECT_EQ(model.headerData(TrackListModel::Range, Qt::Horizontal).toString(), QStringLiteral("Range nm"));
    EXPECT_EQ(model.headerData(TrackListModel::Apogee, Qt::Horizontal).toString(), QStringLiteral("Apogee kft"));
    EXPECT_TRUE(model.index(1, TrackListModel::Missile).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("Source: flight.csv")));
}

TEST(TrackListModel, ViewAsKorShowsOnlyWhatKorHeldAndTheSharingGain)
{
    TrackListModel model;
    model.setScenario(handScenario());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setViewAs(Partner::KOR);
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(reset.size(), 0); // a reset would drop the selection

    const QModelIndex heldA = sourceIndex(model, "T-A", TrackListModel::HeldBy);
    const QModelIndex heldB = sourceIndex(model, "T-B", TrackListModel::HeldBy);
    EXPECT_EQ(heldA.data(Qt::UserRole).toInt(), kKor);
    EXPECT_EQ(heldA.data().toString(), QStringLiteral("KOR"));
    EXPECT_EQ(heldB.data(Qt::UserRole).toInt(), 0);
    EXPECT_EQ(heldB.data().toString(), QString());
    EXPECT_EQ(heldA.data(TrackListModel::ChipSlotsRole).toInt(), kKor);
    EXPECT_EQ(model.heldBy(model.indexForId(QStringLiteral("T-A"))), kKor);

    // The hand figures of handScenario(): 40 s alone - 14 s shared; 72% - 51% = 21 points of the flight.
    EXPECT_EQ(sourceIndex(model, "T-A", TrackListModel::Gain).data().toString(), QStringLiteral("26 s earlier · +21 pts held"));
    EXPECT_DOUBLE_EQ(sourceIndex(model, "T-A", TrackListModel::Gain).data(Qt::UserRole).toDouble(), 26.0);
    EXPECT_EQ(sourceIndex(model, "T-B", TrackListModel::Gain).data().toString(), QStringLiteral("seen only through sharing · +61 pts held"));
    EXPECT_EQ(sourceIndex(model, "T-C", TrackListModel::Gain).data().toString(), QStringLiteral("not seen"));

    model.setViewAs(std::nullopt);
    EXPECT_EQ(heldA.data(Qt::UserRole).toInt(), kUsa | kKor);
    EXPECT_EQ(heldB.data(Qt::UserRole).toInt(), kJpn);
    EXPECT_EQ(heldA.data(TrackListModel::ChipSlotsRole).toInt(), kUsa | kKor | kJpn);
    EXPECT_EQ(sourceIndex(model, "T-A", TrackListModel::Gain).data().toString(), QStringLiteral("—"));
}

TEST(TrackListPanel, SortsByLaunchAtFirstAndByApogeeWhenAsked)
{
    TrackListPanel panel;
    panel.setScenario(handScenario());
    EXPECT_EQ(panel.proxyModel()->rowCount(), 3);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-A", "T-B", "T-C"}));
    panel.treeView()->sortByColumn(TrackListModel::Apogee, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-B", "T-A", "T-C"}));
    panel.treeView()->sortByColumn(TrackListModel::Apogee, Qt::DescendingOrder);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-C", "T-A", "T-B"}));
    // Range 900, 4500, 1000 km: numeric, not text, order (text would put "4500" last and "900" after "1000").
    panel.treeView()->sortByColumn(TrackListModel::Range, Qt::AscendingOrder);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-A", "T-C", "T-B"}));
}

TEST(TrackListPanel, ClickingAHeaderSortsByThatColumn)
{
    PanelFixture f;
    QHeaderView *header = f.panel.treeView()->header();
    const int range = TrackListModel::Range; // shown by default (the apogee is not)
    const QPoint rangeHeader(header->sectionViewportPosition(range) + header->sectionSize(range) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, rangeHeader);
    const QStringList first = shownIds(f.panel);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, rangeHeader);
    const QStringList second = shownIds(f.panel);
    // One click sorts one way, the next the other, by the numbers (900, 4500, 1000 km).
    EXPECT_TRUE((first == QStringList{"T-A", "T-C", "T-B"} && second == QStringList{"T-B", "T-C", "T-A"}) ||
                (first == QStringList{"T-B", "T-C", "T-A"} && second == QStringList{"T-A", "T-C", "T-B"}))
        << first.join(' ').toStdString() << " / " << second.join(' ').toStdString();
}

// What a briefer reads is shown at first (missile, launch, range, held by); the header's context menu
// shows and hides the rest, and says so for the window to remember (issue 20, item 2).
TEST(TrackListPanel, TheHeaderMenuChoosesTheColumns)
{
    PanelFixture f;
    QTreeView *tree = f.panel.treeView();
    for (int c : {TrackListModel::Missile, TrackListModel::Launch, TrackListModel::Range, TrackListModel::HeldBy})
        EXPECT_FALSE(tree->isColumnHidden(c)) << c;
    for (int c : {TrackListModel::Track, TrackListModel::Apogee, TrackListModel::Flight, TrackListModel::Origin, TrackListModel::Gain})
        EXPECT_TRUE(tree->isColumnHidden(c)) << c;
    EXPECT_EQ(tree->treePosition(), TrackListModel::Missile); // a salvo's arrow in the first column shown
    QSignalSpy changed(&f.panel, &TrackListPanel::columnsChanged);
    // The menu opens on a right click on the header; pick "Apogee km" in it.
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_TRUE(menu);
        for (QAction *a : menu->actions())
            if (a->text() == QStringLiteral("Apogee km"))
                a->trigger();
        menu->close();
    });
    QHeaderView *header = tree->header();
    emit header->customContextMenuRequested(QPoint(10, header->height() / 2));
    EXPECT_FALSE(tree->isColumnHidden(TrackListModel::Apogee));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_FALSE(changed.front().front().toStringList().contains(QStringLiteral("apogee")));
    EXPECT_EQ(f.panel.hiddenColumns(), (QStringList{"track", "flight", "origin"}));
    // The gain only ever shows in a partner's view.
    f.panel.setViewAs(Partner::KOR);
    EXPECT_FALSE(tree->isColumnHidden(TrackListModel::Gain));
    f.panel.setViewAs(ViewAs{});
    EXPECT_TRUE(tree->isColumnHidden(TrackListModel::Gain));
    // Hiding everything keeps the missile.
    QStringList all;
    for (int c = 0; c < TrackListModel::ColumnCount; ++c)
        all << TrackListModel::columnKey(c);
    f.panel.setHiddenColumns(all);
    EXPECT_FALSE(tree->isColumnHidden(TrackListModel::Missile));
}

TEST(TrackListPanel, TextFilterHidesRowsThatDoNotMatch)
{
    TrackListPanel panel;
    panel.setScenario(handScenario());
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("HWASONG"));
    EXPECT_EQ(shownIds(panel), (QStringList{"T-A", "T-B"}));
    panel.filterEdit()->setText(QStringLiteral("2022"));
    EXPECT_EQ(shownIds(panel), (QStringList{"T-B"}));
    panel.filterEdit()->setText(QStringLiteral("published"));
    EXPECT_EQ(shownIds(panel), (QStringList{"T-C"}));
    panel.filterEdit()->setText(QStringLiteral("t-c"));
    EXPECT_EQ(shownIds(panel), (QStringList{"T-C"}));
    panel.filterEdit()->setText(QStringLiteral("4500")); // a range, not a text column
    EXPECT_TRUE(shownIds(panel).isEmpty());
    panel.filterEdit()->clear();
    EXPECT_EQ(panel.proxyModel()->rowCount(), 3);
}

TEST(TrackListPanel, PartnerFilterFollowsTheView)
{
    TrackListPanel panel;
    panel.setScenario(handScenario());
    panel.setPartnerFilter(Partner::USA);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-A"}));
    panel.setPartnerFilter(Partner::JPN);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-B"}));
    // As KOR the JPN-held track is not JPN's to show: KOR's picture has only KOR's chips.
    panel.setViewAs(Partner::KOR);
    EXPECT_TRUE(shownIds(panel).isEmpty());
    panel.setPartnerFilter(Partner::KOR);
    EXPECT_EQ(shownIds(panel), (QStringList{"T-A"}));
    panel.setPartnerFilter(std::nullopt);
    EXPECT_EQ(panel.proxyModel()->rowCount(), 3);
}

TEST(TrackListPanel, ClickingOrKeyingToARowEmitsItsTrack)
{
    PanelFixture f;
    QSignalSpy selected(&f.panel, &TrackListPanel::trackSelected);
    QTest::mouseClick(f.panel.treeView()->viewport(), Qt::LeftButton, Qt::NoModifier, f.rowCentre(QStringLiteral("T-B")));
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toString(), QStringLiteral("T-B"));
    EXPECT_EQ(f.panel.selectedTrack(), QStringLiteral("T-B"));
    QTest::keyClick(f.panel.treeView(), Qt::Key_Down);
    ASSERT_EQ(selected.size(), 2);
    EXPECT_EQ(selected.at(1).at(0).toString(), QStringLiteral("T-C"));
    // Sorted by apogee the row under the same place is another track, and clicking it says so.
    f.panel.treeView()->sortByColumn(TrackListModel::Apogee, Qt::AscendingOrder);
    EXPECT_EQ(selected.size(), 2); // re-sorting is not a user selection
    QTest::mouseClick(f.panel.treeView()->viewport(), Qt::LeftButton, Qt::NoModifier, f.rowCentre(QStringLiteral("T-A")));
    ASSERT_EQ(selected.size(), 3);
    EXPECT_EQ(selected.at(2).at(0).toString(), QStringLiteral("T-A"));
}

TEST(TrackListPanel, SelectTrackSelectsQuietly)
{
    PanelFixture f;
    QSignalSpy selected(&f.panel, &TrackListPanel::trackSelected);
    // Wired both ways as the main window does: no echo, no loop.
    QObject::connect(&f.panel, &TrackListPanel::trackSelected, &f.panel, &TrackListPanel::selectTrack);
    f.panel.selectTrack(QStringLiteral("T-C"));
    EXPECT_EQ(selected.size(), 0);
    EXPECT_EQ(f.panel.selectedTrack(), QStringLiteral("T-C"));
    const QModelIndexList rows = f.panel.treeView()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().data().toString(), QStringLiteral("T-C"));

    // Hidden by the filter it stays the selection, and comes back highlighted; still no signal.
    f.panel.filterEdit()->setText(QStringLiteral("hwasong"));
    EXPECT_TRUE(f.panel.treeView()->selectionModel()->selectedRows().isEmpty());
    EXPECT_EQ(f.panel.selectedTrack(), QStringLiteral("T-C"));
    f.panel.filterEdit()->clear();
    ASSERT_EQ(f.panel.treeView()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(f.panel.treeView()->selectionModel()->selectedRows().first().data().toString(), QStringLiteral("T-C"));
    f.panel.setViewAs(Partner::JPN);
    EXPECT_EQ(f.panel.treeView()->selectionModel()->selectedRows().size(), 1);

    f.panel.selectTrack(QStringLiteral("no such track"));
    EXPECT_TRUE(f.panel.selectedTrack().isEmpty());
    EXPECT_TRUE(f.panel.treeView()->selectionModel()->selectedRows().isEmpty());
    EXPECT_EQ(selected.size(), 0);
}

TEST(TrackListPanel, HeldByChipsArePaintedInThePartnerColours)
{
    PanelFixture f;
    QTreeView *table = f.panel.treeView();
    auto *delegate = qobject_cast<widgets::PartnerChipDelegate *>(table->itemDelegateForColumn(TrackListModel::HeldBy));
    ASSERT_NE(delegate, nullptr);
    const QImage image = table->viewport()->grab().toImage();
    const auto chipsOf = [&](const char *id) {
        QStyleOptionViewItem opt;
        opt.font = table->font();
        const QModelIndex index = f.panel.proxyModel()->mapFromSource(sourceIndex(*f.panel.model(), id, TrackListModel::HeldBy));
        opt.rect = table->visualRect(index);
        return delegate->chipRects(opt, kUsa | kKor | kJpn);
    };
    const auto fillAt = [&](const QRectF &chip) {
        return image.pixelColor(QPoint(static_cast<int>(chip.left() + 3), static_cast<int>(chip.center().y())));
    };
    const auto chipsA = chipsOf("T-A"); // USA and KOR, not JPN
    ASSERT_EQ(chipsA.size(), 3u);
    EXPECT_LT(colourDistance(fillAt(chipsA[0].second), maps::partnerColor(Partner::USA)), 30);
    EXPECT_LT(colourDistance(fillAt(chipsA[1].second), maps::partnerColor(Partner::KOR)), 30);
    EXPECT_GT(colourDistance(fillAt(chipsA[2].second), maps::partnerColor(Partner::JPN)), 150);
    // Three chips fit the column.
    EXPECT_GE(table->columnWidth(TrackListModel::HeldBy), static_cast<int>(chipsA[2].second.right() - table->visualRect(
                                                              f.panel.proxyModel()->index(0, TrackListModel::HeldBy)).left()));
}

TEST(TrackListPanel, MissileColumnTakesTheRoomTheOthersLeave)
{
    PanelFixture f;
    QHeaderView *header = f.panel.treeView()->header();
    const auto fitsExactly = [&] {
        QCoreApplication::processEvents(); // the header's deferred to-contents pass, then the panel's fit
        EXPECT_EQ(header->length(), header->width());
    };
    fitsExactly();
    // As KOR the chips column narrows to one chip and the gain column widens: the missile column follows.
    const int combinedMissile = header->sectionSize(TrackListModel::Missile);
    f.panel.setViewAs(Partner::KOR);
    fitsExactly();
    EXPECT_NE(header->sectionSize(TrackListModel::Missile), combinedMissile);
    f.panel.resize(1300, 400);
    fitsExactly();
}

TEST(TrackListPanel, FontScaleGrowsRowsAndChips)
{
    TrackListPanel panel;
    panel.setScenario(handScenario());
    const QModelIndex first = panel.proxyModel()->index(0, TrackListModel::Track);
    const int rowHeight = panel.treeView()->sizeHintForIndex(first).height();
    const QModelIndex chips = panel.proxyModel()->index(0, TrackListModel::HeldBy);
    const int chipsWidth = panel.treeView()->sizeHintForIndex(chips).width();
    panel.setFontScale(2.0);
    EXPECT_GT(panel.treeView()->sizeHintForIndex(first).height(), rowHeight * 3 / 2);
    EXPECT_GT(panel.treeView()->sizeHintForIndex(chips).width(), chipsWidth * 3 / 2);
}

TEST(TrackListPanel, EveryTrackOfTheBuiltinCatalogueHasARow)
{
    const Scenario::Ptr scenario = std::make_shared<Scenario>(builtinScenario());
    // Every missile of the record is a track or a row left out with its reason (tests/core/RecordTest).
    ASSERT_GT(scenario->tracks.size(), 150u);
    ASSERT_EQ(scenario->tracks.size() + scenario->withoutEnoughFacts.size(), 266u);
    TrackListPanel panel;
    panel.setScenario(scenario);
    // Grouped by launch event: a top-level row per event, a salvo's missiles under it.
    EXPECT_EQ(panel.proxyModel()->rowCount(), static_cast<int>(trackgroups::of(*scenario, TrackGroup::Kind::Event).size()));
    std::set<std::pair<int, int>> rows; // (event row or -1, row): no two tracks share a row
    for (const ScenarioTrack &t : scenario->tracks) {
        const QModelIndex index = panel.viewIndexForId(t.id);
        ASSERT_TRUE(index.isValid()) << t.id.toStdString();
        rows.insert({index.parent().isValid() ? index.parent().row() : -1, index.row()});
        EXPECT_EQ(panel.model()->idAt(panel.proxyModel()->mapToSource(index)), t.id);
        const bool salvo = trackgroups::containing(*scenario, TrackGroup::Kind::Event, t.id)->trackIds.size() > 1;
        EXPECT_EQ(index.parent().isValid(), salvo) << t.id.toStdString() << ": a salvo's missiles sit under its event";
    }
    EXPECT_EQ(rows.size(), scenario->tracks.size());
    // The 2 November 2022 Wonsan salvo: one row, "(3)", its three missiles under it.
    const QModelIndex wonsan = panel.viewIndexForId(QStringLiteral("2022-11-01-wonsan-1")).parent();
    ASSERT_TRUE(wonsan.isValid());
    EXPECT_EQ(wonsan.data().toString(), QStringLiteral("2022-11-01-wonsan (3)"));
    EXPECT_EQ(panel.proxyModel()->rowCount(wonsan), 3);
    // Launch ascending by default.
    qint64 previous = 0;
    for (int row = 0; row < panel.proxyModel()->rowCount(); ++row) {
        const qint64 ms = panel.proxyModel()->index(row, TrackListModel::Launch).data(Qt::UserRole).toLongLong();
        EXPECT_GE(ms, previous);
        previous = ms;
    }
}
