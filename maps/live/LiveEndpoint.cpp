// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/LiveEndpoint.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace trilink::maps::live {
namespace {

struct Scheme {
    LiveEndpoint::Kind kind;
    bool tls;
    const char *name;
};

constexpr Scheme kSchemes[] = {
    {LiveEndpoint::Kind::UdpListen, false, "udp"},          {LiveEndpoint::Kind::TcpListen, false, "tcp-listen"},
    {LiveEndpoint::Kind::TakServer, false, "tak"},          {LiveEndpoint::Kind::TakServer, true, "tak+tls"},
    {LiveEndpoint::Kind::UdpSend, false, "udp-send"},       {LiveEndpoint::Kind::TcpSend, false, "tcp"},
    {LiveEndpoint::Kind::TcpSend, true, "tcp+tls"},
};

} // namespace

bool parseHostPort(const QString &text, QString &host, quint16 &port, QString *error, const QString &defaultHost)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString t = text.trimmed();
    QString portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0 || t.mid(close + 1, 1) != u":")
            return fail(QStringLiteral("'%1' is not [ADDRESS]:PORT").arg(text));
        host = t.mid(1, close - 1);
        portText = t.mid(close + 2);
    } else if (const qsizetype colon = t.lastIndexOf(u':'); colon >= 0 && t.count(u':') == 1) {
        host = t.left(colon);
        portText = t.mid(colon + 1);
    } else if (!defaultHost.isEmpty() && !t.contains(u':')) {
        host = defaultHost;
        portText = t;
    } else {
        return fail(QStringLiteral("'%1' is not HOST:PORT").arg(text));
    }
    bool ok = false;
    const int p = portText.toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return fail(QStringLiteral("'%1': the port must be 1 to 65535").arg(text));
    if (host.isEmpty())
        return fail(QStringLiteral("'%1' names no host").arg(text));
    port = static_cast<quint16>(p);
    return true;
}

bool LiveEndpoint::isMulticast() const
{
    const QHostAddress a(host);
    return !a.isNull() && a.isMulticast();
}

QString LiveEndpoint::text() const
{
    QString kindText;
    switch (kind) {
    case Kind::UdpListen:
        kindText = isMulticast() ? QStringLiteral("udp multicast") : QStringLiteral("udp");
        break;
    case Kind::TcpListen:
        kindText = QStringLiteral("tcp server");
        break;
    case Kind::TakServer:
        kindText = tls ? QStringLiteral("tak tls") : QStringLiteral("tak");
        break;
    case Kind::UdpSend:
        kindText = isMulticast() ? QStringLiteral("udp multicast to") : QStringLiteral("udp to");
        break;
    case Kind::TcpSend:
        kindText = tls ? QStringLiteral("tcp tls to") : QStringLiteral("tcp to");
        break;
    }
    const QString address = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    QString s = QStringLiteral("%1 %2:%3").arg(kindText, address).arg(port);
    if (!interfaceName.isEmpty())
        s += QStringLiteral(" on ") + interfaceName;
    return s;
}

QString LiveEndpoint::toUrl() const
{
    const char *scheme = "udp";
    for (const auto &s : kSchemes)
        if (s.kind == kind && s.tls == tls)
            scheme = s.name;
    QUrl url;
    url.setScheme(QLatin1String(scheme));
    url.setHost(host);
    url.setPort(port);
    QUrlQuery q;
    if (!interfaceName.isEmpty())
        q.addQueryItem(QStringLiteral("iface"), interfaceName);
    if (encoding == CotEncoding::TakProtobuf)
        q.addQueryItem(QStringLiteral("encoding"), QStringLiteral("protobuf"));
    if (multicastTtl != 1)
        q.addQueryItem(QStringLiteral("ttl"), QString::number(multicastTtl));
    const std::pair<const char *, QString> files[] = {{"cert", tlsFiles.certificate}, {"key", tlsFiles.key}, {"ca", tlsFiles.trust},
                                                       {"peer", tlsFiles.peerName}};
    for (const auto &[name, value] : files)
        if (!value.isEmpty())
            q.addQueryItem(QLatin1String(name), value);
    url.setQuery(q); // the password is never saved with the connection
    return url.toString(QUrl::FullyEncoded);
}

std::optional<LiveEndpoint> LiveEndpoint::fromUrl(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    LiveEndpoint e;
    bool known = false;
    for (const auto &s : kSchemes)
        if (url.scheme() == QLatin1String(s.name)) {
            e.kind = s.kind;
            e.tls = s.tls;
            known = true;
        }
    if (!url.isValid() || !known || url.host().isEmpty() || url.port() < 1) {
        if (error)
            *error = QStringLiteral("'%1' is not a connection (udp://GROUP:PORT, tcp-listen://ADDRESS:PORT, tak://HOST:PORT, ...)").arg(text);
        return std::nullopt;
    }
    e.host = url.host();
    e.port = static_cast<quint16>(url.port());
    const QUrlQuery q(url);
    e.interfaceName = q.queryItemValue(QStringLiteral("iface"), QUrl::FullyDecoded);
    if (q.queryItemValue(QStringLiteral("encoding")) == QLatin1String("protobuf"))
        e.encoding = CotEncoding::TakProtobuf;
    if (q.hasQueryItem(QStringLiteral("ttl")))
        e.multicastTtl = std::clamp(q.queryItemValue(QStringLiteral("ttl")).toInt(), 1, 255);
    e.tlsFiles.certificate = q.queryItemValue(QStringLiteral("cert"), QUrl::FullyDecoded);
    e.tlsFiles.key = q.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    e.tlsFiles.trust = q.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded);
    e.tlsFiles.peerName = q.queryItemValue(QStringLiteral("peer"), QUrl::FullyDecoded);
    return e;
}

} // namespace trilink::maps::live
