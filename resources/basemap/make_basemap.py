#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build resources/basemap/trilink-basemap.gpkg (offline base map for Trilink).

Inputs (see make_basemap.sh for how they are fetched):
  * world-atlas 2.0.2 (npm, ISC): Natural Earth v4.1.0 as TopoJSON
      land-10m.json, land-50m.json, countries-10m.json, countries-50m.json
  * world_map.gpkg from Debian qgis-common 3.22.16 (Natural Earth 10m v4.1.0,
    layer states_provinces)
  * places.csv (next to this script)

Output: a GeoPackage in EPSG:4326 (lon/lat degrees) with the layers
  land(detail), coastline(detail), borders(detail), admin1(adm0_a3),
  places(name, kind, adm0_a3, rank, source).

Must be run with Debian's /usr/bin/python3 + python3-gdal (osgeo).
The output is deterministic: same inputs -> byte-identical file.
"""

import argparse
import csv
import json
import math
import os
import sqlite3
import sys

from osgeo import gdal, ogr, osr

ogr.UseExceptions()
gdal.UseExceptions()
gdal.PushErrorHandler("CPLQuietErrorHandler")   # IsValid() reports every self-intersection

# ----------------------------------------------------------------------------
# Parameters (documented in README.md; change both together)
# ----------------------------------------------------------------------------
BOX = (95.0, -5.0, 180.0, 62.0)      # region box: lon_min, lat_min, lon_max, lat_max
TOL_10M = 0.0                        # Douglas-Peucker tolerance (deg) for 10m arcs in the box: none
TOL_50M = 0.02                       # Douglas-Peucker tolerance (deg) for 50m world arcs
ADMIN1_COUNTRIES = ("CHN", "JPN", "KOR", "MNG", "PRK", "RUS", "TWN")
ADMIN1_MIN_LEN = 0.001               # drop admin1 fragments shorter than this (deg)
FIXED_DATE = "2018-05-21T00:00:00.000Z"   # gpkg_contents.last_change (NE v4.1.0 release date)
EPS = 1e-9

DESCRIPTIONS = {
    "land": "Land polygons. Natural Earth v4.1.0 (world-atlas 2.0.2): land-10m inside "
            "lon 95..180 / lat -5..62, land-50m (DP 0.02 deg) elsewhere.",
    "coastline": "Coast lines = arcs of the land topology (land-10m in the box, land-50m "
                 "DP 0.02 deg outside), antimeridian and polar cut lines removed.",
    "borders": "International land borders = arcs shared by two countries in countries-10m "
               "(box) / countries-50m (outside). Natural Earth v4.1.0 via world-atlas 2.0.2.",
    "admin1": "Internal first-level administrative lines for CHN JPN KOR MNG PRK RUS TWN "
              "(Natural Earth 10m v4.1.0 states_provinces via QGIS world_map.gpkg), region box only.",
    "places": "Capitals and major cities of the region (places.csv, public coordinates).",
}


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def rect(x0, y0, x1, y1):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    p = ogr.Geometry(ogr.wkbPolygon)
    p.AddGeometry(ring)
    return p


BOX_POLY = rect(*BOX)
WORLD = rect(-180.0, -90.0, 180.0, 90.0)


def snap(v, lim):
    if abs(abs(v) - lim) < 1e-9:
        return math.copysign(lim, v)
    return v


# ----------------------------------------------------------------------------
# TopoJSON
# ----------------------------------------------------------------------------
class Topology:
    def __init__(self, path):
        with open(path, "rb") as fh:
            t = json.load(fh)
        self.objects = t["objects"]
        sx, sy = t["transform"]["scale"]
        tx, ty = t["transform"]["translate"]
        self.arcs = []
        for arc in t["arcs"]:
            x = y = 0
            pts = []
            for dx, dy in arc:
                x += dx
                y += dy
                pts.append((snap(x * sx + tx, 180.0), snap(y * sy + ty, 90.0)))
            self.arcs.append(pts)

    def polygons(self, name):
        """Yield polygons (list of rings, each a list of signed arc indices)."""
        for g in self.objects[name]["geometries"]:
            if g["type"] == "Polygon":
                yield g["arcs"]
            elif g["type"] == "MultiPolygon":
                for p in g["arcs"]:
                    yield p

    def shared_arcs(self, name):
        """Arc indices used by two different geometries (topojson.mesh(a !== b))."""
        users = {}
        for gi, g in enumerate(self.objects[name]["geometries"]):
            stack = [g.get("arcs", [])]
            while stack:
                v = stack.pop()
                if isinstance(v, int):
                    users.setdefault(v if v >= 0 else ~v, set()).add(gi)
                else:
                    stack.extend(v)
        return sorted(a for a, s in users.items() if len(s) >= 2)


def unwrap(pts):
    """Make longitudes continuous (no step > 180 deg) by adding multiples of 360."""
    out = [pts[0]]
    off = 0.0
    for x, y in pts[1:]:
        px = out[-1][0]
        xx = x + off
        while xx - px > 180.0:
            off -= 360.0
            xx -= 360.0
        while xx - px < -180.0:
            off += 360.0
            xx += 360.0
        out.append((xx, y))
    return out


def _seg_dist2(p, a, b):
    ax, ay = a
    bx, by = b
    px, py = p
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    if l2 == 0.0:
        return (px - ax) ** 2 + (py - ay) ** 2
    t = ((px - ax) * dx + (py - ay) * dy) / l2
    t = 0.0 if t < 0.0 else (1.0 if t > 1.0 else t)
    qx, qy = ax + t * dx, ay + t * dy
    return (px - qx) ** 2 + (py - qy) ** 2


def simplify_arc(raw, tol):
    """Douglas-Peucker on one arc, endpoints fixed (keeps the topology's junctions).

    Distances are computed on the unwrapped arc; points on the antimeridian and
    on the polar cut (lat <= -89.99) are always kept, and no kept segment may span
    more than 90 deg of longitude. Closed arcs that would collapse stay unchanged.
    """
    n = len(raw)
    if tol <= 0.0 or n <= 2:
        return raw
    u = unwrap(raw)
    keep = [False] * n
    keep[0] = keep[-1] = True
    for i, (x, y) in enumerate(raw):
        if abs(x) == 180.0 or y <= -89.99:
            keep[i] = True
    anchors = [i for i in range(n) if keep[i]]
    stack = [(a, b) for a, b in zip(anchors, anchors[1:]) if b - a > 1]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        pa, pb = u[a], u[b]
        dmax, imax = -1.0, -1
        for i in range(a + 1, b):
            d = _seg_dist2(u[i], pa, pb)
            if d > dmax:
                dmax, imax = d, i
        if dmax > tol2 or abs(pb[0] - pa[0]) > 90.0:
            keep[imax] = True
            if imax - a > 1:
                stack.append((a, imax))
            if b - imax > 1:
                stack.append((imax, b))
    res = [raw[i] for i in range(n) if keep[i]]
    if raw[0] == raw[-1] and len(res) < 4:
        return raw
    return res


def simplify_arcs(arcs, tol, only=None):
    if tol <= 0.0:
        return list(arcs)
    return [simplify_arc(a, tol) if (only is None or i in only) else a
            for i, a in enumerate(arcs)]


def ring_points(arcs, idxs):
    pts = []
    for i in idxs:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a[1:] if pts else a)
    return pts


def shoelace(pts):
    s = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        s += x0 * y1 - x1 * y0
    return s / 2.0


def unwrap_ring(pts):
    """Unwrapped ring; rings that wind around a pole are closed through the pole."""
    u = unwrap(pts)
    span = u[-1][0] - u[0][0]
    if abs(span) > 1e-6:
        if abs(abs(span) - 360.0) > 1e-6:
            raise ValueError("ring does not close (span %r)" % span)
        pole = -90.0 if sum(y for _, y in u) < 0 else 90.0
        u = u[:-1] + [(u[-1][0], u[-1][1]), (u[-1][0], pole), (u[0][0], pole), u[0]]
    return u


def make_polygon(rings):
    p = ogr.Geometry(ogr.wkbPolygon)
    for r in rings:
        lr = ogr.Geometry(ogr.wkbLinearRing)
        for x, y in r:
            lr.AddPoint_2D(x, y)
        p.AddGeometry(lr)
    return p


def make_line(pts):
    ls = ogr.Geometry(ogr.wkbLineString)
    for x, y in pts:
        ls.AddPoint_2D(x, y)
    return ls


def parts(geom, kinds):
    """Recursively extract simple parts of the given OGR flat types."""
    out = []
    if geom is None or geom.IsEmpty():
        return out
    t = ogr.GT_Flatten(geom.GetGeometryType())
    if t in kinds:
        out.append(geom.Clone())
    elif t in (ogr.wkbMultiPolygon, ogr.wkbMultiLineString, ogr.wkbMultiPoint,
               ogr.wkbGeometryCollection):
        for i in range(geom.GetGeometryCount()):
            out.extend(parts(geom.GetGeometryRef(i), kinds))
    return out


def polygons_of(geom):
    return [p for p in parts(geom, (ogr.wkbPolygon,)) if p.GetArea() > 0.0]


def lines_of(geom):
    return [l for l in parts(geom, (ogr.wkbLineString,)) if l.Length() > 0.0]


SHIFTS = (-720.0, -360.0, 0.0, 360.0, 720.0)


def window_polygon(rings):
    """Unwrapped rings (exterior first) -> valid polygons inside [-180, 180]."""
    ext = rings[0]
    cx = (min(x for x, _ in ext) + max(x for x, _ in ext)) / 2.0
    aligned = [ext]
    for h in rings[1:]:
        hx = (min(x for x, _ in h) + max(x for x, _ in h)) / 2.0
        k = 360.0 * round((cx - hx) / 360.0)
        aligned.append([(x + k, y) for x, y in h])
    minx = min(x for r in aligned for x, _ in r)
    maxx = max(x for r in aligned for x, _ in r)
    out = []
    for k in SHIFTS:
        if maxx + k <= -180.0 or minx + k >= 180.0:
            continue
        poly = make_polygon([[(x + k, y) for x, y in r] for r in aligned])
        if not poly.IsValid():
            poly = poly.MakeValid()
        if minx + k < -180.0 or maxx + k > 180.0:
            poly = poly.Intersection(WORLD)
        out.extend(polygons_of(poly))
    return out


def is_artificial(p, q):
    """Segment along the antimeridian or along the polar cut line."""
    if abs(abs(p[0]) - 180.0) < 1e-7 and abs(p[0] - q[0]) < 1e-7:
        return True
    if p[1] <= -89.99 and q[1] <= -89.99:
        return True
    return False


def split_artificial(pts):
    res, cur = [], [pts[0]]
    for p, q in zip(pts, pts[1:]):
        if is_artificial(p, q):
            if len(cur) >= 2:
                res.append(cur)
            cur = [q]
        else:
            cur.append(q)
    if len(cur) >= 2:
        res.append(cur)
    return res


def window_line(raw):
    """Arc -> list of point lists inside [-180, 180] without artificial cut segments."""
    u = unwrap(raw)
    minx = min(x for x, _ in u)
    maxx = max(x for x, _ in u)
    out = []
    for k in SHIFTS:
        if maxx + k < -180.0 or minx + k > 180.0:
            continue
        pts = [(x + k, y) for x, y in u]
        if minx + k >= -180.0 and maxx + k <= 180.0:
            pieces = [pts]
        else:
            pieces = [l.GetPoints() for l in lines_of(make_line(pts).Intersection(WORLD))]
        for pc in pieces:
            pc = [(p[0], p[1]) for p in pc]
            out.extend(split_artificial(pc))
    return out


def envelope_hits_box(geom):
    x0, x1, y0, y1 = geom.GetEnvelope()
    return not (x1 < BOX[0] or x0 > BOX[2] or y1 < BOX[1] or y0 > BOX[3])


def sort_key(geom):
    x0, x1, y0, y1 = geom.GetEnvelope()
    return (round(x0, 9), round(y0, 9), round(x1, 9), round(y1, 9), geom.ExportToWkb())


# ----------------------------------------------------------------------------
# Layers
# ----------------------------------------------------------------------------
def build_land(topo, tol, inside):
    """inside=True: land clipped to BOX; inside=False: land minus BOX."""
    arcs_s = simplify_arcs(topo.arcs, tol)
    polys = []
    restored = 0
    polar = 0
    for prings in topo.polygons("land"):
        rings = []
        for k, r in enumerate(prings):
            pts = ring_points(arcs_s, r)
            if tol > 0.0 and (len(pts) < 4 or abs(shoelace(unwrap(pts))) < 1e-12):
                restored += 1
                pts = ring_points(topo.arcs, r)   # collapsed by simplification: keep original
            if k > 0 and all(y <= -89.99 for _, y in pts):
                # land-50m Antarctica carries a tiny "hole" ring around the South Pole
                # at lat -89.999 (spherical artefact of the polar cut): drop it.
                polar += 1
                continue
            if k > 0 and (len(pts) < 4 or abs(shoelace(unwrap(pts))) < 1e-12):
                continue
            rings.append(unwrap_ring(pts))
        polys.extend(window_polygon(rings))
    if inside:
        polys = [p for p in polys if envelope_hits_box(p)]
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in polys:
        mp.AddGeometry(p)
    u = mp.UnionCascaded()
    if not u.IsValid():
        u = u.MakeValid()
    res = u.Intersection(BOX_POLY) if inside else u.Difference(BOX_POLY)
    out = []
    for p in polygons_of(res):
        if not p.IsValid():
            out.extend(polygons_of(p.MakeValid()))
        else:
            out.append(p)
    out.sort(key=sort_key)
    log("  land %s: %d polygons (%d rings kept unsimplified to avoid collapse, "
        "%d polar artefact rings dropped)"
        % ("in box" if inside else "outside box", len(out), restored, polar))
    return out


def clip_lines(pieces, inside):
    if not pieces:
        return None
    mls = ogr.Geometry(ogr.wkbMultiLineString)
    for pc in pieces:
        mls.AddGeometry(make_line(pc))
    if inside:
        x0, x1, y0, y1 = mls.GetEnvelope()
        if x0 >= BOX[0] and x1 <= BOX[2] and y0 >= BOX[1] and y1 <= BOX[3]:
            res = mls
        elif not envelope_hits_box(mls):
            return None
        else:
            res = mls.Intersection(BOX_POLY)
    else:
        res = mls.Difference(BOX_POLY) if envelope_hits_box(mls) else mls
    ls = lines_of(res)
    if not ls:
        return None
    out = ogr.Geometry(ogr.wkbMultiLineString)
    for l in ls:
        out.AddGeometry(l)
    return out


def build_arc_lines(topo, arc_ids, tol, inside):
    arcs_s = simplify_arcs(topo.arcs, tol, only=set(arc_ids))
    out = []
    for i in arc_ids:
        g = clip_lines(window_line(arcs_s[i]), inside)
        if g is not None:
            out.append((i, g))
    return out


def linemerge(lines):
    """Merge LineStrings (point lists) at nodes of degree 2. Deterministic."""
    lines = [list(l) for l in lines if len(l) >= 2]
    deg = {}
    at = {}
    for i, l in enumerate(lines):
        for end in (l[0], l[-1]):
            deg[end] = deg.get(end, 0) + 1
            at.setdefault(end, []).append(i)
    used = [False] * len(lines)
    out = []

    def other(node, cur):
        for j in at[node]:
            if j != cur and not used[j]:
                return j
        return None

    for i in range(len(lines)):
        if used[i]:
            continue
        used[i] = True
        chain = list(lines[i])
        # extend forward
        while deg[chain[-1]] == 2 and chain[-1] != chain[0]:
            j = other(chain[-1], None)
            if j is None:
                break
            used[j] = True
            l = lines[j]
            chain.extend((l if l[0] == chain[-1] else l[::-1])[1:])
        # extend backward
        while deg[chain[0]] == 2 and chain[-1] != chain[0]:
            j = other(chain[0], None)
            if j is None:
                break
            used[j] = True
            l = lines[j]
            l = l if l[-1] == chain[0] else l[::-1]
            chain = l[:-1] + chain
        out.append(chain)
    return out


def build_admin1(gpkg_path, land_in_box):
    ds = ogr.Open(gpkg_path)
    lyr = ds.GetLayerByName("states_provinces")
    names = [lyr.GetLayerDefn().GetFieldDefn(i).GetName()
             for i in range(lyr.GetLayerDefn().GetFieldCount())]
    if "adm0_a3" not in names:
        raise SystemExit("states_provinces has no adm0_a3 field: %r" % names)
    clip = rect(BOX[0] - 1.0, BOX[1] - 1.0, min(BOX[2] + 1.0, 180.0), BOX[3] + 1.0)
    land = ogr.Geometry(ogr.wkbMultiPolygon)
    for p in land_in_box:
        land.AddGeometry(p)
    out = []
    for c in ADMIN1_COUNTRIES:
        lyr.SetAttributeFilter("adm0_a3 = '%s'" % c)
        feats = sorted(((f.GetFID(), f.GetGeometryRef().Clone()) for f in lyr),
                       key=lambda t: t[0])
        mp = ogr.Geometry(ogr.wkbMultiPolygon)
        bnd = ogr.Geometry(ogr.wkbMultiLineString)
        for _, g in feats:
            if not g.IsValid():
                g = g.MakeValid()
            if not envelope_hits_box(g):
                continue
            for p in polygons_of(g.Intersection(clip)):
                mp.AddGeometry(p)
                for l in lines_of(p.GetBoundary()):
                    bnd.AddGeometry(l)
        if mp.GetGeometryCount() == 0:
            log("  admin1 %s: nothing in box" % c)
            continue
        outline = mp.UnionCascaded().GetBoundary()
        noded = bnd.Union(bnd)                      # node + dissolve shared edges
        internal = noded.Difference(outline)        # edges shared by two provinces
        internal = internal.Intersection(BOX_POLY)  # region only
        internal = internal.Intersection(land)      # never over the sea (10m land)
        merged = linemerge([l.GetPoints() for l in lines_of(internal)])
        geoms = []
        for pts in merged:
            g = make_line([(p[0], p[1]) for p in pts])
            if g.Length() >= ADMIN1_MIN_LEN:
                geoms.append(g)
        geoms.sort(key=sort_key)
        log("  admin1 %s: %d provinces, %d lines, length %.1f deg"
            % (c, len(feats), len(geoms), sum(g.Length() for g in geoms)))
        out.extend((c, g) for g in geoms)
    return out


def read_places(path):
    kinds = {"capital", "city", "territory"}
    rows = []
    with open(path, newline="", encoding="utf-8") as fh:
        rd = csv.DictReader(fh)
        exp = ["name", "kind", "adm0_a3", "rank", "lon", "lat", "source"]
        if rd.fieldnames != exp:
            raise SystemExit("places.csv header must be %s, got %s" % (exp, rd.fieldnames))
        for r in rd:
            lon, lat, rank = float(r["lon"]), float(r["lat"]), int(r["rank"])
            if r["kind"] not in kinds:
                raise SystemExit("bad kind %r" % r["kind"])
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise SystemExit("bad coordinates for %s" % r["name"])
            rows.append(dict(name=r["name"], kind=r["kind"], adm0_a3=r["adm0_a3"],
                             rank=rank, lon=lon, lat=lat, source=r["source"]))
    rows.sort(key=lambda r: (r["rank"], r["name"]))
    return rows


# ----------------------------------------------------------------------------
# Output
# ----------------------------------------------------------------------------
def vertex_count(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t in (ogr.wkbPoint, ogr.wkbLineString, ogr.wkbLinearRing):
        return max(g.GetPointCount(), 1 if t == ogr.wkbPoint else 0)
    return sum(vertex_count(g.GetGeometryRef(i)) for i in range(g.GetGeometryCount()))


def to_multi(g, t):
    if t == ogr.wkbMultiPolygon:
        return ogr.ForceToMultiPolygon(g)
    if t == ogr.wkbMultiLineString:
        return ogr.ForceToMultiLineString(g)
    return g


def write_gpkg(out_path, layers):
    gdal.SetConfigOption("OGR_CURRENT_DATE", FIXED_DATE)
    tmp = out_path[:-5] + ".tmp.gpkg" if out_path.endswith(".gpkg") else out_path + ".tmp.gpkg"
    for p in (tmp, tmp + "-journal", tmp + "-wal", tmp + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(tmp)
    for name, gtype, fields, rows in layers:
        lyr = ds.CreateLayer(name, srs, gtype, options=[
            "GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=YES",
            "DESCRIPTION=" + DESCRIPTIONS[name]])
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, ftype))
        defn = lyr.GetLayerDefn()
        lyr.StartTransaction()
        for attrs, geom in rows:
            f = ogr.Feature(defn)
            for (fname, _), v in zip(fields, attrs):
                f.SetField(fname, v)
            f.SetGeometry(to_multi(geom, gtype))
            lyr.CreateFeature(f)
        lyr.CommitTransaction()
    ds = None
    con = sqlite3.connect(tmp)
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, out_path)


# ----------------------------------------------------------------------------
# Checks
# ----------------------------------------------------------------------------
def point(x, y):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(x, y)
    return p


def max_dlon(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t in (ogr.wkbLineString, ogr.wkbLinearRing):
        pts = g.GetPoints() or []
        m = 0.0
        for p, q in zip(pts, pts[1:]):
            if abs(p[1]) >= 89.99 and abs(q[1]) >= 89.99:
                continue        # edge along the pole line (Antarctica's bottom), not a straddle
            m = max(m, abs(q[0] - p[0]))
        return m
    return max([max_dlon(g.GetGeometryRef(i)) for i in range(g.GetGeometryCount())] or [0.0])


def along_180(g):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t == ogr.wkbLineString:
        pts = g.GetPoints() or []
        return sum(1 for p, q in zip(pts, pts[1:]) if is_artificial(p, q))
    return sum(along_180(g.GetGeometryRef(i)) for i in range(g.GetGeometryCount()))


def check(out_path):
    ds = ogr.Open(out_path)
    ok = True
    summary = []

    def fail(msg):
        nonlocal ok
        ok = False
        log("CHECK FAILED: " + msg)

    for i in range(ds.GetLayerCount()):
        lyr = ds.GetLayer(i)
        n = v = bad = 0
        md = 0.0
        a180 = 0
        for f in lyr:
            g = f.GetGeometryRef()
            n += 1
            v += vertex_count(g)
            if not g.IsValid():
                bad += 1
            md = max(md, max_dlon(g))
            if lyr.GetName() in ("coastline", "borders", "admin1"):
                a180 += along_180(g)
            x0, x1, y0, y1 = g.GetEnvelope()
            if x0 < -180 or x1 > 180 or y0 < -90 or y1 > 90:
                fail("%s fid %d out of range" % (lyr.GetName(), f.GetFID()))
        ext = lyr.GetExtent()
        summary.append((lyr.GetName(), n, v, ext))
        if bad:
            fail("%s: %d invalid geometries" % (lyr.GetName(), bad))
        if md > 90.0:
            fail("%s: segment spanning %.1f deg of longitude (antimeridian straddle?)"
                 % (lyr.GetName(), md))
        if a180:
            fail("%s: %d segments along the antimeridian/polar cut" % (lyr.GetName(), a180))
        log("  %-9s features=%6d vertices=%8d max_dlon=%.3f extent=(%.4f, %.4f, %.4f, %.4f)"
            % (lyr.GetName(), n, v, md, ext[0], ext[2], ext[1], ext[3]))

    land = ds.GetLayerByName("land")

    def on_land(x, y):
        land.SetSpatialFilter(point(x, y))
        hit = any(f.GetGeometryRef().Contains(point(x, y)) for f in land)
        land.SetSpatialFilter(None)
        return hit

    if not on_land(126.98, 37.57):
        fail("Seoul (126.98, 37.57) not on land")
    if on_land(135.0, 40.0):
        fail("Sea of Japan (135, 40) is on land")
    # 10m / 50m must not overlap
    land.SetAttributeFilter("detail = '50m'")
    for f in land:
        if sum(q.GetArea() for q in polygons_of(f.GetGeometryRef().Intersection(BOX_POLY))) > 1e-9:
            fail("50m land polygon fid %d overlaps the region box" % f.GetFID())
    land.SetAttributeFilter(None)
    # KOR-PRK border near 127E 38N
    b = ds.GetLayerByName("borders")
    b.SetSpatialFilter(rect(126.0, 37.5, 129.0, 39.0))
    dmz = sum(f.GetGeometryRef().Intersection(rect(126.0, 37.5, 129.0, 39.0)).Length()
              for f in b if f.GetField("detail") == "10m")
    b.SetSpatialFilter(None)
    if dmz < 2.0:
        fail("KOR-PRK border missing near 127E 38N (length %.2f)" % dmz)
    log("  KOR-PRK border length in 126..129E/37.5..39N: %.2f deg" % dmz)
    d = min(f.GetGeometryRef().Distance(point(127.0, 38.0)) for f in b if f.GetField("detail") == "10m")
    log("  distance (127E, 38N) -> nearest 10m border: %.3f deg" % d)
    # places on land?
    p = ds.GetLayerByName("places")
    for f in p:
        g = f.GetGeometryRef()
        x, y = g.GetX(), g.GetY()
        if not on_land(x, y):
            land.SetSpatialFilter(rect(x - 1, y - 1, x + 1, y + 1))
            dist = min([lf.GetGeometryRef().Distance(g) for lf in land] or [99])
            land.SetSpatialFilter(None)
            log("  note: place %s (%.4f, %.4f) is %.4f deg off the 10m land polygon"
                % (f.GetField("name"), x, y, dist))
            if dist > 0.05:
                fail("place %s far from land" % f.GetField("name"))
    ds = None
    if not ok:
        raise SystemExit(1)
    return summary


# ----------------------------------------------------------------------------
def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--world-atlas-dir", required=True,
                    help="directory with world-atlas 2.0.2 *-10m.json / *-50m.json")
    ap.add_argument("--world-map-gpkg", required=True,
                    help="world_map.gpkg from qgis-common 3.22.16")
    ap.add_argument("--places", default=os.path.join(here, "places.csv"))
    ap.add_argument("--out", default=os.path.join(here, "trilink-basemap.gpkg"))
    a = ap.parse_args()

    wa = a.world_atlas_dir
    log("decoding TopoJSON ...")
    land10 = Topology(os.path.join(wa, "land-10m.json"))
    land50 = Topology(os.path.join(wa, "land-50m.json"))
    ctry10 = Topology(os.path.join(wa, "countries-10m.json"))
    ctry50 = Topology(os.path.join(wa, "countries-50m.json"))

    log("land ...")
    land_in = build_land(land10, TOL_10M, True)
    land_out = build_land(land50, TOL_50M, False)

    log("coastline ...")
    coast_in = build_arc_lines(land10, range(len(land10.arcs)), TOL_10M, True)
    coast_out = build_arc_lines(land50, range(len(land50.arcs)), TOL_50M, False)
    log("  coastline: %d arcs in box, %d outside" % (len(coast_in), len(coast_out)))

    log("borders ...")
    sh10 = ctry10.shared_arcs("countries")
    sh50 = ctry50.shared_arcs("countries")
    bord_in = build_arc_lines(ctry10, sh10, TOL_10M, True)
    bord_out = build_arc_lines(ctry50, sh50, TOL_50M, False)
    log("  borders: %d/%d shared arcs (10m/50m); %d in box, %d outside"
        % (len(sh10), len(sh50), len(bord_in), len(bord_out)))

    log("admin1 ...")
    admin1 = build_admin1(a.world_map_gpkg, land_in)

    log("places ...")
    places = read_places(a.places)

    S, I = ogr.OFTString, ogr.OFTInteger64
    layers = [
        ("land", ogr.wkbMultiPolygon, [("detail", S)],
         [(("10m",), g) for g in land_in] + [(("50m",), g) for g in land_out]),
        ("coastline", ogr.wkbMultiLineString, [("detail", S)],
         [(("10m",), g) for _, g in coast_in] + [(("50m",), g) for _, g in coast_out]),
        ("borders", ogr.wkbMultiLineString, [("detail", S)],
         [(("10m",), g) for _, g in bord_in] + [(("50m",), g) for _, g in bord_out]),
        ("admin1", ogr.wkbMultiLineString, [("adm0_a3", S)],
         [((c,), g) for c, g in admin1]),
        ("places", ogr.wkbPoint,
         [("name", S), ("kind", S), ("adm0_a3", S), ("rank", I), ("source", S)],
         [((r["name"], r["kind"], r["adm0_a3"], r["rank"], r["source"]),
           point(r["lon"], r["lat"])) for r in places]),
    ]
    log("writing %s ..." % a.out)
    write_gpkg(a.out, layers)
    log("checking ...")
    check(a.out)
    log("done: %s (%d bytes)" % (a.out, os.path.getsize(a.out)))


if __name__ == "__main__":
    main()
