// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// A TLS client configuration from the files TAK issues: a client certificate and key as PEM, or one PKCS#12
// file (.p12) holding both; the server's CA as PEM or a PKCS#12 truststore. The server is always verified
// (against the given CA, else the system's), and so is its name; a client certificate is offered when given.
// Files are read here once, never followed elsewhere.
//
// Threads: a function; any thread.

#include "maps/live/LiveEndpoint.h"

#include <QSslConfiguration>

#include <optional>

namespace trilink::maps::live {

// nullopt with *error ("client certificate x.p12: wrong password or not PKCS#12") when a file cannot be
// read or does not hold what it should.
std::optional<QSslConfiguration> tlsConfiguration(const TlsFiles &files, QString *error);

} // namespace trilink::maps::live
