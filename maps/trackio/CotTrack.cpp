// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/cot/CotEventParser.h"
#include "maps/cot/CotEventWriter.h"
#include "maps/cot/CotStreamSplitter.h"
#include "maps/cot/CotTrackEvents.h"
#include "maps/trackio/TrackFormats.h"
#include "maps/trackio/TrackReader.h"

#include <QIODevice>

#include <algorithm>
#include <map>

// Cursor on Target files are streams, as TAK software writes them: events back to back, each with or without
// its own <?xml ...?> declaration, or inside any wrapping element (<events>, as older Trilink wrote), and TAK
// Protocol messages too. The file is cut into events by the one CoT splitter (maps/cot/CotStreamSplitter.h,
// bounded: one event held at a time) and each is read by the one event parser (CotEventParser, the hardened XML
// reader), exactly as a network stream is, so a capture of a TAK feed reads as the feed did. Each event is one
// point of the track named by its uid, at its `time`, at <point lat lon hae>; events of a uid are sorted by
// time. From <detail>: <contact callsign> (else <__group name>) labels the track, <trilink partners sensor> is
// Trilink's attribution; the track keeps its type, how and the rest of its detail (TrackIdentity) from its
// latest event, so CoT written again says what the source said.

namespace trilink::maps::trackio {
namespace {

constexpr qint64 kChunkBytes = 64 << 10;
constexpr qsizetype kMaxDetailChars = 16 << 10;     // ATAK's <detail> is under 2,000 characters
constexpr qsizetype kMaxFileDetailChars = 16 << 20;

struct UidGroup {
    QString label, groupName;
    PointRun points; // the events of one uid, each at its line
    TrackIdentity identity;
    std::int64_t identityTimeMs = 0;
};

class CotFileReader : TrackReader {
public:
    CotFileReader(QIODevice &in, const QString &fileName, const ReadControl &control)
        : TrackReader(fileName, control), m_in(in)
    {
    }

    TrackFileResult read()
    {
        const qint64 size = std::max<qint64>(1, m_in.size());
        std::vector<cot::CotFrame> frames;
        std::vector<cot::CotStreamProblem> problems;
        QByteArray chunk;
        while (!m_splitter.failed()) {
            chunk = m_in.read(kChunkBytes);
            if (chunk.isEmpty())
                break;
            m_splitter.feed(chunk, frames, problems);
            take(frames, problems);
            if (cancelled())
                break;
            progress(double(m_splitter.bytesSeen()) / double(size));
        }
        if (!m_result.cancelled) {
            m_splitter.finish(frames, problems);
            take(frames, problems);
        }
        if (m_events == 0 && m_result.problems.empty() && !m_result.cancelled)
            return unreadable(0, QStringLiteral("no Cursor on Target <event> elements"));
        finishTracks();
        TrackFileResult r = finish({});
        // Not one event could be read (each refused, with its problem): nothing of the file is usable.
        if (m_events == 0 && !r.cancelled)
            r.readable = false;
        for (auto &t : r.tracks)
            if (const auto it = m_groups.find(t.id); it != m_groups.end())
                t.identity = it->second.identity;
        return r;
    }

private:
    void take(std::vector<cot::CotFrame> &frames, std::vector<cot::CotStreamProblem> &problems)
    {
        for (const auto &p : problems)
            note(p);
        problems.clear();
        for (const auto &f : frames) {
            cot::CotParseResult r = cot::CotEventParser::parse(f);
            for (const auto &p : r.problems)
                note(p);
            if (r.event && !r.event->isControl())
                add(*r.event, f.line);
        }
        frames.clear();
    }

    void note(const cot::CotStreamProblem &p) { problem(p.line, p.message); }

    void add(const cot::CotEvent &e, int line)
    {
        ++m_events;
        if (!e.hasHae())
            ++m_unknownHaeEvents;
        // The same reading of an event as a live feed's (CotTrackEvents.h): its point, label and identity.
        LiveReport rep = cot::reportFromEvent(e, 0, fileName(), std::nullopt);
        auto [it, fresh] = m_groups.try_emplace(e.uid);
        if (fresh)
            m_order.push_back(e.uid);
        UidGroup &g = it->second;
        if (!rep.label.isEmpty())
            g.label = rep.label;
        if (!e.groupName.isEmpty())
            g.groupName = e.groupName;
        if (fresh || e.timeMs >= g.identityTimeMs) {
            keepDetail(rep.identity, g.identity.extra.size(), line);
            m_detailChars += rep.identity.extra.size() - g.identity.extra.size();
            g.identity = std::move(rep.identity);
            g.identityTimeMs = e.timeMs;
        }
        g.points.push(std::move(rep.point), line);
    }

    // Memory stays in proportion to the points: a track keeps at most kMaxDetailChars of other detail, and a
    // file at most kMaxFileDetailChars over all its tracks; past that the detail is dropped, with a problem.
    void keepDetail(TrackIdentity &identity, qsizetype replacing, int line)
    {
        for (QString *v : {&identity.kind, &identity.how})
            if (v->size() > kMaxText) {
                problem(line, QStringLiteral("event's type or how of %1 characters is more than %2; not kept").arg(v->size()).arg(kMaxText));
                v->clear();
            }
        const qsizetype n = identity.extra.size();
        if (n <= kMaxDetailChars && m_detailChars - replacing + n <= kMaxFileDetailChars)
            return;
        identity.extra.clear();
        if (n > kMaxDetailChars)
            problem(line, QStringLiteral("event's <detail> of %1 characters is more than the %2 a track keeps; its type and how are kept, the rest of the detail is not")
                              .arg(n)
                              .arg(kMaxDetailChars));
        else if (!m_detailBudgetSaid) {
            m_detailBudgetSaid = true;
            problem(line, QStringLiteral("the tracks' <detail> passes %1 characters in all; from here on a track keeps its type and how, not the rest of its detail")
                              .arg(kMaxFileDetailChars));
        }
    }

    void finishTracks()
    {
        if (m_unknownHaeEvents > 0)
            problem(0, QStringLiteral("%1 event(s) give no height (hae missing, or 9999999: CoT's \"unknown\"); read at 0 m")
                           .arg(m_unknownHaeEvents));
        for (const auto &uid : m_order) {
            auto &g = m_groups[uid];
            sortByTime(g.points.points, g.points.lines); // in place: events come in any order
            m_builder.addRun(uid, std::move(g.points));
            m_builder.setLabel(uid, g.label.isEmpty() ? g.groupName : g.label);
        }
    }

    QIODevice &m_in;
    cot::CotStreamSplitter m_splitter;
    std::map<QString, UidGroup> m_groups;
    QStringList m_order; // uids in order of first appearance, so tracks come out as the file lists them
    int m_unknownHaeEvents = 0, m_events = 0;
    qsizetype m_detailChars = 0; // of the identities kept
    bool m_detailBudgetSaid = false;
};

} // namespace

TrackFileResult readCot(QIODevice &in, const QString &fileName, const ReadControl &control)
{
    return CotFileReader(in, fileName, control).read();
}

bool writeCot(QIODevice &out, const std::vector<RecordedTrack> &tracks, QString *error)
{
    // As TAK software writes a capture and reads one back: every event a document of its own, back to back in
    // time order (a salvo's tracks interleaved as they flew), no wrapping element.
    struct Ref {
        std::int64_t timeMs;
        std::size_t track, point;
    };
    std::vector<Ref> order;
    std::size_t total = 0;
    for (const auto &t : tracks)
        total += t.points.size();
    order.reserve(total);
    for (std::size_t i = 0; i < tracks.size(); ++i)
        for (std::size_t j = 0; j < tracks[i].points.size(); ++j)
            order.push_back({tracks[i].points[j].timeMsUtc, i, j});
    std::stable_sort(order.begin(), order.end(), [](const Ref &a, const Ref &b) { return a.timeMs < b.timeMs; });
    std::vector<ScenarioTrack> scenario(tracks.size());
    for (std::size_t i = 0; i < tracks.size(); ++i)
        scenario[i] = trackFromRecording(tracks[i], QString());
    for (const Ref &r : order) {
        const RecordedTrack &t = tracks[r.track];
        const TrackPoint &p = t.points[r.point];
        cot::CotEvent e = cot::eventForPoint(scenario[r.track], t, static_cast<int>(r.point),
                                             t.label, {p.timeMsUtc, 60'000});
        e.remarks.clear(); // words for a live ATAK screen; a file says what its source said, and no more
        if (p.partners == 0)
            e.partners.reset(); // a point that says nothing of who held it says nothing in the file either
        QByteArray bytes = cot::CotEventWriter::xml(e);
        bytes.append('\n');
        if (out.write(bytes) != bytes.size()) {
            if (error)
                *error = QStringLiteral("writing CoT failed: %1").arg(out.errorString());
            return false;
        }
    }
    return true;
}

} // namespace trilink::maps::trackio
