// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

// Python's arithmetic on int and float where C++ differs: rounding,
// division and modulo signs, powers, and int()/float() of text. Errors throw
// pylib::Error with CPython's class and message. Python ints are unbounded;
// these take int64 and return std::nullopt when the exact result does not fit
// (the interpreter then raises or promotes as it chooses).
namespace coroscope::pylib {

// round(x, ndigits) for a float: correctly rounded, half to even on the exact
// binary value (round(2.675, 2) == 2.67). OverflowError "rounded value too
// large to represent".
double roundFloat(double x, int64_t ndigits);
// round(x): the nearest int, half to even. OverflowError for inf, ValueError
// for nan.
std::optional<int64_t> roundFloatToInt(double x);
// int(x) for a float: truncation toward zero; same errors as roundFloatToInt.
std::optional<int64_t> floatToInt(double x);
// round(n, ndigits) for an int: n itself for ndigits >= 0, else half to even
// at 10**-ndigits (round(25, -1) == 20).
std::optional<int64_t> roundInt(int64_t n, int64_t ndigits);

// a / b, a // b, a % b and divmod(a, b) on floats (ZeroDivisionError "float
// division by zero", "float floor division by zero", "float modulo",
// "float divmod()").
double floatTrueDiv(double a, double b);
double floatFloorDiv(double a, double b);
double floatMod(double a, double b);
std::pair<double, double> floatDivmod(double a, double b);
// a ** b on floats (and on ints with a negative exponent, converted first).
// ZeroDivisionError "0.0 cannot be raised to a negative power", OverflowError
// "(34, 'Numerical result out of range')". A negative base to a non-integer
// power, a complex number in CPython, raises ValueError "negative number
// cannot be raised to a fractional power" instead.
double floatPow(double base, double exponent);

// a / b on ints, correctly rounded ("division by zero").
double intTrueDiv(int64_t a, int64_t b);
// a // b; nullopt only for INT64_MIN // -1 ("integer division or modulo by zero").
std::optional<int64_t> intFloorDiv(int64_t a, int64_t b);
// a % b, with the sign of b ("integer modulo by zero").
int64_t intMod(int64_t a, int64_t b);
// divmod(a, b) ("integer division or modulo by zero").
std::optional<std::pair<int64_t, int64_t>> intDivmod(int64_t a, int64_t b);
// a ** b for b >= 0 (for b < 0 use floatPow).
std::optional<int64_t> intPow(int64_t base, int64_t exponent);
// pow(a, b, m), b may be negative (modular inverse). ValueError "pow() 3rd
// argument cannot be 0", "base is not invertible for the given modulus".
int64_t intPowMod(int64_t base, int64_t exponent, int64_t modulus);

// int(text, base): whitespace, sign, underscores between digits, digits of
// any script, base 0 prefixes. ValueError "invalid literal for int() with
// base 10: 'x'". nullopt: a valid literal beyond int64.
std::optional<int64_t> parseInt(std::string_view text, int base = 10);
// float(text): whitespace, sign, underscores, inf, infinity, nan. ValueError
// "could not convert string to float: 'x'".
double parseFloat(std::string_view text);

} // namespace coroscope::pylib
