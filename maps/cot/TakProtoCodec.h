// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// TakMessage protobuf (TAK Protocol v1) to and from CotEvent, through the classes protoc generates from
// maps/cot/proto (libprotobuf-lite). Internal to maps/cot: callers use CotEventParser and CotEventWriter,
// which add the xmlDetail handling and the mesh and stream headers.

#include "maps/cot/CotEvent.h"

#include <QByteArray>
#include <QByteArrayView>

namespace trilink::maps::cot::tak {

struct Decoded {
    bool parsed = false;   // the bytes are a TakMessage
    bool hasEvent = false; // it carries a CotEvent (else TakControl only)
    CotEvent event;        // attributes, point and the typed detail fields
    QByteArray xmlDetail;  // the rest of <detail>, as the sender wrote it (UTF-8, no <detail> element)
};

Decoded decode(QByteArrayView payload);
// xmlDetail: the <detail> children without typed fields, as UTF-8 XML.
QByteArray encode(const CotEvent &e, const QByteArray &xmlDetail);

} // namespace trilink::maps::cot::tak
