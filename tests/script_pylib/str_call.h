// SPDX-License-Identifier: MIT
#pragma once

#include "script/pylib/py_str.h"

#include "pylib_test_support.h"

#include <string>

// One str method call of the generated tables (generate/str_cases.py):
// nullptr and kNone stand for None, lists print as [a|b|c] and a text1 of
// "(a|b)" is a tuple of prefixes.
namespace coroscope::pylib::test {

inline constexpr int64_t kNone = INT64_MIN + 1;

struct StrCall {
    const char* method;
    const char* s;
    const char* text1;
    const char* text2;
    int64_t n1;
    int64_t n2;
    int64_t n3;
    const char* expected;
};

inline OptIndex opt(int64_t n) {
    return n == kNone ? OptIndex() : OptIndex(n);
}
inline std::optional<std::string_view> optText(const char* t) {
    return t ? std::optional<std::string_view>(t) : std::nullopt;
}

inline std::string shown(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "|" : "") + items[i];
    return out + "]";
}

inline std::string shown(const std::array<std::string, 3>& items) {
    return shown(std::vector<std::string>(items.begin(), items.end()));
}

inline std::string shown(bool b) {
    return b ? "True" : "False";
}
inline std::string shown(int64_t n) {
    return std::to_string(n);
}
inline std::string shown(std::string s) {
    return s;
}

inline std::string runStrCall(const StrCall& c) {
    const std::string_view m = c.method;
    const std::string_view s = c.s;
    if (m == "len") return shown(static_cast<int64_t>(strLen(s)));
    if (m == "getitem") return strGetItem(s, c.n1);
    if (m == "slice") return strSlice(s, opt(c.n1), opt(c.n2), opt(c.n3));
    if (m == "find") return shown(strFind(s, c.text1, opt(c.n1), opt(c.n2)));
    if (m == "rfind") return shown(strRFind(s, c.text1, opt(c.n1), opt(c.n2)));
    if (m == "index") return shown(strIndex(s, c.text1, opt(c.n1), opt(c.n2)));
    if (m == "rindex") return shown(strRIndex(s, c.text1, opt(c.n1), opt(c.n2)));
    if (m == "count") return shown(strCount(s, c.text1, opt(c.n1), opt(c.n2)));
    if (m == "startswith" || m == "endswith") {
        const std::string_view t = c.text1;
        if (!t.empty() && t.front() == '(') {
            const auto items = splitOn(t.substr(1, t.size() - 2), '|');
            const std::vector<std::string_view> views(items.begin(), items.end());
            return shown(m == "startswith" ? strStartsWith(s, views, opt(c.n1), opt(c.n2))
                                           : strEndsWith(s, views, opt(c.n1), opt(c.n2)));
        }
        return shown(m == "startswith" ? strStartsWith(s, t, opt(c.n1), opt(c.n2))
                                       : strEndsWith(s, t, opt(c.n1), opt(c.n2)));
    }
    if (m == "replace") return strReplace(s, c.text1, c.text2, c.n1);
    if (m == "partition") return shown(strPartition(s, c.text1));
    if (m == "rpartition") return shown(strRPartition(s, c.text1));
    if (m == "split") return shown(strSplit(s, optText(c.text1), opt(c.n1).value_or(-1)));
    if (m == "rsplit") return shown(strRSplit(s, optText(c.text1), opt(c.n1).value_or(-1)));
    if (m == "splitlines") return shown(strSplitLines(s, opt(c.n1).value_or(0) != 0));
    if (m == "strip") return strStrip(s, optText(c.text1));
    if (m == "lstrip") return strLStrip(s, optText(c.text1));
    if (m == "rstrip") return strRStrip(s, optText(c.text1));
    if (m == "center") return strCenter(s, c.n1, c.text1);
    if (m == "ljust") return strLJust(s, c.n1, c.text1);
    if (m == "rjust") return strRJust(s, c.n1, c.text1);
    if (m == "zfill") return strZFill(s, c.n1);
    if (m == "expandtabs") return strExpandTabs(s, opt(c.n1).value_or(8));
    if (m == "upper") return strUpper(s);
    if (m == "lower") return strLower(s);
    if (m == "title") return strTitle(s);
    if (m == "capitalize") return strCapitalize(s);
    if (m == "swapcase") return strSwapcase(s);
    if (m == "casefold") return strCasefold(s);
    if (m == "isdigit") return shown(strIsDigit(s));
    if (m == "isdecimal") return shown(strIsDecimal(s));
    if (m == "isnumeric") return shown(strIsNumeric(s));
    if (m == "isalpha") return shown(strIsAlpha(s));
    if (m == "isalnum") return shown(strIsAlnum(s));
    if (m == "isspace") return shown(strIsSpace(s));
    if (m == "isupper") return shown(strIsUpper(s));
    if (m == "islower") return shown(strIsLower(s));
    if (m == "istitle") return shown(strIsTitle(s));
    if (m == "isprintable") return shown(strIsPrintable(s));
    if (m == "isidentifier") return shown(strIsIdentifier(s));
    if (m == "isascii") return shown(strIsAscii(s));
    return "unknown method " + std::string(m);
}

} // namespace coroscope::pylib::test
