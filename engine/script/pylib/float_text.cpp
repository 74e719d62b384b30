// SPDX-License-Identifier: MIT
#include "script/pylib/float_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <system_error>

namespace coroscope::pylib {

namespace {

// What David Gay's dtoa returns: the significant digits without trailing
// zeros, and where the decimal point goes (decpt 0 means "0.digits").
struct Digits {
    std::string digits;
    int decpt = 0;
};

// Digits of value >= 0 (finite) in dtoa's modes: 0 shortest round-trip,
// 2 with ndigits significant digits, 3 with ndigits digits after the point.
// std::to_chars rounds correctly (half to even on the exact binary value),
// as dtoa does.
Digits dtoa(double value, int mode, int ndigits) {
    Digits out;
    if (value == 0.0) {
        out.digits = "0";
        out.decpt = 1;
        return out;
    }
    std::string buf;
    std::to_chars_result result{};
    if (mode == 3) {
        buf.resize(static_cast<std::size_t>(ndigits) + 330);
        result = std::to_chars(buf.data(), buf.data() + buf.size(), value, std::chars_format::fixed,
                               ndigits);
    } else {
        buf.resize(static_cast<std::size_t>(ndigits) + 40);
        result = mode == 0 ? std::to_chars(buf.data(), buf.data() + buf.size(), value,
                                           std::chars_format::scientific)
                           : std::to_chars(buf.data(), buf.data() + buf.size(), value,
                                           std::chars_format::scientific, ndigits - 1);
    }
    buf.resize(static_cast<std::size_t>(result.ptr - buf.data()));
    if (mode == 3) {
        const std::size_t point = buf.find('.');
        const std::size_t intLength = point == std::string::npos ? buf.size() : point;
        out.digits = buf.substr(0, intLength);
        if (point != std::string::npos) out.digits += buf.substr(point + 1);
        out.decpt = static_cast<int>(intLength);
        std::size_t zeros = 0;
        while (zeros < out.digits.size() && out.digits[zeros] == '0')
            ++zeros;
        out.digits.erase(0, zeros);
        out.decpt -= static_cast<int>(zeros);
        if (out.digits.empty()) // rounded to zero: no digits, as dtoa says it
            out.decpt = -ndigits;
    } else {
        const std::size_t e = buf.find('e');
        out.digits.push_back(buf[0]);
        if (e > 1) out.digits += buf.substr(2, e - 2);
        out.decpt = std::atoi(buf.c_str() + e + 1) + 1;
    }
    while (out.digits.size() > 1 && out.digits.back() == '0')
        out.digits.pop_back();
    return out;
}

} // namespace

// A port of format_float_short() from CPython's Python/pystrtod.c.
std::string doubleToString(double value, char code, int precision, unsigned flags) {
    const bool upper = code == 'E' || code == 'F' || code == 'G';
    if (upper) code = static_cast<char>(code - 'A' + 'a');
    int mode = 0;
    switch (code) {
    case 'e':
        mode = 2;
        ++precision;
        break;
    case 'f': mode = 3; break;
    case 'g':
        mode = 2;
        if (precision == 0) precision = 1;
        break;
    default:
        mode = 0;
        precision = 0;
        break; // 'r'
    }
    const bool alwaysSign = flags & kDtsfSign;
    const bool addDot0 = flags & kDtsfAddDot0;
    const bool alt = flags & kDtsfAlt;
    bool negative = std::signbit(value);

    std::string out;
    if (std::isnan(value) || std::isinf(value)) {
        if (std::isnan(value)) negative = false;
        if (negative)
            out.push_back('-');
        else if (alwaysSign)
            out.push_back('+');
        out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }

    const Digits d = dtoa(std::fabs(value), mode, precision);
    const auto& digits = d.digits;
    const int digitsLen = static_cast<int>(digits.size());
    int decpt = d.decpt;
    if ((flags & kDtsfNoNegZero) && negative && (digits.empty() || digits == "0")) negative = false;

    int vdigitsEnd = digitsLen;
    bool useExp = false;
    switch (code) {
    case 'e':
        useExp = true;
        vdigitsEnd = precision;
        break;
    case 'f': vdigitsEnd = decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
        if (alt) vdigitsEnd = precision;
        break;
    default:
        if (decpt <= -4 || decpt > 16) useExp = true;
        break;
    }
    int exp = 0;
    if (useExp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
    if (!useExp && addDot0)
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
    else
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

    if (negative)
        out.push_back('-');
    else if (alwaysSign)
        out.push_back('+');
    if (decpt <= 0) {
        out.append(static_cast<std::size_t>(decpt - vdigitsStart), '0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(-decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(-vdigitsStart), '0');
    }
    if (decpt > 0 && decpt <= digitsLen) {
        out.append(digits, 0, static_cast<std::size_t>(decpt));
        out.push_back('.');
        out.append(digits, static_cast<std::size_t>(decpt));
    } else {
        out += digits;
    }
    if (digitsLen < decpt) {
        out.append(static_cast<std::size_t>(decpt - digitsLen), '0');
        out.push_back('.');
        out.append(static_cast<std::size_t>(vdigitsEnd - decpt), '0');
    } else {
        out.append(static_cast<std::size_t>(vdigitsEnd - digitsLen), '0');
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (useExp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', exp);
        out += buf;
    }
    return out;
}

std::string reprFloat(double value) {
    return doubleToString(value, 'r', 0, kDtsfAddDot0);
}

std::string reprInt(int64_t value) {
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, result.ptr);
}

} // namespace coroscope::pylib
