// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Mapbox's geojsonhint: `node geojsonhint.mjs FILE` prints its list of errors and warnings (RFC 7946) as JSON.
import { readFileSync } from "node:fs";
import geojsonhint from "@mapbox/geojsonhint";

process.stdout.write(JSON.stringify(geojsonhint.hint(readFileSync(process.argv[2], "utf8"))));
