// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
// The sniffs that decide what a .json or .xml file is (TrackFormatTable.cpp: the CZML document packet, the XML
// root element read by hand past declarations, comments and DOCTYPEs, in UTF-8 or UTF-16), and the text rules
// every string from a file goes through (TextValues.h). Contracts: an XML head names at most one root, so at
// most one of CoT, GPX, KML; a cleaned value is clean and keeps its length; printable text has no control
// character left; valid Unicode is valid.
#include "fuzz/FuzzTrackReader.h"
#include "maps/trackio/TextValues.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace trilink::maps::trackio;
    const QByteArrayView head(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    (void)looksLikeCzml(head);
    const int roots = int(looksLikeCot(head)) + int(looksLikeGpx(head)) + int(looksLikeKml(head));
    if (roots > 1)
        trilink::fuzz::contractBroken("an XML head taken for two formats");

    // The same bytes as text two ways: UTF-8 (as readers decode it) and raw UTF-16 units (as XML can give them,
    // unpaired surrogates included).
    const QString utf8 = QString::fromUtf8(head);
    const QString units(reinterpret_cast<const QChar *>(data), static_cast<qsizetype>(size / 2));
    for (const QString &s : {utf8, units}) {
        bool changed = false;
        const QString clean = cleanTextValue(s, &changed);
        if (!isCleanTextValue(clean) || clean.size() != s.size() || changed == (clean == s && isCleanTextValue(s)))
            trilink::fuzz::contractBroken("cleanTextValue left something unclean, changed the length or misreported");
        for (const QChar c : printableText(s))
            if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
                trilink::fuzz::contractBroken("printableText kept a control character");
        if (!validUnicode(s).isValidUtf16())
            trilink::fuzz::contractBroken("validUnicode left an unpaired surrogate");
    }
    return 0;
}
