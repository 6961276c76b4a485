// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include <QCoreApplication>

#include <gtest/gtest.h>

// Sockets need an event loop: each test spins it (QTest::qWaitFor) until what it waits for has happened.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
