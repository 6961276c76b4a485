// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The children of <detail>, read and written in one place for both encodings: the XML event, and the
// TakMessage whose xmlDetail holds what its typed fields do not (maps/cot internal).

#include "maps/cot/CotEvent.h"
#include "maps/cot/CotStreamSplitter.h"

#include <vector>

class QXmlStreamWriter;

namespace trilink::maps::trackio::xml {
class SafeXmlReader;
}

namespace trilink::maps::cot::detail {

// On the <detail> start tag: reads its children into e (the known ones into fields, the rest appended to
// e.otherDetail) and leaves the reader on </detail>. Problems get lineBase added to their lines.
void readDetail(trackio::xml::SafeXmlReader &x, CotEvent &e, std::vector<CotStreamProblem> &problems, int lineBase,
                qint64 offset);

// Which children to write: all of them for XML; for a TakMessage's xmlDetail, the ones without a typed
// field (contact, __group and track travel in Detail's own messages when complete).
enum class Children { All, WithoutTyped };
// Writes the children of <detail> (not the element itself).
void writeDetailChildren(QXmlStreamWriter &w, const CotEvent &e, Children which);
// The TAK typed messages carry contact, __group and track only when complete (their fields are required).
bool contactIsTyped(const CotEvent &e);
bool groupIsTyped(const CotEvent &e);
bool trackIsTyped(const CotEvent &e);

// Numbers as the shortest text that reads back to the same double, so a position survives a round trip.
QString numberText(double v);

} // namespace trilink::maps::cot::detail
