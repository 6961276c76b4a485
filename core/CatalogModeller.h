// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/CatalogScenario.h"
#include "core/Scenario.h"

#include <QByteArray>
#include <QHash>

namespace trilink {

// Turns a catalogue plan into the scenario every view shows (tracks flown and attributed to the partners'
// sensors), re-using what it modelled before: a track is flown again only when its flight plan changed
// (planKey), and attributed again only for the sensors that changed; an unchanged sensor's detections are
// copied. So a moved ship re-evaluates one sensor over every track, an added launch flies one track, and a
// changed note flies nothing. Seed it with a scenario read from the store to start from the bundled work.
//
// Threads: an instance is used by one thread at a time (the worker that owns it); it flies and attributes
// on up to two threads of its own while model() runs. The scenarios it returns are independent values.
class CatalogModeller {
public:
    struct Work {
        int flown = 0;         // trajectories solved
        int reused = 0;        // trajectories taken from earlier work
        int sensorColumns = 0; // sensor-by-track evaluations (a full attribution of one track costs one per sensor)
    };

    // What a track's trajectory depends on: every field of the solver request and the flight time to match.
    static QByteArray planKey(const CatalogFlightPlan &plan);

    // Takes the tracks of a modelled scenario (with their modelKey and attribution for its laydown) as
    // earlier work.
    void seed(const Scenario &modelled);
    Scenario model(const CatalogPlan &plan, const SensorLaydown &laydown, const SharingSettings &sharing = {});
    const Work &lastWork() const { return m_work; }

private:
    QHash<QByteArray, ScenarioTrack> m_tracks; // by modelKey, attributed for m_laydown
    SensorLaydown m_laydown;
    Work m_work;
};

} // namespace trilink
