// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/StatisticsPanel.h"

#include "maps/chart/ChartPainter.h"
#include "maps/export/PictureWriter.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace trilink::widgets {
namespace {
QString number(double v) { return std::abs(v - std::round(v)) < 1e-9 ? QString::number(std::llround(v)) : QString::number(v, 'f', 1); }
} // namespace

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_yearBox = new QComboBox(this);
    m_yearBox->setToolTip(tr("The period the statistics count: the whole record or one year (UTC)"));
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_yearBox);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the chart as PNG or SVG (as trilink stats --out draws it), or its data as CSV"));
    top->addWidget(m_export);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list = new QListWidget(split);
    m_list->setMinimumWidth(160);
    m_view = new QChartView(split);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(320, 220);
    split->addWidget(m_list);
    split->addWidget(m_view);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_yearBox, &QComboBox::activated, this, [this](int index) {
        const QVariant v = m_yearBox->itemData(index);
        setYear(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_review && row < static_cast<int>(m_review->charts.size())) {
            m_chartId = m_review->charts[row].id;
            rebuildChart();
        }
    });
    connect(m_export, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), m_chartId + QStringLiteral(".png"),
                                                          tr("PNG picture (*.png);;SVG picture (*.svg);;Data as CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportChart(path, error))
            QMessageBox::warning(this, tr("Export chart"), error);
    });
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<const YearReview>>::finished, this, &StatisticsPanel::onComputed);
}

StatisticsPanel::~StatisticsPanel() { m_watcher.waitForFinished(); }

void StatisticsPanel::setScenario(Scenario::Ptr scenario)
{
    m_scenario = std::move(scenario);
    fillYears();
    recompute();
}

void StatisticsPanel::setYear(std::optional<int> year)
{
    m_year = year;
    const int index = m_yearBox->findData(year ? QVariant(*year) : QVariant());
    if (index >= 0)
        m_yearBox->setCurrentIndex(index);
    recompute();
}

void StatisticsPanel::showChart(const QString &id)
{
    m_chartId = id;
    if (m_review)
        for (int i = 0; i < static_cast<int>(m_review->charts.size()); ++i)
            if (m_review->charts[i].id == id)
                m_list->setCurrentRow(i);
}

QString StatisticsPanel::chartId() const { return m_chartId; }

void StatisticsPanel::setDarkTheme(bool dark)
{
    m_dark = dark;
    rebuildChart();
}

QChart *StatisticsPanel::chart() const { return m_view->chart(); }

void StatisticsPanel::fillYears()
{
    m_yearBox->clear();
    m_yearBox->addItem(tr("All years"), QVariant());
    if (m_scenario)
        for (int y : TrackFilter::choices(*m_scenario).years)
            m_yearBox->addItem(QString::number(y), y);
    const int index = m_yearBox->findData(m_year ? QVariant(*m_year) : QVariant());
    m_yearBox->setCurrentIndex(std::max(0, index));
}

void StatisticsPanel::recompute()
{
    if (!m_scenario)
        return;
    if (m_watcher.isRunning()) {
        m_recomputePending = true; // the latest request wins, once the running one is done
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([scenario = m_scenario, year = m_year] {
        return std::make_shared<const YearReview>(YearReview::compute(*scenario, year));
    }));
}

void StatisticsPanel::onComputed()
{
    if (m_recomputePending) {
        m_recomputePending = false;
        recompute();
        return;
    }
    m_review = m_watcher.result();
    const YearReview &r = *m_review;
    m_summary->setText(tr("%1: %2 missiles in %3 launch events, %4 modelled, %5 without enough facts; %6 low flights")
                           .arg(r.periodName())
                           .arg(r.missiles)
                           .arg(r.eventCount)
                           .arg(r.tracks)
                           .arg(r.leftOut)
                           .arg(r.lowFlights));
    m_summary->setToolTip(catalogueCredit());
    const QString keep = m_chartId;
    m_list->blockSignals(true);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < static_cast<int>(r.charts.size()); ++i) {
        m_list->addItem(r.charts[i].title);
        m_list->item(i)->setToolTip(r.charts[i].subtitle);
        if (r.charts[i].id == keep)
            row = i;
    }
    m_list->setCurrentRow(row);
    m_list->blockSignals(false);
    m_chartId = r.charts.empty() ? keep : r.charts[row].id;
    rebuildChart();
    emit reviewReady();
}

void StatisticsPanel::rebuildChart()
{
    const StatChart *c = m_review ? m_review->chart(m_chartId) : nullptr;
    auto *chart = new QChart;
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Beside the bars, one class or partner a line: across the top eight classes are cut to "SR..." in a dock.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    if (!c) {
        m_view->setChart(chart);
        return;
    }
    chart->setTitle(c->title);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(c->categories);
    axisX->setTitleText(c->xLabel);
    // Eleven years or twelve months side by side do not fit a dock's width upright; eight classes do.
    if (c->categories.size() > 8)
        axisX->setLabelsAngle(-90);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(c->yLabel);
    axisY->setRange(0, std::max(1.0, c->maxValue() * 1.08));
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    // What a click on a bar of category k means for the track list.
    const std::optional<int> year = m_review->year;
    const auto filterFor = [c, year](int k, const QString &colourKey) {
        TrackFilter f;
        f.year = year;
        const QString category = c->categories.value(k);
        if (c->id == u"launches" && !year)
            f.year = category.toInt();
        if (colourKey.startsWith(QLatin1String("class:")))
            f.missileClass = colourKey.mid(6);
        else if (c->id.endsWith(QLatin1String("-by-class")))
            f.missileClass = category.toLower();
        else if (c->id.endsWith(QLatin1String("-by-year")))
            f.year = category.toInt();
        return f;
    };

    if (c->kind == StatChart::Kind::Boxes) {
        for (const StatChart::Series &s : c->series) {
            auto *series = new QBoxPlotSeries;
            series->setName(s.name);
            series->setBrush(maps::ChartPainter::seriesColour(s.colourKey));
            for (int k = 0; k < c->categories.size(); ++k) {
                const BoxSummary b = k < static_cast<int>(s.boxes.size()) ? s.boxes[k] : BoxSummary{};
                auto *set = new QBoxSet(b.min, b.q1, b.median, b.q3, b.max, c->categories[k]);
                series->append(set);
                const QString tip = b.n ? tr("%1, %2: n = %3; median %4, quartiles %5–%6, %7–%8")
                                              .arg(s.name, c->categories[k])
                                              .arg(b.n)
                                              .arg(number(b.median), number(b.q1), number(b.q3), number(b.min), number(b.max))
                                        : tr("%1, %2: no flights").arg(s.name, c->categories[k]);
                connect(set, &QBoxSet::hovered, this, [tip](bool on) {
                    if (on)
                        QToolTip::showText(QCursor::pos(), tip);
                });
            }
            chart->addSeries(series);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
        }
    } else {
        QAbstractBarSeries *series = c->kind == StatChart::Kind::StackedBars ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                                                              : static_cast<QAbstractBarSeries *>(new QBarSeries);
        for (const StatChart::Series &s : c->series) {
            auto *set = new QBarSet(s.name);
            set->setColor(maps::ChartPainter::seriesColour(s.colourKey));
            set->setBorderColor(Qt::transparent);
            for (double v : s.values)
                *set << v;
            series->append(set);
            connect(set, &QBarSet::hovered, this, [c, set, name = s.name](bool on, int k) {
                if (on)
                    QToolTip::showText(QCursor::pos(), QStringLiteral("%1, %2: %3").arg(name, c->categories.value(k), number(set->at(k))));
            });
            connect(set, &QBarSet::clicked, this, [this, filterFor, key = s.colourKey](int k) { emit filterRequested(filterFor(k, key)); });
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

bool StatisticsPanel::exportChart(const QString &path, QString &error) const
{
    const StatChart *c = m_review ? m_review->chart(m_chartId) : nullptr;
    if (!c) {
        error = tr("No chart to export yet.");
        return false;
    }
    const QString ext = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    const auto style = m_dark ? maps::ChartPainter::Style::dark() : maps::ChartPainter::Style::light();
    if (ext == QLatin1String("csv"))
        bytes = c->csv();
    else if (ext == QLatin1String("svg"))
        bytes = maps::ChartPainter::svg(*c, QSize(1280, 720), style);
    else if (ext == QLatin1String("png"))
        bytes = maps::ChartPainter::png(*c, QSize(1280, 720), style);
    else {
        error = tr("%1: give the file a .png, .svg or .csv name.").arg(path);
        return false;
    }
    return maps::writeFileAtomically(path, bytes, error);
}

} // namespace trilink::widgets
