// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "tests/OffscreenMain.h"
#include "maps/GdalSetup.h"

#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    trilink::maps::setUpGdal(); // as the program does at start-up
    return runOffscreen<QApplication>(argc, argv, [](int &count, char **values) {
        ::testing::InitGoogleTest(&count, values);
        return RUN_ALL_TESTS();
    });
}
