// SPDX-License-Identifier: MIT
// split, rsplit, splitlines, join and strip (CPython's Objects/stringlib/split.h).
#include "script/pylib/py_str.h"

#include "script/pylib/str_detail.h"
#include "script/pylib/unicode_props.h"

#include <climits>

namespace coroscope::pylib {

using namespace detail;

namespace {

// The code point before byte offset end, moving end to its start.
char32_t decodeBefore(std::string_view s, std::size_t& end) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
        --start;
    std::size_t pos = start;
    const char32_t c = decodeUtf8(s, pos);
    if (pos != end) { // not a whole code point: the last byte alone
        start = end - 1;
        pos = start;
        const char32_t last = decodeUtf8(s, pos);
        end = start;
        return last;
    }
    end = start;
    return c;
}

void checkSeparator(std::string_view sep) {
    if (sep.empty()) raise(ErrorKind::ValueError, "empty separator");
}

std::vector<std::string> splitWhitespace(std::string_view s, int64_t maxcount) {
    std::vector<std::string> out;
    std::size_t i = 0;
    auto spaceAt = [&](std::size_t at, std::size_t& next) {
        next = at;
        return isSpace(decodeUtf8(s, next));
    };
    std::size_t next = 0;
    while (maxcount-- > 0) {
        while (i < s.size() && spaceAt(i, next))
            i = next;
        if (i == s.size()) break;
        const std::size_t j = i;
        spaceAt(i, next);
        i = next;
        while (i < s.size() && !spaceAt(i, next))
            i = next;
        out.emplace_back(s.substr(j, i - j));
    }
    if (i < s.size()) {
        while (i < s.size() && spaceAt(i, next))
            i = next;
        if (i != s.size()) out.emplace_back(s.substr(i));
    }
    return out;
}

std::vector<std::string> rsplitWhitespace(std::string_view s, int64_t maxcount) {
    std::vector<std::string> out;
    std::size_t i = s.size(); // one past the code point being looked at
    auto spaceBefore = [&](std::size_t at, std::size_t& prev) {
        prev = at;
        return isSpace(decodeBefore(s, prev));
    };
    std::size_t prev = 0;
    while (maxcount-- > 0) {
        while (i > 0 && spaceBefore(i, prev))
            i = prev;
        if (i == 0) break;
        const std::size_t j = i;
        spaceBefore(i, prev);
        i = prev;
        while (i > 0 && !spaceBefore(i, prev))
            i = prev;
        out.emplace_back(s.substr(i, j - i));
    }
    if (i > 0) {
        while (i > 0 && spaceBefore(i, prev))
            i = prev;
        if (i > 0) out.emplace_back(s.substr(0, i));
    }
    return {out.rbegin(), out.rend()};
}

bool inChars(char32_t c, const std::u32string* chars) {
    if (chars == nullptr) return isSpace(c);
    return chars->find(c) != std::u32string::npos;
}

std::string strip(std::string_view s, std::optional<std::string_view> charsArg, bool left,
                  bool right) {
    std::u32string chars;
    const std::u32string* set = nullptr;
    if (charsArg) {
        chars = toCodePoints(*charsArg);
        set = &chars;
    }
    std::size_t begin = 0;
    std::size_t end = s.size();
    if (left) {
        while (begin < end) {
            std::size_t next = begin;
            if (!inChars(decodeUtf8(s, next), set)) break;
            begin = next;
        }
    }
    if (right) {
        while (end > begin) {
            std::size_t prev = end;
            if (!inChars(decodeBefore(s, prev), set)) break;
            end = prev;
        }
    }
    return std::string(s.substr(begin, end - begin));
}

template <class Items>
std::string join(std::string_view sep, const Items& items) {
    std::size_t size = 0;
    for (const auto& item : items)
        size += item.size() + sep.size();
    checkResultBytes(static_cast<int64_t>(size));
    std::string out;
    out.reserve(size);
    bool first = true;
    for (const auto& item : items) {
        if (!first) out += sep;
        out += item;
        first = false;
    }
    return out;
}

} // namespace

std::vector<std::string> strSplit(std::string_view s, std::optional<std::string_view> sep,
                                  int64_t maxsplit) {
    const int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
    if (!sep) return splitWhitespace(s, maxcount);
    checkSeparator(*sep);
    std::vector<std::string> out;
    std::size_t i = 0;
    for (int64_t n = maxcount; n > 0; --n) {
        const std::size_t at = s.find(*sep, i);
        if (at == std::string_view::npos) break;
        out.emplace_back(s.substr(i, at - i));
        i = at + sep->size();
    }
    out.emplace_back(s.substr(i));
    return out;
}

std::vector<std::string> strRSplit(std::string_view s, std::optional<std::string_view> sep,
                                   int64_t maxsplit) {
    const int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
    if (!sep) return rsplitWhitespace(s, maxcount);
    checkSeparator(*sep);
    std::vector<std::string> out;
    std::size_t j = s.size();
    for (int64_t n = maxcount; n > 0 && j >= sep->size(); --n) {
        const std::size_t at = s.substr(0, j).rfind(*sep);
        if (at == std::string_view::npos) break;
        out.emplace_back(s.substr(at + sep->size(), j - at - sep->size()));
        j = at;
    }
    out.emplace_back(s.substr(0, j));
    return {out.rbegin(), out.rend()};
}

std::vector<std::string> strSplitLines(std::string_view s, bool keepends) {
    std::vector<std::string> out;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < s.size()) {
        std::size_t next = i;
        char32_t c = 0;
        while (i < s.size()) {
            next = i;
            c = decodeUtf8(s, next);
            if (isLineBreak(c)) break;
            i = next;
        }
        std::size_t eol = i;
        if (i < s.size()) {
            i = c == '\r' && next < s.size() && s[next] == '\n' ? next + 1 : next;
            if (keepends) eol = i;
        }
        out.emplace_back(s.substr(j, eol - j));
        j = i;
    }
    return out;
}

std::string strJoin(std::string_view sep, std::span<const std::string> items) {
    return join(sep, items);
}

std::string strJoin(std::string_view sep, std::span<const std::string_view> items) {
    return join(sep, items);
}

std::string strStrip(std::string_view s, std::optional<std::string_view> chars) {
    return strip(s, chars, true, true);
}

std::string strLStrip(std::string_view s, std::optional<std::string_view> chars) {
    return strip(s, chars, true, false);
}

std::string strRStrip(std::string_view s, std::optional<std::string_view> chars) {
    return strip(s, chars, false, true);
}

} // namespace coroscope::pylib
