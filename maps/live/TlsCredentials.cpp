// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/live/TlsCredentials.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/provider.h>


namespace trilink::maps::live {
namespace {

constexpr qint64 kMaxFileBytes = 1 << 20; // a certificate file is kilobytes

std::optional<QByteArray> readSmall(const QString &path, const QString &what, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 %2: %3").arg(what, path, f.errorString());
        return std::nullopt;
    }
    if (f.size() > kMaxFileBytes) {
        if (error)
            *error = QStringLiteral("%1 %2: larger than 1 MiB, not a certificate file").arg(what, path);
        return std::nullopt;
    }
    return f.readAll();
}

bool isPkcs12(const QString &path, const QByteArray &bytes)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"p12" || suffix == u"pfx")
        return true;
    // PEM is text with "-----BEGIN"; DER PKCS#12 starts with an ASN.1 SEQUENCE.
    return !bytes.contains("-----BEGIN") && bytes.startsWith('\x30');
}

struct Pkcs12 {
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
};

std::optional<Pkcs12> importPkcs12(const QByteArray &bytes, const QString &password)
{
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    Pkcs12 p;
    if (!QSslCertificate::importPkcs12(&device, &p.key, &p.certificate, &p.chain, password.toUtf8()))
        return std::nullopt;
    return p;
}

std::optional<Pkcs12> readPkcs12(const QByteArray &bytes, const QString &password)
{
    if (auto p = importPkcs12(bytes, password))
        return p;
    // TAK Server's certificate scripts long made PKCS#12 files with RC2 and 3DES, which OpenSSL 3 reads only
    // with its legacy provider; Qt uses the same libcrypto, so loading it (once, with the default provider
    // kept) lets those files in. Nothing else changes: TLS itself never uses the legacy algorithms.
    struct Providers {
        OSSL_PROVIDER *legacy = OSSL_PROVIDER_load(nullptr, "legacy");
        OSSL_PROVIDER *base = OSSL_PROVIDER_load(nullptr, "default");
        ~Providers()
        {
            for (OSSL_PROVIDER *p : {legacy, base})
                if (p)
                    OSSL_PROVIDER_unload(p);
        }
    };
    static const Providers providers; // loaded once, on first need; unloaded at exit
    return providers.legacy && providers.base ? importPkcs12(bytes, password) : std::nullopt;
}

} // namespace

std::optional<QSslConfiguration> tlsConfiguration(const TlsFiles &files, QString *error)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    c.setProtocol(QSsl::TlsV1_2OrLater);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!files.certificate.isEmpty()) {
        const auto bytes = readSmall(files.certificate, QStringLiteral("client certificate"), error);
        if (!bytes)
            return std::nullopt;
        if (isPkcs12(files.certificate, *bytes)) {
            const auto p = readPkcs12(*bytes, files.password);
            if (!p || p->certificate.isNull() || p->key.isNull())
                return fail(QStringLiteral("client certificate %1: not a PKCS#12 file with a certificate and key, or the password "
                                           "is wrong (TAK's default is atakatak)")
                                .arg(files.certificate));
            c.setLocalCertificate(p->certificate);
            c.setPrivateKey(p->key);
            if (!p->chain.isEmpty())
                c.setLocalCertificateChain(QList<QSslCertificate>{p->certificate} + p->chain);
        } else {
            const auto certs = QSslCertificate::fromData(*bytes, QSsl::Pem);
            if (certs.isEmpty())
                return fail(QStringLiteral("client certificate %1: no PEM certificate in it").arg(files.certificate));
            c.setLocalCertificateChain(certs);
            const QString keyPath = files.key.isEmpty() ? files.certificate : files.key;
            const auto keyBytes = keyPath == files.certificate ? bytes : readSmall(keyPath, QStringLiteral("private key"), error);
            if (!keyBytes)
                return std::nullopt;
            QSslKey key(*keyBytes, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey, files.password.toUtf8());
            if (key.isNull())
                key = QSslKey(*keyBytes, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, files.password.toUtf8());
            if (key.isNull())
                return fail(QStringLiteral("private key %1: not a PEM RSA or EC private key, or the password is wrong").arg(keyPath));
            c.setPrivateKey(key);
        }
    } else if (!files.key.isEmpty()) {
        return fail(QStringLiteral("a private key (%1) without a client certificate").arg(files.key));
    }
    if (!files.trust.isEmpty()) {
        const auto bytes = readSmall(files.trust, QStringLiteral("trusted CA"), error);
        if (!bytes)
            return std::nullopt;
        QList<QSslCertificate> cas;
        if (isPkcs12(files.trust, *bytes)) {
            // A TAK truststore is a PKCS#12 of CA certificates only; Qt imports those without a key too.
            if (const auto p = readPkcs12(*bytes, files.password)) {
                if (!p->certificate.isNull())
                    cas << p->certificate;
                cas << p->chain;
            }
        } else {
            cas = QSslCertificate::fromData(*bytes, QSsl::Pem);
        }
        if (cas.isEmpty())
            return fail(QStringLiteral("trusted CA %1: no certificate in it (PEM, or PKCS#12 with the right password)").arg(files.trust));
        c.setCaCertificates(cas);
    }
    return c;
}

} // namespace trilink::maps::live
