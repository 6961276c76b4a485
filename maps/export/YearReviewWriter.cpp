// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/YearReviewWriter.h"

#include "maps/PartnerStyle.h"
#include "maps/chart/ChartPainter.h"
#include "maps/export/PrintPage.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <cmath>
#include <functional>

namespace trilink::maps {
namespace {
using print::pt;

QString span(const YearReview::Event::Span &s, int decimals = 0)
{
    if (!s.has)
        return QStringLiteral("—");
    const QString lo = QString::number(s.low, 'f', decimals), hi = QString::number(s.high, 'f', decimals);
    return lo == hi ? lo : lo + QChar(0x2013) + hi;
}

QString minutes(double s) { return QStringLiteral("%1:%2").arg(std::llround(s) / 60).arg(std::llround(s) % 60, 2, 10, QLatin1Char('0')); }

QString flightSpan(const YearReview::Event::Span &s)
{
    if (!s.has)
        return QStringLiteral("—");
    return minutes(s.low) == minutes(s.high) ? minutes(s.low) : minutes(s.low) + QChar(0x2013) + minutes(s.high);
}

QString median(const std::vector<double> &v, const char *unit)
{
    if (v.empty())
        return QStringLiteral("—");
    return QStringLiteral("%1%2").arg(BoxSummary::of(v).median, 0, 'f', 1).arg(QLatin1String(unit));
}

ChartPainter::Style chartStyle()
{
    ChartPainter::Style s = ChartPainter::Style::light();
    s.font = print::font(6.8);
    s.lengthScale = pt(0.7);
    s.drawBackground = false;
    return s;
}

// One page at a time: the body rectangle, the banner top and bottom, and a cursor from the top.
class Pages {
public:
    Pages(QPdfWriter &pdf, QPainter &p, const YearReviewOptions &o, const YearReview &r)
        : m_pdf(pdf)
        , m_p(p)
        , m_options(o)
        , m_review(r)
    {
        const QRectF page(0, 0, pdf.width(), pdf.height());
        m_body = QRectF(page.left() + pt(40), page.top() + pt(22), page.width() - pt(80), page.height() - pt(44));
    }

    const QRectF &body() const { return m_body; }
    QPainter &painter() { return m_p; }
    const QPaintDevice *device() const { return &m_pdf; }

    // Starts a page; returns the top of its content.
    double begin(int number, int count)
    {
        if (number > 1)
            m_pdf.newPage();
        double top = m_body.top();
        top += print::banner(m_p, m_body, top, m_options.banner);
        double bottom = m_body.bottom();
        if (!m_options.banner.isEmpty()) {
            print::banner(m_p, m_body, bottom - pt(13), m_options.banner);
            bottom -= pt(13) + pt(6);
        }
        bottom = print::footer(m_p, &m_pdf, m_body, bottom,
                               QStringLiteral("Trilink %1 · year in review %2 · %3")
                                   .arg(QStringLiteral(TRILINK_VERSION), m_review.periodName(), catalogueCredit()),
                               number, count);
        m_p.setPen(QPen(print::rule(), pt(0.5)));
        m_p.drawLine(QPointF(m_body.left(), bottom - pt(4)), QPointF(m_body.right(), bottom - pt(4)));
        return top + (m_options.banner.isEmpty() ? 0 : pt(12));
    }
    // Where the content of a page ends (above the footer and the bottom banner), without drawing.
    double bottom() const
    {
        const double banner = m_options.banner.isEmpty() ? 0 : pt(13) + pt(6);
        return m_body.bottom() - banner - QFontMetricsF(print::font(6.3), &m_pdf).height() - pt(8);
    }
    // Where the content of a page starts, below the top banner.
    double top() const { return m_body.top() + (m_options.banner.isEmpty() ? 0 : pt(13) + pt(12)); }

    double heading(double top, const QString &text)
    {
        const double h = print::textBlock(&m_p, &m_pdf, print::font(7, true), print::muted(), m_body.left(), top, m_body.width(), text);
        m_p.setPen(QPen(print::rule(), pt(0.5)));
        m_p.drawLine(QPointF(m_body.left(), top + h + pt(1)), QPointF(m_body.right(), top + h + pt(1)));
        return h + pt(5);
    }

    void chart(const QRectF &frame, const QString &id)
    {
        if (const StatChart *c = m_review.chart(id))
            ChartPainter::paint(m_p, frame, *c, chartStyle());
    }

private:
    QPdfWriter &m_pdf;
    QPainter &m_p;
    const YearReviewOptions &m_options;
    const YearReview &m_review;
    QRectF m_body;
};

// The partners' table: what each saw of every modelled flight and of the low ones.
double partnerTable(Pages &pg, double top, const YearReview &r)
{
    QPainter &p = pg.painter();
    const QRectF &b = pg.body();
    const QFont head = print::font(6.5, true), body = print::font(7.2), bold = print::font(7.2, true);
    const QStringList headers{QStringLiteral("Partner"),
                              QStringLiteral("Detected first\n(of %1 flights)").arg(r.tracks),
                              QStringLiteral("Missed alone"),
                              QStringLiteral("Seconds earlier\nwith sharing (median)"),
                              QStringLiteral("Flight held\n+pts (median)"),
                              QStringLiteral("Low flights: missed\nalone (of %1)").arg(r.lowFlights),
                              QStringLiteral("Low flights: seconds\nearlier (median)")};
    const std::vector<double> widths{0.16, 0.13, 0.11, 0.16, 0.13, 0.155, 0.155};
    std::vector<double> x{b.left()};
    for (double w : widths)
        x.push_back(x.back() + w * b.width());
    double h = 0;
    for (int i = 0; i < headers.size(); ++i)
        h = std::max(h, print::textBlock(&p, pg.device(), head, print::muted(), x[i] + pt(3), top, x[i + 1] - x[i] - pt(6), headers[i]));
    double y = top + h + pt(3);
    for (Partner partner : kAllPartners) {
        const PartnerTally &a = r.partners[partnerIndex(partner)], &l = r.lowPartners[partnerIndex(partner)];
        const QStringList cells{partnerDisplayName(partner),
                                QString::number(a.detectedFirst),
                                QString::number(a.missedAlone),
                                median(a.secondsEarlier, " s"),
                                median(a.heldGainPts, ""),
                                QString::number(l.missedAlone),
                                median(l.secondsEarlier, " s")};
        const double rowH = print::textBlock(nullptr, pg.device(), bold, print::ink(), 0, 0, x[1] - x[0] - pt(15), cells[0]) + pt(4);
        p.setPen(QPen(print::rule(), pt(0.5)));
        p.drawLine(QPointF(b.left(), y), QPointF(b.right(), y));
        p.fillRect(QRectF(x[0] + pt(3), y + pt(3), pt(6), pt(6)), partnerColor(partner));
        print::textBlock(&p, pg.device(), bold, print::ink(), x[0] + pt(12), y + pt(2), x[1] - x[0] - pt(15), cells[0]);
        for (int i = 1; i < cells.size(); ++i)
            print::textBlock(&p, pg.device(), body, print::ink(), x[i] + pt(3), y + pt(2), x[i + 1] - x[i] - pt(6), cells[i], Qt::AlignRight);
        y += rowH;
    }
    p.setPen(QPen(print::rule(), pt(0.5)));
    p.drawLine(QPointF(b.left(), y), QPointF(b.right(), y));
    return y - top + pt(4);
}

// One event's row of the launch table (measured without a painter).
struct EventRow {
    QStringList cells;
    QString sources;
};

const std::vector<double> kEventWidths{0.13, 0.19, 0.24, 0.08, 0.1, 0.08, 0.08, 0.1};

double eventRow(Pages &pg, QPainter *p, double top, const EventRow &row)
{
    const QRectF &b = pg.body();
    const QFont body = print::font(6.8), small = print::font(5.6);
    double x = b.left(), h = 0;
    for (int i = 0; i < row.cells.size(); ++i) {
        const double w = kEventWidths[i] * b.width();
        h = std::max(h, print::textBlock(p, pg.device(), body, print::ink(), x + pt(2), top + pt(2), w - pt(4), row.cells[i],
                                         i >= 5 ? Qt::AlignRight : Qt::AlignLeft));
        x += w;
    }
    h += pt(3);
    h += print::textBlock(p, pg.device(), small, print::muted(), b.left() + pt(2), top + h, b.width() - pt(4), row.sources) + pt(3);
    if (p) {
        p->setPen(QPen(print::rule(), pt(0.4)));
        p->drawLine(QPointF(b.left(), top + h), QPointF(b.right(), top + h));
    }
    return h;
}

double eventHeader(Pages &pg, QPainter *p, double top)
{
    const QRectF &b = pg.body();
    const QStringList headers{QStringLiteral("Launch (UTC)\nKorea date"), QStringLiteral("Event · site"), QStringLiteral("Missiles"),
                              QStringLiteral("Class"), QStringLiteral("Outcome"), QStringLiteral("Apogee\nkm (rep.)"),
                              QStringLiteral("Range\nkm (rep.)"), QStringLiteral("Flight\n(model)")};
    double x = b.left(), h = 0;
    for (int i = 0; i < headers.size(); ++i) {
        const double w = kEventWidths[i] * b.width();
        h = std::max(h, print::textBlock(p, pg.device(), print::font(6.3, true), print::muted(), x + pt(2), top, w - pt(4), headers[i],
                                         i >= 5 ? Qt::AlignRight : Qt::AlignLeft));
        x += w;
    }
    if (p) {
        p->setPen(QPen(print::ink(), pt(0.6)));
        p->drawLine(QPointF(b.left(), top + h + pt(2)), QPointF(b.right(), top + h + pt(2)));
    }
    return h + pt(3);
}

EventRow rowOf(const YearReview::Event &e)
{
    QStringList classes;
    for (const QString &c : e.classes)
        classes << YearReview::className(c);
    QString outcome = e.failures ? QStringLiteral("%1 failed").arg(e.failures) : QString();
    if (e.unknownOutcome)
        outcome += (outcome.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("%1 unknown").arg(e.unknownOutcome);
    if (outcome.isEmpty())
        outcome = QStringLiteral("success");
    QString missiles = QStringLiteral("%1 × %2").arg(e.count).arg(e.missiles.join(QStringLiteral(", ")));
    if (e.tracks < e.count)
        missiles += QStringLiteral(" (%1 modelled)").arg(e.tracks);
    return {{e.firstLaunchUtc.isValid() ? e.firstLaunchUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + u'\n' + e.koreanDate.toString(QStringLiteral("d MMM")) + QStringLiteral(" KST")
                                        : e.koreanDate.toString(Qt::ISODate) + QStringLiteral("\n(time not reported)"),
             e.eventId + u'\n' + e.site, missiles, classes.join(u'/'), outcome, span(e.apogeeKm), span(e.rangeKm), flightSpan(e.flightS)},
            QStringLiteral("Sources: ") + (e.sources.isEmpty() ? QStringLiteral("—") : e.sources)};
}
} // namespace

QByteArray writeYearReview(const YearReview &r, const YearReviewOptions &options, QString &error)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setTitle(QStringLiteral("The year in review: %1").arg(r.periodName()));
    pdf.setCreator(QStringLiteral("Trilink %1").arg(QStringLiteral(TRILINK_VERSION)));
    pdf.setResolution(print::kDpi);
    pdf.setPageSize(QPageSize(options.pageSize == BriefPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        error = QStringLiteral("could not start the PDF");
        return {};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    Pages pg(pdf, painter, options, r);
    const QRectF &b = pg.body();

    // The events table, laid out first so every footer knows the page count.
    std::vector<EventRow> rows;
    for (const auto &e : r.events)
        rows.push_back(rowOf(e));
    const int chartPages = r.year ? 1 : 2;
    const double tableTop0 = pg.top() + QFontMetricsF(print::font(7, true), &pdf).height() + pt(5);
    const double tableBottom = pg.bottom();
    std::vector<std::size_t> pageStarts{0};
    double y = tableTop0 + eventHeader(pg, nullptr, tableTop0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double h = eventRow(pg, nullptr, y, rows[i]);
        if (y + h > tableBottom && i > pageStarts.back()) {
            pageStarts.push_back(i);
            y = tableTop0 + eventHeader(pg, nullptr, tableTop0);
        }
        y += h;
    }
    // The closing note goes under the last row: when it does not fit there, the last row moves on with it.
    const QString note = QStringLiteral("%1. Apogee and range as reported (the figure the model used, a span over a salvo); flight "
                                        "time as modelled. Tracks are Trilink reconstructions from the reported figures, not "
                                        "measurements; the sensor laydown is partly notional (docs/sensors.md), the link latencies "
                                        "notional.")
                             .arg(catalogueCredit());
    const double noteH = pt(8) + print::textBlock(nullptr, &pdf, print::font(6.3), print::muted(), b.left(), 0, b.width(), note);
    if (y + noteH > tableBottom && rows.size() > pageStarts.back() + 1)
        pageStarts.push_back(rows.size() - 1);
    const int pages = 1 + chartPages + static_cast<int>(pageStarts.size());

    // Page 1: the figures, the launches, the partners, the low flights.
    y = pg.begin(1, pages);
    const double w = b.width();
    print::textBlock(&painter, &pdf, print::font(7, true), print::muted(), b.left(), y, w, QStringLiteral("THE YEAR IN REVIEW"));
    y += print::textBlock(&painter, &pdf, print::font(7, true), print::muted(), b.left(), y, w, r.periodName(), Qt::AlignRight) + pt(2);
    y += print::textBlock(&painter, &pdf, print::font(18, true), print::ink(), b.left(), y, w,
                          r.year ? QStringLiteral("North Korean missile launches in %1").arg(*r.year)
                                 : QStringLiteral("North Korean missile launches since 2016")) +
         pt(2);
    y += print::textBlock(&painter, &pdf, print::font(9.5), print::ink(), b.left(), y, w,
                          QStringLiteral("%1 missiles in %2 launch events  ·  %3 modelled and attributed to the partners' sensors  ·  "
                                         "%4 without enough facts for a track")
                              .arg(r.missiles)
                              .arg(r.eventCount)
                              .arg(r.tracks)
                              .arg(r.leftOut)) +
         pt(1.5);
    QStringList classes;
    for (const QString &c : YearReview::classOrder())
        if (const auto it = r.missilesByClass.find(c); it != r.missilesByClass.end())
            classes << QStringLiteral("%1 %2").arg(YearReview::className(c)).arg(it->second);
    y += print::textBlock(&painter, &pdf, print::font(7.5), print::muted(), b.left(), y, w,
                          QStringLiteral("By class: %1  ·  low flights (modelled apogee below %2 km): %3")
                              .arg(classes.join(QStringLiteral(", ")))
                              .arg(YearReview::kLowApogeeKm, 0, 'f', 0)
                              .arg(r.lowFlights)) +
         pt(6);
    painter.setPen(QPen(print::ink(), pt(0.8)));
    painter.drawLine(QPointF(b.left(), y), QPointF(b.right(), y));
    y += pt(8);
    y += pg.heading(y, QStringLiteral("LAUNCHES"));
    const double launchesH = (pg.bottom() - y) * 0.36;
    pg.chart(QRectF(b.left(), y, w, launchesH), QStringLiteral("launches"));
    y += launchesH + pt(8);
    y += pg.heading(y, QStringLiteral("WHAT EACH PARTNER SAW: ALONE, AND IN THE SHARED PICTURE"));
    y += partnerTable(pg, y, r) + pt(8);
    y += pg.heading(y, QStringLiteral("LOW FLIGHTS, THE CASE SHARING WAS BUILT FOR"));
    const double lowH = pg.bottom() - y;
    pg.chart(QRectF(b.left(), y, w / 2 - pt(6), lowH), QStringLiteral("low-flights-missed-alone"));
    pg.chart(QRectF(b.left() + w / 2 + pt(6), y, w / 2 - pt(6), lowH), QStringLiteral("low-flights-gain-seconds"));

    // The sharing gain by class (and by year), four charts a page.
    for (int k = 0; k < chartPages; ++k) {
        const QString dim = k == 0 ? QStringLiteral("class") : QStringLiteral("year");
        y = pg.begin(2 + k, pages);
        y += pg.heading(y, QStringLiteral("DETECTION AND SHARING GAIN BY %1").arg(dim.toUpper()));
        const double cw = w / 2 - pt(6), ch = (pg.bottom() - y) / 2 - pt(6);
        const QStringList ids{QStringLiteral("detected-first-by-"), QStringLiteral("missed-alone-by-"), QStringLiteral("gain-seconds-by-"),
                              QStringLiteral("gain-held-by-")};
        for (int i = 0; i < 4; ++i)
            pg.chart(QRectF(b.left() + (i % 2) * (cw + pt(12)), y + (i / 2) * (ch + pt(12)), cw, ch), ids[i] + dim);
    }

    // The launches, with their figures and sources.
    for (std::size_t pIndex = 0; pIndex < pageStarts.size(); ++pIndex) {
        y = pg.begin(2 + chartPages + static_cast<int>(pIndex), pages);
        y += pg.heading(y, QStringLiteral("EVERY LAUNCH EVENT OF %1  ·  REPORTED FIGURES, MODELLED FLIGHT TIME, SOURCES").arg(r.periodName()));
        y = tableTop0;
        y += eventHeader(pg, &painter, y);
        const std::size_t end = pIndex + 1 < pageStarts.size() ? pageStarts[pIndex + 1] : rows.size();
        for (std::size_t i = pageStarts[pIndex]; i < end; ++i)
            y += eventRow(pg, &painter, y, rows[i]);
        if (pIndex + 1 == pageStarts.size())
            print::textBlock(&painter, &pdf, print::font(6.3), print::muted(), b.left(), y + pt(8), w, note);
    }
    if (!painter.end()) {
        error = QStringLiteral("could not finish the PDF");
        return {};
    }
    return bytes;
}

} // namespace trilink::maps
