// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

// Numbers as CPython writes them: repr/str of int and float, and the
// double-to-text routine under format(), f-strings and %-formatting.
namespace coroscope::pylib {

// Options of doubleToString, as CPython's Py_DTSF_* flags.
inline constexpr unsigned kDtsfSign = 1;    // always a sign ('+' for positive numbers)
inline constexpr unsigned kDtsfAddDot0 = 2; // ".0" on integral results; 'g' goes to exponent sooner
inline constexpr unsigned kDtsfAlt = 4;     // '#': keep the point and trailing zeros
inline constexpr unsigned kDtsfNoNegZero = 8; // 'z': no '-' on a result that rounds to zero

// CPython's PyOS_double_to_string. code is one of e E f F g G r (r: the
// shortest text that reads back as the same double; precision unused).
// Precision counts digits after the point (e, f) or significant digits (g).
std::string doubleToString(double value, char code, int precision, unsigned flags = 0);

// repr(x) and str(x) of a float: '0.1', '1e+16', '1e-07', 'inf', '-0.0', 'nan'.
std::string reprFloat(double value);
// repr(n) and str(n) of an int.
std::string reprInt(int64_t value);

} // namespace coroscope::pylib
