// SPDX-License-Identifier: MIT
// Python's repr() of the constants a tree holds, for ast::dump().
#include "script/syntax/ast_dump.h"
#include "script/syntax/lexer.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace coroscope::ast {

std::string pythonRepr(std::string_view text, bool bytes) {
    const bool hasSingle = text.find('\'') != std::string_view::npos;
    const bool hasDouble = text.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    std::string out = bytes ? "b" : "";
    out += quote;
    char buffer[16];
    for (uint32_t i = 0; i < text.size();) {
        uint32_t length = 1;
        char32_t cp = bytes ? static_cast<unsigned char>(text[i]) : decodeUtf8(text, i, length);
        // Lone surrogates (from \ud800 escapes) are kept as their three bytes.
        if (!bytes && cp == 0xFFFD && length == 1 && i + 2 < text.size() &&
            static_cast<unsigned char>(text[i]) == 0xED) {
            cp = 0xD000 | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
                 (static_cast<unsigned char>(text[i + 2]) & 0x3F);
            length = 3;
        }
        if (cp == static_cast<unsigned char>(quote) || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\r') {
            out += "\\r";
        } else if (cp < 0x20 || cp == 0x7F || (bytes && cp >= 0x80)) {
            std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(cp));
            out += buffer;
        } else if (cp < 0x80 || isPrintableCodePoint(cp)) {
            out.append(text.substr(i, length));
        } else {
            const char* format = cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x";
            std::snprintf(buffer, sizeof buffer, format, static_cast<unsigned>(cp));
            out += buffer;
        }
        i += length;
    }
    out += quote;
    return out;
}

std::string pythonFloatRepr(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
    std::string sign;
    if (text.front() == '-') {
        sign = "-";
        text.remove_prefix(1);
    }
    const size_t e = text.find('e');
    std::string digits;
    for (char c : text.substr(0, e)) {
        if (c != '.') digits += c;
    }
    int exponent = 0;
    std::from_chars(text.data() + e + (text[e + 1] == '+' ? 2 : 1), text.data() + text.size(),
                    exponent);
    // repr() uses positional notation for exponents from -4 to 15.
    if (exponent >= -4 && exponent < 16) {
        std::string out;
        if (exponent >= 0) {
            const auto intDigits = static_cast<size_t>(exponent) + 1;
            if (digits.size() <= intDigits) {
                out = digits + std::string(intDigits - digits.size(), '0') + ".0";
            } else {
                out = digits.substr(0, intDigits) + "." + digits.substr(intDigits);
            }
        } else {
            out = "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
        }
        return sign + out;
    }
    std::string mantissa = digits.substr(0, 1);
    if (digits.size() > 1) mantissa += "." + digits.substr(1);
    char exponentText[16];
    std::snprintf(exponentText, sizeof exponentText, "e%c%02d", exponent < 0 ? '-' : '+',
                  exponent < 0 ? -exponent : exponent);
    return sign + mantissa + exponentText;
}

} // namespace coroscope::ast
