// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Python's str methods on UTF-8 text, counting and indexing by code points
// as CPython 3.11 does (see utf8.h for how invalid bytes read). Optional
// start/end/step arguments are Python's: std::nullopt is None. Errors throw
// pylib::Error with CPython's class and message.
namespace coroscope::pylib {

using OptIndex = std::optional<int64_t>;

// len(s), s[i] (IndexError "string index out of range"), s[start:stop:step]
// (ValueError "slice step cannot be zero").
std::size_t strLen(std::string_view s);
std::string strGetItem(std::string_view s, int64_t index);
std::string strSlice(std::string_view s, OptIndex start, OptIndex stop, OptIndex step = {});
// chr(i) (ValueError "chr() arg not in range(0x110000)") and ord(c)
// (TypeError "ord() expected a character, but string of length 2 found").
std::string strChr(int64_t codePoint);
int64_t strOrd(std::string_view c);

// Searching. find/rfind give -1 when absent; index/rindex raise ValueError
// "substring not found".
int64_t strFind(std::string_view s, std::string_view sub, OptIndex start = {}, OptIndex end = {});
int64_t strRFind(std::string_view s, std::string_view sub, OptIndex start = {}, OptIndex end = {});
int64_t strIndex(std::string_view s, std::string_view sub, OptIndex start = {}, OptIndex end = {});
int64_t strRIndex(std::string_view s, std::string_view sub, OptIndex start = {}, OptIndex end = {});
int64_t strCount(std::string_view s, std::string_view sub, OptIndex start = {}, OptIndex end = {});
bool strContains(std::string_view s, std::string_view sub);
// startswith / endswith of one prefix or of a tuple of them.
bool strStartsWith(std::string_view s, std::string_view prefix, OptIndex start = {},
                   OptIndex end = {});
bool strStartsWith(std::string_view s, std::span<const std::string_view> prefixes,
                   OptIndex start = {}, OptIndex end = {});
bool strEndsWith(std::string_view s, std::string_view suffix, OptIndex start = {},
                 OptIndex end = {});
bool strEndsWith(std::string_view s, std::span<const std::string_view> suffixes,
                 OptIndex start = {}, OptIndex end = {});
// replace(old, new, count); count < 0 replaces all.
std::string strReplace(std::string_view s, std::string_view old, std::string_view replacement,
                       int64_t count = -1);
// partition / rpartition (ValueError "empty separator").
std::array<std::string, 3> strPartition(std::string_view s, std::string_view sep);
std::array<std::string, 3> strRPartition(std::string_view s, std::string_view sep);

// Splitting and joining. sep nullopt splits on runs of whitespace; an empty
// sep raises ValueError "empty separator"; maxsplit < 0 means no limit.
std::vector<std::string> strSplit(std::string_view s, std::optional<std::string_view> sep = {},
                                  int64_t maxsplit = -1);
std::vector<std::string> strRSplit(std::string_view s, std::optional<std::string_view> sep = {},
                                   int64_t maxsplit = -1);
std::vector<std::string> strSplitLines(std::string_view s, bool keepends = false);
std::string strJoin(std::string_view sep, std::span<const std::string> items);
std::string strJoin(std::string_view sep, std::span<const std::string_view> items);
// strip / lstrip / rstrip: whitespace when chars is nullopt, else any of chars.
std::string strStrip(std::string_view s, std::optional<std::string_view> chars = {});
std::string strLStrip(std::string_view s, std::optional<std::string_view> chars = {});
std::string strRStrip(std::string_view s, std::optional<std::string_view> chars = {});

// Case mappings with Unicode's full mappings ('ß'.upper() == 'SS') and
// the final-sigma rule of lower().
std::string strUpper(std::string_view s);
std::string strLower(std::string_view s);
std::string strCasefold(std::string_view s);
std::string strTitle(std::string_view s);
std::string strCapitalize(std::string_view s);
std::string strSwapcase(std::string_view s);

// Padding. fill must be one code point (TypeError "The fill character must
// be exactly one character long").
std::string strCenter(std::string_view s, int64_t width, std::string_view fill = " ");
std::string strLJust(std::string_view s, int64_t width, std::string_view fill = " ");
std::string strRJust(std::string_view s, int64_t width, std::string_view fill = " ");
std::string strZFill(std::string_view s, int64_t width);
std::string strExpandTabs(std::string_view s, int64_t tabsize = 8);

// Predicates, as str.isdigit() etc. on the whole string.
bool strIsDigit(std::string_view s);
bool strIsDecimal(std::string_view s);
bool strIsNumeric(std::string_view s);
bool strIsAlpha(std::string_view s);
bool strIsAlnum(std::string_view s);
bool strIsSpace(std::string_view s);
bool strIsUpper(std::string_view s);
bool strIsLower(std::string_view s);
bool strIsTitle(std::string_view s);
bool strIsPrintable(std::string_view s);
bool strIsIdentifier(std::string_view s);
bool strIsAscii(std::string_view s);

// repr(s): quotes chosen as CPython does, \n \t \r \\ escaped, other
// non-printable code points as \xhh, \uhhhh or \Uhhhhhhhh, printable non-ASCII
// kept. ascii(s): the same with every non-ASCII code point escaped.
std::string reprStr(std::string_view s);
std::string asciiStr(std::string_view s);

} // namespace coroscope::pylib
