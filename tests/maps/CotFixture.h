// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

// The bytes of a fixture in tests/maps/data/cot/ (node-cot's encodings: see its README).

#include <QByteArray>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

namespace trilink::testdata {

inline QByteArray cotFixture(const QString &name)
{
    QFile f(QStringLiteral(TRILINK_TEST_DATA_DIR "/cot/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    return f.readAll();
}

} // namespace trilink::testdata
