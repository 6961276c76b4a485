// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "app/gui/LaunchDialog.h"

#include "maps/scene/ScenarioFile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trilink::app {
namespace {
QDoubleSpinBox *number(double min, double max, int decimals, const QString &suffix, double value)
{
    auto *box = new QDoubleSpinBox;
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setValue(value);
    box->setKeyboardTracking(false);
    return box;
}

QWidget *row(std::initializer_list<QWidget *> widgets)
{
    auto *w = new QWidget;
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *x : widgets)
        layout->addWidget(x);
    return w;
}

enum SiteKind { kFacility, kSiteLatLon };
enum TargetKind { kImpact, kBearingRange, kGlideLegs };
enum Shape { kMinimumEnergy, kLofted, kDepressed, kApogee };
} // namespace

LaunchDialog::LaunchDialog(const maps::TrainingScenario &doc, double timeMsUtc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("New Launch"));
    auto *site = new QGroupBox(tr("Launch site"));
    auto *siteForm = new QFormLayout(site);
    m_siteKind = new QComboBox;
    m_siteKind->addItems({tr("Public launch facility"), tr("Latitude and longitude")});
    m_facility = new QComboBox;
    for (const maps::LaunchFacility &f : maps::launchFacilities())
        m_facility->addItem(QStringLiteral("%1 (%2)").arg(f.name, f.key), f.key);
    m_siteLat = number(-90, 90, 4, tr("° N"), 39.0);
    m_siteLon = number(-180, 180, 4, tr("° E"), 125.7);
    m_pickSite = new QPushButton(tr("Pick on Map"));
    m_platform = new QComboBox;
    m_platform->addItems({tr("Land"), tr("Submarine"), tr("Barge")});
    siteForm->addRow(tr("From:"), m_siteKind);
    siteForm->addRow(tr("Facility:"), m_facility);
    siteForm->addRow(tr("Position:"), row({m_siteLat, m_siteLon, m_pickSite}));
    siteForm->addRow(tr("Platform:"), m_platform);

    auto *target = new QGroupBox(tr("Target"));
    auto *targetForm = new QFormLayout(target);
    m_targetKind = new QComboBox;
    m_targetKind->addItems({tr("Impact point"), tr("Bearing and range"), tr("Glide legs")});
    m_impactLat = number(-90, 90, 4, tr("° N"), 39.5);
    m_impactLon = number(-180, 180, 4, tr("° E"), 135.0);
    m_pickImpact = new QPushButton(tr("Pick on Map"));
    m_bearing = number(0, 360, 2, tr("°"), 90);
    m_bearing->setWrapping(true);
    m_range = number(10, 20000, 1, tr(" km"), 800);
    m_legs = new QLineEdit;
    m_legs->setPlaceholderText(tr("DIST_KM:BEARING_DEG[:TURN_KM],…  e.g. 500:75:120,80:65"));
    targetForm->addRow(tr("By:"), m_targetKind);
    targetForm->addRow(tr("Impact:"), row({m_impactLat, m_impactLon, m_pickImpact}));
    targetForm->addRow(tr("Bearing, range:"), row({m_bearing, m_range}));
    targetForm->addRow(tr("Legs:"), m_legs);

    auto *flight = new QGroupBox(tr("Missile and flight"));
    auto *flightForm = new QFormLayout(flight);
    m_class = new QComboBox;
    m_class->addItem(tr("From the range and apogee"), QString());
    for (const char *c : {"srbm", "mrbm", "irbm", "icbm", "slbm", "hgv", "slv"})
        m_class->addItem(QString::fromLatin1(c).toUpper(), QString::fromLatin1(c));
    m_missile = new QComboBox;
    m_missile->setEditable(true);
    m_missile->addItem(QString());
    m_missile->addItems(maps::namedMissiles());
    m_missile->setToolTip(tr("A named missile's boost model, where the public record knows it"));
    m_shape = new QComboBox;
    m_shape->addItems({tr("Minimum energy"), tr("Lofted"), tr("Depressed"), tr("Apogee")});
    m_loft = number(0.05, 20, 2, tr(" × min-energy apogee"), 1.5);
    m_apogee = number(10, 10000, 0, tr(" km"), 500);
    m_maneuver = new QComboBox;
    m_maneuver->addItem(tr("As the class flies"), QString());
    m_maneuver->addItem(tr("None (ballistic)"), QStringLiteral("none"));
    m_maneuver->addItem(tr("Pull-up"), QStringLiteral("pullup"));
    m_maneuver->addItem(tr("Glide"), QStringLiteral("glide"));
    m_fails = new QCheckBox(tr("Fails at T+"));
    m_failAt = number(0, 7200, 0, tr(" s"), 60);
    flightForm->addRow(tr("Class:"), m_class);
    flightForm->addRow(tr("Missile:"), m_missile);
    flightForm->addRow(tr("Shape:"), row({m_shape, m_loft, m_apogee}));
    flightForm->addRow(tr("After apogee:"), m_maneuver);
    flightForm->addRow(tr("Failure:"), row({m_fails, m_failAt}));

    auto *when = new QGroupBox(tr("Time and salvo"));
    auto *whenForm = new QFormLayout(when);
    m_time = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(timeMsUtc), QTimeZone::utc()));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_salvo = new QSpinBox;
    m_salvo->setRange(1, maps::ScenarioLaunch::kMaxSalvo);
    m_interval = number(0, 3600, 0, tr(" s apart"), 30);
    m_spread = number(0, 1000, 1, tr(" km spread"), 0);
    m_label = new QLineEdit;
    m_label->setPlaceholderText(tr("the missile's name"));
    whenForm->addRow(tr("Launch (UTC):"), m_time);
    whenForm->addRow(tr("Salvo:"), row({m_salvo, m_interval, m_spread}));
    whenForm->addRow(tr("Label:"), m_label);

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : {static_cast<QWidget *>(site), static_cast<QWidget *>(target), static_cast<QWidget *>(flight),
                       static_cast<QWidget *>(when), static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_buttons)})
        layout->addWidget(w);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LaunchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LaunchDialog::reject);
    connect(m_pickSite, &QPushButton::clicked, this, [this] { emit pickRequested(false); });
    connect(m_pickImpact, &QPushButton::clicked, this, [this] { emit pickRequested(true); });
    for (QComboBox *box : {m_siteKind, m_targetKind, m_shape, m_class})
        connect(box, &QComboBox::currentIndexChanged, this, &LaunchDialog::updateFields);
    connect(m_shape, &QComboBox::currentIndexChanged, this, [this](int shape) {
        if (shape == kLofted && m_loft->value() <= 1.0)
            m_loft->setValue(1.5);
        if (shape == kDepressed && m_loft->value() >= 1.0)
            m_loft->setValue(0.7);
    });
    connect(m_fails, &QCheckBox::toggled, this, &LaunchDialog::updateFields);
    connect(m_salvo, &QSpinBox::valueChanged, this, &LaunchDialog::updateFields);
    connect(&m_check, &QFutureWatcher<QString>::finished, this, &LaunchDialog::checked);
    m_siteKind->setCurrentIndex(kSiteLatLon);
    updateFields();
}

LaunchDialog::~LaunchDialog()
{
    m_check.waitForFinished();
}

void LaunchDialog::updateFields()
{
    const bool byFacility = m_siteKind->currentIndex() == kFacility;
    m_facility->setEnabled(byFacility);
    for (QWidget *w : {static_cast<QWidget *>(m_siteLat), static_cast<QWidget *>(m_siteLon), static_cast<QWidget *>(m_pickSite)})
        w->setEnabled(!byFacility);
    const bool space = m_class->currentData().toString() == u"slv";
    const int target = m_targetKind->currentIndex();
    for (QWidget *w : {static_cast<QWidget *>(m_impactLat), static_cast<QWidget *>(m_impactLon), static_cast<QWidget *>(m_pickImpact)})
        w->setEnabled(target == kImpact && !space);
    m_bearing->setEnabled(target == kBearingRange || space);
    m_range->setEnabled(target == kBearingRange && !space);
    m_legs->setEnabled(target == kGlideLegs && !space);
    const int shape = m_shape->currentIndex();
    m_loft->setVisible(shape == kLofted || shape == kDepressed);
    m_apogee->setVisible(shape == kApogee);
    m_failAt->setEnabled(m_fails->isChecked());
    m_interval->setEnabled(m_salvo->value() > 1);
    m_spread->setEnabled(m_salvo->value() > 1);
}

void LaunchDialog::setSite(QPointF lonLat)
{
    m_siteKind->setCurrentIndex(kSiteLatLon);
    m_siteLon->setValue(lonLat.x());
    m_siteLat->setValue(lonLat.y());
}

void LaunchDialog::setImpact(QPointF lonLat)
{
    m_targetKind->setCurrentIndex(kImpact);
    m_impactLon->setValue(lonLat.x());
    m_impactLat->setValue(lonLat.y());
}

void LaunchDialog::setLaunch(const maps::ScenarioLaunch &launch)
{
    setWindowTitle(tr("Edit Launch %1").arg(launch.id));
    m_replacing = launch.id;
    const maps::LaunchInput in = maps::launchInput(launch);
    setSite({*in.lon, *in.lat});
    if (const int f = m_facility->findText(launch.facility, Qt::MatchStartsWith); f >= 0 && !launch.facility.isEmpty()) {
        const auto facilities = maps::launchFacilities();
        const maps::LaunchFacility *at = maps::findFacility(facilities, m_facility->itemData(f).toString());
        if (at && at->lat == *in.lat && at->lon == *in.lon) { // still at the facility, not dragged off it
            m_facility->setCurrentIndex(f);
            m_siteKind->setCurrentIndex(kFacility);
        }
    }
    m_platform->setCurrentIndex(in.launchFrom == u"submarine" ? 1 : in.launchFrom == u"barge" ? 2 : 0);
    if (in.impactLat)
        setImpact({*in.impactLon, *in.impactLat});
    if (in.azimuthDeg) {
        m_targetKind->setCurrentIndex(kBearingRange);
        m_bearing->setValue(*in.azimuthDeg);
        if (in.rangeKm)
            m_range->setValue(*in.rangeKm);
    }
    if (in.glideLegs) {
        m_targetKind->setCurrentIndex(kGlideLegs);
        m_legs->setText(*in.glideLegs);
    }
    m_class->setCurrentIndex(std::max(0, m_class->findData(in.missileClass)));
    m_missile->setCurrentText(in.missile);
    m_shape->setCurrentIndex(in.apogeeKm ? kApogee : !in.loft ? kMinimumEnergy : *in.loft > 1.0 ? kLofted : kDepressed);
    if (in.apogeeKm)
        m_apogee->setValue(*in.apogeeKm);
    if (in.loft)
        m_loft->setValue(*in.loft);
    m_maneuver->setCurrentIndex(std::max(0, m_maneuver->findData(in.maneuver)));
    m_fails->setChecked(in.failAtS.has_value());
    if (in.failAtS)
        m_failAt->setValue(*in.failAtS);
    m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(launch.launchMsUtc, QTimeZone::utc()));
    m_salvo->setValue(launch.salvoCount);
    m_interval->setValue(launch.salvoIntervalS);
    m_spread->setValue(launch.salvoSpreadKm);
    m_label->setText(launch.label);
    updateFields();
}

maps::LaunchInput LaunchDialog::input() const
{
    maps::LaunchInput in;
    if (m_siteKind->currentIndex() == kFacility) {
        in.facility = m_facility->currentData().toString();
    } else {
        in.lat = m_siteLat->value();
        in.lon = m_siteLon->value();
    }
    in.launchFrom = QStringList{QStringLiteral("land"), QStringLiteral("submarine"), QStringLiteral("barge")}.value(m_platform->currentIndex());
    in.missileClass = m_class->currentData().toString();
    if (in.missileClass == u"slv") {
        in.azimuthDeg = m_bearing->value();
    } else if (m_targetKind->currentIndex() == kImpact) {
        in.impactLat = m_impactLat->value();
        in.impactLon = m_impactLon->value();
    } else if (m_targetKind->currentIndex() == kBearingRange) {
        in.azimuthDeg = m_bearing->value();
        in.rangeKm = m_range->value();
    } else {
        in.glideLegs = m_legs->text();
    }
    in.missile = m_missile->currentText().trimmed();
    switch (m_shape->currentIndex()) {
    case kLofted:
    case kDepressed:
        in.loft = m_loft->value();
        break;
    case kApogee:
        in.apogeeKm = m_apogee->value();
        break;
    default:
        in.minEnergy = true;
    }
    in.maneuver = m_maneuver->currentData().toString();
    if (m_fails->isChecked())
        in.failAtS = m_failAt->value();
    in.time = maps::scenarioTimeText(m_time->dateTime().toMSecsSinceEpoch());
    in.id = m_replacing;
    in.label = m_label->text().trimmed();
    in.salvo = m_salvo->value();
    if (m_salvo->value() > 1) {
        in.intervalS = m_interval->value();
        in.spreadKm = m_spread->value();
    }
    return in;
}

QString LaunchDialog::message() const
{
    return m_message->text();
}

void LaunchDialog::accept()
{
    if (m_checking)
        return;
    QString error;
    m_candidate = maps::scenarioLaunch(input(), m_doc, error, m_replacing);
    if (!m_candidate) {
        m_message->setText(error);
        return;
    }
    // Flown once before it is accepted, as `trilink scenario add-launch` does: off the GUI thread.
    m_message->setText(tr("Flying it…"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_checking = true;
    m_check.setFuture(QtConcurrent::run([launch = *m_candidate, sensors = m_doc.sensors] { return maps::whyNotFlown(launch, sensors); }));
}

void LaunchDialog::checked()
{
    m_checking = false;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    const QString why = m_check.result();
    if (!why.isEmpty()) {
        m_message->setText(why);
        return;
    }
    m_message->clear();
    m_result = m_candidate;
    QDialog::accept();
}

} // namespace trilink::app
