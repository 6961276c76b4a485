// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What every track reader shares, so a new format is one class that only parses: the file name problems name,
// the read control (progress, cancel), the result being built, and the TrackBuilder that checks points and
// keeps the problem list bounded (TrackParsing.h). Not thread-safe: one reader, one thread, one file.

#include "maps/trackio/TrackFile.h"
#include "maps/trackio/TrackBuilder.h"
#include "maps/trackio/TrackParsing.h"

namespace trilink::maps::trackio {

class TrackReader {
protected:
    TrackReader(const QString &fileName, const ReadControl &control);
    ~TrackReader() = default;
    TrackReader(const TrackReader &) = delete;
    TrackReader &operator=(const TrackReader &) = delete;

    const QString &fileName() const { return m_fileName; }
    // The file's name without folders and extension: the id of a track a format leaves unnamed.
    QString defaultTrackId() const;

    // A problem at line (0: the whole file); after kMaxProblems only counted (TrackBuilder::problem).
    void problem(int line, const QString &message) { m_builder.problem(line, message); }
    // The file as a whole cannot be read: a result with readable = false, no track and this one problem.
    TrackFileResult unreadable(int line, const QString &message);
    void progress(double fraction) const;
    // True when the user asked to stop; the result is then marked cancelled. Cheap: call it every few
    // thousand points.
    bool cancelled();

    // The result: the tracks built (TrackBuilder::takeTracks), a problem saying why when the file gave no
    // track and nothing else said so, the count of problems not listed, and progress 1.
    TrackFileResult finish(const QString &whyNoTrack);

    TrackFileResult m_result;
    TrackBuilder m_builder; // after m_result: it keeps m_result.problems
    const ReadControl &m_control;

private:
    QString m_fileName;
};

} // namespace trilink::maps::trackio
