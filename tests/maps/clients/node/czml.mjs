// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Cesium's CzmlDataSource as a Cesium app loads a CZML file: `node czml.mjs FILE` prints, per entity with a
// position, what Cesium shows at each of its sample times (the Earth-fixed position as longitude, latitude and
// height, whether the entity is available then, the label, description, properties and path colours).
import { readFileSync } from "node:fs";
// Cesium's switch over property types names the browser's Image class; Node has none (no image is loaded).
globalThis.Image ??= class Image {};
const Cesium = await import("cesium");

const ds = await Cesium.CzmlDataSource.load(JSON.parse(readFileSync(process.argv[2], "utf8")));
const carto = new Cesium.Cartographic();
const out = [];
for (const e of ds.entities.values) {
  if (!e.position) continue;
  const sampled = e.position._property ?? e.position; // a reference-frame wrapper holds the sampled property
  const times = sampled._times ?? (sampled._intervals ? sampled._intervals._intervals.flatMap((i) => i.data._times ?? i.data._property?._times ?? []) : []);
  const samples = times.map((t) => {
    const p = e.position.getValueInReferenceFrame(t, Cesium.ReferenceFrame.FIXED);
    if (!p) return { time: Cesium.JulianDate.toIso8601(t, 3), available: e.isAvailable(t) };
    Cesium.Cartographic.fromCartesian(p, Cesium.Ellipsoid.WGS84, carto);
    const colour = e.path?.material?.getValue(t);
    return {
      time: Cesium.JulianDate.toIso8601(t, 3),
      available: e.isAvailable(t),
      lon: Cesium.Math.toDegrees(carto.longitude),
      lat: Cesium.Math.toDegrees(carto.latitude),
      height: carto.height,
      label: e.label?.text?.getValue(t),
      description: e.description?.getValue(t),
      properties: e.properties?.getValue(t),
      pathColour: colour?.color?.toCssHexString(),
      pathEdge: colour?.outlineColor?.toCssHexString(),
    };
  });
  out.push({ id: e.id, name: e.name, samples });
}
process.stdout.write(JSON.stringify(out));
