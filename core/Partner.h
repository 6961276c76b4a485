// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Trilink contributors
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace trilink {

// The three partners of the trilateral warning-data sharing, by ISO 3166-1 alpha-3 code. The numeric
// values are stable indices (0..kPartnerCount-1) so per-partner figures can live in plain arrays.
enum class Partner : std::uint8_t { USA = 0, KOR = 1, JPN = 2 };

inline constexpr int kPartnerCount = 3;
inline constexpr std::array<Partner, kPartnerCount> kAllPartners{Partner::USA, Partner::KOR, Partner::JPN};

constexpr int partnerIndex(Partner p) { return static_cast<int>(p); }
// A set of partners as a bit mask, bit partnerIndex(p).
using PartnerMask = std::uint8_t;
constexpr PartnerMask partnerBit(Partner p) { return static_cast<PartnerMask>(1u << partnerIndex(p)); }

QString partnerCode(Partner p);        // "USA", "KOR", "JPN"
QString partnerDisplayName(Partner p); // "United States", "Republic of Korea", "Japan"
// Accepts the alpha-3 code in any case; nothing else (a misspelt partner must be reported, not guessed).
std::optional<Partner> parsePartner(const QString &code);
// "KOR+USA"-style text in kAllPartners order, "none" for the empty set.
QString partnerMaskText(PartnerMask mask);
inline constexpr PartnerMask kAllPartnersMask = 0b111;

// Who is looking: everyone on the common platform (combined, empty) or one partner with its own sensors
// alone. Its names and parsing are in core/Text.h.
using ViewAs = std::optional<Partner>;
inline PartnerMask viewMask(ViewAs viewAs) { return viewAs ? partnerBit(*viewAs) : kAllPartnersMask; }

} // namespace trilink
