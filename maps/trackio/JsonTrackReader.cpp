// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#include "maps/trackio/JsonTrackReader.h"

namespace trilink::maps::trackio {

using Token = JsonStream::Token;

TrackPoint *Samples::at(std::size_t i, bool sample)
{
    if (i >= points.size()) {
        const std::size_t samples = std::max(positions, times);
        if (!sample && i >= samples + kMaxAhead)
            return nullptr;
        if (i == points.size()) { // the usual case, one more at the end
            points.emplace_back();
            flags.push_back(0);
        } else {
            points.resize(i + 1);
            flags.resize(i + 1);
        }
    }
    return &points[i];
}

TrackFileResult JsonTrackReader::stopAtSyntaxError(const QString &whyNoTrack)
{
    problem(m_json.errorLine(), QStringLiteral("not valid JSON: %1").arg(m_json.error()));
    const bool anyPoint = m_builder.pointCount() > 0;
    TrackFileResult r = finish(whyNoTrack);
    if (!anyPoint && !r.cancelled) {
        r.readable = false;
        r.tracks.clear();
    }
    return r;
}

bool JsonTrackReader::checkpoint()
{
    if (++m_sinceCheckpoint < 4096)
        return false;
    m_sinceCheckpoint = 0;
    if (cancelled())
        return true;
    if (m_size > 0)
        progress(static_cast<double>(m_json.consumed()) / static_cast<double>(m_size));
    return false;
}

std::optional<double> JsonTrackReader::finiteNumber(const JsonStream &json, bool *infinite)
{
    if (json.token() != Token::Number)
        return std::nullopt;
    if (!json.finite()) {
        if (infinite)
            *infinite = true;
        return std::nullopt;
    }
    return json.number();
}

bool JsonTrackReader::readPosition(double &lon, double &lat, double &alt, std::uint16_t &flags)
{
    if (m_json.token() != Token::BeginArray) {
        flags |= Samples::BadPosition;
        m_json.skip();
        return false;
    }
    return readPositionFrom(m_json.next(), lon, lat, alt, flags);
}

bool JsonTrackReader::readPositionFrom(Token t, double &lon, double &lat, double &alt, std::uint16_t &flags)
{
    double v[3] = {0, 0, 0};
    int n = 0;
    bool ok = true, infinite = false;
    for (; t != Token::EndArray; t = m_json.next()) {
        if (t == Token::Error)
            return false;
        if (n < 3) {
            const auto x = finiteNumber(m_json, &infinite);
            if (x)
                v[n] = *x;
            else
                ok = false;
        }
        ++n;
        if (!m_json.skip())
            return false;
    }
    if (!ok || n < 2) {
        flags |= infinite && n >= 2 ? Samples::InfinitePosition : Samples::BadPosition;
        return false;
    }
    lon = v[0], lat = v[1], alt = n > 2 ? v[2] : 0.0;
    return true;
}

PartnerMask JsonTrackReader::readPartners(QStringList *unknown, bool *bad)
{
    if (m_json.token() == Token::String)
        return m_partnerCache.mask(m_json.string(), unknown);
    if (m_json.token() == Token::Null)
        return 0;
    if (m_json.token() != Token::BeginArray) {
        *bad = true;
        m_json.skip();
        return 0;
    }
    PartnerMask mask = 0;
    for (Token t = m_json.next(); t != Token::EndArray && t != Token::Error; t = m_json.next()) {
        if (t == Token::String)
            mask |= m_partnerCache.mask(m_json.string(), unknown);
        else if (!m_json.skip())
            break;
    }
    return mask;
}

void JsonTrackReader::noteReplaced(const char *what)
{
    if (m_json.replaced())
        problem(m_json.line(), QStringLiteral("%1 holds invalid UTF-8 or a lone surrogate (\\ud800); replaced by U+FFFD")
                                   .arg(QLatin1StringView(what)));
}

} // namespace trilink::maps::trackio
