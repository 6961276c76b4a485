// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "core/AttributionResult.h"
#include "core/Trajectory.h"
#include "core/VisibilityModel.h"

namespace trilink {

// Evaluates every sensor of a visibility model against every sample of a track and attributes the track to
// partners: first and last detection, held fraction, custody intervals and events. Stateless; the model is
// read-only, so tracks may be attributed on several threads at once.
class AttributionEngine {
public:
    // Custody intervals bridge gaps of at most this many unseen samples (a single missed 1 s look is a
    // radar revisit, not a loss of custody).
    static constexpr int kMaxBridgedGapSamples = 1;

    static AttributionResult attribute(const Trajectory &trajectory, const VisibilityModel &model);
    static AttributionResult attribute(const std::vector<TrajectorySample> &samples, double burnoutTimeS, double flightTimeS,
                                       const VisibilityModel &model);
    // The same, re-using what an earlier attribution of the same samples found: sensor s of the model is
    // sensor previousIndex[s] of `previous` when unchanged (-1: added or changed, evaluated afresh). Adds
    // the number of sensors evaluated to *columnsComputed. A moved ship costs one column, not a laydown.
    static AttributionResult attributeReusing(const std::vector<TrajectorySample> &samples, double burnoutTimeS,
                                              double flightTimeS, const VisibilityModel &model,
                                              const AttributionResult *previous, const std::vector<int> &previousIndex,
                                              int *columnsComputed = nullptr);
    // The whole result from the raw detections ([sample * sensors + sensor], 1 = seen) of these sensors:
    // how the stored catalogue is read back without evaluating any sensor again.
    static AttributionResult fromSeen(std::vector<double> timesS, std::vector<std::uint8_t> seen, double flightTimeS,
                                      const std::vector<Sensor> &sensors);

    // The same per-partner summary (custody, intervals, events) for a track whose file already says who held
    // each point: a recorded track. sensorCount is 0 and `seen` empty; `sensors` lists what the file names
    // (trackFromRecording then fills `seen` from the file's sensors per point, numbered in file order).
    static AttributionResult fromPartnerMasks(std::vector<double> timesS, std::vector<PartnerMask> partnersAt,
                                              double flightTimeS, std::vector<SensorDetection> sensors = {});

private:
    // Custody, held time and events from sampleTimesS, partnersAt and sensors.
    static void summarise(AttributionResult &r);
};

} // namespace trilink
