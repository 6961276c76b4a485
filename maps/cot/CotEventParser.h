// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The one Cursor on Target event parser: an XML <event> (through the hardened XML reader of maps/trackio)
// or a TAK Protocol v1 TakMessage (protobuf, whose xmlDetail goes through the same <detail> reader), into a
// CotEvent. Files and network streams both come here, cut into messages by CotStreamSplitter.
//
// An event is refused (no event, one problem saying why) without a uid, without a valid time, without a
// <point> whose lat/lon are numbers on the Earth, or when its XML is not well formed. Smaller faults are
// problems beside a usable event: an unknown partner code (left out), a <track> course or speed that is no
// number (left unset). `start` defaults to `time`, and `stale` to start + kDefaultStaleMs.
//
// Threads: stateless; any thread.

#include "maps/cot/CotEvent.h"
#include "maps/cot/CotStreamSplitter.h"

#include <optional>
#include <vector>

namespace trilink::maps::cot {

inline constexpr std::int64_t kDefaultStaleMs = 60'000;

struct CotParseResult {
    std::optional<CotEvent> event;
    // A TAK message with no event (TakControl only): nothing to show, and nothing wrong.
    bool controlOnly = false;
    std::vector<CotStreamProblem> problems; // with the stream's lines and offsets
};

class CotEventParser {
public:
    static CotParseResult parse(const CotFrame &frame);
    // xml: one document whose root is <event>; lineBase is added to its line numbers.
    static CotParseResult parseXml(QByteArrayView xml, int lineBase = 0, qint64 offset = 0);
    // payload: a TakMessage, without the mesh or stream header.
    static CotParseResult parseTak(QByteArrayView payload, qint64 offset = 0);
};

} // namespace trilink::maps::cot
