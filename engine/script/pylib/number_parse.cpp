// SPDX-License-Identifier: MIT
// int(str) and float(str): ports of PyLong_FromString and PyFloat_FromString.
#include "script/pylib/numeric.h"

#include "script/pylib/py_error.h"
#include "script/pylib/py_str.h"
#include "script/pylib/unicode_props.h"
#include "script/pylib/utf8.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace coroscope::pylib {

namespace {

// _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII stays, other whitespace
// becomes ' ', other decimal digits their ASCII digit; anything else ends
// the text with '?'.
std::string toAsciiDigits(std::string_view text) {
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = decodeUtf8(text, pos);
        if (c < 127) {
            out.push_back(static_cast<char>(c));
        } else if (isSpace(c)) {
            out.push_back(' ');
        } else {
            const int digit = decimalValue(c);
            if (digit < 0) {
                out.push_back('?');
                break;
            }
            out.push_back(static_cast<char>('0' + digit));
        }
    }
    return out;
}

// Py_ISSPACE: ASCII whitespace only (not \x1c-\x1f).
bool asciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}

int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

// "%.200R": the repr cut to 200 code points.
std::string truncatedRepr(std::string_view text) {
    const std::string repr = reprStr(text);
    return repr.substr(0, byteOffset(repr, 200));
}

[[noreturn]] void invalidInt(std::string_view text, int base) {
    throw Error(ErrorKind::ValueError, "invalid literal for int() with base " +
                                           std::to_string(base) + ": " + truncatedRepr(text));
}

[[noreturn]] void invalidFloat(std::string_view text) {
    throw Error(ErrorKind::ValueError, "could not convert string to float: " + reprStr(text));
}

bool isDigitChar(char c) {
    return c >= '0' && c <= '9';
}

} // namespace

std::optional<int64_t> parseInt(std::string_view text, int base) {
    if ((base != 0 && base < 2) || base > 36)
        throw Error(ErrorKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
    const int originalBase = base;
    const std::string s = toAsciiDigits(text);
    std::size_t i = 0;
    auto at = [&](std::size_t k) { return k < s.size() ? s[k] : '\0'; };
    while (i < s.size() && asciiSpace(s[i]))
        ++i;
    bool negative = false;
    if (at(i) == '+' || at(i) == '-') negative = s[i++] == '-';
    bool errorIfNonzero = false;
    if (base == 0) {
        const char next = static_cast<char>(at(i + 1) | 0x20);
        if (at(i) != '0')
            base = 10;
        else if (next == 'x')
            base = 16;
        else if (next == 'o')
            base = 8;
        else if (next == 'b')
            base = 2;
        else {
            errorIfNonzero = true;
            base = 10;
        }
    }
    if (at(i) == '0') {
        const char next = static_cast<char>(at(i + 1) | 0x20);
        if ((base == 16 && next == 'x') || (base == 8 && next == 'o') ||
            (base == 2 && next == 'b')) {
            i += 2;
            if (at(i) == '_') ++i;
        }
    }
    if (at(i) == '_') invalidInt(text, originalBase);
    const std::size_t start = i;
    uint64_t value = 0;
    bool overflow = false;
    std::size_t digits = 0;
    char prev = 0;
    for (; i < s.size() && (digitValue(s[i]) < base || s[i] == '_'); prev = s[i++]) {
        if (s[i] == '_') {
            if (prev == '_') invalidInt(text, originalBase);
            continue;
        }
        ++digits;
        const auto digit = static_cast<uint64_t>(digitValue(s[i]));
        if (!overflow && (__builtin_mul_overflow(value, static_cast<uint64_t>(base), &value) ||
                          __builtin_add_overflow(value, digit, &value)))
            overflow = true;
    }
    if (prev == '_') invalidInt(text, originalBase);
    if ((base & (base - 1)) != 0 && digits > 4300)
        throw Error(ErrorKind::ValueError,
                    "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                        std::to_string(digits) +
                        " digits; use sys.set_int_max_str_digits() to increase the limit");
    if ((errorIfNonzero && (value != 0 || overflow)) || i == start) invalidInt(text, originalBase);
    while (i < s.size() && asciiSpace(s[i]))
        ++i;
    if (i != s.size()) invalidInt(text, originalBase);
    if (overflow || value > (negative ? (1ull << 63) : (1ull << 63) - 1)) return std::nullopt;
    return negative ? static_cast<int64_t>(0 - value) : static_cast<int64_t>(value);
}

double parseFloat(std::string_view text) {
    const std::string ascii = toAsciiDigits(text);
    // _Py_string_to_number_with_underscores: '_' only between two digits.
    std::string s;
    char prev = 0;
    for (char c : ascii) {
        if (c == '_') {
            if (!isDigitChar(prev)) invalidFloat(text);
        } else {
            if (prev == '_' && !isDigitChar(c)) invalidFloat(text);
            s.push_back(c);
        }
        prev = c;
    }
    if (prev == '_') invalidFloat(text);
    std::size_t begin = 0;
    std::size_t end = s.size();
    while (begin < end && asciiSpace(s[begin]))
        ++begin;
    while (end > begin && asciiSpace(s[end - 1]))
        --end;
    std::string_view body(s.data() + begin, end - begin);
    if (body.empty()) invalidFloat(text);
    bool negative = false;
    if (body[0] == '+' || body[0] == '-') {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    std::string lower;
    for (char c : body)
        lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    double value = 0;
    if (lower == "inf" || lower == "infinity") {
        value = std::numeric_limits<double>::infinity();
    } else if (lower == "nan") {
        value = std::numeric_limits<double>::quiet_NaN();
    } else {
        // digits [. digits] [e [sign] digits], with a digit in the mantissa.
        std::size_t i = 0;
        std::size_t mantissaDigits = 0;
        int64_t magnitude = 0; // decimal exponent of the leading nonzero digit, roughly
        bool seenNonzero = false;
        bool afterPoint = false;
        for (; i < body.size(); ++i) {
            const char c = body[i];
            if (isDigitChar(c)) {
                ++mantissaDigits;
                if (c != '0' && !seenNonzero) seenNonzero = true;
                if (seenNonzero && !afterPoint) ++magnitude;
                if (!seenNonzero && afterPoint) --magnitude;
            } else if (c == '.' && !afterPoint) {
                afterPoint = true;
            } else {
                break;
            }
        }
        if (mantissaDigits == 0) invalidFloat(text);
        if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
            std::size_t j = i + 1;
            bool expNegative = false;
            if (j < body.size() && (body[j] == '+' || body[j] == '-'))
                expNegative = body[j++] == '-';
            int64_t exponent = 0;
            const std::size_t expStart = j;
            for (; j < body.size() && isDigitChar(body[j]); ++j)
                exponent = exponent < 100000000 ? exponent * 10 + (body[j] - '0') : exponent;
            if (j > expStart) {
                i = j;
                magnitude += expNegative ? -exponent : exponent;
            }
        }
        if (i != body.size()) invalidFloat(text);
        const auto r = std::from_chars(body.data(), body.data() + body.size(), value,
                                       std::chars_format::general);
        if (r.ec == std::errc::result_out_of_range)
            value = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return negative ? -value : value;
}

} // namespace coroscope::pylib
