// SPDX-License-Identifier: MIT
// Indexing, slicing, searching and replacing (CPython's unicodeobject.c and
// Objects/stringlib).
#include "script/pylib/py_str.h"

#include "script/pylib/str_detail.h"

#include <climits>

namespace coroscope::pylib {

using namespace detail;

namespace {

constexpr int64_t kMax = INT64_MAX;

// find() on the code points [start, end) of s; the code point index or -1.
int64_t findIn(std::string_view s, std::string_view sub, OptIndex startArg, OptIndex endArg,
               bool reverse) {
    const Positions pos(s);
    int64_t start = startArg.value_or(0);
    int64_t end = endArg.value_or(kMax);
    adjustIndices(start, end, pos.count());
    const auto subLen = static_cast<int64_t>(codePointCount(sub));
    if (end - start < subLen) return -1;
    if (subLen == 0) return reverse ? end : start;
    const std::string_view window = pos.slice(start, end);
    const std::size_t at = reverse ? window.rfind(sub) : window.find(sub);
    if (at == std::string_view::npos) return -1;
    return pos.indexOf(pos.byteAt(start) + at);
}

bool tailMatch(std::string_view s, std::string_view fix, OptIndex startArg, OptIndex endArg,
               bool atEnd) {
    const Positions pos(s);
    int64_t start = startArg.value_or(0);
    int64_t end = endArg.value_or(kMax);
    adjustIndices(start, end, pos.count());
    const auto fixLen = static_cast<int64_t>(codePointCount(fix));
    end -= fixLen;
    if (end < start) return false;
    if (fixLen == 0) return true;
    const int64_t from = atEnd ? end : start;
    return pos.slice(from, from + fixLen) == fix;
}

} // namespace

std::size_t strLen(std::string_view s) {
    return codePointCount(s);
}

std::string strGetItem(std::string_view s, int64_t index) {
    const Positions pos(s);
    if (index < 0) index += pos.count();
    if (index < 0 || index >= pos.count())
        raise(ErrorKind::IndexError, "string index out of range");
    return std::string(pos.slice(index, index + 1));
}

std::string strSlice(std::string_view s, OptIndex startArg, OptIndex stopArg, OptIndex stepArg) {
    int64_t step = stepArg.value_or(1);
    if (step == 0) raise(ErrorKind::ValueError, "slice step cannot be zero");
    if (step < -kMax) step = -kMax;
    const Positions pos(s);
    const int64_t len = pos.count();
    // PySlice_Unpack and PySlice_AdjustIndices.
    int64_t start = startArg.value_or(step < 0 ? kMax : 0);
    int64_t stop = stopArg.value_or(step < 0 ? INT64_MIN : kMax);
    auto adjust = [&](int64_t& i) {
        if (i < 0) {
            i += len;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
    };
    adjust(start);
    adjust(stop);
    if (step == 1) return start < stop ? std::string(pos.slice(start, stop)) : std::string();
    std::string out;
    if (step > 0) {
        for (int64_t i = start; i < stop; i += step) {
            out += pos.slice(i, i + 1);
            if (stop - i <= step) break;
        }
    } else {
        for (int64_t i = start; i > stop; i += step) {
            out += pos.slice(i, i + 1);
            if (i - stop <= -step) break;
        }
    }
    return out;
}

std::string strChr(int64_t codePoint) {
    if (codePoint < 0 || codePoint > 0x10FFFF)
        raise(ErrorKind::ValueError, "chr() arg not in range(0x110000)");
    std::string out;
    appendUtf8(out, static_cast<char32_t>(codePoint));
    return out;
}

int64_t strOrd(std::string_view c) {
    const std::size_t length = codePointCount(c);
    if (length != 1)
        raise(ErrorKind::TypeError, "ord() expected a character, but string of length " +
                                        std::to_string(length) + " found");
    std::size_t pos = 0;
    return decodeUtf8(c, pos);
}

int64_t strFind(std::string_view s, std::string_view sub, OptIndex start, OptIndex end) {
    return findIn(s, sub, start, end, false);
}

int64_t strRFind(std::string_view s, std::string_view sub, OptIndex start, OptIndex end) {
    return findIn(s, sub, start, end, true);
}

int64_t strIndex(std::string_view s, std::string_view sub, OptIndex start, OptIndex end) {
    const int64_t at = findIn(s, sub, start, end, false);
    if (at < 0) raise(ErrorKind::ValueError, "substring not found");
    return at;
}

int64_t strRIndex(std::string_view s, std::string_view sub, OptIndex start, OptIndex end) {
    const int64_t at = findIn(s, sub, start, end, true);
    if (at < 0) raise(ErrorKind::ValueError, "substring not found");
    return at;
}

int64_t strCount(std::string_view s, std::string_view sub, OptIndex startArg, OptIndex endArg) {
    const Positions pos(s);
    int64_t start = startArg.value_or(0);
    int64_t end = endArg.value_or(kMax);
    adjustIndices(start, end, pos.count());
    const auto subLen = static_cast<int64_t>(codePointCount(sub));
    if (end - start < subLen) return 0;
    if (subLen == 0) return end - start + 1;
    const std::string_view window = pos.slice(start, end);
    int64_t count = 0;
    for (std::size_t at = window.find(sub); at != std::string_view::npos;
         at = window.find(sub, at + sub.size()))
        ++count;
    return count;
}

bool strContains(std::string_view s, std::string_view sub) {
    return s.find(sub) != std::string_view::npos;
}

bool strStartsWith(std::string_view s, std::string_view prefix, OptIndex start, OptIndex end) {
    return tailMatch(s, prefix, start, end, false);
}

bool strStartsWith(std::string_view s, std::span<const std::string_view> prefixes, OptIndex start,
                   OptIndex end) {
    for (std::string_view prefix : prefixes)
        if (tailMatch(s, prefix, start, end, false)) return true;
    return false;
}

bool strEndsWith(std::string_view s, std::string_view suffix, OptIndex start, OptIndex end) {
    return tailMatch(s, suffix, start, end, true);
}

bool strEndsWith(std::string_view s, std::span<const std::string_view> suffixes, OptIndex start,
                 OptIndex end) {
    for (std::string_view suffix : suffixes)
        if (tailMatch(s, suffix, start, end, true)) return true;
    return false;
}

std::string strReplace(std::string_view s, std::string_view old, std::string_view replacement,
                       int64_t count) {
    if (count < 0)
        count = kMax;
    else if (count == 0)
        return std::string(s);
    std::string out;
    if (old.empty()) {
        // Before every code point and at the end, count times at most.
        std::size_t pos = 0;
        for (; count > 0 && pos < s.size(); --count) {
            checkResultBytes(static_cast<int64_t>(out.size() + replacement.size() + 4));
            out += replacement;
            const std::size_t from = pos;
            decodeUtf8(s, pos);
            out += s.substr(from, pos - from);
        }
        if (count > 0) out += replacement;
        out += s.substr(pos);
        return out;
    }
    std::size_t from = 0;
    for (std::size_t at = s.find(old); count > 0 && at != std::string_view::npos;
         at = s.find(old, from), --count) {
        checkResultBytes(static_cast<int64_t>(out.size() + (at - from) + replacement.size()));
        out += s.substr(from, at - from);
        out += replacement;
        from = at + old.size();
    }
    out += s.substr(from);
    return out;
}

std::array<std::string, 3> strPartition(std::string_view s, std::string_view sep) {
    if (sep.empty()) raise(ErrorKind::ValueError, "empty separator");
    const std::size_t at = s.find(sep);
    if (at == std::string_view::npos) return {std::string(s), "", ""};
    return {std::string(s.substr(0, at)), std::string(sep), std::string(s.substr(at + sep.size()))};
}

std::array<std::string, 3> strRPartition(std::string_view s, std::string_view sep) {
    if (sep.empty()) raise(ErrorKind::ValueError, "empty separator");
    const std::size_t at = s.rfind(sep);
    if (at == std::string_view::npos) return {"", "", std::string(s)};
    return {std::string(s.substr(0, at)), std::string(sep), std::string(s.substr(at + sep.size()))};
}

} // namespace coroscope::pylib
