// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/ProjectedBaseMapStore.h"

#include "maps/DataPaths.h"

#include <proj.h>

#include <cstring>
#include <limits>

namespace trilink::maps {
namespace {
constexpr char kMagic[8] = {'T', 'L', 'P', 'B', 'M', 'A', 'P', '1'};

// FNV-1a over 64-bit words.
struct Fnv {
    std::uint64_t h = 14695981039346656037ull;
    void add(std::uint64_t v)
    {
        h ^= v;
        h *= 1099511628211ull;
    }
    void add(double v)
    {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        add(bits);
    }
};

QByteArray keyText(const ProjectionSpec &spec)
{
    return spec.projString().toUtf8() + '\n' + QByteArray(proj_info().version);
}

class Writer {
public:
    void bytes(const void *p, std::size_t n) { out.append(static_cast<const char *>(p), static_cast<qsizetype>(n)); }
    void u64(std::uint64_t v) { bytes(&v, sizeof v); }
    void text(const QByteArray &t)
    {
        u64(static_cast<std::uint64_t>(t.size()));
        out.append(t);
    }
    void path(const QPainterPath &p)
    {
        u64(static_cast<std::uint64_t>(p.fillRule()));
        u64(static_cast<std::uint64_t>(p.elementCount()));
        for (int i = 0; i < p.elementCount(); ++i) {
            const QPainterPath::Element e = p.elementAt(i);
            const auto type = static_cast<std::uint8_t>(e.type);
            bytes(&type, 1);
            bytes(&e.x, sizeof(double));
            bytes(&e.y, sizeof(double));
        }
    }
    QByteArray out;
};

// Every read is checked against what is left, so a short or corrupt file is refused before anything is
// allocated for it.
class Reader {
public:
    explicit Reader(const QByteArray &b) : m_p(b.constData()), m_end(b.constData() + b.size()) {}
    bool bytes(void *to, std::size_t n)
    {
        if (static_cast<std::size_t>(m_end - m_p) < n)
            return m_ok = false;
        std::memcpy(to, m_p, n);
        m_p += n;
        return true;
    }
    std::uint64_t u64()
    {
        std::uint64_t v = 0;
        bytes(&v, sizeof v);
        return v;
    }
    QByteArray text()
    {
        const std::uint64_t n = u64();
        if (!m_ok || n > static_cast<std::uint64_t>(m_end - m_p))
            return m_ok = false, QByteArray();
        QByteArray t(m_p, static_cast<qsizetype>(n));
        m_p += n;
        return t;
    }
    QPainterPath path()
    {
        QPainterPath p;
        const std::uint64_t rule = u64(), n = u64();
        constexpr std::size_t kElementBytes = 1 + 2 * sizeof(double);
        if (!m_ok || rule > 1 || n > static_cast<std::uint64_t>(m_end - m_p) / kElementBytes)
            return m_ok = false, p;
        if (n == 0)
            return p; // as built: no element at all (setting a fill rule would add one)
        p.setFillRule(static_cast<Qt::FillRule>(rule));
        p.reserve(static_cast<int>(n));
        for (std::uint64_t i = 0; i < n && m_ok; ++i) {
            std::uint8_t type = 0;
            double x = 0, y = 0;
            bytes(&type, 1);
            bytes(&x, sizeof x);
            bytes(&y, sizeof y);
            // A path starts with a move; curves are never written (the projector makes lines).
            if (type == QPainterPath::MoveToElement)
                p.moveTo(x, y);
            else if (type == QPainterPath::LineToElement && i > 0)
                p.lineTo(x, y);
            else
                m_ok = false;
        }
        return p;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }

private:
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};
} // namespace

std::uint64_t baseMapFingerprint(const BaseMapData &data)
{
    Fnv f;
    for (const auto *layer : {&data.landRings, &data.coastlines, &data.borders, &data.admin1}) {
        f.add(static_cast<std::uint64_t>(layer->size()));
        for (const QPolygonF &ring : *layer) {
            f.add(static_cast<std::uint64_t>(ring.size()));
            for (const QPointF &p : ring) {
                f.add(p.x());
                f.add(p.y());
            }
        }
    }
    return f.h;
}

QByteArray writeProjectedBaseMap(const ProjectedBaseMap &base, std::uint64_t fingerprint)
{
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.text(keyText(base.spec));
    w.u64(fingerprint);
    for (const QPainterPath *p : {&base.land, &base.coast, &base.borders, &base.admin1, &base.landCoarse, &base.coastCoarse, &base.bordersCoarse,
                                  &base.earthOutline})
        w.path(*p);
    w.u64(base.graticule.size());
    for (const GraticuleLine &g : base.graticule) {
        w.bytes(&g.valueDeg, sizeof(double));
        w.u64(g.meridian ? 1 : 0);
        w.path(g.path);
    }
    return w.out;
}

ProjectedBaseMap::Ptr readProjectedBaseMap(const QByteArray &bytes, const ProjectionSpec &spec, std::uint64_t fingerprint)
{
    Reader r(bytes);
    char magic[sizeof kMagic] = {};
    if (!r.bytes(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0 || r.text() != keyText(spec) || r.u64() != fingerprint ||
        !r.ok())
        return nullptr;
    auto base = std::make_shared<ProjectedBaseMap>();
    base->spec = spec;
    for (QPainterPath *p : {&base->land, &base->coast, &base->borders, &base->admin1, &base->landCoarse, &base->coastCoarse, &base->bordersCoarse,
                            &base->earthOutline})
        *p = r.path();
    const std::uint64_t lines = r.u64();
    if (!r.ok() || lines > 100'000)
        return nullptr;
    for (std::uint64_t i = 0; i < lines && r.ok(); ++i) {
        GraticuleLine g;
        r.bytes(&g.valueDeg, sizeof(double));
        g.meridian = r.u64() != 0;
        g.path = r.path();
        base->graticule.push_back(std::move(g));
    }
    if (!r.ok() || !r.atEnd())
        return nullptr;
    return base;
}

QString projectedBaseMapPath()
{
    return dataDir() + QStringLiteral("/basemap/regional.projected");
}

} // namespace trilink::maps
