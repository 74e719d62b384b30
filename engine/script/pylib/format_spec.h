// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

// The format-spec mini-language of format(), str.format() and f-strings, as
// int.__format__, float.__format__ and str.__format__ apply it in CPython
// 3.11: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
// Errors throw pylib::Error with CPython's class and message, e.g.
// ValueError "Unknown format code 'd' for object of type 'float'".
namespace coroscope::pylib {

// format(n, spec) for an int. typeName is the type named in error messages;
// pass "bool" for True and False, whose empty spec gives 'True' / 'False'.
std::string formatInt(int64_t value, std::string_view spec, std::string_view typeName = "int");
// format(x, spec) for a float.
std::string formatFloat(double value, std::string_view spec, std::string_view typeName = "float");
// format(s, spec) for a str (UTF-8; widths count code points).
std::string formatStr(std::string_view value, std::string_view spec,
                      std::string_view typeName = "str");

} // namespace coroscope::pylib
