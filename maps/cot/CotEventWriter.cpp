// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotEventWriter.h"

#include "maps/cot/CotDetailXml.h"
#include "maps/cot/TakProtoCodec.h"
#include "maps/trackio/TrackParsing.h"

#include <QBuffer>
#include <QXmlStreamWriter>

namespace trilink::maps::cot {
namespace {

void attribute(QXmlStreamWriter &w, const char *name, const QString &value)
{
    if (!value.isEmpty())
        w.writeAttribute(QLatin1String(name), value);
}

QString altitude(const CotEvent &e)
{
    return e.hasHae() ? detail::numberText(e.hae) : QStringLiteral("9999999.0");
}

QString error(double metres)
{
    return CotEvent::isKnownError(metres) ? detail::numberText(metres) : QStringLiteral("9999999.0");
}

void appendVarint(QByteArray &out, std::uint64_t v)
{
    do {
        const auto low = static_cast<char>(v & 0x7f);
        v >>= 7;
        out.append(static_cast<char>(low | (v ? 0x80 : 0)));
    } while (v);
}

} // namespace

QByteArray CotEventWriter::xml(const CotEvent &e)
{
    QByteArray out;
    out.reserve(768);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    {
    QBuffer device(&out);
    device.open(QIODevice::WriteOnly | QIODevice::Append);
    QXmlStreamWriter w(&device);
    w.writeStartElement(QStringLiteral("event"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    w.writeAttribute(QStringLiteral("uid"), e.uid);
    w.writeAttribute(QStringLiteral("type"), e.type);
    attribute(w, "how", e.how);
    attribute(w, "access", e.access);
    attribute(w, "qos", e.qos);
    attribute(w, "opex", e.opex);
    w.writeAttribute(QStringLiteral("time"), trackio::isoUtcMsText(e.timeMs));
    w.writeAttribute(QStringLiteral("start"), trackio::isoUtcMsText(e.startMs));
    w.writeAttribute(QStringLiteral("stale"), trackio::isoUtcMsText(e.staleMs));
    w.writeEmptyElement(QStringLiteral("point"));
    w.writeAttribute(QStringLiteral("lat"), detail::numberText(e.lat));
    w.writeAttribute(QStringLiteral("lon"), detail::numberText(e.lon));
    w.writeAttribute(QStringLiteral("hae"), altitude(e));
    w.writeAttribute(QStringLiteral("ce"), error(e.ce));
    w.writeAttribute(QStringLiteral("le"), error(e.le));
    w.writeStartElement(QStringLiteral("detail"));
    detail::writeDetailChildren(w, e, detail::Children::All);
    w.writeEndElement(); // detail
    w.writeEndElement(); // event
    }
    return out;
}

QByteArray CotEventWriter::takPayload(const CotEvent &e)
{
    QByteArray xmlDetail;
    {
        QBuffer device(&xmlDetail);
        device.open(QIODevice::WriteOnly);
        QXmlStreamWriter w(&device);
        detail::writeDetailChildren(w, e, detail::Children::WithoutTyped);
        w.writeCharacters(QString()); // an empty element is closed by what follows it: here, nothing
    }
    return tak::encode(e, xmlDetail);
}

QByteArray CotEventWriter::takMeshMessage(const CotEvent &e)
{
    QByteArray out("\xbf\x01\xbf", 3);
    out.append(takPayload(e));
    return out;
}

QByteArray CotEventWriter::takStreamMessage(const CotEvent &e)
{
    const QByteArray payload = takPayload(e);
    QByteArray out;
    out.reserve(payload.size() + 11);
    out.append('\xbf');
    appendVarint(out, static_cast<std::uint64_t>(payload.size()));
    out.append(payload);
    return out;
}

} // namespace trilink::maps::cot
