// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/Scenario.h"
#include "core/TrajectoryRequest.h"
#include "maps/scene/Scene.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace trilink::maps {

// One launch of a training scenario as the trainer asked for it: the request the solver flies, when, and
// how many missiles. A scenario keeps requests, never samples: a file stays small, and a better model flies
// the same exercise better.
struct ScenarioLaunch {
    QString id;       // "L1"; a salvo's missiles are "L1-a", "L1-b", ...
    QString label;    // shown on the map; empty: the missile's name
    QString facility; // the public launch facility it was placed at, if picked from the list (informative)
    std::int64_t launchMsUtc = 0;
    TrajectoryRequest request;
    int salvoCount = 1;        // 1 to kMaxSalvo missiles
    double salvoIntervalS = 0; // between launches
    double salvoSpreadKm = 0;  // the impact points across the line of fire, first to last, centred on the aim

    static constexpr int kMaxSalvo = 26;
};

// One missile of a launch: its id, launch time and request (aim moved across the line of fire for a spread
// salvo). Empty `error` when the launch can be flown as asked; else a reason without the launch's name.
struct SalvoMember {
    QString id;
    std::int64_t launchMsUtc = 0;
    TrajectoryRequest request;
};
std::vector<SalvoMember> salvoMembers(const ScenarioLaunch &launch, QString &error);

// A sensor moved (a ship to a new station, a radar to a new site).
struct SensorMove {
    QString id;
    double lon = 0;
    double lat = 0;
    bool operator==(const SensorMove &) const = default;
};

// A radar added to the laydown for the exercise: a copy of a catalogue radar (`like`: its partner, kind,
// height, reach, sector and elevation floor) at a new place under a new id, marked notional.
struct SensorAdd {
    QString id;   // new in the laydown, letters, digits and _ . -
    QString like; // the catalogue radar it copies ("KOR-GREENPINE-C")
    double lon = 0;
    double lat = 0;
    bool operator==(const SensorAdd &) const = default;
};

// What a scenario changes in the bundled sensor laydown, applied in this order: radars added, moves, then
// sensors switched off ("KOR GREENPINE down": left out of the attribution, kept in the file so it can be
// switched on again).
struct SensorChanges {
    std::vector<SensorAdd> added;
    std::vector<SensorMove> moved;
    QStringList disabled;
    bool isEmpty() const { return added.empty() && moved.empty() && disabled.isEmpty(); }
    bool operator==(const SensorChanges &) const = default;
};

// A named moment the instructor comes back to.
struct Bookmark {
    std::int64_t timeMsUtc = 0;
    QString note;
    bool operator==(const Bookmark &) const = default;
};

// Where playback stops by itself, so a class can be asked "what does Japan see now?".
struct CuePauses {
    bool firstDetection = false; // at each partner's first detection of each track
    bool impact = false;         // at each track's impact
    bool operator==(const CuePauses &) const = default;
};

// A training scenario: what a scenario file holds (docs/scenario.md). The scene (view, layers, selection,
// time; its `files` are the track files the scenario names, as absolute paths once read), the launches as
// requests, the sensor changes, the sharing settings, the bookmarks and pauses, and whether the public
// record is shown beside the exercise.
struct TrainingScenario {
    QString name;
    Scene scene;
    bool catalogue = false;
    std::vector<ScenarioLaunch> launches;
    SensorChanges sensors;
    SharingSettings sharing;
    std::vector<Bookmark> bookmarks;
    CuePauses pauses;

    const ScenarioLaunch *findLaunch(const QString &id) const;
};

// A public launch facility, one per `facility_key` of the record (cns_launches.csv: facility_key,
// facility_name, facility_latitude, facility_longitude), for placing a launch by name.
struct LaunchFacility {
    QString key;  // "sohae"
    QString name; // "Sohae Satellite Launching Station"
    double lat = 0, lon = 0;
};
// Every facility with a position, sorted by key.
std::vector<LaunchFacility> launchFacilities();
// The facility with this key or name (any case), or null.
const LaunchFacility *findFacility(const std::vector<LaunchFacility> &facilities, const QString &keyOrName);

// A moment of an exercise the instructor comes back to or stops at: a bookmark, a partner's first detection of
// a launch, a launch's impact.
struct Cue {
    double timeMs = 0; // UTC
    QString text;      // "JPN first detects L1", or the bookmark's note
    bool pause = false; // playback stops here (as the scenario's pauses ask); bookmarks only mark
};
// The cues of a modelled exercise in time order: the bookmarks, and, as `training.pauses` asks, each
// partner's first detection of each of the exercise's tracks and each impact (the record beside it has none).
std::vector<Cue> scenarioCues(const TrainingScenario &training, const Scenario &modelled);

// A radar like the catalogue radar `likeId` at (lon, lat), under the first free id "<PARTNER>-ADDED-<n>" of
// `laydown` (the exercise's, so ids of radars added before are taken).
SensorAdd addedRadar(const SensorLaydown &laydown, const QString &likeId, double lon, double lat);
// Takes a sensor out of the exercise: an added radar is deleted with every change that names it; a catalogue
// sensor is switched off (kept in `disabled`, so it can be switched on again).
void removeSensor(SensorChanges &changes, const QString &id);

// The bundled laydown with the scenario's changes; false and `error` naming the change when a sensor id
// is unknown.
bool applySensorChanges(const SensorChanges &changes, SensorLaydown &laydown, QString &error);

// The launches flown for the last model of a document being edited, so the next model flies only the launches
// that changed (a drag moves one launch; the others keep their tracks). Keyed on the launch and the sensor
// changes it was attributed against; holds the last model's launches only.
// Threads: one thread at a time (the editor's model jobs run one after another).
struct FlightCache {
    std::map<QByteArray, std::vector<ScenarioTrack>> tracks;
};

// Flies every missile of every launch (on two threads) and attributes it against the laydown; the tracks
// in launch order. False and `error` ("launches[2] (L3): ...") for the first that cannot be flown. With a
// cache, a launch flown before against the same sensor changes is taken from it.
bool flyLaunches(const std::vector<ScenarioLaunch> &launches, const SensorLaydown &laydown,
                 std::vector<ScenarioTrack> &tracks, QString &error, const SensorChanges &changes = {},
                 FlightCache *cache = nullptr);

// The scenario every view shows for a training scenario and the tracks read from its files: the record (when
// asked for, re-attributed if the sensors changed), the flown launches, the files' tracks, the laydown and
// sharing settings. False and `error` when a launch cannot be flown or a sensor change names no sensor.
// Threads: any thread; call it off the GUI thread (solving takes up to a second per missile).
bool buildTrainingScenario(const TrainingScenario &training, std::vector<ScenarioTrack> fileTracks, Scenario &out, QString &error,
                           FlightCache *cache = nullptr);

} // namespace trilink::maps
