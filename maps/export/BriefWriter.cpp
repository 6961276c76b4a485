// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/export/BriefWriter.h"

#include "core/Text.h"
#include "maps/export/BaseMapTrim.h"
#include "maps/export/PrintPage.h"
#include "maps/scene/SceneSettings.h"

#include "core/ReportedNumber.h"
#include "core/SharingModel.h"
#include "maps/MapRenderer.h"
#include "maps/PartnerStyle.h"
#include "maps/Projection.h"
#include "maps/TrackOverlay.h"
#include "maps/export/SideViewPainter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <utility>

namespace trilink::maps {
namespace {

// The page is laid out in points; the PDF device has four units to the point, so the side view's whole-unit
// layout and the fonts' metrics are fine enough for print.
constexpr int kDpi = 288;
constexpr double kUnitsPerPt = kDpi / 72.0;
double pt(double points) { return points * kUnitsPerPt; }

const QColor kInk(0x1B, 0x1F, 0x24);
const QColor kMuted(0x5B, 0x63, 0x6B);
const QColor kRule(0xC9, 0xCE, 0xD3);
const QColor kPanel(0xF2, 0xF4, 0xF6);
const QColor kBanner(0x00, 0x7A, 0x33); // the usual colour of an unclassified marking, as on the map

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fl" and "fi" stay two letters, so the PDF's text searches and copies as typed.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}


QDateTime utcAt(double ms) { return text::utcSecond(ms); }
// Korea and Japan keep one time, UTC+9, with no summer time.
QDateTime kstAt(double ms) { return utcAt(ms).toTimeZone(QTimeZone(9 * 3600)); }

QString latLonText(double lon, double lat)
{
    return QStringLiteral("%1° %2  %3° %4")
        .arg(std::abs(lat), 0, 'f', 2)
        .arg(QChar(lat >= 0 ? u'N' : u'S'))
        .arg(std::abs(lon), 0, 'f', 2)
        .arg(QChar(lon >= 0 ? u'E' : u'W'));
}

// The headline of a reported figure ("~800 km", "950–1000 km") and its note without brackets ("MOD; JCS 770"),
// from the figure as the source wrote it.
std::pair<QString, QString> reportedFigure(const SourcedFigure &f, const QString &unit)
{
    const ReportedNumber n = ReportedNumber::parse(f.text);
    if (!n.hasValue())
        return {};
    QString s = n.qualifier.isNull() ? QString() : QString(n.qualifier);
    s += QString::number(*n.value, 'g', 10);
    if (n.high)
        s += QChar(0x2013) + QString::number(*n.high, 'g', 10);
    QString note = n.note;
    if (note.startsWith(u'(') && note.endsWith(u')'))
        note = note.mid(1, note.size() - 2);
    return {s + u' ' + unit, note};
}

// Draws wrapped text in a box of the given width from `top`; returns its height. Measure only without a painter.
double textBlock(QPainter *p, const QPaintDevice *device, const QFont &f, const QColor &colour, double left, double top,
                 double width, const QString &text, int flags = Qt::AlignLeft)
{
    const QFontMetricsF fm(f, device);
    const QString wrapped = print::wrapAtSpaces(text, fm, width);
    const QRectF r = fm.boundingRect(QRectF(0, 0, width, 1e6), flags | Qt::TextWordWrap, wrapped);
    if (p) {
        p->setFont(f);
        p->setPen(colour);
        p->drawText(QRectF(left, top, width, r.height() + pt(1)), flags | Qt::TextWordWrap, wrapped);
    }
    return r.height();
}

// Everything one page shows, worked out before drawing so the layout can measure it.
struct PageFacts {
    const ScenarioTrack *track = nullptr;
    double timeMs = 0;
    QString title, subtitle, detail;
    struct Figure {
        QString label, value, note, model;
    };
    std::vector<Figure> figures;
    struct Row {
        std::optional<Partner> partner;
        QStringList cells; // partner, own first, own held, sensors, shared first, shared held, gain
    };
    std::vector<Row> rows;
    std::vector<std::pair<QString, QString>> sources; // label, text
    bool notionalSensors = false;
};

QString detectionText(std::optional<double> s, double launchMs)
{
    if (!s)
        return QStringLiteral("not detected");
    return QStringLiteral("%1\n%2").arg(text::missionTime(*s), utcAt(launchMs + *s * 1000.0).toString(QStringLiteral("HH:mm:ss'Z'")));
}

PageFacts factsFor(const Scenario &scenario, const BriefItem &item, const BriefOptions &options)
{
    const ScenarioTrack &t = *item.track;
    PageFacts f;
    f.track = &t;
    const CatalogFacts *r = t.facts ? &*t.facts : nullptr;
    f.timeMs = item.timeMs.value_or(t.endMsUtc());
    const double launchMs = static_cast<double>(t.launchMsUtc);
    const QDateTime utc = utcAt(launchMs), kst = kstAt(launchMs);

    f.title = r ? (r->missileReported.isEmpty() ? r->missile : r->missileReported) : t.label;
    const QString site = r ? QStringLiteral("%1 (%2)").arg(r->siteName, latLonText(r->siteLon, r->siteLat))
                           : (t.samples.empty() ? QString() : latLonText(t.samples.front().lon, t.samples.front().lat));
    f.subtitle = QStringLiteral("%1 UTC  ·  %2 KST/JST  ·  %3")
                     .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), kst.toString(QStringLiteral("d MMM yyyy HH:mm")), site);
    QStringList detail;
    if (r)
    {
        detail << r->missileClass.toUpper();
        if (r->eventSize > 1)
            detail << QStringLiteral("missile %1 of %2").arg(r->series).arg(r->eventSize);
        if (r->outcome != LaunchOutcome::Success)
            detail << QStringLiteral("outcome %1").arg(launchOutcomeName(r->outcome));
    }
    else
        detail << QStringLiteral("recorded track from %1").arg(t.source);
    detail << QStringLiteral("track %1").arg(t.id);
    detail << (t.origin == TrackOrigin::Published  ? QStringLiteral("modelled to the published flight time")
               : t.origin == TrackOrigin::Modelled ? QStringLiteral("flight time predicted by the model")
                                                   : QStringLiteral("recorded"));
    detail << QStringLiteral("view: ") + text::viewAsDescription(options.scene.layers.viewAs);
    f.detail = detail.join(QStringLiteral("  ·  "));

    // Key figures: the reported figure leads, the model follows, so nobody mistakes one for the other.
    const auto figure = [&](const QString &label, const SourcedFigure *n, const QString &unit, const QString &model) {
        PageFacts::Figure fig{label, {}, {}, QStringLiteral("Trilink model: ") + model};
        if (n && !n->text.isEmpty()) {
            std::tie(fig.value, fig.note) = reportedFigure(*n, unit);
            fig.note = fig.note.isEmpty() ? QStringLiteral("reported") : QStringLiteral("reported (%1)").arg(fig.note);
            if (!n->adjusted.isEmpty())
                fig.note += QStringLiteral("; ") + n->adjusted;
        } else {
            fig.value = model;
            fig.note = r ? QStringLiteral("not reported: modelled") : QStringLiteral("from the recorded track");
            fig.model.clear();
        }
        f.figures.push_back(fig);
    };
    figure(QStringLiteral("APOGEE"), r ? &r->apogeeKm : nullptr, QStringLiteral("km"), text::thousands(t.apogeeM / 1000.0) + QStringLiteral(" km"));
    figure(QStringLiteral("RANGE"), r ? &r->rangeKm : nullptr, QStringLiteral("km"), text::thousands(t.rangeM / 1000.0) + QStringLiteral(" km"));
    figure(QStringLiteral("FLIGHT TIME"), r ? &r->flightTimeS : nullptr, QStringLiteral("min"), text::duration(t.flightTimeS));
    if (r && r->flightTimeS.text.isEmpty() && r->flightTimeS.has()) {
        auto &fig = f.figures.back();
        fig.value = text::duration(*r->flightTimeS.value);
        fig.note = QStringLiteral("from the reported launch and fall times");
        fig.model = QStringLiteral("Trilink model: ") + text::duration(t.flightTimeS);
    }
    {
        PageFacts::Figure impact{QStringLiteral("IMPACT AREA"), {}, {}, {}};
        const double endMs = t.endMsUtc();
        const QString when = QStringLiteral("%1 UTC · %2 KST/JST")
                                 .arg(utcAt(endMs).toString(QStringLiteral("HH:mm")), kstAt(endMs).toString(QStringLiteral("HH:mm")));
        impact.value = r && !r->impactDescription.isEmpty() ? r->impactDescription
                       : r && !r->landingArea.isEmpty()  ? r->landingArea
                                                         : QStringLiteral("—");
        QStringList model;
        if (!t.samples.empty())
            model << latLonText(t.samples.back().lon, t.samples.back().lat) << when;
        bool inEez = false;
        int overflight = 0;
        for (const TrajectoryEvent &e : t.events) {
            if (e.kind == TrajectoryEventKind::EnterJapanEez)
                inEez = true;
            else if (e.kind == TrajectoryEventKind::LeaveJapanEez)
                inEez = false;
            else if (e.kind == TrajectoryEventKind::EnterJapanTerritory && !overflight++)
                model << QStringLiteral("over Japan%1 from %2, %3 km up")
                             .arg(e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail), text::missionTime(e.timeS),
                                  text::thousands(e.altM / 1000.0));
        }
        if (inEez)
            model << QStringLiteral("inside Japan's EEZ (approx.)");
        impact.note = r ? QStringLiteral("reported") : QString();
        impact.model = QStringLiteral("Trilink model: ") + model.join(QStringLiteral("; "));
        f.figures.push_back(impact);
    }

    // The partners' table: own sensors alone, then the shared picture and what sharing gains.
    const AttributionResult &a = t.attribution;
    const auto sensorIsNotional = [&](const QString &id) {
        for (const Sensor &s : scenario.laydown.sensors())
            if (s.id == id)
                return s.isNotional();
        return false;
    };
    const PartnerMask mask = viewMask(options.scene.layers.viewAs);
    for (Partner p : kAllPartners) {
        if (!(mask & partnerBit(p)))
            continue;
        const PartnerCustody *c = a.custodyOf(p);
        QStringList sensors;
        if (c)
            for (const QString &id : c->sensorIds) {
                const bool notional = sensorIsNotional(id);
                f.notionalSensors = f.notionalSensors || notional;
                sensors << (notional ? id + u'*' : id);
            }
        const SharingPicture shared = SharingModel::shared(a, p, scenario.sharing);
        f.rows.push_back({p,
                          {QStringLiteral("%1\n%2").arg(partnerCode(p), partnerDisplayName(p)),
                           detectionText(c ? std::optional(c->firstDetectionS) : std::nullopt, launchMs), c ? text::percent(c->heldFraction) : QStringLiteral("—"),
                           sensors.isEmpty() ? QStringLiteral("none") : sensors.join(QStringLiteral(", ")),
                           detectionText(shared.firstDetectionS, launchMs), shared.firstDetectionS ? text::percent(shared.heldFraction) : QStringLiteral("—"),
                           text::sharingGainCell(SharingModel::gain(a, p, scenario.sharing))}});
    }
    if (!options.scene.layers.viewAs) {
        const SharingPicture common = SharingModel::commonPlatform(a, scenario.sharing);
        f.rows.push_back({std::nullopt,
                          {QStringLiteral("Common platform\n(all partners)"), QStringLiteral("—"), QStringLiteral("—"),
                           QStringLiteral("from %1").arg(partnerMaskText(common.contributors)), detectionText(common.firstDetectionS, launchMs),
                           common.firstDetectionS ? text::percent(common.heldFraction) : QStringLiteral("—"), QStringLiteral("—")}});
    }

    // Sources: the missile's sources and the verbatim text of every reported figure, with where it comes from.
    if (r) {
        f.sources.push_back({QStringLiteral("Reported"), r->sources + u'.'});
        QStringList cells;
        const auto cell = [&](const QString &name, const QString &text) {
            if (!text.isEmpty())
                cells << QStringLiteral("%1 “%2”").arg(name, text);
        };
        cell(QStringLiteral("launch"), r->launchUtc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm'Z'")) +
                                           (r->localTimeNote.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r->localTimeNote)));
        cell(QStringLiteral("apogee km"), r->apogeeKm.text);
        cell(QStringLiteral("range km"), r->rangeKm.text);
        cell(QStringLiteral("flight min"), r->flightTimeS.text);
        if (!r->launchesRow) // the bearing is only a figure of its own where Trilink derived the aim point from it
            cell(QStringLiteral("bearing deg"), r->bearingDeg.text);
        cell(QStringLiteral("impact"), r->impactDescription.isEmpty() ? r->landingArea : r->impactDescription);
        cell(QStringLiteral("outcome"), launchOutcomeName(r->outcome));
        QStringList from;
        if (r->launchesRow)
            from << QStringLiteral("launches.csv row %1").arg(r->launchesRow);
        from << (r->cnsRow ? QStringLiteral("CNS database row %1").arg(r->cnsRow) : QStringLiteral("nk-missile-tests"));
        if (!r->launchesRow && !r->impactBasis.isEmpty())
            from << QStringLiteral("aim point ") + r->impactBasis;
        f.sources.push_back({QStringLiteral("Figures"), QStringLiteral("%1 (%2).").arg(cells.join(QStringLiteral("; ")), from.join(QStringLiteral("; ")))});
        QStringList notes;
        if (!r->launchTimeNote.isEmpty())
            notes << r->launchTimeNote;
        if (!r->notes.isEmpty())
            notes << r->notes;
        if (!notes.isEmpty())
            f.sources.push_back({QStringLiteral("Notes"), notes.join(QStringLiteral(" | "))});
    } else {
        f.sources.push_back({QStringLiteral("Track"), QStringLiteral("Recorded track read from %1; partners as the file gives them.").arg(t.source)});
    }
    f.sources.push_back(
        {QStringLiteral("Model"),
         QStringLiteral("Trilink reconstruction from the reported figures (not a measurement). Custody from the bundled sensor laydown "
                        "(public reporting)%1; shared picture with notional link latencies ROK–US %2 s, Japan–US %3 s.")
             .arg(f.notionalSensors ? QStringLiteral("; * marks a notional sensor position (site not public)") : QString())
             .arg(scenario.sharing.korUsaLatencyS, 0, 'f', 1)
             .arg(scenario.sharing.jpnUsaLatencyS, 0, 'f', 1)});
    f.sources.push_back({QStringLiteral("Credits"), QStringLiteral("%1%2 Map: Natural Earth (public domain); %3.")
                                                        .arg(r ? catalogueCredit() : QString(), r ? QStringLiteral(".") : QString())
                                                        .arg(ProjectionSpec::regional().title())});
    return f;
}

// The map's type sized for print: its labels come out about as large as the page's small print.
constexpr double kMapTextScale = kUnitsPerPt / 2.0;

class PageLayout {
public:
    PageLayout(QPainter &p, const QPaintDevice *device, QRectF page, const BriefOptions &options)
        : m_p(p)
        , m_device(device)
        , m_page(page)
        , m_options(options)
    {
        m_body = QRectF(page.left() + pt(40), page.top() + pt(22), page.width() - pt(80), page.height() - pt(44));
    }

    void draw(const Scenario &scenario, const PageFacts &f, const TrackOverlay::Ptr &overlay, ProjectedBaseMapCache &cache,
              int pageNumber, int pageCount);

private:
    double banner(double top);
    double header(double top, const PageFacts &f);
    double figures(double top, const PageFacts &f);
    double heading(double top, const QString &text);
    void map(const QRectF &frame, const Scenario &scenario, const PageFacts &f, const TrackOverlay::Ptr &overlay, ProjectedBaseMapCache &cache);
    double mapCaption(double top, const PageFacts &f);
    void profile(const QRectF &frame, const Scenario &scenario, const PageFacts &f);
    double table(QPainter *p, double top, const PageFacts &f);
    double sources(QPainter *p, double top, const PageFacts &f);

    QPainter &m_p;
    const QPaintDevice *m_device;
    QRectF m_page, m_body;
    const BriefOptions &m_options;
};

double PageLayout::banner(double top)
{
    if (m_options.scene.layers.banner.isEmpty())
        return 0;
    const QRectF band(m_body.left(), top, m_body.width(), pt(13));
    m_p.fillRect(band, kBanner);
    QFont f = font(7.5, true);
    m_p.setFont(f);
    m_p.setPen(Qt::white);
    m_p.drawText(band, Qt::AlignCenter, m_options.scene.layers.banner);
    return band.height();
}

double PageLayout::header(double top, const PageFacts &f)
{
    const double w = m_body.width();
    QFont kicker = font(7, true);
    double y = top;
    textBlock(&m_p, m_device, kicker, kMuted, m_body.left(), y, w, QStringLiteral("LAUNCH BRIEF"));
    y += textBlock(&m_p, m_device, kicker, kMuted, m_body.left(), y, w, f.track->id, Qt::AlignRight) + pt(2);
    y += textBlock(&m_p, m_device, font(18, true), kInk, m_body.left(), y, w, f.title) + pt(2);
    y += textBlock(&m_p, m_device, font(9.5), kInk, m_body.left(), y, w, f.subtitle) + pt(1.5);
    y += textBlock(&m_p, m_device, font(7.5), kMuted, m_body.left(), y, w, f.detail) + pt(6);
    m_p.setPen(QPen(kInk, pt(0.8)));
    m_p.drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
    return y - top + pt(8);
}

double PageLayout::figures(double top, const PageFacts &f)
{
    // Three narrow cards and a wide one for the impact area, whose description is words, not a number.
    const double gap = pt(8), pad = pt(6);
    const double narrow = (m_body.width() - 3 * gap) * 0.22, wide = m_body.width() - 3 * gap - 3 * narrow;
    const QFont label = font(6.5, true), value = font(12.5, true), valueSmall = font(8.5, true), note = font(6.8);
    double h = 0;
    const auto cardHeight = [&](std::size_t i, double w, QPainter *p, double x) {
        const auto &fig = f.figures[i];
        double y = top + pad;
        y += textBlock(p, m_device, label, kMuted, x + pad, y, w - 2 * pad, fig.label) + pt(2);
        y += textBlock(p, m_device, i == 3 ? valueSmall : value, kInk, x + pad, y, w - 2 * pad, fig.value) + pt(1.5);
        if (!fig.note.isEmpty())
            y += textBlock(p, m_device, note, kMuted, x + pad, y, w - 2 * pad, fig.note) + pt(1);
        if (!fig.model.isEmpty())
            y += textBlock(p, m_device, note, kInk, x + pad, y, w - 2 * pad, fig.model);
        return y + pad - top;
    };
    for (std::size_t i = 0; i < f.figures.size() && i < 4; ++i)
        h = std::max(h, cardHeight(i, i == 3 ? wide : narrow, nullptr, 0));
    double x = m_body.left();
    for (std::size_t i = 0; i < f.figures.size() && i < 4; ++i) {
        const double w = i == 3 ? wide : narrow;
        m_p.fillRect(QRectF(x, top, w, h), kPanel);
        m_p.fillRect(QRectF(x, top, pt(1.6), h), kInk);
        cardHeight(i, w, &m_p, x + pt(1));
        x += w + gap;
    }
    return h + pt(10);
}

double PageLayout::heading(double top, const QString &text)
{
    QFont f = font(7, true);
    return textBlock(&m_p, m_device, f, kMuted, m_body.left(), top, m_body.width(), text) + pt(3);
}

void PageLayout::map(const QRectF &frame, const Scenario &scenario, const PageFacts &f, const TrackOverlay::Ptr &overlay,
                     ProjectedBaseMapCache &cache)
{
    // The page's scene: the brief's, with this track selected at the page's instant, fitted as a page.
    Scene page = m_options.scene;
    page.launch = f.track->id;
    page.time = SceneTime::utc(f.timeMs);
    page.view.size = QSize(static_cast<int>(frame.width()), static_cast<int>(frame.height()));
    page.view.fit = SceneView::Fit::Page;
    page.layers.banner.clear();      // the page has its own banner
    page.layers.showLegend = false;  // and its own legend and clock
    page.layers.showAdmin1 = false;
    page.layers.sensorPartners = viewMask(page.layers.viewAs);
    // No coverage fans: on paper they wash the map out, and Qt's PDF engine writes their dotted range arcs
    // dot by dot (megabytes a page). The side view shows where each radar's coverage meets the track.
    page.layers.coveragePartners = 0;
    // Print sizes whatever the map's size in pixels: the type of a small screen picture shrinks, a page's must not.
    page.layers.textScale = kMapTextScale / MapSettings::sizeScale(page.view.size);
    // This track, and only the sensors that saw it, so the map says who held it without the clutter of
    // every fan in the region.
    auto one = std::make_shared<TrackOverlay>(*overlay);
    one->tracks.clear();
    if (const auto *t = overlay->find(f.track->id))
        one->tracks.push_back(*t);
    std::erase_if(one->sensors, [&](const TrackOverlay::SensorMark &s) { return !f.track->attribution.detectionBy(s.id); });
    QString error;
    const auto settings = sceneSettings(page, &scenario, one, error);
    const auto base = settings ? cache.get(settings->projection) : nullptr;
    if (settings && base) {
        const ProjectedBaseMap trimmed = trimmedTo(*base, *settings, BaseMapDetail::Coarse);
        m_p.save();
        m_p.setClipRect(frame);
        m_p.translate(frame.topLeft());
        MapRenderer::render(m_p, *settings, trimmed, *cache.data());
        m_p.restore();
    }
    m_p.setPen(QPen(kInk, pt(0.6)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(frame);
}

double PageLayout::mapCaption(double top, const PageFacts &f)
{
    const QFont body = font(6.8);
    const QFontMetricsF fm(body, m_device);
    double x = m_body.left();
    const double cy = top + fm.height() / 2;
    m_p.setFont(body);
    const auto swatch = [&](const QColor &c, const QString &text, Qt::PenStyle style) {
        m_p.setPen(QPen(c, pt(2.2), style, Qt::FlatCap));
        m_p.drawLine(QPointF(x, cy), QPointF(x + pt(14), cy));
        x += pt(17);
        m_p.setPen(kInk);
        m_p.drawText(QPointF(x, cy + fm.ascent() / 2 - pt(0.8)), text);
        x += fm.horizontalAdvance(text) + pt(10);
    };
    for (Partner p : kAllPartners)
        swatch(partnerColor(p), QStringLiteral("held by %1").arg(partnerCode(p)), Qt::SolidLine);
    swatch(unheldColor(false), QStringLiteral("not held"), Qt::SolidLine);
    const double sinceS = (f.timeMs - static_cast<double>(f.track->launchMsUtc)) / 1000.0;
    const bool end = sinceS >= f.track->flightTimeS - 0.5;
    const QString when = QStringLiteral("Picture at %1 UTC (%2%3)%4")
                             .arg(utcAt(f.timeMs).toString(QStringLiteral("HH:mm:ss")), text::missionTime(sinceS),
                                  end ? QStringLiteral(", end of flight") : QString(),
                                  f.notionalSensors ? QStringLiteral("  ·  * notional sensor position") : QString());
    m_p.setPen(kMuted);
    m_p.drawText(QRectF(x, top, m_body.right() - x, fm.height()), Qt::AlignRight | Qt::AlignVCenter, when);
    return fm.height() + pt(8);
}

void PageLayout::profile(const QRectF &frame, const Scenario &scenario, const PageFacts &f)
{
    SideViewPainter painter;
    SideViewPainter::Style style;
    style.font = font(6.5);
    style.lengthScale = pt(0.62);
    style.lineScale = pt(0.5);
    style.text = kInk;
    style.base = Qt::white;
    style.showTitle = false;
    painter.setStyle(style);
    painter.setUnits(m_options.scene.layers.units);
    painter.setTrack(f.track, scenario.laydown, m_options.scene.layers.viewAs);
    const double sinceS = (f.timeMs - static_cast<double>(f.track->launchMsUtc)) / 1000.0;
    // The end-of-flight marker would only repeat the impact cross.
    const bool end = sinceS >= f.track->flightTimeS - 0.5;
    painter.paint(m_p, frame.toAlignedRect(), end ? std::nullopt : std::optional(sinceS), QString());
    m_p.setPen(QPen(kRule, pt(0.5)));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(frame);
}

double PageLayout::table(QPainter *p, double top, const PageFacts &f)
{
    static constexpr std::array<double, 7> kWidths{0.16, 0.125, 0.06, 0.30, 0.125, 0.06, 0.17};
    const std::array<QString, 7> headers{QStringLiteral("Partner"), QStringLiteral("First detection"), QStringLiteral("Held"),
                                         QStringLiteral("Sensors"), QStringLiteral("First detection"), QStringLiteral("Held"),
                                         QStringLiteral("Sharing gain")};
    std::array<double, 8> x{};
    x[0] = m_body.left();
    for (int i = 0; i < 7; ++i)
        x[i + 1] = x[i] + kWidths[i] * m_body.width();
    const double padX = pt(3), padY = pt(2.5);
    const QFont head = font(6.5, true), group = font(6.2, true), body = font(6.8), bodyBold = font(6.8, true);
    double y = top;
    // Column groups: what each partner's own sensors give, and what the shared picture adds.
    const auto groupLabel = [&](int from, int to, const QString &text) {
        const double h = textBlock(p, m_device, group, kMuted, x[from] + padX, y, x[to] - x[from] - 2 * padX, text);
        if (p) {
            p->setPen(QPen(kRule, pt(0.6)));
            p->drawLine(QPointF(x[from] + padX, y + h + pt(1)), QPointF(x[to] - padX, y + h + pt(1)));
        }
        return h;
    };
    y += std::max(groupLabel(1, 4, QStringLiteral("OWN SENSORS ALONE")), groupLabel(4, 7, QStringLiteral("SHARED PICTURE (AFTER LINK LATENCY)"))) + pt(3);
    double hh = 0;
    for (int i = 0; i < 7; ++i)
        hh = std::max(hh, textBlock(p, m_device, head, kInk, x[i] + padX, y, x[i + 1] - x[i] - 2 * padX, headers[i],
                                    i == 2 || i == 5 ? Qt::AlignRight : Qt::AlignLeft));
    y += hh + pt(2);
    if (p) {
        p->setPen(QPen(kInk, pt(0.8)));
        p->drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
    }
    for (std::size_t r = 0; r < f.rows.size(); ++r) {
        const auto &row = f.rows[r];
        // The partner's code in bold, its name under it.
        const auto partnerCell = [&](QPainter *to, double top) {
            const double left = x[0] + padX + pt(9), w = x[1] - left - padX;
            const double h = textBlock(to, m_device, bodyBold, kInk, left, top, w, row.cells[0].section(u'\n', 0, 0));
            return h + textBlock(to, m_device, body, kMuted, left, top + h, w, row.cells[0].section(u'\n', 1));
        };
        double h = partnerCell(nullptr, 0);
        for (int i = 1; i < 7; ++i)
            h = std::max(h, textBlock(nullptr, m_device, body, kInk, 0, 0, x[i + 1] - x[i] - 2 * padX, row.cells[i]));
        h += 2 * padY;
        if (p) {
            if (!row.partner)
                p->fillRect(QRectF(m_body.left(), y, m_body.width(), h), kPanel);
            if (row.partner)
                p->fillRect(QRectF(x[0] + padX, y + padY + pt(1.5), pt(6), pt(6)), partnerColor(*row.partner));
            partnerCell(p, y + padY);
            for (int i = 1; i < 7; ++i) {
                const bool numeric = i == 2 || i == 5;
                textBlock(p, m_device, body, kInk, x[i] + padX, y + padY, x[i + 1] - x[i] - 2 * padX, row.cells[i],
                          numeric ? Qt::AlignRight : Qt::AlignLeft);
            }
            p->setPen(QPen(kRule, pt(0.5)));
            p->drawLine(QPointF(m_body.left(), y + h), QPointF(m_body.right(), y + h));
        }
        y += h;
    }
    return y - top + pt(10);
}

double PageLayout::sources(QPainter *p, double top, const PageFacts &f)
{
    const QFont label = font(6.3, true), body = font(6.3);
    const double labelW = pt(44);
    double y = top;
    for (const auto &[name, text] : f.sources) {
        textBlock(p, m_device, label, kMuted, m_body.left(), y, labelW, name);
        y += textBlock(p, m_device, body, kInk, m_body.left() + labelW, y, m_body.width() - labelW, text) + pt(1.8);
    }
    return y - top;
}

void PageLayout::draw(const Scenario &scenario, const PageFacts &f, const TrackOverlay::Ptr &overlay, ProjectedBaseMapCache &cache,
                      int pageNumber, int pageCount)
{
    m_p.fillRect(m_page, Qt::white);
    double y = m_body.top();
    y += banner(y) + pt(12);
    y += header(y, f);
    y += figures(y, f);

    // From the bottom up: banner, footer, sources, table, profile; the map takes what is left.
    double bottom = m_body.bottom();
    if (!m_options.scene.layers.banner.isEmpty()) {
        banner(bottom - pt(13));
        bottom -= pt(13) + pt(6);
    }
    const QFont small = font(6.3);
    const QFontMetricsF fs(small, m_device);
    m_p.setFont(small);
    m_p.setPen(kMuted);
    const QRectF footer(m_body.left(), bottom - fs.height(), m_body.width(), fs.height());
    m_p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                 QStringLiteral("Trilink %1 · reconstruction from public reporting, not an official assessment").arg(QStringLiteral(TRILINK_VERSION)));
    m_p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Page %1 of %2").arg(pageNumber).arg(pageCount));
    bottom = footer.top() - pt(6);
    m_p.setPen(QPen(kRule, pt(0.5)));
    m_p.drawLine(QPointF(m_body.left(), bottom), QPointF(m_body.right(), bottom));
    bottom -= pt(8);

    const double sourcesH = sources(nullptr, 0, f);
    const double sourcesTop = bottom - sourcesH;
    sources(&m_p, sourcesTop, f);
    const double headingH = QFontMetricsF(font(7, true), m_device).height() + pt(3);
    heading(sourcesTop - headingH, QStringLiteral("SOURCES AND NOTES"));
    const double tableH = table(nullptr, 0, f);
    const double tableTop = sourcesTop - headingH - pt(8) - tableH;
    heading(tableTop - headingH, QStringLiteral("PARTNER ATTRIBUTION AND SHARING GAIN"));
    table(&m_p, tableTop, f);
    // The map and the profile share what is left, the map the larger part: on US Letter both are shorter.
    const double captionH = QFontMetricsF(font(6.8), m_device).height() + pt(8);
    const double mapTop = y + headingH;
    const double profileBottom = tableTop - headingH - pt(10);
    const double left = profileBottom - mapTop - captionH - pt(6) - headingH;
    const double profileH = std::clamp(0.4 * left, pt(105), pt(150));
    const QRectF profileFrame(m_body.left(), profileBottom - profileH, m_body.width(), profileH);
    heading(profileFrame.top() - headingH, QStringLiteral("FLIGHT PROFILE  ·  ALTITUDE AGAINST GROUND RANGE, WHO HELD THE TRACK"));
    profile(profileFrame, scenario, f);

    const double mapBottom = profileFrame.top() - headingH - pt(6) - captionH;
    heading(y, QStringLiteral("TRACK AND PARTNER CUSTODY"));
    const QRectF mapFrame(m_body.left(), mapTop, m_body.width(), std::max(pt(120), mapBottom - mapTop));
    map(mapFrame, scenario, f, overlay, cache);
    mapCaption(mapFrame.bottom() + pt(4), f);
}

} // namespace

std::optional<BriefPageSize> briefPageSizeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return BriefPageSize::A4;
    if (n == QLatin1String("letter") || n == QLatin1String("us-letter"))
        return BriefPageSize::Letter;
    return std::nullopt;
}

QByteArray writeBrief(const Scenario &scenario, const std::vector<BriefItem> &items, const BriefOptions &options,
                      ProjectedBaseMapCache &cache, QString &error)
{
    if (items.empty() || std::any_of(items.begin(), items.end(), [](const BriefItem &i) { return !i.track || i.track->samples.empty(); })) {
        error = QStringLiteral("no track to brief");
        return {};
    }
    if (!cache.get(ProjectionSpec::regional())) {
        error = QStringLiteral("could not project the base map");
        return {};
    }
    // The overlay (coverage rings, EEZ) once for every page, with only the briefed tracks.
    Scenario only;
    only.laydown = scenario.laydown;
    only.sharing = scenario.sharing;
    for (const BriefItem &i : items)
        only.tracks.push_back(*i.track);
    const TrackOverlay::Ptr overlay = buildTrackOverlay(only);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    QStringList titles;
    for (const BriefItem &i : items)
        titles << i.track->id;
    pdf.setTitle(QStringLiteral("Launch brief: %1").arg(titles.join(QStringLiteral(", "))));
    pdf.setCreator(QStringLiteral("Trilink %1").arg(QStringLiteral(TRILINK_VERSION)));
    pdf.setResolution(kDpi);
    pdf.setPageSize(QPageSize(options.pageSize == BriefPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        error = QStringLiteral("could not start the PDF");
        return {};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page(0, 0, pdf.width(), pdf.height());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        const PageFacts facts = factsFor(scenario, items[i], options);
        PageLayout(painter, &pdf, page, options).draw(scenario, facts, overlay, cache, static_cast<int>(i) + 1, static_cast<int>(items.size()));
    }
    if (!painter.end()) {
        error = QStringLiteral("could not finish the PDF");
        return {};
    }
    return bytes;
}

} // namespace trilink::maps
