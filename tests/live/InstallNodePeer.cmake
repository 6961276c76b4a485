# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 Trilink contributors
# Installs the node-cot peer into the build tree (DEST), never the source tree: copies package.json,
# package-lock.json and cot-peer.mjs from SOURCE and runs `npm ci` (the versions the lock file pins, from the
# npm registry). Skipped when DEST already holds an install made from the same lock file.
foreach(f package.json package-lock.json cot-peer.mjs)
  configure_file(${SOURCE}/${f} ${DEST}/${f} COPYONLY)
endforeach()
file(SHA256 ${DEST}/package-lock.json lock)
if(EXISTS ${DEST}/node_modules/.trilink-lock)
  file(READ ${DEST}/node_modules/.trilink-lock installed)
  if(installed STREQUAL lock AND EXISTS ${DEST}/node_modules/@tak-ps/node-cot/package.json)
    message(STATUS "node-cot peer already installed in ${DEST}")
    return()
  endif()
endif()
find_program(NPM npm)
if(NOT NPM)
  message(FATAL_ERROR "npm is missing: the live interop tests run node-cot with Node (scripts/deps.sh test installs it)")
endif()
execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error WORKING_DIRECTORY ${DEST}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "npm ci failed in ${DEST} (${result})")
endif()
file(WRITE ${DEST}/node_modules/.trilink-lock "${lock}")
message(STATUS "node-cot peer installed in ${DEST}")
