// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/ScenarioEditor.h"

#include "app/gui/LaunchHandles.h"

#include "core/Geodesic.h"
#include "maps/Projection.h"
#include "maps/scene/SceneLoader.h"
#include "maps/scene/SceneOptions.h"
#include "maps/scene/ScenarioFile.h"
#include "widgets/MapCanvas.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QUndoCommand>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace trilink::app {

// One edit: the whole document before and after, so undo and redo give back exactly what was there.
class DocumentStep : public QUndoCommand {
public:
    DocumentStep(ScenarioEditor *editor, maps::TrainingScenario before, maps::TrainingScenario after, const QString &text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void undo() override { m_editor->setDocument(m_before); }
    void redo() override { m_editor->setDocument(m_after); }

private:
    ScenarioEditor *m_editor;
    maps::TrainingScenario m_before, m_after;
};

namespace {
constexpr double kHandlePx = 12.0; // how near a click must be to a site or an impact point to drag it

// A launch's aim point: its impact, or the end of its bearing and range; none for glide legs or a space launch.
std::optional<QPointF> impactOf(const TrajectoryRequest &r)
{
    if (r.impactLat && r.impactLon)
        return QPointF(*r.impactLon, *r.impactLat);
    if (r.azimuthDeg && r.rangeM) {
        const GeodesicDirect d = geodesic::direct(r.launchLon, r.launchLat, *r.azimuthDeg, *r.rangeM);
        return QPointF(d.lon, d.lat);
    }
    return std::nullopt;
}
} // namespace

ScenarioEditor::ScenarioEditor(widgets::MapCanvas *canvas, std::function<double()> launchTime, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_launchTime(std::move(launchTime))
{
    m_canvas->installEventFilter(this);
    m_handles = new LaunchHandles(m_canvas, [this] { return handles(); });
    connect(m_canvas, &widgets::MapCanvas::viewChanged, m_handles, [this] { m_handles->update(); });
    connect(this, &ScenarioEditor::stateChanged, m_handles, [this] { m_handles->update(); });
    connect(&m_watcher, &QFutureWatcher<Modelled>::finished, this, &ScenarioEditor::onModelled);
    connect(&m_undo, &QUndoStack::cleanChanged, this, &ScenarioEditor::stateChanged);
}

ScenarioEditor::~ScenarioEditor()
{
    m_watcher.waitForFinished();
}

void ScenarioEditor::newScenario()
{
    m_doc = maps::TrainingScenario{};
    m_doc.scene = maps::SceneCommand::viewer().defaults;
    m_path.clear();
    m_active = true;
    m_undo.clear();
    model();
    emit stateChanged();
}

void ScenarioEditor::open(const QString &path)
{
    m_placing = Placing::None;
    model(path);
}

bool ScenarioEditor::saveAs(const QString &path, QString *error)
{
    if (m_viewSource) { // the view is not an edit (no undo step): it is what the window shows when saved
        maps::Scene view = m_viewSource();
        view.files = m_doc.scene.files;
        m_doc.scene = std::move(view);
    }
    QString why;
    if (!maps::writeScenarioFile(path, m_doc, why)) {
        if (error)
            *error = why;
        return false;
    }
    m_path = path;
    m_undo.setClean();
    remember(path);
    emit stateChanged();
    return true;
}

bool ScenarioEditor::save(QString *error)
{
    if (m_path.isEmpty()) {
        if (error)
            *error = tr("The scenario has no file yet: use Save As.");
        return false;
    }
    return saveAs(m_path, error);
}

void ScenarioEditor::beginNewLaunch()
{
    if (!m_active)
        newScenario();
    m_placing = Placing::Site;
    m_canvas->setCursor(Qt::CrossCursor);
}

void ScenarioEditor::beginMoveSensor(const QString &id)
{
    if (!m_active)
        newScenario();
    m_sensor = id;
    m_placing = Placing::Sensor;
    m_canvas->setCursor(Qt::CrossCursor);
}

void ScenarioEditor::beginPick(std::function<void(std::optional<QPointF>)> picked)
{
    m_picked = std::move(picked);
    m_placing = Placing::Pick;
    m_canvas->setCursor(Qt::CrossCursor);
}

void ScenarioEditor::setHandlesShown(bool shown)
{
    m_handles->setVisible(shown);
}

void ScenarioEditor::beginAddRadar(const QString &likeId)
{
    if (!m_active)
        newScenario();
    beginPick([this, likeId](std::optional<QPointF> at) {
        if (!at)
            return;
        const maps::SensorAdd add = maps::addedRadar(laydown(), likeId, at->x(), at->y());
        edit(tr("Add %1").arg(add.id), [add](maps::TrainingScenario &doc) { doc.sensors.added.push_back(add); });
    });
}

void ScenarioEditor::removeSensor(const QString &id)
{
    edit(tr("Remove %1").arg(id), [id](maps::TrainingScenario &doc) { maps::removeSensor(doc.sensors, id); });
}

SensorLaydown ScenarioEditor::laydown() const
{
    SensorLaydown l = SensorLaydown::builtin();
    QString ignored; // the document's changes were checked when it was read or edited
    maps::applySensorChanges(m_doc.sensors, l, ignored);
    return l;
}

QString ScenarioEditor::sensorAt(QPointF pixel) const
{
    const auto &settings = m_canvas->settings();
    const maps::Projection projection(settings.projection);
    QString best;
    double bestPx = kHandlePx;
    const SensorLaydown exercise = laydown();
    for (const Sensor &s : exercise.sensors()) {
        if (!s.isRadar())
            continue;
        if (const auto xy = projection.forward(s.lon, s.lat)) {
            const double d = QLineF(settings.toPixel(*xy), pixel).length();
            if (d <= bestPx) {
                bestPx = d;
                best = s.id;
            }
        }
    }
    return best;
}

void ScenarioEditor::edit(const QString &text, const std::function<void(maps::TrainingScenario &)> &change)
{
    maps::TrainingScenario after = m_doc;
    change(after);
    m_active = true;
    m_undo.push(new DocumentStep(this, m_doc, std::move(after), text));
}

void ScenarioEditor::setDocument(const maps::TrainingScenario &doc)
{
    m_doc = doc;
    m_handles->update();
    model();
}

void ScenarioEditor::model(std::optional<QString> path)
{
    if (m_watcher.isRunning()) { // the latest wins: it goes next, anything older queued is dropped
        m_next = path ? std::nullopt : std::optional<maps::TrainingScenario>(m_doc);
        m_nextPath = path;
        return;
    }
    m_next.reset();
    m_nextPath.reset();
    m_watcher.setFuture(QtConcurrent::run([doc = m_doc, path, flights = m_flights] {
        Modelled out;
        out.path = path.value_or(QString());
        maps::TrainingScenario training = doc;
        if (path) {
            auto read = maps::readScenarioFile(*path, out.error);
            if (!read)
                return out;
            training = std::move(*read);
            out.document = training;
        }
        auto scenario = std::make_shared<Scenario>();
        QStringList warnings;
        if (maps::loadTrainingScenario(training, *scenario, warnings, out.error, nullptr, flights.get()))
            out.scenario = std::move(scenario);
        else if (path)
            out.error = QStringLiteral("%1: %2").arg(*path, out.error);
        return out;
    }));
}

void ScenarioEditor::onModelled()
{
    Modelled m = m_watcher.result();
    if (m.document && m.scenario) { // a file was opened: it is the document now, with a fresh history
        m_doc = std::move(*m.document);
        m_path = m.path;
        m_active = true;
        m_undo.clear();
        remember(m.path);
    }
    if (m_nextPath || m_next) { // something newer was asked for while this one ran: that is what to show
        const auto nextPath = std::exchange(m_nextPath, std::nullopt);
        m_next.reset();
        if (nextPath)
            model(*nextPath);
        else
            model();
        if (!m.document)
            return;
    }
    if (!m.scenario) {
        emit failed(m.error);
        return;
    }
    if (m.document) {
        emit opened(m.path);
        emit stateChanged();
    }
    emit modelled(m.scenario);
}

void ScenarioEditor::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("scenario/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("scenario/recent"), recent);
}

QStringList ScenarioEditor::recentFiles()
{
    return QSettings().value(QStringLiteral("scenario/recent")).toStringList();
}

std::optional<QPointF> ScenarioEditor::lonLatAt(QPointF pixel) const
{
    return m_canvas->lonLatAt(pixel);
}

std::vector<LaunchHandle> ScenarioEditor::handles() const
{
    std::vector<LaunchHandle> out;
    if (!m_active)
        return out;
    const auto &settings = m_canvas->settings();
    const maps::Projection projection(settings.projection);
    for (int i = 0; i < static_cast<int>(m_doc.launches.size()); ++i) {
        const TrajectoryRequest &r = m_doc.launches[static_cast<std::size_t>(i)].request;
        const std::optional<QPointF> ends[] = {QPointF(r.launchLon, r.launchLat), impactOf(r)};
        for (int e = 0; e < 2; ++e)
            if (ends[e])
                if (const auto xy = projection.forward(ends[e]->x(), ends[e]->y()))
                    out.push_back({i, e == 1, settings.toPixel(*xy)});
    }
    return out;
}

std::optional<ScenarioEditor::Drag> ScenarioEditor::handleAt(QPointF pixel) const
{
    std::optional<Drag> best;
    double bestPx = kHandlePx;
    for (const LaunchHandle &h : handles()) {
        const double d = QLineF(h.pixel, pixel).length();
        if (d <= bestPx) {
            bestPx = d;
            best = Drag{h.launch, h.impact, m_doc};
        }
    }
    return best;
}

void ScenarioEditor::hover(QPointF pixel)
{
    const auto h = handleAt(pixel);
    m_handles->setHover(h ? h->launch : -1, h && h->impact);
    if (h)
        m_canvas->setCursor(Qt::OpenHandCursor);
    else if (m_canvas->cursor().shape() == Qt::OpenHandCursor)
        m_canvas->unsetCursor();
}

bool ScenarioEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas || !m_active)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_placing != Placing::None) {
            const Placing was = std::exchange(m_placing, Placing::None);
            m_canvas->unsetCursor();
            if (was == Placing::Pick)
                std::exchange(m_picked, nullptr)(std::nullopt);
            return true;
        }
        break;
    case QEvent::MouseButtonDblClick:
        if (m_placing == Placing::None) {
            if (const auto handle = handleAt(static_cast<QMouseEvent *>(event)->position())) {
                m_drag.reset();
                emit editLaunchRequested(m_doc.launches[static_cast<std::size_t>(handle->launch)].id);
                return true;
            }
        }
        break;
    case QEvent::ContextMenu:
        if (m_placing == Placing::None) {
            auto *e = static_cast<QContextMenuEvent *>(event);
            if (const auto handle = handleAt(e->pos())) {
                const QString id = m_doc.launches[static_cast<std::size_t>(handle->launch)].id;
                QMenu menu(m_canvas);
                QAction *editIt = menu.addAction(tr("Edit Launch %1…").arg(id));
                QAction *deleteIt = menu.addAction(tr("Delete Launch %1").arg(id));
                QAction *chosen = menu.exec(e->globalPos());
                if (chosen == editIt)
                    emit editLaunchRequested(id);
                else if (chosen == deleteIt)
                    edit(tr("Delete %1").arg(id), [id](maps::TrainingScenario &doc) {
                        std::erase_if(doc.launches, [&](const maps::ScenarioLaunch &l) { return l.id == id; });
                    });
                return true;
            }
            if (const QString id = sensorAt(e->pos()); !id.isEmpty()) {
                QMenu menu(m_canvas);
                QAction *moveIt = menu.addAction(tr("Move %1 (then click its new place)").arg(id));
                QAction *removeIt = menu.addAction(tr("Remove Sensor %1").arg(id));
                QAction *chosen = menu.exec(e->globalPos());
                if (chosen == moveIt)
                    beginMoveSensor(id);
                else if (chosen == removeIt)
                    removeSensor(id);
                return true;
            }
        }
        break;
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            break;
        const auto at = lonLatAt(e->position());
        if (m_placing == Placing::Pick) {
            if (!at)
                return true;
            m_placing = Placing::None;
            m_canvas->unsetCursor();
            std::exchange(m_picked, nullptr)(*at);
            return true;
        }
        if (m_placing == Placing::Sensor) {
            if (!at)
                return true;
            m_placing = Placing::None;
            m_canvas->unsetCursor();
            const QString id = m_sensor;
            const QPointF p = *at;
            edit(tr("Move %1").arg(id), [id, p](maps::TrainingScenario &doc) {
                auto &moved = doc.sensors.moved;
                moved.erase(std::remove_if(moved.begin(), moved.end(), [&](const maps::SensorMove &m) { return m.id == id; }), moved.end());
                moved.push_back({id, p.x(), p.y()});
            });
            return true;
        }
        if (m_placing == Placing::Site) {
            if (at) {
                m_site = *at;
                m_placing = Placing::Impact;
            }
            return true;
        }
        if (m_placing == Placing::Impact) {
            if (!at)
                return true;
            m_placing = Placing::None;
            m_canvas->unsetCursor();
            const QPointF site = m_site, impact = *at;
            const double when = m_launchTime ? m_launchTime() : 0.0;
            edit(tr("New Launch"), [site, impact, when](maps::TrainingScenario &doc) {
                maps::ScenarioLaunch l;
                int n = 1;
                while (doc.findLaunch(QStringLiteral("L%1").arg(n)))
                    ++n;
                l.id = QStringLiteral("L%1").arg(n);
                l.launchMsUtc = static_cast<std::int64_t>(std::llround(when));
                l.request.launchLon = site.x();
                l.request.launchLat = site.y();
                l.request.impactLon = impact.x();
                l.request.impactLat = impact.y();
                doc.launches.push_back(l);
            });
            return true;
        }
        if ((m_drag = handleAt(e->position()))) {
            m_canvas->setCursor(Qt::ClosedHandCursor);
            return true;
        }
        break;
    }
    case QEvent::MouseMove:
        if (!m_drag && m_placing == Placing::None && !static_cast<QMouseEvent *>(event)->buttons())
            hover(static_cast<QMouseEvent *>(event)->position());
        if (m_drag) {
            const auto at = lonLatAt(static_cast<QMouseEvent *>(event)->position());
            if (!at)
                return true;
            maps::TrainingScenario doc = m_doc;
            TrajectoryRequest &r = doc.launches[static_cast<std::size_t>(m_drag->launch)].request;
            if (m_drag->impact) {
                r.impactLon = at->x();
                r.impactLat = at->y();
                r.azimuthDeg.reset();
                r.rangeM.reset();
            } else {
                r.launchLon = at->x();
                r.launchLat = at->y();
            }
            setDocument(doc); // shown live; one undo step when the button is let go
            return true;
        }
        break;
    case QEvent::MouseButtonRelease:
        if (m_drag) {
            Drag d = *std::exchange(m_drag, std::nullopt);
            m_canvas->setCursor(Qt::OpenHandCursor);
            if (maps::scenarioJson(d.before, QString()) == maps::scenarioJson(m_doc, QString()))
                return true; // a click on a handle, not a move
            const QString id = m_doc.launches[static_cast<std::size_t>(d.launch)].id;
            m_undo.push(new DocumentStep(this, std::move(d.before), m_doc,
                                         d.impact ? tr("Move the impact point of %1").arg(id) : tr("Move the site of %1").arg(id)));
            return true;
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace trilink::app
