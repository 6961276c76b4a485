// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Mapbox's togeojson as a GPX or KML converter: `node togeojson.mjs gpx|kml FILE` prints its GeoJSON.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { gpx, kml } from "@tmcw/togeojson";

const [kind, file] = process.argv.slice(2);
const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/xml");
process.stdout.write(JSON.stringify(kind === "gpx" ? gpx(doc) : kml(doc)));
