// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/BaseMap.h"
#include "maps/ProjectedBaseMap.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace trilink::maps {

// The base map projected once, at build time, for the regional view (tools/basemap_gen writes
// share/trilink/basemap/regional.projected), so neither the viewer nor a command projects its hundreds of
// thousands of vertices at every start. The file names what it was made from: the projection's PROJ string,
// PROJ's version, and a fingerprint of the base-map data as read; a file that does not match what the
// program has read is not used (the map is projected as before), nor is one that is malformed.
std::uint64_t baseMapFingerprint(const BaseMapData &data);
QByteArray writeProjectedBaseMap(const ProjectedBaseMap &base, std::uint64_t fingerprint);
// Null unless `bytes` hold the projected base map of `spec` for data of this fingerprint.
ProjectedBaseMap::Ptr readProjectedBaseMap(const QByteArray &bytes, const ProjectionSpec &spec, std::uint64_t fingerprint);
// Where the program looks for it.
QString projectedBaseMapPath();

} // namespace trilink::maps
