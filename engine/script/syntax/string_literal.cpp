// SPDX-License-Identifier: MIT
#include "script/syntax/string_literal.h"

#include "script/pylib/utf8.h"
#include "script/syntax/lexer.h"
#include "script/syntax/token.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace coroscope::detail {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

DecodeResult unicodeError(size_t from, size_t to, const char* what) {
    char message[160];
    std::snprintf(
        message, sizeof message,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", from,
        to, what);
    return {DecodeStatus::Error, message};
}

} // namespace

std::string_view stringBody(std::string_view tokenText, uint8_t flags) {
    size_t start = 0;
    while (start < tokenText.size() && tokenText[start] != '\'' && tokenText[start] != '"')
        ++start;
    const size_t quotes = (flags & StringTriple) ? 3 : 1;
    if (tokenText.size() < start + 2 * quotes) return {};
    return tokenText.substr(start + quotes, tokenText.size() - start - 2 * quotes);
}

DecodeResult decodeString(std::string_view body, bool raw, bool bytes, std::string& out) {
    if (bytes) {
        for (char c : body) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return {DecodeStatus::Error, "bytes can only contain ASCII literal characters"};
        }
    }
    if (raw) {
        out.append(body);
        return {};
    }
    out.reserve(out.size() + body.size());
    for (size_t i = 0; i < body.size(); ++i) {
        const char c = body[i];
        if (c != '\\' || i + 1 >= body.size()) {
            out.push_back(c);
            continue;
        }
        const size_t start = i;
        const char e = body[++i];
        switch (e) {
        case '\n': break;
        case '\\':
        case '\'':
        case '"': out.push_back(e); break;
        case 'a': out.push_back('\a'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'v': out.push_back('\v'); break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            unsigned value = static_cast<unsigned>(e - '0');
            for (int digits = 1;
                 digits < 3 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
                 ++digits)
                value = value * 8 + static_cast<unsigned>(body[++i] - '0');
            if (bytes)
                out.push_back(static_cast<char>(value & 0xFF));
            else
                pylib::appendUtf8(out, value);
            break;
        }
        case 'x':
        case 'u':
        case 'U': {
            if (bytes && e != 'x') {
                out.push_back('\\');
                out.push_back(e);
                break;
            }
            const int width = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            char32_t value = 0;
            int digits = 0;
            while (digits < width && i + 1 < body.size() && hexValue(body[i + 1]) >= 0) {
                value = value * 16 + static_cast<char32_t>(hexValue(body[++i]));
                ++digits;
            }
            if (digits < width) {
                if (bytes) {
                    return {DecodeStatus::Error, "(value error) invalid \\x escape at position " +
                                                     std::to_string(start)};
                }
                const char* what = e == 'x'   ? "truncated \\xXX escape"
                                   : e == 'u' ? "truncated \\uXXXX escape"
                                              : "truncated \\UXXXXXXXX escape";
                return unicodeError(start, i, what);
            }
            if (value > 0x10FFFF) return unicodeError(start, i, "illegal Unicode character");
            if (bytes)
                out.push_back(static_cast<char>(value));
            else
                pylib::appendUtf8(out, value);
            break;
        }
        case 'N':
            if (bytes) {
                out.push_back('\\');
                out.push_back(e);
                break;
            }
            // Named characters need Unicode's name table, which the sandbox
            // does not carry.
            return {DecodeStatus::Unsupported,
                    "\\N{...} escapes are not supported; write the character itself or use "
                    "\\u with its code"};
        default:
            // Unknown escapes keep their backslash (CPython only warns).
            out.push_back('\\');
            out.push_back(e);
            break;
        }
    }
    return {};
}

std::string withoutUnderscores(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c != '_') out.push_back(c);
    }
    return out;
}

bool parseIntLiteral(std::string_view text, int64_t& value) {
    int base = 10;
    if (text.size() > 1 && text[0] == '0') {
        const char p = text[1];
        if (p == 'x' || p == 'X')
            base = 16;
        else if (p == 'o' || p == 'O')
            base = 8;
        else if (p == 'b' || p == 'B')
            base = 2;
        if (base != 10) text.remove_prefix(2);
    }
    uint64_t result = 0;
    for (char c : text) {
        if (c == '_') continue;
        const int digit = hexValue(c);
        if (digit < 0 || digit >= base) return false;
        if (result > (static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(digit)) /
                         static_cast<uint64_t>(base))
            return false;
        result = result * static_cast<uint64_t>(base) + static_cast<uint64_t>(digit);
    }
    value = static_cast<int64_t>(result);
    return true;
}

double parseFloatLiteral(std::string_view text) {
    std::string clean = withoutUnderscores(text);
    if (!clean.empty() && (clean.back() == 'j' || clean.back() == 'J')) clean.pop_back();
    double value = 0;
    const std::errc error = std::from_chars(clean.data(), clean.data() + clean.size(), value).ec;
    if (error == std::errc::result_out_of_range) {
        // Overflow reads as infinity in Python; underflow as zero.
        const bool negativeExponent =
            clean.find("e-") != std::string::npos || clean.find("E-") != std::string::npos;
        return negativeExponent ? 0.0 : HUGE_VAL;
    }
    return value;
}

} // namespace coroscope::detail
