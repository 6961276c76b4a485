// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/BaseMap.h"

#include "maps/GdalSetup.h"

#include <gdal.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>


namespace trilink::maps {
namespace {
QPolygonF toPolygon(const OGRSimpleCurve &curve)
{
    QPolygonF out;
    out.reserve(curve.getNumPoints());
    for (int i = 0; i < curve.getNumPoints(); ++i)
        out << QPointF(curve.getX(i), curve.getY(i));
    return out;
}

// Flattens any geometry into its polygon rings or its line parts.
void collect(const OGRGeometry *g, std::vector<QPolygonF> &rings, std::vector<QPolygonF> &lines)
{
    if (!g)
        return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon: {
        const auto *p = g->toPolygon();
        for (const auto *ring : *p)
            rings.push_back(toPolygon(*ring));
        break;
    }
    case wkbLineString:
        lines.push_back(toPolygon(*g->toLineString()));
        break;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const auto *part : *g->toGeometryCollection())
            collect(part, rings, lines);
        break;
    default:
        break;
    }
}

struct DatasetCloser {
    void operator()(GDALDataset *d) const { GDALClose(d); }
};
} // namespace

std::size_t BaseMapData::vertexCount() const
{
    std::size_t n = 0;
    for (const auto *layer : {&landRings, &coastlines, &borders, &admin1})
        for (const auto &p : *layer)
            n += p.size();
    return n;
}

BaseMapReadResult readBaseMap(const QString &path)
{
    setUpGdal();
    if (!QFileInfo::exists(path))
        return {nullptr, QStringLiteral("%1: base map not found").arg(path)};
    const char *const geoPackageOnly[] = {"GPKG", nullptr};
    std::unique_ptr<GDALDataset, DatasetCloser> ds(GDALDataset::Open(
        path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, geoPackageOnly, nullptr, nullptr));
    if (!ds)
        return {nullptr, QStringLiteral("%1: GDAL cannot open it: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};

    auto data = std::make_shared<BaseMapData>();
    data->sourcePath = path;
    struct LayerTarget {
        const char *name;
        std::vector<QPolygonF> *lines;
    };
    std::vector<QPolygonF> unusedRings, unusedLines;
    OGRLayer *land = ds->GetLayerByName("land");
    const LayerTarget lineLayers[] = {{"coastline", &data->coastlines}, {"borders", &data->borders}, {"admin1", &data->admin1}};
    OGRLayer *places = ds->GetLayerByName("places");
    if (!land || !places)
        return {nullptr, QStringLiteral("%1: not a Trilink base map (needs layers land, coastline, borders, admin1, places)").arg(path)};

    for (auto &feature : *land)
        collect(feature->GetGeometryRef(), data->landRings, unusedLines);
    for (const auto &target : lineLayers) {
        OGRLayer *layer = ds->GetLayerByName(target.name);
        if (!layer)
            return {nullptr, QStringLiteral("%1: layer '%2' is missing").arg(path, QLatin1String(target.name))};
        for (auto &feature : *layer)
            collect(feature->GetGeometryRef(), unusedRings, *target.lines);
    }
    for (auto &feature : *places) {
        const OGRGeometry *g = feature->GetGeometryRef();
        if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint)
            continue;
        Place p;
        p.name = QString::fromUtf8(feature->GetFieldAsString("name"));
        p.kind = QString::fromUtf8(feature->GetFieldAsString("kind"));
        p.country = QString::fromUtf8(feature->GetFieldAsString("adm0_a3"));
        p.rank = feature->GetFieldAsInteger("rank");
        p.lon = g->toPoint()->getX();
        p.lat = g->toPoint()->getY();
        data->places.push_back(p);
    }
    std::stable_sort(data->places.begin(), data->places.end(),
                     [](const Place &a, const Place &b) { return a.rank < b.rank; });
    return {data, {}};
}

} // namespace trilink::maps
