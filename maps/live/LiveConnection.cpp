// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/LiveConnection.h"

namespace trilink::maps::live {
namespace {

bool sameEndpoint(const LiveEndpoint &a, const LiveEndpoint &b)
{
    return a.toUrl() == b.toUrl(); // the URL is every saved field of an endpoint
}

} // namespace

QString LiveConnection::title() const
{
    QStringList where;
    for (const auto &e : listen)
        where << e.text();
    const QString what = where.join(QStringLiteral(", "));
    return name.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(name, what);
}

bool LiveConnection::operator==(const LiveConnection &o) const
{
    if (name != o.name || partnerRules != o.partnerRules || listen.size() != o.listen.size() || broadcast.has_value() != o.broadcast.has_value())
        return false;
    for (std::size_t i = 0; i < listen.size(); ++i)
        if (!sameEndpoint(listen[i], o.listen[i]))
            return false;
    return !broadcast || sameEndpoint(*broadcast, *o.broadcast);
}

LiveConnection atakMeshConnection()
{
    LiveConnection c;
    c.name = QStringLiteral("ATAK mesh");
    LiveEndpoint e;
    e.kind = LiveEndpoint::Kind::UdpListen;
    e.host = QString::fromLatin1(kAtakMeshGroup);
    e.port = kAtakMeshPort;
    c.listen = {e};
    return c;
}

std::optional<LiveConnection> connectionFromText(QSettings &settings, const QString &text, QString *error)
{
    for (LiveConnection &c : loadConnections(settings))
        if (c.name.compare(text, Qt::CaseInsensitive) == 0)
            return std::move(c);
    if (LiveConnection mesh = atakMeshConnection(); mesh.name.compare(text, Qt::CaseInsensitive) == 0)
        return mesh;
    QString why;
    const auto e = LiveEndpoint::fromUrl(text, &why);
    if (!e || !e->isListener()) {
        if (error)
            *error = QStringLiteral("'%1' is neither a saved connection nor a URL to listen on (udp://GROUP:PORT, tcp-listen://ADDRESS:PORT, "
                                    "tak://HOST:PORT, tak+tls://HOST:PORT?cert=FILE&ca=FILE)").arg(text);
        return std::nullopt;
    }
    LiveConnection c;
    c.listen = {*e};
    return c;
}

std::vector<LiveConnection> loadConnections(QSettings &settings, const QString &group)
{
    std::vector<LiveConnection> out;
    const int n = settings.beginReadArray(group);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        LiveConnection c;
        c.name = settings.value(QStringLiteral("name")).toString();
        bool ok = true;
        for (const QString &url : settings.value(QStringLiteral("listen")).toStringList()) {
            const auto e = LiveEndpoint::fromUrl(url, nullptr);
            ok = ok && e.has_value();
            if (e)
                c.listen.push_back(*e);
        }
        c.partnerRules = settings.value(QStringLiteral("partners")).toStringList();
        const QString b = settings.value(QStringLiteral("broadcast")).toString();
        if (!b.isEmpty()) {
            c.broadcast = LiveEndpoint::fromUrl(b, nullptr);
            ok = ok && c.broadcast.has_value();
        }
        if (ok && !c.listen.empty())
            out.push_back(std::move(c));
    }
    settings.endArray();
    return out;
}

void saveConnections(QSettings &settings, const std::vector<LiveConnection> &connections, const QString &group)
{
    settings.remove(group);
    settings.beginWriteArray(group, static_cast<int>(connections.size()));
    for (int i = 0; i < static_cast<int>(connections.size()); ++i) {
        const LiveConnection &c = connections[static_cast<std::size_t>(i)];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), c.name);
        QStringList urls;
        for (const auto &e : c.listen)
            urls << e.toUrl();
        settings.setValue(QStringLiteral("listen"), urls);
        settings.setValue(QStringLiteral("partners"), c.partnerRules);
        settings.setValue(QStringLiteral("broadcast"), c.broadcast ? c.broadcast->toUrl() : QString());
    }
    settings.endArray();
}

} // namespace trilink::maps::live
