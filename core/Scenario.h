// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/AttributionResult.h"
#include "core/CatalogScenario.h"
#include "core/RecordedTrack.h"
#include "core/SensorLaydown.h"
#include "core/SharingSettings.h"
#include "core/Trajectory.h"
#include "core/VisibilityModel.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace trilink {

enum class TrackOrigin { Published, Modelled, Recorded };
QString trackOriginName(TrackOrigin o); // "published", "modelled", "recorded"

// One track as every view shows it, whatever it came from: a catalogue reconstruction (samples, events and
// the attribution the sensor model computed) or a recorded file (its points, and the partners the file
// says held each one).
struct ScenarioTrack {
    QString id;
    QString label;  // the missile, or the file's track name
    QString source; // "catalogue" or the file it was read from
    QString siteName;
    std::int64_t launchMsUtc = 0;
    TrackOrigin origin = TrackOrigin::Modelled;
    std::vector<TrajectorySample> samples; // timeS since launch, ascending
    std::vector<TrajectoryEvent> events;   // in time order
    double flightTimeS = 0;
    double apogeeM = 0;
    double apogeeTimeS = 0;
    double rangeM = 0;
    double burnoutTimeS = 0;
    AttributionResult attribution;
    TrackIdentity identity; // a recorded track's, as its source said it
    // A catalogue track: what the public record says (figures with their sources, event, class, outcome),
    // and how the model met it ("apogee 3724.9 -> 3730.7 km to match the published 46 min"). Empty for a
    // recorded track.
    std::optional<CatalogFacts> facts;
    QString modelNote;
    QByteArray modelKey; // what the trajectory was flown from (CatalogModeller::planKey); empty if recorded

    // True when someId is the track's id or one of its catalogue aliases ("2017-11-28-HS15").
    bool names(const QString &someId) const { return id == someId || (facts && facts->aliases.contains(someId)); }

    double endMsUtc() const { return static_cast<double>(launchMsUtc) + flightTimeS * 1000.0; }
    // The state at timeS after launch, interpolated between samples (position linearly, which at 1 s
    // steps is within metres); clamped to the flight.
    TrajectorySample stateAt(double timeS) const;
    // Index of the last sample at or before timeS (0 before launch).
    int sampleIndexAt(double timeS) const;
};

// The tracks the viewer shows, with the sensors and sharing settings they were attributed with.
struct Scenario {
    using Ptr = std::shared_ptr<const Scenario>;
    std::vector<ScenarioTrack> tracks; // in launch order
    SensorLaydown laydown;
    SharingSettings sharing;
    QStringList problems; // "file:line: message", from the catalogue and any files opened
    // Missiles of the public record that give no track, each with the reason; and how many rows the record has.
    std::vector<CatalogExclusion> withoutEnoughFacts;
    int catalogRows = 0;

    // The track with this id or catalogue alias, or null.
    const ScenarioTrack *find(const QString &id) const;
    // The tracks a name picks, in launch order: all of them for an empty name; the track with that id or
    // alias; else every track of that event ("2022-11-01-wonsan") or salvo ("2016-09-05-NODONG" gives its
    // -a, -b and -c).
    std::vector<const ScenarioTrack *> matching(const QString &name) const;
    // The earliest launch and the latest impact over all tracks; (0, 0) when empty.
    double startMs() const;
    double endMs() const;
};

ScenarioTrack trackFromCatalog(const CatalogTrack &track, const SensorLaydown &laydown);
ScenarioTrack trackFromCatalog(const CatalogTrack &track, const VisibilityModel &model);
// A modelled flight (trilink simulate's) as a track, attributed against the laydown.
ScenarioTrack trackFromTrajectory(const Trajectory &trajectory, const QString &id, const QString &label, std::int64_t launchMsUtc,
                                  const SensorLaydown &laydown);
// A recorded track: time since its first point; apogee, range and flight time from the points; phases
// guessed from the altitude profile (rising below a tenth of the apogee: boost; descending below 100 km:
// terminal); the file's partners become the attribution.
ScenarioTrack trackFromRecording(const RecordedTrack &track, const QString &source);
// The other way round, for writing a track to a file: every sample, with the partners holding it and the
// sensors ("A;B") that saw it.
RecordedTrack recordingFromTrack(const ScenarioTrack &track);

// The bundled record with the bundled sensor laydown, as modelled once (BuiltinCatalogue: read from the
// store the build made, in milliseconds).
Scenario builtinScenario();
// Adds tracks (ids made unique with a suffix when they clash), keeping launch order.
void addTracks(Scenario &scenario, std::vector<ScenarioTrack> tracks);

} // namespace trilink
