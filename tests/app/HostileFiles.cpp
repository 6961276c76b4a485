// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "HostileFiles.h"

#include <QTemporaryFile>

namespace hostile {
namespace {

bool copyOf(const QString &corpusFile, const QString &path) { return QFile::copy(kCorpusDir + u'/' + corpusFile, path); }

QByteArray csvRows(int rows)
{
    QByteArray text("time,lon,lat,alt_m\n");
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("2017-11-28T18:%1:%2Z,125.8,39.2,%3\n")
                    .arg(17 + i / 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i * 10)
                    .toLatin1();
    return text;
}

const QByteArray kFeature = R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [125.8, 39.2, 0]}, )"
                            R"("properties": {"track": "T", "time": "2017-11-28T18:17:00Z"}})";

} // namespace

std::vector<Generated> generatedFiles()
{
    constexpr qint64 kGiB = qint64(1) << 30;
    return {
        // Special files: refused before they are opened for reading (a FIFO blocked open() for ever).
        {"fifo.csv", [](const QString &p) { return ::mkfifo(QFile::encodeName(p).constData(), 0600) == 0; }, 1,
         "fifo\\.csv: is a named pipe \\(FIFO\\), not a regular file; not read"},
        {"link_to_fifo.geojson",
         [](const QString &p) {
             return ::mkfifo(QFile::encodeName(p + QStringLiteral(".pipe")).constData(), 0600) == 0 &&
                    QFile::link(p + QStringLiteral(".pipe"), p);
         },
         1, "link_to_fifo\\.geojson: is a named pipe"},
        {"zero.gpx", [](const QString &p) { return QFile::link(QStringLiteral("/dev/zero"), p); }, 1,
         "zero\\.gpx: is a device, not a regular file"},
        {"socket.kml",
         [](const QString &p) {
             const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
             sockaddr_un a{};
             a.sun_family = AF_UNIX;
             const QByteArray name = QFile::encodeName(p);
             if (fd < 0 || name.size() >= static_cast<qsizetype>(sizeof a.sun_path))
                 return false;
             std::memcpy(a.sun_path, name.constData(), static_cast<std::size_t>(name.size()));
             const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
             ::close(fd);
             return ok;
         },
         1, "socket\\.kml: is a socket"},
        {"folder.cot", [](const QString &p) { return QDir().mkdir(p); }, 1, "folder\\.cot: is a directory"},
        {"dangling.czml", [](const QString &p) { return QFile::link(p + QStringLiteral(".nowhere"), p); }, 1,
         "dangling\\.czml: is a symbolic link to nothing"},
        // Sparse files: 1.5 GiB whose start is good and whose rest is a hole; read whole before the first error
        // once. Now the first NUL ends the read at once, keeping what came before it.
        {"sparse.csv", [](const QString &p) { return writeBytes(p, csvRows(300), 3 * kGiB / 2); }, 0,
         "sparse\\.csv:302: NUL byte: binary data, not CSV text", 1, 300, 300, 5},
        {"sparse.geojson",
         [](const QString &p) {
             return writeBytes(p, R"({"type": "FeatureCollection", "features": [)" + kFeature + ",\n" + QByteArray(5000, ' '),
                               3 * kGiB / 2);
         },
         0, "sparse\\.geojson:2: not valid JSON: NUL byte", 1, 1, 1, 5},
        {"sparse.gpx",
         [](const QString &p) {
             return writeBytes(p, "<gpx version=\"1.1\" creator=\"t\"><trk><name>T</name><trkseg><trkpt lat=\"39\" lon=\"125\">"
                                  "<time>2017-11-28T18:17:00Z</time></trkpt></trkseg></trk>\n" + QByteArray(5000, ' '),
                               3 * kGiB / 2);
         },
         0, "sparse\\.gpx:2: NUL character", 1, 1, 1, 5},
        {"oversize.csv", [](const QString &p) { return writeBytes(p, csvRows(3), 3 * kGiB); }, 1,
         "oversize\\.csv: file of 3072 MiB is larger than the 2048 MiB Trilink reads as CSV"},
        // Time: 100,000 attributes on one CoT event took 17 s (the parser compares them pairwise).
        {"attributes_100000.cot",
         [](const QString &p) {
             QByteArray attrs;
             for (int i = 0; i < 100000; ++i)
                 attrs += " a" + QByteArray::number(i) + "=\"x\"";
             return writeBytes(p, "<event version=\"2.0\" uid=\"U\" time=\"2017-11-28T18:17:00Z\"" + attrs +
                                      "><point lat=\"39\" lon=\"125\" hae=\"0\"/></event>\n");
         },
         1, "attributes_100000\\.cot:1: event larger than 1048576 bytes; skipped", 0, 0, 0, 2},
        // Memory: 300 KB of entity references, each under the per-reference limit, expanded to 1.5 GB.
        {"entities_300kb.gpx",
         [](const QString &p) {
             return writeBytes(p, "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY e \"" + QByteArray(4000, 'x') +
                                      "\">]>\n<gpx version=\"1.1\" creator=\"t\"><trk><name>" + QByteArray("&e;").repeated(100000) +
                                      "</name></trk></gpx>\n");
         },
         1, "entities_300kb\\.gpx:3: entity references expand to more than 1048576 characters in all", 0, 0, 0, 3},
        {"text_20mib.gpx",
         [](const QString &p) {
             return writeBytes(p, "<gpx version=\"1.1\" creator=\"t\"><trk><name>" + QByteArray(20 << 20, 'n') + "</name></trk></gpx>\n");
         },
         1, "text_20mib\\.gpx:1: more than 16 MiB of text or markup without a tag", 0, 0, 0, 5},
        // 250,000 empty features made 250,000 problems and 531 MB.
        {"empty_features.geojson",
         [](const QString &p) {
             return writeBytes(p, R"({"type": "FeatureCollection", "features": [)" + QByteArray("{},").repeated(249999) + "{}]}\n");
         },
         0, "empty_features\\.geojson: \\.\\.\\. and 249000 more problems not listed", 0, 0, 0, 5},
        {"whens_only.kml",
         [](const QString &p) {
             return writeBytes(p, "<kml xmlns=\"http://www.opengis.net/kml/2.2\" xmlns:gx=\"http://www.google.com/kml/ext/2.2\">"
                                  "<Placemark><name>T</name><gx:Track>\n" +
                                      QByteArray("<when>2017-11-28T18:17:00Z</when>\n").repeated(1'100'000) +
                                      "</gx:Track></Placemark></kml>\n");
         },
         0, "whens_only\\.kml:500002: gx:Track has more than 500000 <when> without their counterparts", 0, 0, 0, 20},
        {"tracks_200000.csv",
         [](const QString &p) {
             QByteArray text("track_id,time,lon,lat\n");
             for (int i = 0; i < 200000; ++i)
                 text += "T" + QByteArray::number(i) + ",2017-11-28T18:17:00Z,125.8,39.2\n";
             return writeBytes(p, text);
         },
         0, "tracks_200000\\.csv: more than 100000 tracks in one file", 100000, 100000, 200000, 20},
        {"coordinates_without_times.geojson",
         [](const QString &p) {
             return writeBytes(p, R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, )"
                                  R"("geometry": {"type": "LineString", "coordinates": [)" +
                                      QByteArray("[125.1,39.1,100],").repeated(499999) + "[125.1,39.1,100]]}}]}\n");
         },
         0, "coordinates_without_times\\.geojson:1: LineString without a \"times\"", 0, 0, 500000, 10},
        // An unused 200,000-digit number made the whole file unreadable.
        {"long_number.geojson",
         [](const QString &p) {
             return writeBytes(p, R"({"type": "FeatureCollection", "big": )" + QByteArray(200000, '9') + R"(, "features": [)" + kFeature +
                                      "]}\n");
         },
         0, "^$", 1, 1, 1, 5},
        // GDAL, made at test time by ogr2ogr and sqlite3 as an attacker would: a view over SpatiaLite's VirtualText
        // (it read any text file through a real GeoPackage), a virtual table, and CRSs that are not lon/lat.
        {"view_over_virtualtext.gpkg",
         [](const QString &p) {
             const QString canary = QFileInfo(p).dir().filePath(QStringLiteral("canary.csv"));
             return geoPackage(p, QStringLiteral("PRAGMA writable_schema=ON;"
                                                 "INSERT INTO sqlite_master VALUES('table','stolen','stolen',0,"
                                                 "'CREATE VIRTUAL TABLE stolen USING VirtualText(''%1'', ''UTF-8'', 1, POINT, "
                                                 "DOUBLEQUOTE, '','')');"
                                                 "PRAGMA writable_schema=OFF;"
                                                 "CREATE VIEW stolen_view AS SELECT ROWID AS fid, gpkgMakePoint(125.8, 39.2, 4326) "
                                                 "AS geom, track_id, time FROM stolen;"
                                                 "INSERT INTO gpkg_contents(table_name, data_type, identifier, srs_id) "
                                                 "VALUES('stolen_view', 'features', 'stolen_view', 4326);"
                                                 "INSERT INTO gpkg_geometry_columns VALUES('stolen_view', 'geom', 'POINT', 4326, 0, 0);"
                                                 "INSERT INTO gpkg_contents(table_name, data_type, identifier) "
                                                 "VALUES('stolen', 'attributes', 'stolen');")
                                      .arg(canary));
         },
         0, "layer \"stolen_view\" is an SQL view(.|\\n)*layer \"stolen\" is an SQLite virtual table", 1, 2, 2},
        {"undefined_crs.gpkg",
         [](const QString &p) {
             return geoPackage(p, QStringLiteral("UPDATE gpkg_contents SET srs_id = 0; UPDATE gpkg_geometry_columns SET srs_id = 0;"));
         },
         0, "undefined_crs\\.gpkg: layer \"points\" has an undefined geographic CRS; its coordinates are read as WGS84", 1, 2, 2},
        {"garbage_crs.gpkg",
         [](const QString &p) {
             return geoPackage(p, QStringLiteral("UPDATE gpkg_spatial_ref_sys SET definition = 'GARBAGE', organization = 'NONE', "
                                                 "organization_coordsys_id = 0 WHERE srs_id = 4326;"));
         },
         0, "garbage_crs\\.gpkg: layer \"points\" has no CRS GDAL can read", 1, 2, 2},
        {"cartesian_crs.gpkg",
         [](const QString &p) {
             return geoPackage(p, QStringLiteral("UPDATE gpkg_contents SET srs_id = -1; UPDATE gpkg_geometry_columns SET srs_id = -1;"));
         },
         0, "cartesian_crs\\.gpkg: layer \"points\": cannot transform its CRS to WGS84", 0, 0, 2},
    };
}

// The corpus under strace: every committed file, and the made ones that are quick and touch GDAL or the
// file's type (huge ones are left to the test above: strace adds nothing there but time).
std::vector<Generated> tracedFiles()
{
    std::vector<Generated> files;
    for (const QString &f : QDir(kCorpusDir).entryList(QDir::Files)) {
        if (f == u"EXPECTED.tsv")
            continue;
        static std::vector<QByteArray> names; // the names outlive the list
        names.push_back(f.toUtf8());
        const QString copy = f;
        files.push_back({names.back().constData(), [copy](const QString &p) { return copyOf(copy, p); }});
    }
    for (const Generated &g : generatedFiles()) {
        const std::string_view n(g.name);
        if (n.ends_with(".gpkg") || n == "fifo.csv" || n == "zero.gpx" || n == "link_to_fifo.geojson" || n == "sparse.geojson")
            files.push_back(g);
    }
    return files;
}

bool isValidUtf8ByIconv(const QByteArray &bytes)
{
    QProcess iconv;
    iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), QStringLiteral("UTF-8")});
    if (!iconv.waitForStarted(10000))
        return false;
    iconv.write(bytes);
    iconv.closeWriteChannel();
    return iconv.waitForFinished(30000) && iconv.exitStatus() == QProcess::NormalExit && iconv.exitCode() == 0 &&
           iconv.readAllStandardOutput() == bytes;
}

namespace {

// The places a Qt and GDAL program reads at start-up whatever file it is given: its own libraries and data,
// fonts, locale, time zone, PROJ and GDAL data and configuration, the user database glibc consults.
QStringList allowedPrefixes()
{
    const QString home = QDir::homePath();
    const QFileInfo bin(QStringLiteral(TRILINK_BIN));
    const QString programDir = bin.absolutePath();
    QStringList p{QStringLiteral("/lib/"), QStringLiteral("/lib64/"), QStringLiteral("/usr/lib/"), QStringLiteral("/usr/lib64/"),
                  QStringLiteral("/usr/local/lib/"), QStringLiteral("/usr/share/fonts/"), QStringLiteral("/usr/share/fontconfig/"),
                  QStringLiteral("/usr/local/share/fonts"), QStringLiteral("/etc/fonts/"), QStringLiteral("/var/cache/fontconfig/"),
                  QStringLiteral("/usr/share/locale/"), QStringLiteral("/usr/share/i18n/"), QStringLiteral("/usr/share/zoneinfo/"),
                  QStringLiteral("/usr/share/proj/"), QStringLiteral("/usr/share/gdal/"), QStringLiteral("/etc/gdal/"),
                  QStringLiteral("/usr/share/qt6/"), QStringLiteral("/usr/share/X11/"), QStringLiteral("/etc/xdg/"),
                  QStringLiteral("/proc/self/"), QStringLiteral("/proc/thread-self/"), QStringLiteral("/sys/devices/system/"),
                  QStringLiteral("/tmp/runtime-"), programDir + u'/',
                  QDir::cleanPath(programDir + QStringLiteral("/../share/trilink")) + u'/', home + QStringLiteral("/.cache/fontconfig"),
                  home + QStringLiteral("/.fontconfig"), home + QStringLiteral("/.fonts"), home + QStringLiteral("/.local/share/fonts"),
                  home + QStringLiteral("/.config/fontconfig"), home + QStringLiteral("/.local/share/proj"),
                  home + QStringLiteral("/.gdal/"), home + QStringLiteral("/.config/QtProject")};
    return p;
}

const QStringList kAllowedFiles{QStringLiteral("/etc/ld.so.cache"), QStringLiteral("/etc/ld.so.preload"),
                                QStringLiteral("/etc/nsswitch.conf"), QStringLiteral("/etc/passwd"), QStringLiteral("/etc/group"),
                                QStringLiteral("/etc/localtime"), QStringLiteral("/etc/timezone"), QStringLiteral("/dev/null"),
                                QStringLiteral("/dev/urandom"), QStringLiteral("/usr/share/locale/locale.alias"),
                                QStringLiteral("/nonexistent/trilink-loads-no-gdal-plugins")};

QString firstQuoted(const QString &line)
{
    const qsizetype a = line.indexOf(u'"');
    const qsizetype b = a < 0 ? -1 : line.indexOf(u'"', a + 1);
    return a < 0 || b < 0 ? QString() : line.mid(a + 1, b - a - 1);
}

} // namespace

QStringList violations(const Trace &t, const QString &dir, const QStringList &inputs, const QStringList &outputs)
{
    QStringList found;
    const QString workDir = QDir(dir).canonicalPath();
    const QStringList prefixes = allowedPrefixes();
    bool firstExec = true;
    static const QRegularExpression call(QStringLiteral(R"(^\d+\s+(open|openat|openat2|creat|connect|execve|execveat)\()"));
    for (const QString &line : t.lines) {
        const auto m = call.match(line);
        if (!m.hasMatch())
            continue;
        const QString syscall = m.captured(1);
        if (syscall == u"connect") {
            // glibc asks nscd for the user database over a local socket; nothing else may be reached.
            if (!(line.contains(u"AF_UNIX") && (line.contains(u"/var/run/nscd/socket") || line.contains(u"/run/nscd/socket"))))
                found << QStringLiteral("connects: ") + line;
            continue;
        }
        if (syscall.startsWith(u"execve")) {
            if (!firstExec)
                found << QStringLiteral("runs a program: ") + line;
            firstExec = false;
            continue;
        }
        const QString raw = firstQuoted(line);
        if (raw.isEmpty())
            continue;
        const QString path = QDir::cleanPath(QDir::isAbsolutePath(raw) ? raw : workDir + u'/' + raw);
        const bool writes = line.contains(u"O_WRONLY") || line.contains(u"O_RDWR") || line.contains(u"O_CREAT") || syscall == u"creat";
        if (path == workDir) {
            // The folder itself: only QSaveFile's unnamed temporary file for an output (O_TMPFILE).
            if (outputs.isEmpty() || !line.contains(u"O_TMPFILE"))
                found << QStringLiteral("opens the file's folder: ") + line;
            continue;
        }
        const QString rel = path.startsWith(workDir + u'/') ? path.mid(workDir.size() + 1) : QString();
        if (!rel.isEmpty()) {
            // In the file's own folder: the file itself, and for a conversion the output and its temporary file.
            const bool isInput = inputs.contains(rel) && !writes;
            bool isOutput = false;
            for (const QString &o : outputs)
                isOutput = isOutput || rel == o || rel.startsWith(o + u'.') || rel.startsWith(u'.' + o + u'.');
            if (!isInput && !isOutput)
                found << QStringLiteral("touches %1 in the file's folder: ").arg(rel) + line;
            continue;
        }
        if (kAllowedFiles.contains(path))
            continue;
        const bool allowed = std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) {
            return path.startsWith(p) || (p.endsWith(u'/') && path == p.chopped(1));
        });
        if (!allowed || (writes && !path.contains(u"fontconfig") && !path.startsWith(u"/tmp/runtime-") && path != u"/dev/null"))
            found << QStringLiteral("opens %1: ").arg(path) + line;
    }
    return found;
}

} // namespace hostile
