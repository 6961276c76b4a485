// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/TextValues.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackReader.h"

#include "core/ParallelFor.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string_view>

// CSV tracks (format and column names: docs/formats.md, "CSV tracks"). The reader streams the device in
// 1 MiB chunks and parses UTF-8 bytes in place: no QString per line, no copy of the file, so a million rows
// take well under a second and memory is the points plus two chunks and two blocks of lines (ParsedRow).
// Rows parse on two threads, a block at a time, beside the builder taking the block before in order. A record is one physical line: quoted
// fields may hold the delimiter and "" but not a line break, so one stray quote costs one row, not the rest of
// the file. A line longer than 1 MiB (without its line break) is reported and skipped, whatever its position
// in a chunk. The writer therefore never writes a line break inside a field: it turns CR and LF in ids, labels
// and sensors into spaces, so whatever it writes reads back.

namespace trilink::maps::trackio {
namespace {

constexpr qsizetype kChunkBytes = 1 << 20;
constexpr qsizetype kMaxLineBytes = 1 << 20;
constexpr int kProgressEveryLines = 65536;

// Iso: ISO 8601 (or OGR's) text. Stamp: that, or a Unix time as a number, as a column named `timestamp` often
// holds: seconds, or milliseconds when the first such number is 1e11 or more (1e11 s is the year 5138, 1e11 ms
// is March 1973), the same for the whole column.
enum class TimeKind { Iso, Stamp, EpochS, EpochMs };

struct Columns {
    int time = -1, lon = -1, lat = -1, alt = -1, track = -1, label = -1, sensor = -1, partners = -1, phase = -1;
    int trackFid = -1, name = -1; // the id when there is no track column: GDAL's GPX layout, then a name
    TimeKind timeKind = TimeKind::Iso;
    double altToM = 1.0;
    int count = 0;
};

// Reads a device line by line into a reusable buffer. A line of more than kMaxLineBytes bytes (not counting
// its line break) is skipped whole (reported by the caller) without ever holding more than that in memory.
class LineReader {
public:
    // The buffer is left uninitialised: zero-filling 2 MiB for every file (every fuzz input) cost more than
    // parsing a small file, and only bytes read from the device are ever looked at.
    explicit LineReader(QIODevice &in)
        : m_in(in), m_buf(std::make_unique_for_overwrite<char[]>(kBufBytes))
    {
    }

    enum class Status { Line, TooLong, End };

    // On Line, line() is [data, data+size) without the line break (CR stripped); valid until the next call.
    Status next()
    {
        for (;;) {
            char *base = m_buf.get();
            // The break must come within kMaxLineBytes + 1 bytes; a full buffer may hold a longer line that
            // ends further on, and that one is skipped like one that does not end in the buffer at all.
            const std::size_t avail = m_end - m_begin;
            const std::size_t look = std::min(avail, kMaxLine + 1);
            if (auto *nl = static_cast<char *>(std::memchr(base + m_begin, '\n', look))) {
                m_lastEndedInBreak = true;
                return takeLine(base + m_begin, nl, static_cast<std::size_t>(nl - base) + 1);
            }
            if (avail > kMaxLine)
                return skipLongLine();
            if (m_eof) {
                if (m_begin == m_end)
                    return Status::End;
                m_lastEndedInBreak = false;
                return takeLine(base + m_begin, base + m_end, m_end);
            }
            fill();
        }
    }
    char *data() const { return m_line; }
    std::size_t size() const { return m_size; }
    int lineNumber() const { return m_lineNumber; }
    qint64 consumed() const { return m_consumed; }
    // True when reading stopped at a NUL byte; the line that holds it (the last line read ended there).
    bool stoppedAtBinary() const { return m_binary; }
    int binaryLine() const { return m_lastEndedInBreak || m_lineNumber == 0 ? m_lineNumber + 1 : m_lineNumber; }

private:
    Status takeLine(char *b, char *e, std::size_t next)
    {
        if (e > b && e[-1] == '\r')
            --e;
        m_line = b;
        m_size = static_cast<std::size_t>(e - b);
        m_consumed += static_cast<qint64>(next - m_begin);
        m_begin = next;
        ++m_lineNumber;
        return Status::Line;
    }

    // Moves what is left to the front and reads another chunk.
    void fill()
    {
        if (m_begin > 0) {
            std::memmove(m_buf.get(), m_buf.get() + m_begin, m_end - m_begin);
            m_end -= m_begin;
            m_begin = 0;
        }
        const auto room = static_cast<qint64>(kBufBytes - m_end);
        const qint64 got = m_in.read(m_buf.get() + m_end, std::min<qint64>(room, kChunkBytes));
        if (got <= 0) {
            m_eof = true;
            return;
        }
        // A NUL byte is no CSV text: the file is binary from there on (the hole of a sparse file, a disk image
        // renamed .csv). Reading ends at it, so gigabytes of zeros cost one problem and no time.
        char *start = m_buf.get() + m_end;
        if (auto *nul = static_cast<char *>(std::memchr(start, '\0', static_cast<std::size_t>(got)))) {
            m_end += static_cast<std::size_t>(nul - start);
            m_eof = true;
            m_binary = true;
            return;
        }
        m_end += static_cast<std::size_t>(got);
    }

    Status skipLongLine()
    {
        ++m_lineNumber;
        for (;;) {
            if (auto *nl = static_cast<char *>(std::memchr(m_buf.get() + m_begin, '\n', m_end - m_begin))) {
                const auto next = static_cast<std::size_t>(nl - m_buf.get()) + 1;
                m_consumed += static_cast<qint64>(next - m_begin);
                m_begin = next;
                return Status::TooLong;
            }
            m_consumed += static_cast<qint64>(m_end - m_begin);
            m_begin = m_end;
            if (m_eof)
                return Status::TooLong;
            fill();
        }
    }

    static constexpr auto kMaxLine = static_cast<std::size_t>(kMaxLineBytes);
    static constexpr auto kBufBytes = static_cast<std::size_t>(kChunkBytes + kMaxLineBytes);

    QIODevice &m_in;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_begin = 0, m_end = 0;
    bool m_eof = false;
    bool m_binary = false;
    bool m_lastEndedInBreak = false;
    char *m_line = nullptr;
    std::size_t m_size = 0;
    int m_lineNumber = 0;
    qint64 m_consumed = 0;
};

// Splits a line into fields in place: quoted fields are unescaped ("" -> ") into the line's own bytes.
// False on a quote that is not closed, or text after a closing quote.
bool splitFields(char *b, char *e, char delim, std::vector<std::string_view> &fields)
{
    fields.clear();
    char *p = b;
    for (;;) {
        while (p < e && *p == ' ') // spaces before an opening quote
            ++p;
        if (p < e && *p == '"') {
            char *w = ++p;
            char *start = w;
            bool closed = false;
            while (p < e) {
                if (*p == '"') {
                    if (p + 1 < e && p[1] == '"') {
                        *w++ = '"';
                        p += 2;
                        continue;
                    }
                    ++p;
                    closed = true;
                    break;
                }
                *w++ = *p++;
            }
            if (!closed)
                return false;
            while (p < e && *p == ' ')
                ++p;
            fields.emplace_back(start, static_cast<std::size_t>(w - start));
            if (p == e)
                return true;
            if (*p != delim)
                return false;
            ++p;
            continue;
        }
        char *start = p;
        auto *found = static_cast<char *>(std::memchr(p, delim, static_cast<std::size_t>(e - p)));
        p = found ? found : e;
        std::string_view f(start, static_cast<std::size_t>(p - start));
        while (!f.empty() && f.back() == ' ')
            f.remove_suffix(1);
        fields.push_back(f);
        if (p == e)
            return true;
        ++p;
    }
}

// The delimiter the header uses most: comma, semicolon or tab.
char sniffDelimiter(std::string_view header)
{
    int comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    for (char c : header) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semi;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semi)
        return '\t';
    if (semi > comma)
        return ';';
    return ',';
}

// "Alt (km)", "alt [km]", "Alt-km" -> "alt_km".
QString normaliseName(std::string_view raw)
{
    QString n = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size())).trimmed().toLower();
    n.replace(u'(', u' ').replace(u'[', u' ').remove(u')').remove(u']');
    n = n.simplified();
    n.replace(u' ', u'_').replace(u'-', u'_');
    return n;
}

bool oneOf(const QString &n, std::initializer_list<const char16_t *> names)
{
    for (const auto *x : names)
        if (n == QStringView(x))
            return true;
    return false;
}

Columns matchColumns(const std::vector<std::string_view> &header)
{
    Columns c;
    c.count = static_cast<int>(header.size());
    // First match wins; a later column of the same kind is ignored (say "x" after "lon").
    auto set = [](int &slot, int i) {
        if (slot < 0)
            slot = i;
    };
    for (int i = 0; i < c.count; ++i) {
        const QString n = normaliseName(header[static_cast<std::size_t>(i)]);
        if (oneOf(n, {u"time", u"datetime", u"date_time", u"time_utc", u"utc", u"t", u"when", u"time_iso", u"iso_time"})) {
            if (c.time < 0)
                c.timeKind = TimeKind::Iso;
            set(c.time, i);
        } else if (oneOf(n, {u"timestamp", u"unix_timestamp"})) {
            if (c.time < 0)
                c.timeKind = TimeKind::Stamp;
            set(c.time, i);
        } else if (oneOf(n, {u"epoch", u"epoch_s", u"unix", u"unix_s", u"unix_time", u"time_unix", u"epoch_time",
                             u"time_epoch", u"time_s_epoch"})) {
            if (c.time < 0)
                c.timeKind = TimeKind::EpochS;
            set(c.time, i);
        } else if (oneOf(n, {u"epoch_ms", u"unix_ms", u"time_unix_ms", u"time_epoch_ms", u"unix_time_ms"})) {
            if (c.time < 0)
                c.timeKind = TimeKind::EpochMs;
            set(c.time, i);
        } else if (oneOf(n, {u"lon", u"longitude", u"lng", u"long", u"x", u"lon_deg", u"longitude_deg"})) {
            set(c.lon, i);
        } else if (oneOf(n, {u"lat", u"latitude", u"y", u"lat_deg", u"latitude_deg"})) {
            set(c.lat, i);
        } else if (oneOf(n, {u"alt", u"altitude", u"alt_m", u"altitude_m", u"height", u"height_m", u"hae",
                             u"hae_m", u"z", u"elevation", u"ele"})) {
            if (c.alt < 0)
                c.altToM = 1.0;
            set(c.alt, i);
        } else if (oneOf(n, {u"alt_km", u"altitude_km", u"height_km", u"hae_km"})) {
            if (c.alt < 0)
                c.altToM = 1000.0;
            set(c.alt, i);
        } else if (oneOf(n, {u"alt_ft", u"altitude_ft", u"height_ft", u"hae_ft"})) {
            if (c.alt < 0)
                c.altToM = 0.3048;
            set(c.alt, i);
        } else if (oneOf(n, {u"track", u"track_id", u"trackid", u"id", u"uid"})) {
            set(c.track, i);
        } else if (n == u"track_fid") {
            set(c.trackFid, i);
        } else if (n == u"name") {
            set(c.name, i);
        } else if (oneOf(n, {u"label", u"track_label", u"missile"})) {
            set(c.label, i);
        } else if (oneOf(n, {u"sensor", u"sensor_id", u"sensor_name", u"trilink_sensor"})) {
            set(c.sensor, i);
        } else if (oneOf(n, {u"partners", u"partner", u"trilink_partners"})) {
            set(c.partners, i);
        } else if (oneOf(n, {u"phase", u"flight_phase"})) {
            set(c.phase, i);
        }
    }
    return c;
}

QString quoted(std::string_view s)
{
    constexpr std::size_t kShow = 40; // UTF-8 bytes enough for the shown characters
    return quotedValue(QString::fromUtf8(s.data(), static_cast<qsizetype>(std::min(s.size(), kShow * 4))), kShow);
}

// A line of data as the reader found it: where its bytes lie in its block, and its number.
struct LineRef {
    std::size_t offset = 0, size = 0;
    int number = 0;
    bool tooLong = false;
};

// What a line says, as far as it can be told from the line alone (CsvTrackReader::parseRow): the fields split,
// the time and coordinates parsed, or the reason the row is skipped. Lines become rows on two threads, a
// block at a time; the rows then go to the builder in order (addRow), which is all that keeps state.
struct ParsedRow {
    enum class Kind : std::uint8_t { Blank, TooLong, Skipped, Point };
    Kind kind = Kind::Blank;
    bool stampNumber = false;  // a numeric timestamp: its unit (s or ms) is fixed by the column's first one, in order
    bool phaseUnknown = false; // a phase given but not known: kept without it, with a problem
    int line = 0;
    double stamp = 0;          // the number, when stampNumber
    TrackPoint point;          // its time (unless stampNumber), lon, lat, altitude in metres and phase
    QString problem;           // Skipped: why; checked after the stamp when stampNumber, as a row reads left to right
    std::string_view time, sensor, partners, phase, id, fid, label; // the raw fields, into the line
};

// A block of lines, copied out of the line reader, and the rows they parse into. Two blocks are in hand: one
// going to the builder while the next one parses. A block ends at kBlockLines lines (its rows take about
// 1.8 MiB, whatever the lines hold, blank ones too) or past kBlockBytes bytes.
constexpr std::size_t kBlockLines = 8192;
constexpr std::size_t kBlockBytes = std::size_t(1) << 19;
constexpr std::size_t kPieceLines = 1024; // what one thread takes at a time from a block

struct Block {
    std::vector<char> bytes;
    std::vector<LineRef> lines;
    std::vector<ParsedRow> rows;
};

QString timestampProblem(std::string_view t)
{
    return QStringLiteral("timestamp %1 is neither ISO 8601 nor a Unix time; row skipped").arg(quoted(t));
}

class CsvTrackReader : TrackReader {
public:
    CsvTrackReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : TrackReader(fileName, control), m_in(in), m_lines(in), m_defaultId(defaultTrackId())
    {
    }

    TrackFileResult read()
    {
        if (!readHeader())
            return std::move(m_result);
        // A pipeline of two stages: while this thread gives block k's rows to the builder, in order, another
        // parses block k+1; then this one helps it finish.
        Block blocks[2];
        Block *current = &blocks[0], *next = &blocks[1];
        readBlock(*current);
        parseRows(*current, [] {});
        while (!current->lines.empty()) {
            bool stop = false;
            readBlock(*next);
            parseRows(*next, [&] { stop = !addRows(*current); });
            if (stop)
                break;
            std::swap(current, next);
        }
        if (m_lines.stoppedAtBinary())
            TrackReader::problem(m_lines.binaryLine(), QStringLiteral("NUL byte: binary data, not CSV text, from here on; reading stopped"));
        // Rows that were all skipped have their problems; a file that ends at its header had none, and would
        // otherwise give no track and no word why. Line 0: the problem is the whole file, not the header.
        if (m_dataRows == 0 && !m_result.cancelled)
            TrackReader::problem(0, QStringLiteral("no data rows below the header (line %1)").arg(m_headerLine));
        return finish({});
    }

private:
    void problem(const QString &message) { TrackReader::problem(m_lines.lineNumber(), message); }

    void unreadable(const QString &message) { m_result = TrackReader::unreadable(m_lines.lineNumber(), message); }

    bool readHeader()
    {
        for (;;) {
            const auto status = m_lines.next();
            if (status == LineReader::Status::End) {
                unreadable(m_lines.stoppedAtBinary() ? QStringLiteral("NUL byte before the header: binary data, not CSV text")
                                                     : QStringLiteral("no header line (empty file)"));
                return false;
            }
            if (status == LineReader::Status::TooLong) {
                unreadable(QStringLiteral("header line longer than 1 MiB; not a CSV track file"));
                return false;
            }
            std::string_view line(m_lines.data(), m_lines.size());
            if (m_lines.lineNumber() == 1 && line.starts_with("\xEF\xBB\xBF"))
                line.remove_prefix(3);
            if (line.find_first_not_of(" \t") == std::string_view::npos || line.starts_with('#'))
                continue; // blank lines and # comments before the header
            m_delim = sniffDelimiter(line);
            char *b = const_cast<char *>(line.data());
            if (!splitFields(b, b + line.size(), m_delim, m_fields)) {
                unreadable(QStringLiteral("header has an unclosed quote"));
                return false;
            }
            m_cols = matchColumns(m_fields);
            m_headerLine = m_lines.lineNumber();
            QStringList missing;
            if (m_cols.time < 0)
                missing << QStringLiteral("time (time, timestamp, datetime, time_utc, utc, t; or epoch_s, epoch_ms)");
            if (m_cols.lon < 0)
                missing << QStringLiteral("longitude (lon, longitude, lng, x)");
            if (m_cols.lat < 0)
                missing << QStringLiteral("latitude (lat, latitude, y)");
            if (!missing.isEmpty()) {
                unreadable(QStringLiteral("header has no %1 column; is this a CSV track file?").arg(missing.join(u", ")));
                return false;
            }
            if (m_cols.alt < 0)
                problem(QStringLiteral("no altitude column (alt, alt_m, alt_km, alt_ft, height, hae); altitudes set to 0"));
            return true;
        }
    }

    // The next lines, up to a block's worth, copied out of the line reader; none at the end of the file.
    void readBlock(Block &block)
    {
        block.bytes.clear();
        block.lines.clear();
        while (block.lines.size() < kBlockLines && block.bytes.size() < kBlockBytes) {
            const auto status = m_lines.next();
            if (status == LineReader::Status::End)
                break;
            const bool tooLong = status == LineReader::Status::TooLong;
            block.lines.push_back({block.bytes.size(), tooLong ? 0 : m_lines.size(), m_lines.lineNumber(), tooLong});
            if (!tooLong)
                block.bytes.insert(block.bytes.end(), m_lines.data(), m_lines.data() + m_lines.size());
        }
        block.rows.resize(block.lines.size());
    }

    // The block's lines into rows, on two threads in pieces (each row is its line's alone), after before() on
    // this one.
    template <typename Before> void parseRows(Block &block, Before before) const
    {
        const std::size_t pieces = (block.lines.size() + kPieceLines - 1) / kPieceLines;
        parallelForAfter(
            before, pieces, [] { return std::vector<std::string_view>(); },
            [&](std::vector<std::string_view> &fields, std::size_t piece) {
                const std::size_t end = std::min(block.lines.size(), (piece + 1) * kPieceLines);
                for (std::size_t i = piece * kPieceLines; i < end; ++i)
                    parseRow(block.bytes.data(), block.lines[i], fields, block.rows[i]);
            });
    }

    // The block's rows to the builder, reporting progress; false when the user cancelled.
    bool addRows(Block &block)
    {
        const qint64 total = m_in.isSequential() ? 0 : m_in.size();
        for (ParsedRow &row : block.rows) {
            if (++m_sinceProgress >= kProgressEveryLines) {
                m_sinceProgress = 0;
                if (cancelled())
                    return false;
                if (total > 0)
                    progress(static_cast<double>(m_lines.consumed()) / static_cast<double>(total));
            }
            addRow(row);
        }
        return true;
    }

    // Reads one line without touching the reader's state (so two threads may parse at once); in place: quoted
    // fields are unescaped into the line's own bytes.
    void parseRow(char *bytes, const LineRef &ref, std::vector<std::string_view> &fields, ParsedRow &row) const
    {
        using Kind = ParsedRow::Kind;
        row = ParsedRow{};
        row.line = ref.number;
        if (ref.tooLong) {
            row.kind = Kind::TooLong;
            return;
        }
        char *b = bytes + ref.offset;
        if (std::string_view(b, ref.size).find_first_not_of(" \t") == std::string_view::npos)
            return; // blank line
        row.kind = Kind::Skipped;
        if (!splitFields(b, b + ref.size, m_delim, fields)) {
            row.problem = QStringLiteral("unclosed quote or text after a closing quote; row skipped");
            return;
        }
        auto n = static_cast<int>(fields.size());
        if (n == m_cols.count + 1 && fields.back().empty())
            --n; // a trailing delimiter, as some exporters write
        if (n != m_cols.count) {
            row.problem = QStringLiteral("%1 fields where the header has %2; row skipped").arg(n).arg(m_cols.count);
            return;
        }
        auto field = [&](int i) { return i >= 0 ? fields[static_cast<std::size_t>(i)] : std::string_view(); };

        TrackPoint &p = row.point;
        const std::string_view t = row.time = field(m_cols.time);
        std::optional<std::int64_t> ms;
        if (m_cols.timeKind == TimeKind::Stamp && !(ms = parseIsoTimeMsUtc(t))) {
            const auto v = parseNumber(t);
            if (!v) {
                row.problem = timestampProblem(t);
                return;
            }
            row.stampNumber = true;
            row.stamp = *v;
        } else if (m_cols.timeKind == TimeKind::Stamp) {
            p.timeMsUtc = *ms;
        } else if (m_cols.timeKind == TimeKind::Iso) {
            ms = parseIsoTimeMsUtc(t);
            if (!ms) {
                row.problem = parseNumber(t)
                                  ? QStringLiteral("time %1 is a number, not ISO 8601 (name the column epoch_s or "
                                                   "epoch_ms for Unix time); row skipped")
                                        .arg(quoted(t))
                                  : QStringLiteral("time %1 is not an ISO 8601 date and time; row skipped").arg(quoted(t));
                return;
            }
            p.timeMsUtc = *ms;
        } else {
            const auto v = parseNumber(t);
            const double scale = m_cols.timeKind == TimeKind::EpochS ? 1000.0 : 1.0;
            if (!v || std::abs(*v * scale) > 1e15) {
                row.problem = QStringLiteral("time %1 is not a Unix time; row skipped").arg(quoted(t));
                return;
            }
            p.timeMsUtc = std::llround(*v * scale);
        }
        if (!number(field(m_cols.lon), u"longitude", p.lon, row) || !number(field(m_cols.lat), u"latitude", p.lat, row))
            return;
        if (m_cols.alt >= 0) {
            if (!number(field(m_cols.alt), u"altitude", p.altM, row))
                return;
            p.altM *= m_cols.altToM;
        }
        row.sensor = field(m_cols.sensor);
        row.partners = field(m_cols.partners);
        row.phase = field(m_cols.phase);
        if (!row.phase.empty()) {
            p.phase = parseFlightPhase(QString::fromUtf8(row.phase.data(), static_cast<qsizetype>(row.phase.size())));
            row.phaseUnknown = !p.phase;
        }
        row.fid = field(m_cols.trackFid);
        row.id = field(m_cols.track >= 0 ? m_cols.track : m_cols.name);
        row.label = field(m_cols.label);
        row.kind = Kind::Point;
    }

    static bool number(std::string_view text, QStringView what, double &out, ParsedRow &row)
    {
        const auto v = parseNumber(text);
        if (!v) {
            row.problem = QStringLiteral("%1 %2 is not a number; row skipped").arg(what, quoted(text));
            return false;
        }
        out = *v;
        return true;
    }

    // A row to the builder, in the file's order: its problems, its track id, the unit of a numeric timestamp.
    void addRow(ParsedRow &row)
    {
        using Kind = ParsedRow::Kind;
        const int line = row.line;
        if (row.kind == Kind::Blank)
            return;
        if (row.kind == Kind::TooLong) {
            TrackReader::problem(line, QStringLiteral("line longer than 1 MiB; skipped"));
            return;
        }
        ++m_dataRows;
        TrackPoint &p = row.point;
        if (row.stampNumber) {
            if (!m_stampScale)
                m_stampScale = std::abs(row.stamp) >= 1e11 ? 1.0 : 1000.0;
            if (std::abs(row.stamp * *m_stampScale) > 1e15) {
                TrackReader::problem(line, timestampProblem(row.time));
                return;
            }
            p.timeMsUtc = std::llround(row.stamp * *m_stampScale);
        }
        if (row.kind == Kind::Skipped) {
            TrackReader::problem(line, row.problem);
            return;
        }
        if (m_cols.sensor >= 0)
            p.sensor = m_sensorText.text(row.sensor);
        if (m_cols.partners >= 0) {
            QStringList unknown;
            p.partners = m_partners.mask(row.partners, &unknown);
            if (!unknown.isEmpty())
                TrackReader::problem(line, unknownPartnerProblem(unknown));
        }
        if (row.phaseUnknown)
            TrackReader::problem(line, QStringLiteral("phase %1 is not one of boost, midcourse, pullup, glide, terminal, "
                                                      "debris, orbit; point kept without a phase").arg(quoted(row.phase)));

        const QString *id = &m_defaultId;
        if (m_cols.track < 0 && m_cols.trackFid >= 0) {
            // GDAL's GPX layout (track_points exported by ogr2ogr or QGIS): the points' name is a waypoint's own,
            // the track is the number of the track it belongs to.
            const auto fid = parseNumber(row.fid);
            if (!fid || *fid < 0 || *fid != std::floor(*fid) || *fid > 1e9) {
                TrackReader::problem(line, QStringLiteral("track_fid %1 is not a track number; row skipped").arg(quoted(row.fid)));
                return;
            }
            if (!m_fidId || *fid != m_fid) {
                m_fid = *fid;
                m_fidId = gdalTrackId(static_cast<qint64>(*fid));
            }
            id = &*m_fidId;
        } else if (m_cols.track >= 0 || m_cols.name >= 0) {
            if (row.id.empty()) {
                TrackReader::problem(line, QStringLiteral("empty track id; row skipped"));
                return;
            }
            id = &m_idText.text(row.id);
        }
        m_builder.add(*id, std::move(p), line);
        if (!row.label.empty() && !m_builder.hasLabel(*id))
            m_builder.setLabel(*id, QString::fromUtf8(row.label.data(), static_cast<qsizetype>(row.label.size())), false);
    }

    QIODevice &m_in;
    LineReader m_lines;
    QString m_defaultId;
    char m_delim = ',';
    Columns m_cols;
    std::vector<std::string_view> m_fields; // the header's
    TextCache m_idText, m_sensorText;
    PartnerCache m_partners;
    std::size_t m_dataRows = 0; // non-blank rows after the header, good or bad
    std::optional<QString> m_fidId; // the id of the last track_fid read
    double m_fid = -1;
    std::optional<double> m_stampScale; // ms per unit of a numeric timestamp column, from its first number
    int m_headerLine = 0;
    int m_sinceProgress = 0; // lines since progress was last reported
};

// RFC 4180 quoting where needed. CR and LF become spaces: the reader takes one physical line as one record
// (see the top of this file), so a quoted line break would make the row unreadable; an id, label or sensor
// name with a line break is a slip, and a space keeps its words apart.
void appendField(QByteArray &out, const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\n', ' ').replace('\r', ' ');
    const bool quote = v.contains(',') || v.contains('"') || v.startsWith(' ') || v.endsWith(' ');
    if (!quote) {
        out += v;
        return;
    }
    out += '"';
    for (char c : v) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// Shortest text that reads back as the same double.
void appendNumber(QByteArray &out, double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

} // namespace

TrackFileResult readCsv(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return CsvTrackReader(in, fileName, control).read();
}

bool writeCsv(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    // The phase column only when some point has a phase (a modelled flight), so recorded tracks keep the
    // columns they came with.
    const bool phases = std::any_of(tracks.begin(), tracks.end(), [](const RecordedTrack &t) {
        return std::any_of(t.points.begin(), t.points.end(), [](const TrackPoint &p) { return p.phase.has_value(); });
    });
    QByteArray buf(phases ? "track_id,label,time,lon,lat,alt_m,partners,sensor,phase\n" : "track_id,label,time,lon,lat,alt_m,partners,sensor\n");
    auto flush = [&] {
        if (out.write(buf) != buf.size()) {
            if (error)
                *error = QStringLiteral("write failed: %1").arg(out.errorString());
            return false;
        }
        buf.clear();
        return true;
    };
    // Per track and per distinct value, not per row: the id, label, partner and sensor fields are encoded once.
    std::array<QByteArray, 8> partnerFields;
    for (unsigned m = 0; m < partnerFields.size(); ++m)
        appendField(partnerFields[m], partnerListText(static_cast<PartnerMask>(m)));
    for (const auto &t : tracks) {
        QByteArray head;
        appendField(head, t.id);
        head += ',';
        appendField(head, t.label);
        head += ',';
        QString lastSensor;
        QByteArray sensorField;
        for (const auto &p : t.points) {
            buf += head;
            appendIsoUtcMs(buf, p.timeMsUtc);
            buf += ',';
            appendNumber(buf, p.lon);
            buf += ',';
            appendNumber(buf, p.lat);
            buf += ',';
            appendNumber(buf, p.altM);
            buf += ',';
            buf += partnerFields[p.partners & 7u];
            buf += ',';
            if (p.sensor != lastSensor || sensorField.isNull()) {
                lastSensor = p.sensor;
                sensorField = QByteArray("");
                appendField(sensorField, p.sensor);
            }
            buf += sensorField;
            if (phases) {
                buf += ',';
                if (p.phase)
                    buf += flightPhaseName(*p.phase).toLatin1();
            }
            buf += '\n';
            if (buf.size() > kChunkBytes && !flush())
                return false;
        }
    }
    return flush();
}

} // namespace trilink::maps::trackio
