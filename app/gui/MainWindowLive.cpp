// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The main window's live mode: File → Connect, Disconnect and Broadcast, Playback → Go Live, the LIVE
// indicator in the status bar and each live track's latency in the readout. The work is LiveController's
// (feed, clock, overlay, broadcast); this file only wires it to the window.
#include "app/gui/ConnectDialog.h"
#include "app/gui/LiveController.h"
#include "app/gui/MainWindow.h"
#include "core/Text.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace trilink::app {
namespace {

// Where Broadcast sends when the connection names nowhere: the last target, else ATAK's mesh.
const QString kBroadcastKey = QStringLiteral("live/broadcastTo");

} // namespace

void MainWindow::buildLiveActions(QMenu *file)
{
    m_live = std::make_unique<LiveController>(&m_clock);
    m_connectAction = file->addAction(tr("&Connect to a Live Feed…"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] { chooseLiveConnection(); });
    m_disconnectAction = file->addAction(tr("&Disconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, [this] { disconnectLive(); });
    m_disconnectAction->setEnabled(false);
    m_broadcastAction = file->addAction(tr("&Broadcast What Plays as CoT…"));
    m_broadcastAction->setCheckable(true);
    m_broadcastAction->setToolTip(tr("Send the tracks the viewer plays to ATAK, WinTAK or a TAK Server as Cursor on Target"));
    connect(m_broadcastAction, &QAction::triggered, this, [this](bool on) { setBroadcasting(on); });

    m_goLiveAction = new QAction(tr("&Go Live"), this);
    m_goLiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_goLiveAction, &QAction::triggered, m_live.get(), &LiveController::goLive);
    m_goLiveAction->setEnabled(false);
    addAction(m_goLiveAction);

    m_liveIndicator = new QLabel(this);
    m_liveIndicator->setObjectName(QStringLiteral("liveIndicator"));
    m_liveIndicator->hide();
    statusBar()->addPermanentWidget(m_liveIndicator);

    connect(m_live.get(), &LiveController::scenarioReady, this, &MainWindow::onLiveScenario);
    connect(m_live.get(), &LiveController::statusChanged, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_live.get(), &LiveController::problem, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_live.get(), &LiveController::connectedChanged, this, [this](bool on) {
        m_disconnectAction->setEnabled(on);
        m_goLiveAction->setEnabled(on);
        updateLiveIndicator();
    });
    connect(m_live.get(), &LiveController::broadcastChanged, m_broadcastAction, &QAction::setChecked);
    connect(&m_clock, &PlaybackClock::stateChanged, this, &MainWindow::updateLiveIndicator);
    connect(&m_clock, &PlaybackClock::timeChanged, this, &MainWindow::updateLiveIndicator);
}

bool MainWindow::isLive() const
{
    return m_live && m_live->isConnected();
}

void MainWindow::chooseLiveConnection()
{
    ConnectDialog dialog(this);
    if (isLive())
        dialog.setConnection(m_live->connection());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto connection = dialog.connection();
    QString error;
    if (connection && !connectLive(*connection, &error))
        QMessageBox::warning(this, tr("Connect"), error);
}

bool MainWindow::connectLive(const maps::live::LiveConnection &connection, QString *error)
{
    if (!isLive()) // what to go back to on Disconnect
        m_offline = {m_scenario, m_overlay, m_selection.track()};
    m_live->disconnectFeed();
    if (!m_live->connectTo(connection, error)) {
        restoreOffline();
        return false;
    }
    m_selection.selectTrack(QString()); // the live tracks replace the scenario's; the first one heard is selected
    statusBar()->showMessage(tr("Listening to %1; tracks appear as reports arrive").arg(connection.title()), 10000);
    return true;
}

void MainWindow::disconnectLive()
{
    if (!isLive())
        return;
    m_live->disconnectFeed();
    restoreOffline();
    statusBar()->showMessage(tr("Disconnected from the live feed"), 8000);
    if (!m_pendingFiles.isEmpty())
        openFiles(std::exchange(m_pendingFiles, {}));
}

void MainWindow::restoreOffline()
{
    if (!m_offline.scenario)
        return;
    const Offline offline = std::exchange(m_offline, {});
    m_pendingTrack = offline.track;
    setScenario(offline.scenario, offline.overlay);
}

void MainWindow::onLiveScenario(Scenario::Ptr scenario, maps::TrackOverlay::Ptr overlay)
{
    if (!isLive())
        return;
    const bool none = m_selection.track().isEmpty() || !scenario->find(m_selection.track());
    if (none && !scenario->tracks.empty())
        m_pendingTrack = scenario->tracks.front().id;
    setScenario(std::move(scenario), std::move(overlay));
}

void MainWindow::setBroadcasting(bool on)
{
    QString error;
    if (!on) {
        m_live->setBroadcast(std::nullopt, &error);
        return;
    }
    std::optional<maps::live::LiveEndpoint> to = m_live->connection().broadcast;
    if (!to) {
        // A UDP address is all most users need (ATAK's mesh, or one device); TCP and TLS targets are set in
        // File → Connect's Broadcast section.
        QSettings settings;
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Broadcast"), tr("Send what plays as CoT over UDP to HOST:PORT (ATAK's mesh is 239.2.3.1:6969; a device's input, its address and 4242):"),
            QLineEdit::Normal, settings.value(kBroadcastKey, QStringLiteral("239.2.3.1:6969")).toString(), &ok);
        maps::live::LiveEndpoint e;
        e.kind = maps::live::LiveEndpoint::Kind::UdpSend;
        if (ok && !maps::live::parseHostPort(text.trimmed(), e.host, e.port, &error)) {
            QMessageBox::warning(this, tr("Broadcast"), error);
            ok = false;
        }
        if (!ok) {
            m_broadcastAction->setChecked(false);
            return;
        }
        settings.setValue(kBroadcastKey, text.trimmed());
        to = e;
    }
    if (!m_live->setBroadcast(to, &error)) {
        m_broadcastAction->setChecked(false);
        QMessageBox::warning(this, tr("Broadcast"), error);
        return;
    }
    m_live->setPlayedScenario(m_scenario);
    statusBar()->showMessage(isLive() ? tr("Broadcast to %1 starts when the live feed is disconnected (a feed is never sent back out)").arg(to->text())
                                      : tr("Broadcasting what plays to %1").arg(to->text()),
                             10000);
}

void MainWindow::updateLiveIndicator()
{
    if (!m_liveIndicator)
        return;
    const bool session = isLive() && m_clock.isLiveSession();
    m_liveIndicator->setVisible(session);
    if (!session)
        return;
    if (m_clock.isLive()) {
        m_liveIndicator->setText(tr(" ● LIVE "));
        m_liveIndicator->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; font-weight: bold; padding: 1px 6px; }"));
        m_liveIndicator->setToolTip(tr("The clock follows now; tracks grow as reports arrive"));
    } else {
        const double behindS = (m_clock.endMs() - m_clock.timeMs()) / 1000.0;
        m_liveIndicator->setText(tr(" LIVE: %1 behind · Ctrl+L returns ").arg(text::duration(behindS)));
        m_liveIndicator->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #c62828; color: #c62828; font-weight: bold; padding: 0px 6px; }"));
        m_liveIndicator->setToolTip(tr("Looking back: the feed is still received; Playback → Go Live (Ctrl+L) returns to now"));
    }
}

QString MainWindow::liveReadout(const QString &trackId) const
{
    const maps::live::LiveTrackStatus *s = m_live ? m_live->status(trackId) : nullptr;
    if (!s)
        return {};
    const double agoS = static_cast<double>(m_live->nowMs() - s->lastReceivedMs) / 1000.0;
    return tr("latency %1 s · last report %2 ago · %3 reports from %4")
        .arg(static_cast<double>(s->lastLatencyMs) / 1000.0, 0, 'f', 1)
        .arg(text::duration(std::max(0.0, agoS)))
        .arg(s->reports)
        .arg(s->source);
}

} // namespace trilink::app
