// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Scenario → New Launch… and Edit Launch…: one launch of a training scenario stated in full. The site from
// the public list of launch facilities (maps::launchFacilities, the record's facility columns, as
// `--facility`), by latitude and longitude, or picked on the map; the target by its impact point (or picked)
// or by bearing and range; the class and, where known, the named missile; the shape (minimum energy, lofted,
// depressed, an apogee), a pull-up or glide, a failure at T+N s; the launch time (UTC) and a salvo. The
// fields become a maps::LaunchInput, read and checked by the same code as `trilink scenario add-launch`; OK
// flies it once off the GUI thread and accepts only a launch that flies, else the solver's reason stays in
// the dialog and nothing is added. Modeless, so "Pick on Map" can take a click on the map.
// Threads: GUI thread; the check flight runs on Qt's pool and comes back through a QFutureWatcher.

#include "maps/scene/LaunchInput.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace trilink::app {

class LaunchDialog : public QDialog {
    Q_OBJECT
public:
    // A new launch for `doc` at `timeMsUtc`.
    LaunchDialog(const maps::TrainingScenario &doc, double timeMsUtc, QWidget *parent = nullptr);
    ~LaunchDialog() override;

    // Editing: the fields filled from this launch, whose id the result keeps.
    void setLaunch(const maps::ScenarioLaunch &launch);
    void setSite(QPointF lonLat);   // latitude and longitude, chosen
    void setImpact(QPointF lonLat); // an impact point, chosen
    QString editing() const { return m_replacing; }

    // The fields as the shared launch model.
    maps::LaunchInput input() const;
    // The launch accepted (once `accepted` is emitted).
    const std::optional<maps::ScenarioLaunch> &launch() const { return m_result; }
    QString message() const; // the reason shown when a launch was refused
    bool isChecking() const { return m_checking; } // from OK until the check flight's answer is shown
    void accept() override;

    // For tests: the fields a user fills.
    QComboBox *siteKind() const { return m_siteKind; }
    QComboBox *facility() const { return m_facility; }
    QDoubleSpinBox *siteLat() const { return m_siteLat; }
    QDoubleSpinBox *siteLon() const { return m_siteLon; }
    QComboBox *targetKind() const { return m_targetKind; }
    QDoubleSpinBox *impactLat() const { return m_impactLat; }
    QDoubleSpinBox *impactLon() const { return m_impactLon; }
    QDoubleSpinBox *bearing() const { return m_bearing; }
    QDoubleSpinBox *range() const { return m_range; }
    QComboBox *missileClass() const { return m_class; }
    QComboBox *missile() const { return m_missile; }
    QComboBox *shape() const { return m_shape; }
    QDoubleSpinBox *loft() const { return m_loft; }
    QDoubleSpinBox *apogee() const { return m_apogee; }
    QSpinBox *salvo() const { return m_salvo; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // "Pick on Map": the window takes the next click on the map and calls setSite or setImpact.
    void pickRequested(bool impact);

private:
    void updateFields();
    void checked();

    maps::TrainingScenario m_doc;
    QString m_replacing;
    std::optional<maps::ScenarioLaunch> m_result, m_candidate;
    QFutureWatcher<QString> m_check;
    bool m_checking = false;

    QComboBox *m_siteKind, *m_facility, *m_platform;
    QDoubleSpinBox *m_siteLat, *m_siteLon;
    QPushButton *m_pickSite, *m_pickImpact;
    QComboBox *m_targetKind;
    QDoubleSpinBox *m_impactLat, *m_impactLon, *m_bearing, *m_range;
    QComboBox *m_class, *m_missile, *m_shape, *m_maneuver;
    QDoubleSpinBox *m_loft, *m_apogee, *m_failAt, *m_interval, *m_spread;
    QCheckBox *m_fails;
    QDateTimeEdit *m_time;
    QSpinBox *m_salvo;
    QLineEdit *m_label, *m_legs;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace trilink::app
