// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The one Cursor on Target event writer: a CotEvent as an XML document (what TAK Server's streaming port,
// ATAK's UDP and TCP inputs and .cot files take) or as a TAK Protocol v1 message (a TakMessage protobuf,
// with the mesh header for UDP or the length header for a TAK stream). Every string is escaped by
// QXmlStreamWriter or carried as a protobuf string; numbers are written so they read back exactly.
//
// Threads: stateless; any thread.

#include "maps/cot/CotEvent.h"

#include <QByteArray>

namespace trilink::maps::cot {

class CotEventWriter {
public:
    // "<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<event ...>...</event>": the declaration, a
    // line break and the event on one line, nothing after it, as TAK Server wants each message on a stream.
    static QByteArray xml(const CotEvent &e);
    // The TakMessage payload alone.
    static QByteArray takPayload(const CotEvent &e);
    // 0xbf 0x01 0xbf + payload: one UDP datagram (or one of ATAK's one-message TCP connections).
    static QByteArray takMeshMessage(const CotEvent &e);
    // 0xbf <varint length> + payload: one message on a TAK stream after protocol negotiation.
    static QByteArray takStreamMessage(const CotEvent &e);
};

} // namespace trilink::maps::cot
