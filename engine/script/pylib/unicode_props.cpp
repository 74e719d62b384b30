// SPDX-License-Identifier: MIT
#include "script/pylib/unicode_props.h"

#include "script/pylib/unicode_data.h"

namespace coroscope::pylib {

using namespace detail;

namespace {

bool asciiSpace(char32_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
}
bool asciiAlpha(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool asciiDigit(char32_t c) {
    return c >= '0' && c <= '9';
}

void appendMapped(const CaseTable& table, char32_t c, std::u32string& out) {
    // Specials: four numbers each, sorted by code point.
    std::size_t lo = 0;
    std::size_t hi = table.specialsSize / 4;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        const uint32_t* entry = table.specials + mid * 4;
        if (entry[0] == c) {
            for (int i = 1; i <= 3 && entry[i] != 0; ++i)
                out.push_back(entry[i]);
            return;
        }
        if (entry[0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    // Runs: the last run starting at or before c.
    lo = 0;
    hi = table.runsSize / 4;
    while (lo < hi) {
        const std::size_t mid = (lo + hi) / 2;
        if (static_cast<char32_t>(table.runs[mid * 4]) <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0) {
        const int32_t* run = table.runs + (lo - 1) * 4;
        const auto start = static_cast<char32_t>(run[0]);
        if (c < static_cast<char32_t>(run[1]) && (c - start) % static_cast<char32_t>(run[2]) == 0) {
            out.push_back(static_cast<char32_t>(static_cast<int32_t>(c) + run[3]));
            return;
        }
    }
    out.push_back(c);
}

} // namespace

bool isSpace(char32_t c) {
    return c < 0x80 ? asciiSpace(c) : kSpace.contains(c);
}
bool isAlpha(char32_t c) {
    return c < 0x80 ? asciiAlpha(c) : kAlpha.contains(c);
}
bool isDecimal(char32_t c) {
    return c < 0x80 ? asciiDigit(c) : kDecimal.contains(c);
}
bool isDigit(char32_t c) {
    return c < 0x80 ? asciiDigit(c) : kDigit.contains(c);
}
bool isNumeric(char32_t c) {
    return c < 0x80 ? asciiDigit(c) : kNumeric.contains(c);
}
bool isAlnum(char32_t c) {
    if (c < 0x80) return asciiAlpha(c) || asciiDigit(c);
    return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
}
bool isLower(char32_t c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') : kLower.contains(c);
}
bool isUpper(char32_t c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z') : kUpper.contains(c);
}
bool isTitle(char32_t c) {
    return c >= 0x80 && kTitle.contains(c);
}
bool isCased(char32_t c) {
    return isLower(c) || isUpper(c) || isTitle(c);
}
bool isCaseIgnorable(char32_t c) {
    return kCaseIgnorable.contains(c);
}
bool isPrintable(char32_t c) {
    return c < 0x80 ? (c >= 0x20 && c < 0x7F) : kPrintable.contains(c);
}
bool isIdentifierStart(char32_t c) {
    return c < 0x80 ? (asciiAlpha(c) || c == '_') : kIdentifierStart.contains(c);
}
bool isIdentifierContinue(char32_t c) {
    return c < 0x80 ? (asciiAlpha(c) || asciiDigit(c) || c == '_')
                    : kIdentifierContinue.contains(c);
}

bool isLineBreak(char32_t c) {
    switch (c) {
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x85:
    case 0x2028:
    case 0x2029: return true;
    default: return false;
    }
}

int decimalValue(char32_t c) {
    if (c < 0x80) return asciiDigit(c) ? static_cast<int>(c - '0') : -1;
    const uint32_t* end = kDecimal.bounds + kDecimal.size;
    const uint32_t* at = std::upper_bound(kDecimal.bounds, end, static_cast<uint32_t>(c));
    if ((at - kDecimal.bounds) % 2 == 0) return -1;
    // Every range of decimal digits starts with a zero (checked by the generator).
    return static_cast<int>((c - at[-1]) % 10);
}

void appendLower(char32_t c, std::u32string& out) {
    if (c < 0x80)
        out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else
        appendMapped(kLowerCase, c, out);
}

void appendUpper(char32_t c, std::u32string& out) {
    if (c < 0x80)
        out.push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
    else
        appendMapped(kUpperCase, c, out);
}

void appendTitle(char32_t c, std::u32string& out) {
    if (c < 0x80)
        out.push_back(c >= 'a' && c <= 'z' ? c - 32 : c);
    else
        appendMapped(kTitleCase, c, out);
}

void appendFolded(char32_t c, std::u32string& out) {
    if (c < 0x80)
        out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else
        appendMapped(kFoldCase, c, out);
}

} // namespace coroscope::pylib
