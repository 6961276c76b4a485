// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include "maps/scene/Scene.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QCommandLineParser;

namespace trilink::maps {

// One option of a scene, as the command line (and a scene file) names it: what it reads into a Scene and
// what a Scene writes back. The table of these (sceneOptions()) is the one description of a scene's
// options: every command's parser and --help, the viewer's "Copy Command Line" and a picture's MapSettings
// (through the Scene) are made from it. Adding an option is one row here (and its field in Scene or
// MapLayers).
struct SceneOption {
    const char *name;      // "view-as"
    const char *valueName; // "WHO"; nullptr for a switch such as "no-legend"
    const char *help;      // for --help; a command may word it its own way (SceneCommand::help)
    // Reads `value` ("" for a switch, which is only read when given) into the scene; false and `error`, a
    // reason without the option's name, for a bad value.
    bool (*read)(Scene &scene, const QString &value, QString &error);
    // The value that gives the scene's setting again ("" for a switch that is on); nullopt when the scene
    // leaves it unset (a switch that is off, no launch, no centre).
    std::optional<QString> (*write)(const Scene &scene);
    // Written on every command line that sets it, even at its default: the view, so a copied command line
    // draws the same picture whatever later versions make the defaults.
    bool pinned = false;
};

const std::vector<SceneOption> &sceneOptions();

// A command that takes a scene on its command line: which of the table's options, what an option left out
// means (its default scene), and its own wording of some options' help.
struct SceneCommand {
    QString name;                 // "export"
    Scene defaults;               // what the command draws when an option is not given
    QStringList options;          // the table's options it takes; empty: all of them
    QHash<QString, QString> help; // option name -> this command's help for it
    bool takesFiles = true;       // FILE... positional arguments: track files read alongside the catalogue

    bool takes(const QString &option) const { return options.isEmpty() || options.contains(option); }

    // The commands: `trilink export` (every option), `trilink animate` (not --time: it plays from --from to
    // --to; not --no-tracks), `trilink brief` (its own --launch list; the view is the page's) and the viewer
    // (`trilink [FILE...]`: the selection, time, view-as and view it opens on).
    static SceneCommand exportPicture();
    static SceneCommand animate();
    static SceneCommand brief();
    static SceneCommand viewer();
};

// Adds the command's scene options (and FILE...) to a parser, after any of the command's own options.
void addSceneOptions(QCommandLineParser &parser, const SceneCommand &command);
// The scene a parsed command line describes, from the command's defaults; nullopt and `error`
// ("--NAME: reason") on a bad value or a contradiction (--no-tracks with files, --launch or --time).
std::optional<Scene> readScene(const QCommandLineParser &parser, const SceneCommand &command, QString &error);
// The options (then the files) that give `scene` again to this command: every option whose value
// differs from the command's default, and the pinned ones. Numbers have 17 significant digits, so they
// read back exactly: readScene(sceneArguments(s)) == s for any scene the command can take.
QStringList sceneArguments(const Scene &scene, const SceneCommand &command);

// "T+600", "+600", "600" (seconds after the launch, 0 to 86400) or an ISO 8601 time (UTC when no zone is
// given); nullopt and `error` otherwise.
std::optional<SceneTime> parseSceneTime(const QString &text, QString &error);
// The text parseSceneTime reads back to the same time ("T+600", "2022-10-03T22:33:40.000Z"); empty for Whole.
QString sceneTimeText(const SceneTime &time);

// Quotes `trilink` and its arguments for a POSIX shell, for "Copy Command Line".
QString shellCommand(const QStringList &arguments);

} // namespace trilink::maps
