// SPDX-License-Identifier: MIT
// A port of CPython's Python/formatter_unicode.c.
#include "script/pylib/format_spec.h"

#include "script/pylib/float_text.h"
#include "script/pylib/py_error.h"
#include "script/pylib/unicode_props.h"
#include "script/pylib/utf8.h"

#include <climits>
#include <cstdio>
#include <vector>

namespace coroscope::pylib {

namespace {

enum class Grouping { None, Comma, Underscore, UnderscoreFour };

struct Spec {
    char32_t fill = ' ';
    char32_t align = '>';
    bool alternate = false;
    bool noNegZero = false;
    char32_t sign = 0;
    int64_t width = -1;
    Grouping grouping = Grouping::None;
    int64_t precision = -1;
    char32_t type = 0;
};

[[noreturn]] void valueError(const std::string& message) {
    throw Error(ErrorKind::ValueError, message);
}

// "'c'" for printable ASCII, else "'\x1'" as CPython's "%x" writes it.
std::string quotedCode(char32_t c) {
    char buf[32];
    if (c > 32 && c < 128)
        std::snprintf(buf, sizeof buf, "'%c'", static_cast<char>(c));
    else
        std::snprintf(buf, sizeof buf, "'\\x%x'", static_cast<unsigned>(c));
    return buf;
}

[[noreturn]] void unknownType(char32_t type, std::string_view typeName) {
    valueError("Unknown format code " + quotedCode(type) + " for object of type '" +
               std::string(typeName.substr(0, 200)) + "'");
}

bool isAlignment(char32_t c) {
    return c == '<' || c == '>' || c == '=' || c == '^';
}

// Consumes decimal digits (of any script); -1 when there are none.
int64_t readInteger(std::u32string_view spec, std::size_t& pos) {
    int64_t value = 0;
    std::size_t digits = 0;
    for (; pos < spec.size(); ++pos, ++digits) {
        const int digit = decimalValue(spec[pos]);
        if (digit < 0) break;
        if (value > (INT64_MAX - digit) / 10)
            valueError("Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return digits == 0 ? -1 : value;
}

Spec parseSpec(std::string_view text, char32_t defaultType, char32_t defaultAlign,
               std::string_view typeName) {
    const std::u32string spec = toCodePoints(text);
    const std::size_t end = spec.size();
    std::size_t pos = 0;
    Spec s;
    s.align = defaultAlign;
    s.type = defaultType;
    bool alignSpecified = false;
    bool fillSpecified = false;
    if (end - pos >= 2 && isAlignment(spec[pos + 1])) {
        s.align = spec[pos + 1];
        s.fill = spec[pos];
        fillSpecified = alignSpecified = true;
        pos += 2;
    } else if (end - pos >= 1 && isAlignment(spec[pos])) {
        s.align = spec[pos];
        alignSpecified = true;
        ++pos;
    }
    if (pos < end && (spec[pos] == ' ' || spec[pos] == '+' || spec[pos] == '-'))
        s.sign = spec[pos++];
    if (pos < end && spec[pos] == 'z') {
        s.noNegZero = true;
        ++pos;
    }
    if (pos < end && spec[pos] == '#') {
        s.alternate = true;
        ++pos;
    }
    if (!fillSpecified && pos < end && spec[pos] == '0') {
        s.fill = '0';
        if (!alignSpecified && defaultAlign == '>') s.align = '=';
        ++pos;
    }
    s.width = readInteger(spec, pos);
    if (pos < end && spec[pos] == ',') {
        s.grouping = Grouping::Comma;
        ++pos;
    }
    if (pos < end && spec[pos] == '_') {
        if (s.grouping != Grouping::None) valueError("Cannot specify both ',' and '_'.");
        s.grouping = Grouping::Underscore;
        ++pos;
    }
    if (pos < end && spec[pos] == ',') valueError("Cannot specify both ',' and '_'.");
    if (pos < end && spec[pos] == '.') {
        ++pos;
        s.precision = readInteger(spec, pos);
        if (s.precision < 0) valueError("Format specifier missing precision");
    }
    if (end - pos > 1)
        valueError("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                   std::string(typeName.substr(0, 200)) + "'");
    if (end - pos == 1) s.type = spec[pos];
    if (s.grouping != Grouping::None) {
        switch (s.type) {
        case 'd':
        case 'e':
        case 'f':
        case 'g':
        case 'E':
        case 'G':
        case '%':
        case 'F':
        case 0: break;
        case 'b':
        case 'o':
        case 'x':
        case 'X':
            if (s.grouping == Grouping::Underscore) {
                s.grouping = Grouping::UnderscoreFour;
                break;
            }
            [[fallthrough]];
        default: valueError("Cannot specify ',' with " + quotedCode(s.type) + ".");
        }
    }
    return s;
}

std::string encoded(char32_t c) {
    std::string out;
    appendUtf8(out, c);
    return out;
}

void appendFill(std::string& out, const std::string& fill, int64_t count) {
    for (int64_t i = 0; i < count; ++i)
        out += fill;
}

// Digits with separators every group characters (group 0: none), padded
// with zeros (and separators) to minWidth: CPython's
// _PyUnicode_InsertThousandsGrouping.
std::string groupDigits(std::string_view digits, int64_t minWidth, int group, char separator) {
    minWidth = minWidth > 0 ? minWidth : 0;
    auto remaining = static_cast<int64_t>(digits.size());
    std::vector<std::string> pieces; // right to left
    bool useSeparator = false;
    auto take = [&](int64_t len) {
        const int64_t zeros = len - remaining > 0 ? len - remaining : 0;
        const int64_t chars = remaining < len ? remaining : len;
        std::string piece(static_cast<std::size_t>(zeros), '0');
        piece.append(digits.substr(static_cast<std::size_t>(remaining - chars),
                                   static_cast<std::size_t>(chars)));
        if (useSeparator) piece.push_back(separator);
        pieces.push_back(std::move(piece));
        useSeparator = true;
        remaining -= chars;
    };
    bool broken = false;
    if (group > 0) {
        for (;;) {
            int64_t len = remaining > minWidth ? remaining : minWidth;
            len = len > 1 ? len : 1;
            len = group < len ? group : len;
            take(len);
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                broken = true;
                break;
            }
            minWidth -= 1;
        }
    }
    if (!broken) {
        int64_t len = remaining > minWidth ? remaining : minWidth;
        take(len > 1 ? len : 1);
    }
    std::string out;
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        out += *it;
    return out;
}

// calc_number_widths() and fill_number(): sign, prefix, padding, grouped
// digits, then the rest (decimal point, fraction, exponent, '%').
std::string layoutNumber(const Spec& spec, bool negative, std::string_view prefix,
                         std::string_view digits, std::string_view rest, Grouping grouping) {
    char sign = 0;
    if (spec.sign == '+')
        sign = negative ? '-' : '+';
    else if (spec.sign == ' ')
        sign = negative ? '-' : ' ';
    else if (negative)
        sign = '-';
    const int64_t nonDigit =
        (sign ? 1 : 0) + static_cast<int64_t>(prefix.size() + codePointCount(rest));
    const int64_t minWidth = spec.fill == '0' && spec.align == '=' ? spec.width - nonDigit : 0;
    std::string grouped;
    if (!digits.empty()) {
        const int group = grouping == Grouping::None             ? 0
                          : grouping == Grouping::UnderscoreFour ? 4
                                                                 : 3;
        grouped = groupDigits(digits, minWidth, group, grouping == Grouping::Comma ? ',' : '_');
    }
    const int64_t padding = spec.width - (nonDigit + static_cast<int64_t>(grouped.size()));
    int64_t left = 0, inner = 0, right = 0;
    if (padding > 0) {
        switch (spec.align) {
        case '<': right = padding; break;
        case '^':
            left = padding / 2;
            right = padding - left;
            break;
        case '=': inner = padding; break;
        default: left = padding; break;
        }
    }
    const std::string fill = encoded(spec.fill);
    std::string out;
    appendFill(out, fill, left);
    if (sign) out.push_back(sign);
    out += prefix;
    appendFill(out, fill, inner);
    out += grouped;
    out += rest;
    appendFill(out, fill, right);
    return out;
}

std::string formatFloatSpec(double value, const Spec& spec) {
    if (spec.precision > INT_MAX) valueError("precision too big");
    int precision = static_cast<int>(spec.precision);
    int defaultPrecision = 6;
    unsigned flags = 0;
    if (spec.alternate) flags |= kDtsfAlt;
    if (spec.noNegZero) flags |= kDtsfNoNegZero;
    char32_t type = spec.type;
    if (type == 0) {
        flags |= kDtsfAddDot0;
        type = 'r';
        defaultPrecision = 0;
    }
    if (type == 'n') type = 'g';
    bool percent = false;
    if (type == '%') {
        type = 'f';
        value *= 100;
        percent = true;
    }
    checkResultLength(spec.width);
    checkResultLength(precision);
    if (precision < 0)
        precision = defaultPrecision;
    else if (type == 'r')
        type = 'g';
    std::string text = doubleToString(value, static_cast<char>(type), precision, flags);
    if (percent) text.push_back('%');
    const bool negative = text[0] == '-';
    const std::string_view body = std::string_view(text).substr(negative ? 1 : 0);
    std::size_t digitsEnd = 0;
    while (digitsEnd < body.size() && body[digitsEnd] >= '0' && body[digitsEnd] <= '9')
        ++digitsEnd;
    return layoutNumber(spec, negative, {}, body.substr(0, digitsEnd), body.substr(digitsEnd),
                        spec.type == 'n' ? Grouping::None : spec.grouping);
}

std::string formatIntSpec(int64_t value, const Spec& spec) {
    checkResultLength(spec.width);
    if (spec.noNegZero)
        valueError("Negative zero coercion (z) not allowed in integer format specifier");
    if (spec.precision != -1) valueError("Precision not allowed in integer format specifier");
    if (spec.type == 'c') {
        if (spec.sign) valueError("Sign not allowed with integer format specifier 'c'");
        if (spec.alternate)
            valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        if (value < 0 || value > 0x10FFFF)
            throw Error(ErrorKind::OverflowError, "%c arg not in range(0x110000)");
        return layoutNumber(spec, false, {}, {}, encoded(static_cast<char32_t>(value)),
                            Grouping::None);
    }
    unsigned base = 10;
    const char* prefix = "";
    switch (spec.type) {
    case 'b':
        base = 2;
        prefix = "0b";
        break;
    case 'o':
        base = 8;
        prefix = "0o";
        break;
    case 'x':
        base = 16;
        prefix = "0x";
        break;
    case 'X':
        base = 16;
        prefix = "0X";
        break;
    default: break;
    }
    const char* alphabet = spec.type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t magnitude =
        value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    std::string digits;
    do {
        digits.insert(digits.begin(), alphabet[magnitude % base]);
        magnitude /= base;
    } while (magnitude != 0);
    return layoutNumber(spec, value < 0, spec.alternate ? prefix : "", digits, {},
                        spec.type == 'n' ? Grouping::None : spec.grouping);
}

} // namespace

std::string formatInt(int64_t value, std::string_view spec, std::string_view typeName) {
    if (spec.empty()) return typeName == "bool" ? (value ? "True" : "False") : reprInt(value);
    const Spec s = parseSpec(spec, 'd', '>', typeName);
    switch (s.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n': return formatIntSpec(value, s);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': return formatFloatSpec(static_cast<double>(value), s);
    default: unknownType(s.type, typeName);
    }
}

std::string formatFloat(double value, std::string_view spec, std::string_view typeName) {
    if (spec.empty()) return reprFloat(value);
    const Spec s = parseSpec(spec, 0, '>', typeName);
    switch (s.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%': return formatFloatSpec(value, s);
    default: unknownType(s.type, typeName);
    }
}

std::string formatStr(std::string_view value, std::string_view spec, std::string_view typeName) {
    if (spec.empty()) return std::string(value);
    const Spec s = parseSpec(spec, 's', '<', typeName);
    if (s.type != 's') unknownType(s.type, typeName);
    if (s.sign) valueError("Sign not allowed in string format specifier");
    if (s.noNegZero)
        valueError("Negative zero coercion (z) not allowed in string format specifier");
    if (s.alternate) valueError("Alternate form (#) not allowed in string format specifier");
    if (s.align == '=') valueError("'=' alignment not allowed in string format specifier");
    checkResultLength(s.width);
    auto length = static_cast<int64_t>(codePointCount(value));
    std::string_view shown = value;
    if (s.precision >= 0 && length > s.precision) {
        length = s.precision;
        shown = value.substr(0, byteOffset(value, static_cast<std::size_t>(length)));
    }
    const int64_t total = s.width > length ? s.width : length;
    int64_t left = 0;
    if (s.align == '>')
        left = total - length;
    else if (s.align == '^')
        left = (total - length) / 2;
    const std::string fill = encoded(s.fill);
    std::string out;
    appendFill(out, fill, left);
    out += shown;
    appendFill(out, fill, total - length - left);
    return out;
}

} // namespace coroscope::pylib
