# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Trilink contributors
# Installs the npm packages a test suite runs with Node into the build tree (DEST), never the source tree:
# copies FILES (comma-separated: package.json, package-lock.json and the suite's scripts) from SOURCE and runs `npm ci` (the
# versions the lock file pins, from the npm registry). Skipped when DEST already holds an install made from the
# same lock file with PROBE (a package folder under node_modules) in it. Used by tests/live (node-cot) and
# tests/maps/clients (togeojson, geojsonhint, Cesium).
string(REPLACE "," ";" files "${FILES}") # a comma-separated list on the command line
foreach(f ${files})
  configure_file(${SOURCE}/${f} ${DEST}/${f} COPYONLY)
endforeach()
file(SHA256 ${DEST}/package-lock.json lock)
if(EXISTS ${DEST}/node_modules/.trilink-lock)
  file(READ ${DEST}/node_modules/.trilink-lock installed)
  if(installed STREQUAL lock AND EXISTS ${DEST}/node_modules/${PROBE}/package.json)
    message(STATUS "npm packages already installed in ${DEST}")
    return()
  endif()
endif()
find_program(NPM npm)
if(NOT NPM)
  message(FATAL_ERROR "npm is missing: the Node interop tests need it (scripts/deps.sh test installs it)")
endif()
execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error WORKING_DIRECTORY ${DEST}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "npm ci failed in ${DEST} (${result})")
endif()
file(WRITE ${DEST}/node_modules/.trilink-lock "${lock}")
message(STATUS "npm packages installed in ${DEST}")
