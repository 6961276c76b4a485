// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "widgets/TrackListModel.h"

#include "core/SharingModel.h"
#include "core/Text.h"
#include "core/TrackGroups.h"

#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
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
    : QAbstractItemModel(parent)
{
}

void TrackListModel::setScenario(Scenario::Ptr scenario)
{
    beginResetModel();
    m_scenario = std::move(scenario);
    m_events.clear();
    m_place.assign(m_scenario ? m_scenario->tracks.size() : 0, {-1, -1});
    if (m_scenario) {
        QHash<QString, int> byKey;
        for (const TrackGroup &g : trackgroups::of(*m_scenario, TrackGroup::Kind::Event)) {
            Event e{g.key, {}};
            for (const QString &id : g.trackIds)
                for (int i = 0; i < static_cast<int>(m_scenario->tracks.size()); ++i)
                    if (m_scenario->tracks[i].id == id) {
                        e.tracks.push_back(i);
                        break;
                    }
            byKey.insert(e.key, static_cast<int>(m_events.size()));
            m_events.push_back(std::move(e));
        }
        for (int e = 0; e < static_cast<int>(m_events.size()); ++e) {
            const auto &tracks = m_events[e].tracks;
            for (int k = 0; k < static_cast<int>(tracks.size()); ++k)
                m_place[tracks[k]] = {e, tracks.size() == 1 ? -1 : k};
        }
    }
    endResetModel();
}

void TrackListModel::setViewAs(ViewAs viewAs)
{
    if (viewAs == m_viewAs)
        return;
    m_viewAs = viewAs;
    // Only the view-dependent columns and every tooltip change; a reset would lose the selection.
    allChanged({Qt::DisplayRole, Qt::UserRole, Qt::ToolTipRole, ChipSlotsRole});
}

void TrackListModel::setUnits(const UnitSystem &units)
{
    if (units == m_units)
        return;
    m_units = units;
    emit headerDataChanged(Qt::Horizontal, Apogee, Range);
    allChanged({Qt::DisplayRole, Qt::ToolTipRole});
}

void TrackListModel::allChanged(const QList<int> &roles)
{
    if (rowCount() == 0)
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
    for (int e = 0; e < static_cast<int>(m_events.size()); ++e)
        if (m_events[e].tracks.size() > 1) {
            const QModelIndex parent = index(e, 0);
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent), roles);
        }
}

namespace {
constexpr std::array<const char *, TrackListModel::ColumnCount> kColumnKeys{"track", "missile", "launch", "apogee", "range",
                                                                             "flight", "held-by", "origin", "gain"};
} // namespace

QString TrackListModel::columnKey(int column)
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumnKeys[column]) : QString();
}

int TrackListModel::columnForKey(const QString &key)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (key == QLatin1String(kColumnKeys[c]))
            return c;
    return -1;
}

QModelIndex TrackListModel::indexForId(const QString &id, int column) const
{
    if (!m_scenario)
        return {};
    for (int i = 0; i < static_cast<int>(m_scenario->tracks.size()); ++i)
        if (m_scenario->tracks[i].id == id) {
            const auto [e, k] = m_place[i];
            if (e < 0)
                return {};
            return k < 0 ? index(e, column) : index(k, column, index(e, 0));
        }
    return {};
}

bool TrackListModel::isEventRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == 0 && m_events[index.row()].tracks.size() > 1;
}

const ScenarioTrack *TrackListModel::trackAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_scenario)
        return nullptr;
    if (index.internalId() == 0) {
        const Event &e = m_events[index.row()];
        return e.tracks.size() == 1 ? &m_scenario->tracks[e.tracks.front()] : nullptr;
    }
    return &m_scenario->tracks[m_events[index.internalId() - 1].tracks[index.row()]];
}

QString TrackListModel::idAt(const QModelIndex &index) const
{
    const ScenarioTrack *t = trackAt(index);
    return t ? t->id : QString();
}

QStringList TrackListModel::trackIdsAt(const QModelIndex &index) const
{
    QStringList ids;
    if (isEventRow(index))
        for (int i : m_events[index.row()].tracks)
            ids << m_scenario->tracks[i].id;
    else if (const ScenarioTrack *t = trackAt(index))
        ids << t->id;
    return ids;
}

PartnerMask TrackListModel::heldBy(const QModelIndex &index) const
{
    PartnerMask m = 0;
    for (const QString &id : trackIdsAt(index))
        m |= m_scenario->find(id)->attribution.partnerSet;
    return m & viewMask(m_viewAs);
}

QModelIndex TrackListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_events.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (!isEventRow(parent) || row >= static_cast<int>(m_events[parent.row()].tracks.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TrackListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int TrackListModel::rowCount(const QModelIndex &parent) const
{
    if (!m_scenario)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_events.size());
    if (parent.column() != 0 || !isEventRow(parent))
        return 0;
    return static_cast<int>(m_events[parent.row()].tracks.size());
}

int TrackListModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant TrackListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_scenario)
        return {};
    const ScenarioTrack *t = trackAt(index);
    const Event *e = isEventRow(index) ? &m_events[index.row()] : nullptr;
    if (!t && !e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return t ? display(*t, index.column()) : eventDisplay(*e, index.column());
    case Qt::UserRole:
        return t ? sortValue(*t, index.column()) : eventSortValue(*e, index.column());
    case Qt::ToolTipRole:
        return t ? toolTip(*t) : tr("%1: %2 missiles; expand to see each, double-click to play them together").arg(e->key).arg(e->tracks.size());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case ChipSlotsRole:
        return index.column() == HeldBy ? QVariant(static_cast<int>(viewMask(m_viewAs))) : QVariant();
    case TrackIdRole:
        return t ? t->id : QString();
    case EventRole:
        return e ? e->key : (t->facts ? t->facts->eventId : t->id);
    case Qt::FontRole:
        if (e) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant TrackListModel::eventDisplay(const Event &e, int column) const
{
    const auto track = [&](int k) -> const ScenarioTrack & { return m_scenario->tracks[e.tracks[k]]; };
    const auto span = [&](auto value) {
        double lo = 1e18, hi = -1e18;
        for (int k = 0; k < static_cast<int>(e.tracks.size()); ++k) {
            lo = std::min(lo, value(track(k)));
            hi = std::max(hi, value(track(k)));
        }
        const long a = std::lround(lo), b = std::lround(hi);
        return a == b ? QString::number(a) : QStringLiteral("%1–%2").arg(a).arg(b);
    };
    switch (column) {
    case Track:
        return tr("%1 (%2)").arg(e.key).arg(e.tracks.size());
    case Missile: {
        QStringList names;
        for (int k = 0; k < static_cast<int>(e.tracks.size()); ++k)
            if (!names.contains(track(k).label))
                names << track(k).label;
        return tr("%1 × %2").arg(e.tracks.size()).arg(names.join(QStringLiteral(", ")));
    }
    case Launch:
        return launchText(track(0).launchMsUtc);
    case Apogee:
        return span([this](const ScenarioTrack &t) { return t.apogeeM / m_units.heightUnitM(); });
    case Range:
        return span([this](const ScenarioTrack &t) { return t.rangeM / m_units.distanceUnitM(); });
    case Flight: {
        double longest = 0;
        for (int k = 0; k < static_cast<int>(e.tracks.size()); ++k)
            longest = std::max(longest, track(k).flightTimeS);
        return text::durationClock(longest);
    }
    case HeldBy: {
        QStringList codes;
        const PartnerMask mask = heldBy(index(&e - m_events.data(), 0));
        for (Partner p : kAllPartners)
            if (mask & partnerBit(p))
                codes << partnerCode(p);
        return codes.join(QLatin1Char(' '));
    }
    case Origin: {
        QString origin = trackOriginName(track(0).origin);
        for (int k = 1; k < static_cast<int>(e.tracks.size()); ++k)
            if (trackOriginName(track(k).origin) != origin)
                return tr("mixed");
        return origin;
    }
    default:
        return {};
    }
}

QVariant TrackListModel::eventSortValue(const Event &e, int column) const
{
    const ScenarioTrack &first = m_scenario->tracks[e.tracks.front()];
    switch (column) {
    case Track:
        return e.key;
    case HeldBy:
        return static_cast<int>(heldBy(index(&e - m_events.data(), 0)));
    case Gain:
        return {};
    default: {
        // The largest of the missiles' values: a salvo sorts by its farthest, highest, longest.
        QVariant best = sortValue(first, column);
        for (int i : e.tracks) {
            const QVariant v = sortValue(m_scenario->tracks[i], column);
            if (column != Launch && QVariant::compare(v, best) == QPartialOrdering::Greater)
                best = v;
        }
        return best;
    }
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
        return tr("Apogee %1").arg(text::heightUnit(m_units));
    case Range:
        return tr("Range %1").arg(text::distanceUnit(m_units));
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
        return QString::number(std::lround(t.apogeeM / m_units.heightUnitM()));
    case Range:
        return QString::number(std::lround(t.rangeM / m_units.distanceUnitM()));
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
    // The launch in one line, then who held it, then where the figures come from.
    lines << tr("%1 (%2): %3 from %4, %5 range, %6 apogee, %7 flight, %8")
                 .arg(t.label, t.id, launchText(t.launchMsUtc), t.siteName.isEmpty() ? tr("an unknown site") : t.siteName,
                      text::distance(t.rangeM, m_units), text::height(t.apogeeM, m_units), text::duration(t.flightTimeS),
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
    if (t.facts) {
        const QStringList sources = t.facts->sources.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        lines << (sources.isEmpty() ? tr("Sources: none given") : tr("Sources:"));
        for (const QString &src : sources)
            lines << QStringLiteral("  ") + src.trimmed();
    } else {
        lines << tr("Source: %1").arg(t.source.isEmpty() ? tr("unknown") : t.source);
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrackListModel::launchText(std::int64_t launchMsUtc)
{
    return text::utcSecond(static_cast<double>(launchMsUtc)).toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'"));
}

} // namespace trilink::widgets
