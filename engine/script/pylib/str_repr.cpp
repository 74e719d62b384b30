// SPDX-License-Identifier: MIT
// repr() and ascii() of a str (CPython's unicode_repr).
#include "script/pylib/py_str.h"

#include "script/pylib/unicode_props.h"
#include "script/pylib/utf8.h"

#include <cstdio>

namespace coroscope::pylib {

namespace {

std::string quoted(std::string_view s, bool asciiOnly) {
    bool squote = false;
    bool dquote = false;
    for (char c : s) {
        squote = squote || c == '\'';
        dquote = dquote || c == '"';
    }
    const char quote = squote && !dquote ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back(quote);
    for (std::size_t pos = 0; pos < s.size();) {
        const std::size_t from = pos;
        const char32_t c = decodeUtf8(s, pos);
        char buf[16];
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(static_cast<char>(c));
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < ' ' || c == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            out += buf;
        } else if (c < 0x7F) {
            out.push_back(static_cast<char>(c));
        } else if (!asciiOnly && isPrintable(c)) {
            out += s.substr(from, pos - from);
        } else {
            const char* format = c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x";
            std::snprintf(buf, sizeof buf, format, static_cast<unsigned>(c));
            out += buf;
        }
    }
    out.push_back(quote);
    return out;
}

} // namespace

std::string reprStr(std::string_view s) {
    return quoted(s, false);
}

std::string asciiStr(std::string_view s) {
    return quoted(s, true);
}

} // namespace coroscope::pylib
