// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

namespace trilink::app {

// Menus, docks and dialogs follow the map's theme: a dark room gets no bright window chrome.
void applyApplicationTheme(bool dark);

} // namespace trilink::app
