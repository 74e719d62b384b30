// SPDX-License-Identifier: MIT
// Case mappings, padding and the is...() predicates (CPython's
// unicodeobject.c: do_upper, do_title, handle_capital_sigma, pad, ...).
#include "script/pylib/py_str.h"

#include "script/pylib/str_detail.h"
#include "script/pylib/unicode_props.h"

namespace coroscope::pylib {

using namespace detail;

namespace {

// U+03A3 lowercases to final sigma when a cased letter precedes it and none
// follows, case-ignorable code points between them not counting.
char32_t lowerSigma(const std::u32string& s, std::size_t i) {
    std::size_t j = i;
    char32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = s[--j];
        if (!isCaseIgnorable(c)) {
            found = true;
            break;
        }
    }
    bool finalSigma = found && isCased(c);
    if (finalSigma && i + 1 < s.size()) {
        std::size_t k = i + 1;
        for (; k < s.size(); ++k) {
            c = s[k];
            if (!isCaseIgnorable(c)) break;
        }
        finalSigma = k == s.size() || !isCased(c);
    }
    return finalSigma ? 0x3C2 : 0x3C3;
}

void appendLowerAt(const std::u32string& s, std::size_t i, std::u32string& out) {
    if (s[i] == 0x3A3)
        out.push_back(lowerSigma(s, i));
    else
        appendLower(s[i], out);
}

template <class Map>
std::string mapped(std::string_view text, Map map) {
    const std::u32string s = toCodePoints(text);
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        map(s, i, out);
    return fromCodePoints(out);
}

char32_t fillChar(std::string_view fill) {
    if (codePointCount(fill) != 1)
        raise(ErrorKind::TypeError, "The fill character must be exactly one character long");
    std::size_t pos = 0;
    return decodeUtf8(fill, pos);
}

std::string pad(std::string_view s, int64_t left, int64_t right, char32_t fill) {
    std::string f;
    appendUtf8(f, fill);
    checkResultLength(left + right);
    checkResultBytes(static_cast<int64_t>(s.size()) +
                     (left + right) * static_cast<int64_t>(f.size()));
    std::string out;
    out.reserve(s.size() + static_cast<std::size_t>(left + right) * f.size());
    for (int64_t i = 0; i < left; ++i)
        out += f;
    out += s;
    for (int64_t i = 0; i < right; ++i)
        out += f;
    return out;
}

template <class Pred>
bool all(std::string_view s, Pred pred) {
    if (s.empty()) return false;
    for (std::size_t pos = 0; pos < s.size();)
        if (!pred(decodeUtf8(s, pos))) return false;
    return true;
}

} // namespace

std::string strUpper(std::string_view s) {
    if (isAscii(s)) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
        return out;
    }
    return mapped(s, [](const std::u32string& t, std::size_t i, std::u32string& out) {
        appendUpper(t[i], out);
    });
}

std::string strLower(std::string_view s) {
    if (isAscii(s)) {
        std::string out(s);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
        return out;
    }
    return mapped(s, appendLowerAt);
}

std::string strCasefold(std::string_view s) {
    return mapped(s, [](const std::u32string& t, std::size_t i, std::u32string& out) {
        appendFolded(t[i], out);
    });
}

std::string strTitle(std::string_view s) {
    bool previousIsCased = false;
    return mapped(s, [&](const std::u32string& t, std::size_t i, std::u32string& out) {
        if (previousIsCased)
            appendLowerAt(t, i, out);
        else
            appendTitle(t[i], out);
        previousIsCased = isCased(t[i]);
    });
}

std::string strCapitalize(std::string_view s) {
    return mapped(s, [](const std::u32string& t, std::size_t i, std::u32string& out) {
        if (i == 0)
            appendTitle(t[i], out);
        else
            appendLowerAt(t, i, out);
    });
}

std::string strSwapcase(std::string_view s) {
    return mapped(s, [](const std::u32string& t, std::size_t i, std::u32string& out) {
        if (isUpper(t[i]))
            appendLowerAt(t, i, out);
        else if (isLower(t[i]))
            appendUpper(t[i], out);
        else
            out.push_back(t[i]);
    });
}

std::string strCenter(std::string_view s, int64_t width, std::string_view fill) {
    const char32_t f = fillChar(fill);
    const auto length = static_cast<int64_t>(codePointCount(s));
    if (width <= length) return std::string(s);
    const int64_t margin = width - length;
    const int64_t left = margin / 2 + (margin & width & 1);
    return pad(s, left, margin - left, f);
}

std::string strLJust(std::string_view s, int64_t width, std::string_view fill) {
    const char32_t f = fillChar(fill);
    const auto length = static_cast<int64_t>(codePointCount(s));
    return width <= length ? std::string(s) : pad(s, 0, width - length, f);
}

std::string strRJust(std::string_view s, int64_t width, std::string_view fill) {
    const char32_t f = fillChar(fill);
    const auto length = static_cast<int64_t>(codePointCount(s));
    return width <= length ? std::string(s) : pad(s, width - length, 0, f);
}

std::string strZFill(std::string_view s, int64_t width) {
    const auto length = static_cast<int64_t>(codePointCount(s));
    if (width <= length) return std::string(s);
    std::string out = pad(s, width - length, 0, '0');
    const auto fill = static_cast<std::size_t>(width - length);
    if (out[fill] == '+' || out[fill] == '-') {
        out[0] = out[fill];
        out[fill] = '0';
    }
    return out;
}

std::string strExpandTabs(std::string_view s, int64_t tabsize) {
    std::string out;
    int64_t column = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        const std::size_t from = pos;
        const char32_t c = decodeUtf8(s, pos);
        if (c == '\t') {
            if (tabsize > 0) {
                const int64_t spaces = tabsize - column % tabsize;
                checkResultLength(column + spaces);
                checkResultBytes(static_cast<int64_t>(out.size()) + spaces);
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out += s.substr(from, pos - from);
            ++column;
            if (c == '\n' || c == '\r') column = 0;
        }
    }
    return out;
}

bool strIsDigit(std::string_view s) {
    return all(s, isDigit);
}
bool strIsDecimal(std::string_view s) {
    return all(s, isDecimal);
}
bool strIsNumeric(std::string_view s) {
    return all(s, isNumeric);
}
bool strIsAlpha(std::string_view s) {
    return all(s, isAlpha);
}
bool strIsAlnum(std::string_view s) {
    return all(s, isAlnum);
}
bool strIsSpace(std::string_view s) {
    return all(s, isSpace);
}
bool strIsPrintable(std::string_view s) {
    return s.empty() || all(s, isPrintable);
}
bool strIsAscii(std::string_view s) {
    return isAscii(s);
}

bool strIsUpper(std::string_view s) {
    bool cased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        const char32_t c = decodeUtf8(s, pos);
        if (isLower(c) || isTitle(c)) return false;
        cased = cased || isUpper(c);
    }
    return cased;
}

bool strIsLower(std::string_view s) {
    bool cased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        const char32_t c = decodeUtf8(s, pos);
        if (isUpper(c) || isTitle(c)) return false;
        cased = cased || isLower(c);
    }
    return cased;
}

bool strIsTitle(std::string_view s) {
    bool cased = false;
    bool previousIsCased = false;
    for (std::size_t pos = 0; pos < s.size();) {
        const char32_t c = decodeUtf8(s, pos);
        if (isUpper(c) || isTitle(c)) {
            if (previousIsCased) return false;
            previousIsCased = cased = true;
        } else if (isLower(c)) {
            if (!previousIsCased) return false;
            previousIsCased = cased = true;
        } else {
            previousIsCased = false;
        }
    }
    return cased;
}

bool strIsIdentifier(std::string_view s) {
    if (s.empty()) return false;
    std::size_t pos = 0;
    if (!isIdentifierStart(decodeUtf8(s, pos))) return false;
    while (pos < s.size())
        if (!isIdentifierContinue(decodeUtf8(s, pos))) return false;
    return true;
}

} // namespace coroscope::pylib
