# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Trilink contributors
# Precompiled headers: the Qt, standard and GoogleTest headers nearly every file of a layer includes, parsed
# once per target instead of once per file (two thirds of a file's compile time here is Qt's headers).
# Each layer gets only the headers it may include (core has no QtGui, maps no QtWidgets), so a PCH never
# hides a missing dependency a layer would otherwise fail on. Off with -DTRILINK_PCH=OFF (and for fuzzing).
set(TRILINK_PCH_CORE <algorithm> <array> <cmath> <functional> <memory> <optional> <vector> <QByteArray>
    <QDateTime> <QHash> <QObject> <QString> <QStringList>)
set(TRILINK_PCH_GUI ${TRILINK_PCH_CORE} <QFontMetricsF> <QImage> <QPainter> <QPainterPath>)
set(TRILINK_PCH_WIDGETS ${TRILINK_PCH_GUI} <QWidget>)

# trilink_precompile(target CORE|GUI|WIDGETS [TEST])
function(trilink_precompile target level)
  if(NOT TRILINK_PCH)
    return()
  endif()
  set(headers ${TRILINK_PCH_${level}})
  if("TEST" IN_LIST ARGN)
    list(APPEND headers <gtest/gtest.h>)
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
