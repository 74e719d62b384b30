// SPDX-License-Identifier: MIT
// Rounding and arithmetic (CPython's Objects/floatobject.c and longobject.c).
#include "script/pylib/numeric.h"

#include "script/pylib/py_error.h"

#include <bit>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <string>

namespace coroscope::pylib {

namespace {

// `__extension__` keeps -Wpedantic quiet about __int128; it takes no alias declaration.
__extension__ typedef unsigned __int128 Uint128; // NOLINT(modernize-use-using)
__extension__ typedef __int128 Int128;           // NOLINT(modernize-use-using)

[[noreturn]] void raise(ErrorKind kind, const char* message) {
    throw Error(kind, message);
}

std::optional<int64_t> integralToInt(double x) {
    // x is integral; int64 covers [-2**63, 2**63).
    if (x >= -9223372036854775808.0 && x < 9223372036854775808.0) return static_cast<int64_t>(x);
    return std::nullopt;
}

void checkConvertible(double x) {
    if (std::isinf(x)) raise(ErrorKind::OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(x)) raise(ErrorKind::ValueError, "cannot convert float NaN to integer");
}

bool isOddInteger(double x) {
    return std::fmod(std::fabs(x), 2.0) == 1.0;
}

uint64_t magnitude(int64_t v) {
    return v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
}

// Rounds the decimal integer in digits to a multiple of 10**k, half to even;
// sticky says the exact value had a nonzero fraction beyond the digits.
std::string roundDigits(const std::string& digits, int k, bool sticky) {
    const int n = static_cast<int>(digits.size());
    std::string kept = n > k ? digits.substr(0, static_cast<std::size_t>(n - k)) : "0";
    std::string dropped = n > k ? digits.substr(static_cast<std::size_t>(n - k)) : digits;
    dropped.insert(0, static_cast<std::size_t>(k) - dropped.size(), '0');
    const std::string half = "5" + std::string(static_cast<std::size_t>(k - 1), '0');
    const int cmp = dropped.compare(half);
    const bool odd = (kept.back() - '0') % 2 == 1;
    if (cmp > 0 || (cmp == 0 && (sticky || odd))) {
        int i = static_cast<int>(kept.size()) - 1;
        while (i >= 0 && kept[static_cast<std::size_t>(i)] == '9')
            kept[static_cast<std::size_t>(i--)] = '0';
        if (i < 0)
            kept.insert(kept.begin(), '1');
        else
            ++kept[static_cast<std::size_t>(i)];
    }
    return kept;
}

// A port of _float_div_mod().
void floatDivMod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

} // namespace

double roundFloat(double x, int64_t ndigits) {
    // NDIGITS_MAX and NDIGITS_MIN of floatobject.c.
    if (!std::isfinite(x) || x == 0.0 || ndigits > 323) return x;
    if (ndigits < -308) return 0.0 * x;
    std::string text;
    const double ax = std::fabs(x);
    if (ndigits >= 0) {
        char buf[700];
        const auto r = std::to_chars(buf, buf + sizeof buf, ax, std::chars_format::fixed,
                                     static_cast<int>(ndigits));
        text.assign(buf, r.ptr);
    } else {
        const double whole = std::trunc(ax);
        char buf[400];
        const auto r = std::to_chars(buf, buf + sizeof buf, whole, std::chars_format::fixed, 0);
        text = roundDigits(std::string(buf, r.ptr), static_cast<int>(-ndigits), ax != whole);
        text += "e" + std::to_string(-ndigits);
    }
    double rounded = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), rounded);
    if (r.ec == std::errc::result_out_of_range)
        raise(ErrorKind::OverflowError, "rounded value too large to represent");
    return std::copysign(rounded, x);
}

std::optional<int64_t> roundFloatToInt(double x) {
    checkConvertible(x);
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return integralToInt(rounded);
}

std::optional<int64_t> floatToInt(double x) {
    checkConvertible(x);
    return integralToInt(std::trunc(x));
}

std::optional<int64_t> roundInt(int64_t n, int64_t ndigits) {
    if (ndigits >= 0) return n;
    if (ndigits < -19) return 0; // 10**20 exceeds twice any int64
    uint64_t unit = 1;
    for (int64_t i = 0; i < -ndigits; ++i)
        unit *= 10;
    const uint64_t m = magnitude(n);
    uint64_t q = m / unit;
    const uint64_t r = m % unit;
    if (r > unit - r || (r == unit - r && q % 2 == 1)) ++q;
    uint64_t result = 0;
    if (__builtin_mul_overflow(q, unit, &result)) return std::nullopt;
    if (n < 0)
        return result <= (1ull << 63) ? std::optional<int64_t>(static_cast<int64_t>(0 - result))
                                      : std::nullopt;
    return result < (1ull << 63) ? std::optional<int64_t>(static_cast<int64_t>(result))
                                 : std::nullopt;
}

double floatTrueDiv(double a, double b) {
    if (b == 0.0) raise(ErrorKind::ZeroDivisionError, "float division by zero");
    return a / b;
}

double floatFloorDiv(double a, double b) {
    if (b == 0.0) raise(ErrorKind::ZeroDivisionError, "float floor division by zero");
    double div = 0, mod = 0;
    floatDivMod(a, b, div, mod);
    return div;
}

double floatMod(double a, double b) {
    if (b == 0.0) raise(ErrorKind::ZeroDivisionError, "float modulo");
    double mod = std::fmod(a, b);
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) mod += b;
    } else {
        mod = std::copysign(0.0, b);
    }
    return mod;
}

std::pair<double, double> floatDivmod(double a, double b) {
    if (b == 0.0) raise(ErrorKind::ZeroDivisionError, "float divmod()");
    double div = 0, mod = 0;
    floatDivMod(a, b, div, mod);
    return {div, mod};
}

// A port of float_pow().
double floatPow(double iv, double iw) {
    if (iw == 0) return 1.0;
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        if (iv == 1.0) return 1.0;
        if ((iw > 0.0) == (iv > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        const bool odd = isOddInteger(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        const bool odd = isOddInteger(iw);
        if (iw < 0.0)
            raise(ErrorKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            raise(ErrorKind::ValueError, "negative number cannot be raised to a fractional power");
        iv = -iv;
        negate = isOddInteger(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    errno = 0;
    double ix = std::pow(iv, iw);
    if (errno == 0 && std::isinf(ix))
        errno = ERANGE;
    else if (errno == ERANGE && ix == 0.0)
        errno = 0;
    if (negate) ix = -ix;
    if (errno != 0)
        raise(errno == ERANGE ? ErrorKind::OverflowError : ErrorKind::ValueError,
              errno == ERANGE ? "(34, 'Numerical result out of range')"
                              : "(33, 'Numerical argument out of domain')");
    return ix;
}

double intTrueDiv(int64_t a, int64_t b) {
    if (b == 0) raise(ErrorKind::ZeroDivisionError, "division by zero");
    const uint64_t ua = magnitude(a);
    const uint64_t ub = magnitude(b);
    constexpr uint64_t exact = 1ull << 53;
    if (ua <= exact && ub <= exact) return static_cast<double>(a) / static_cast<double>(b);
    const bool negative = (a < 0) != (b < 0);
    if (ua == 0) return negative ? -0.0 : 0.0;
    // Long division to at least 55 significant bits, then one rounding.
    uint64_t m = ua / ub;
    uint64_t r = ua % ub;
    int exp = 0;
    while (std::bit_width(m) < 55) {
        const bool bit = r >= ub - r; // 2r >= ub without overflow
        r = bit ? r - (ub - r) : 2 * r;
        m = m * 2 + (bit ? 1 : 0);
        --exp;
    }
    const bool sticky = r != 0;
    const int shift = static_cast<int>(std::bit_width(m)) - 53;
    const uint64_t lower = m & ((1ull << shift) - 1);
    const uint64_t half = 1ull << (shift - 1);
    m >>= shift;
    exp += shift;
    if (lower > half || (lower == half && (sticky || (m & 1)))) ++m;
    const double result = std::ldexp(static_cast<double>(m), exp);
    return negative ? -result : result;
}

std::optional<int64_t> intFloorDiv(int64_t a, int64_t b) {
    if (b == 0) raise(ErrorKind::ZeroDivisionError, "integer division or modulo by zero");
    if (a == INT64_MIN && b == -1) return std::nullopt;
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}

int64_t intMod(int64_t a, int64_t b) {
    if (b == 0) raise(ErrorKind::ZeroDivisionError, "integer modulo by zero");
    if (b == -1) return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

std::optional<std::pair<int64_t, int64_t>> intDivmod(int64_t a, int64_t b) {
    if (b == 0) raise(ErrorKind::ZeroDivisionError, "integer division or modulo by zero");
    const auto q = intFloorDiv(a, b);
    if (!q) return std::nullopt;
    return std::pair<int64_t, int64_t>{*q, intMod(a, b)};
}

std::optional<int64_t> intPow(int64_t base, int64_t exponent) {
    int64_t result = 1;
    int64_t b = base;
    for (int64_t e = exponent; e > 0;) {
        if ((e & 1) && __builtin_mul_overflow(result, b, &result)) return std::nullopt;
        e >>= 1;
        if (e > 0 && __builtin_mul_overflow(b, b, &b)) return std::nullopt;
    }
    return result;
}

int64_t intPowMod(int64_t base, int64_t exponent, int64_t modulus) {
    if (modulus == 0) raise(ErrorKind::ValueError, "pow() 3rd argument cannot be 0");
    const uint64_t m = magnitude(modulus);
    // The base reduced into [0, m).
    uint64_t b = base < 0 ? (m - magnitude(base) % m) % m : static_cast<uint64_t>(base) % m;
    uint64_t e = magnitude(exponent);
    if (exponent < 0) {
        // Inverse of b modulo m by the extended Euclidean algorithm.
        Int128 r0 = m, r1 = b, t0 = 0, t1 = 1;
        while (r1 != 0) {
            const Int128 q = r0 / r1;
            const Int128 r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            const Int128 t2 = t0 - q * t1;
            t0 = t1;
            t1 = t2;
        }
        if (r0 != 1 && m != 1)
            raise(ErrorKind::ValueError, "base is not invertible for the given modulus");
        b = static_cast<uint64_t>(((t0 % static_cast<Int128>(m)) + m) % m);
    }
    uint64_t result = 1 % m;
    for (; e > 0; e >>= 1) {
        if (e & 1) result = static_cast<uint64_t>(Uint128(result) * b % m);
        b = static_cast<uint64_t>(Uint128(b) * b % m);
    }
    if (modulus < 0 && result != 0) return static_cast<int64_t>(result - m);
    return static_cast<int64_t>(result);
}

} // namespace coroscope::pylib
