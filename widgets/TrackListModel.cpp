// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TrackListModel.h"

#include "core/SharingModel.h"
#include "core/Text.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace trilink::widgets {
namespace {

// When something happened after launch, rounded like every duration: "T+0:16".
QString elapsed(double seconds)
{
    return QStringLiteral("T+") + text::durationClock(seconds);
}

bool isNumeric(int column)
{
    return column == TrackListModel::Apogee || column == TrackListModel::Range || column == TrackListModel::Flight;
}

} // namespace

TrackListModel::TrackListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrackListModel::setScenario(Scenario::Ptr scenario)
{
    beginResetModel();
    m_scenario = std::move(scenario);
    endResetModel();
}

void TrackListModel::setViewAs(ViewAs viewAs)
{
    if (viewAs == m_viewAs)
        return;
    m_viewAs = viewAs;
    // Only the view-dependent columns and every tooltip change; a reset would lose the selection.
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::UserRole, Qt::ToolTipRole, ChipSlotsRole});
}

int TrackListModel::rowForId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (m_scenario->tracks[row].id == id)
            return row;
    return -1;
}

QString TrackListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_scenario->tracks[row].id : QString();
}

PartnerMask TrackListModel::heldBy(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_scenario->tracks[row].attribution.partnerSet & viewMask(m_viewAs);
}

int TrackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_scenario ? 0 : static_cast<int>(m_scenario->tracks.size());
}

int TrackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScenarioTrack &t = m_scenario->tracks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(t, index.column());
    case Qt::UserRole:
        return sortValue(t, index.column());
    case Qt::ToolTipRole:
        return toolTip(t);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case ChipSlotsRole:
        return index.column() == HeldBy ? QVariant(static_cast<int>(viewMask(m_viewAs))) : QVariant();
    default:
        return {};
    }
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role == Qt::ToolTipRole && section == Gain)
        return tr("How much earlier the shared picture shows the track than the partner's own sensors, and "
                  "how much more of the flight it holds");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Track:
        return tr("Track");
    case Missile:
        return tr("Missile");
    case Launch:
        return tr("Launch (UTC)");
    case Apogee:
        return tr("Apogee km");
    case Range:
        return tr("Range km");
    case Flight:
        return tr("Flight");
    case HeldBy:
        return tr("Held by");
    case Origin:
        return tr("Origin");
    case Gain:
        return tr("Sharing gain");
    default:
        return {};
    }
}

QVariant TrackListModel::display(const ScenarioTrack &t, int column) const
{
    switch (column) {
    case Track:
        return t.id;
    case Missile:
        return t.label;
    case Launch:
        return launchText(t.launchMsUtc);
    case Apogee:
        return QString::number(std::lround(t.apogeeM / 1000.0));
    case Range:
        return QString::number(std::lround(t.rangeM / 1000.0));
    case Flight:
        return text::durationClock(t.flightTimeS);
    case HeldBy: {
        // The chips are painted by PartnerChipDelegate; the text is for filtering, copying and accessibility.
        QStringList codes;
        const PartnerMask mask = t.attribution.partnerSet & viewMask(m_viewAs);
        for (Partner p : kAllPartners)
            if (mask & partnerBit(p))
                codes << partnerCode(p);
        return codes.join(QLatin1Char(' '));
    }
    case Origin:
        return trackOriginName(t.origin);
    case Gain:
        return m_viewAs ? text::sharingGain(SharingModel::gain(t.attribution, *m_viewAs, m_scenario->sharing)) : QStringLiteral("—");
    default:
        return {};
    }
}

QVariant TrackListModel::sortValue(const ScenarioTrack &t, int column) const
{
    switch (column) {
    case Track:
        return t.id;
    case Missile:
        return t.label;
    case Launch:
        return QVariant::fromValue<qint64>(t.launchMsUtc);
    case Apogee:
        return t.apogeeM / 1000.0;
    case Range:
        return t.rangeM / 1000.0;
    case Flight:
        return t.flightTimeS;
    case HeldBy:
        return static_cast<int>(t.attribution.partnerSet & viewMask(m_viewAs));
    case Origin:
        return trackOriginName(t.origin);
    case Gain: {
        if (!m_viewAs)
            return {};
        // Seconds earlier; a track seen only through sharing gains most of all, one never seen least.
        const SharingGain g = SharingModel::gain(t.attribution, *m_viewAs, m_scenario->sharing);
        if (!g.seenShared)
            return -1.0;
        if (!g.seenAlone)
            return std::numeric_limits<double>::infinity();
        return g.firstDetectionEarlierS.value_or(0.0);
    }
    default:
        return {};
    }
}

QString TrackListModel::toolTip(const ScenarioTrack &t) const
{
    QStringList lines;
    lines << QStringLiteral("%1 — %2").arg(t.id, t.label);
    lines << tr("Launched %1 from %2 (%3)")
                 .arg(launchText(t.launchMsUtc), t.siteName.isEmpty() ? tr("an unknown site") : t.siteName,
                      trackOriginName(t.origin));
    for (Partner p : kAllPartners) {
        if (!(viewMask(m_viewAs) & partnerBit(p)))
            continue;
        const PartnerCustody *c = t.attribution.custodyOf(p);
        if (c)
            lines << tr("%1: first detection %2, held %3")
                         .arg(partnerCode(p), elapsed(c->firstDetectionS), text::percent(c->heldFraction));
        else
            lines << tr("%1: not held").arg(partnerCode(p));
    }
    if (m_viewAs) {
        const SharingPicture shared = SharingModel::shared(t.attribution, *m_viewAs, m_scenario->sharing);
        if (shared.firstDetectionS)
            lines << tr("Shared picture: first %1, held %2").arg(elapsed(*shared.firstDetectionS), text::percent(shared.heldFraction));
        else
            lines << tr("Shared picture: never shown");
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrackListModel::launchText(std::int64_t launchMsUtc)
{
    return text::utcSecond(static_cast<double>(launchMsUtc)).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
}

} // namespace trilink::widgets
