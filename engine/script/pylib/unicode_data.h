// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

// The generated Unicode tables (unicode_data_props.cpp, unicode_data_case.cpp);
// use them through unicode_props.h.
namespace coroscope::pylib::detail {

// Sorted half-open ranges [bounds[0], bounds[1]), [bounds[2], bounds[3]), ...
struct RangeTable {
    const uint32_t* bounds;
    std::size_t size;

    bool contains(char32_t c) const {
        const uint32_t* end = bounds + size;
        // An odd number of bounds at or below c means c is inside a range.
        return (std::upper_bound(bounds, end, static_cast<uint32_t>(c)) - bounds) % 2 == 1;
    }
};

template <std::size_t N>
constexpr std::array<uint32_t, N> boundsFromDeltas(const uint32_t (&deltas)[N]) {
    std::array<uint32_t, N> bounds{};
    uint32_t at = 0;
    for (std::size_t i = 0; i < N; ++i)
        bounds[i] = at += deltas[i];
    return bounds;
}

// A case mapping: runs of four numbers {start, end, stride, delta} map each
// code point start, start + stride, ... below end to itself plus delta;
// specials of four numbers {code point, up to three code points, 0-padded}
// map to more than one code point. Both are sorted.
struct CaseTable {
    const int32_t* runs;
    std::size_t runsSize;
    const uint32_t* specials;
    std::size_t specialsSize;
};

extern const RangeTable kAlpha, kDecimal, kDigit, kNumeric, kLower, kUpper, kTitle, kSpace,
    kPrintable, kCaseIgnorable, kIdentifierStart, kIdentifierContinue;
extern const CaseTable kLowerCase, kUpperCase, kTitleCase, kFoldCase;

} // namespace coroscope::pylib::detail
