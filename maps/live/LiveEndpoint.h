// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// Where a live feed comes from or goes to, as a value: the command line, the connection dialog and the saved
// connections all describe it this way, and CotReceiver and CotSender take it.
//
//   UdpListen  ADDRESS:PORT   a UDP port; ADDRESS a local address (0.0.0.0 for all) or a multicast group
//                             (ATAK's mesh: 239.2.3.1:6969), joined on `interfaceName` (default: the system's)
//   TcpListen  [ADDRESS:]PORT a TCP server for simple senders (ATAK's "TCP" output, scripts, gateways)
//   TakServer  HOST:PORT      a client connection to a TAK Server: streaming CoT on 8087, TLS with a client
//                             certificate on 8089
//   UdpSend    ADDRESS:PORT   datagrams to a host or a multicast group, sent out of `interfaceName`
//   TcpSend    HOST:PORT      a TCP stream to a CoT input (another TcpListen, ATAK's 4242, TAK Server's 8087)
//
// Threads: a value; any thread.

#include <QString>
#include <QStringList>

#include <optional>

namespace trilink::maps::live {

struct TlsFiles {
    QString certificate; // client certificate: PEM, or PKCS#12 (.p12/.pfx) holding certificate and key
    QString key;         // PEM private key (not needed with PKCS#12)
    QString trust;       // the CA certificates to trust (PEM or PKCS#12 truststore); empty: the system's
    QString password;    // for the PKCS#12 files or an encrypted key (TAK's default is "atakatak")
    QString peerName;    // the name the server's certificate must carry, when it is not the host connected to
    bool isEmpty() const { return certificate.isEmpty() && key.isEmpty() && trust.isEmpty(); }
};

enum class CotEncoding { Xml, TakProtobuf };

struct LiveEndpoint {
    enum class Kind { UdpListen, TcpListen, TakServer, UdpSend, TcpSend };
    Kind kind = Kind::UdpListen;
    QString host;          // address, group or host name
    quint16 port = 0;
    QString interfaceName; // multicast interface ("lo", "eth0"); empty: the system's choice
    bool tls = false;      // TakServer and TcpSend: TLS (with `tlsFiles`)
    TlsFiles tlsFiles;
    CotEncoding encoding = CotEncoding::Xml; // sending: XML, or TAK protobuf (mesh header on UDP)
    int multicastTtl = 1;                    // hops a multicast datagram may take

    bool isListener() const { return kind == Kind::UdpListen || kind == Kind::TcpListen || kind == Kind::TakServer; }
    bool isMulticast() const;
    // "udp 239.2.3.1:6969", "tak tls takserver.example:8089": what status lines and problems name.
    QString text() const;
    // The same as a URL-like string for saved connections and back: udp://239.2.3.1:6969?iface=lo,
    // tcp-listen://0.0.0.0:8088, tak://host:8087, tak+tls://host:8089?cert=...&key=...&ca=...
    QString toUrl() const;
    static std::optional<LiveEndpoint> fromUrl(const QString &url, QString *error);
};

// "HOST:PORT", "[v6]:PORT" or, where allowDefaultHost, "PORT" alone (host then defaultHost). False with
// *error on anything else, a port outside 1..65535 included.
bool parseHostPort(const QString &text, QString &host, quint16 &port, QString *error, const QString &defaultHost = {});

// The ports of the TAK world, for messages and the dialog's defaults.
inline constexpr quint16 kAtakMeshPort = 6969;   // SA multicast 239.2.3.1
inline constexpr quint16 kTakStreamPort = 8087;  // TAK Server streaming CoT, TCP
inline constexpr quint16 kTakTlsPort = 8089;     // TAK Server streaming CoT, TLS
inline constexpr char kAtakMeshGroup[] = "239.2.3.1";

} // namespace trilink::maps::live
