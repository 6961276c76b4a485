// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// Must not build: core does not link GDAL.
#include <gdal.h>

int main()
{
    GDALAllRegister();
    return 0;
}
