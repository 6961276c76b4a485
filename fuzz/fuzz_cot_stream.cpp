// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
//
// The live CoT path: bytes as a socket delivers them (in chunks whose sizes come from the input's first
// byte) through CotStreamSplitter and CotEventParser. Checked on every input besides crashes, hangs and
// leaks: the splitter never holds more than one message and a chunk, and every event the parser lets
// through has a uid, a time and a point on the Earth.
#include "maps/cot/CotEventParser.h"
#include "maps/cot/CotStreamSplitter.h"

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
[[noreturn]] void contractBroken(const char *what)
{
    std::fprintf(stderr, "stream contract broken: %s\n", what);
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink::maps::cot;
    static const bool quiet = (qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {}), true);
    (void)quiet;
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 97;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    CotSplitterLimits limits;
    limits.maxMessageBytes = 4096; // small, so the fuzzer reaches the limits
    limits.maxDepth = 32;
    CotStreamSplitter splitter(limits);
    std::vector<CotFrame> frames;
    std::vector<CotStreamProblem> problems;
    for (qsizetype i = 0; i < input.size(); i += chunk) {
        splitter.feed(input.sliced(i, std::min(chunk, input.size() - i)), frames, problems);
        if (splitter.bufferedBytes() > limits.maxMessageBytes + limits.maxDeclarationBytes + chunk + 16)
            contractBroken("the splitter holds more than one message");
    }
    splitter.finish(frames, problems);
    for (const CotFrame &f : frames) {
        if (f.bytes.size() > limits.maxMessageBytes + limits.maxDeclarationBytes)
            contractBroken("a message over the limit");
        const CotParseResult r = CotEventParser::parse(f);
        if (!r.event)
            continue;
        const CotEvent &e = *r.event;
        if (e.uid.isEmpty() || e.timeMs <= 0 || e.staleMs <= 0)
            contractBroken("an event without a uid or times");
        if (!std::isfinite(e.lat) || !std::isfinite(e.lon) || std::abs(e.lat) > 90 || std::abs(e.lon) > 180)
            contractBroken("an event off the Earth");
        if (!std::isfinite(e.hae) || !std::isfinite(e.ce) || !std::isfinite(e.le))
            contractBroken("a measure that is not finite");
    }
    return 0;
}
