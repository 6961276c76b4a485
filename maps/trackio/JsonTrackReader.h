// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// What the GeoJSON and CZML readers share: a TrackReader over a JsonStream, the per-sample staging of a line's
// or a packet's points (positions, times and attribution come in separate arrays, in any order), and the
// parsing of the values both formats hold the same way (positions, partner lists, sensor names).

#include "maps/trackio/JsonStream.h"
#include "maps/trackio/TrackReader.h"

#include <cstdint>
#include <vector>

namespace trilink::maps::trackio {

// The samples of one LineString or one CZML packet, by index: each array that comes (positions, times,
// partners, sensors) fills its field of the i-th point, so a million samples cost one TrackPoint each and
// nothing more, whatever the order of the members.
struct Samples {
    enum Flag : std::uint16_t {
        HasPosition = 1,
        HasTime = 2,
        BadPosition = 4,      // not [lon, lat(, alt)] numbers
        InfinitePosition = 8, // a number out of range (1e400)
        BadTime = 16,         // not ISO 8601 (or not text)
        HasPartners = 32,
        HasSensor = 64,
        TimeInSeconds = 128,  // CZML: timeMsUtc holds seconds from an epoch not yet known (as a double's bits)
        NoEpoch = 256,        // CZML: seconds, and no epoch to count them from
        EarthCentre = 512,    // CZML: an Earth-fixed position too near the centre to convert
    };
    std::vector<TrackPoint> points;
    std::vector<std::uint16_t> flags;
    std::size_t positions = 0, times = 0, partners = 0, sensors = 0; // how many of each the file gave

    // The i-th point, made when new. Arrays other than positions and times may run at most kMaxAhead past
    // the samples: a list of a billion partner entries must not make a billion points.
    static constexpr std::size_t kMaxAhead = 100'000;
    TrackPoint *at(std::size_t i, bool sample);
    void clear() { *this = {}; }
};

class JsonTrackReader : protected TrackReader {
protected:
    JsonTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : TrackReader(fileName, control), m_json(in), m_size(in.isSequential() ? 0 : in.size())
    {
    }

    // The JSON error as the reason reading stopped ("not valid JSON: ..." at its line). With nothing read
    // before it the file is unreadable; otherwise what was read is kept.
    TrackFileResult stopAtSyntaxError(const QString &whyNoTrack);
    // Progress by bytes and cancel, every few thousand items; true when the user asked to stop.
    bool checkpoint();
    // On a number token: the number, or nullopt (with *infinite set for 1e400) when it is not a finite one.
    static std::optional<double> finiteNumber(const JsonStream &json, bool *infinite);
    // Reads a position [lon, lat] or [lon, lat, alt] (more numbers are ignored) when the current token opens an
    // array of numbers; false (with the flags why) otherwise. The value is read past in any case.
    bool readPosition(double &lon, double &lat, double &alt, std::uint16_t &flags);
    // The same with the array already open and its first element's token `first` current.
    bool readPositionFrom(JsonStream::Token first, double &lon, double &lat, double &alt, std::uint16_t &flags);
    // Partner codes from a text ("USA;KOR") or a list of texts; unknown codes appended to *unknown, anything
    // else sets *bad. The value is read past.
    PartnerMask readPartners(QStringList *unknown, bool *bad);
    // The current string token as text, the same conversion shared by the points that repeat it.
    const QString &cachedText() { return m_texts.text(m_json.string()); }
    // A string value that was changed on reading (invalid UTF-8, a lone surrogate) is a problem at its line.
    void noteReplaced(const char *what);

    JsonStream m_json;
    qint64 m_size;
    int m_sinceCheckpoint = 0;
    TextCache m_texts;
    PartnerCache m_partnerCache;
};

} // namespace trilink::maps::trackio
