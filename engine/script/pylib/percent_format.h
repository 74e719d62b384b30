// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// printf-style formatting, format % values, as CPython 3.11's
// PyUnicode_Format: %[(key)][flags][width|*][.precision|*][hlL]type with
// types d i u o x X e E f F g G c s r a and %%. Errors throw pylib::Error
// with CPython's class and message.
namespace coroscope::pylib {

// One value on the right of %, as the interpreter sees it.
struct PercentValue {
    enum class Kind : unsigned char { Int, Bool, Float, Str, Other };
    Kind kind = Kind::Other;
    int64_t intValue = 0;  // Int and Bool
    double floatValue = 0; // Float
    std::string text;      // Str: the string
    std::string typeName;  // Other: its Python type name, for TypeError messages
    uint64_t handle = 0;   // Other: the interpreter's own reference to the object

    static PercentValue ofInt(int64_t v) { return {Kind::Int, v, 0, {}, "int", 0}; }
    static PercentValue ofBool(bool v) { return {Kind::Bool, v ? 1 : 0, 0, {}, "bool", 0}; }
    static PercentValue ofFloat(double v) { return {Kind::Float, 0, v, {}, "float", 0}; }
    static PercentValue ofStr(std::string v) { return {Kind::Str, 0, 0, std::move(v), "str", 0}; }
    static PercentValue ofOther(std::string typeName, uint64_t handle) {
        return {Kind::Other, 0, 0, {}, std::move(typeName), handle};
    }
};

// The right operand of %.
struct PercentArgs {
    // A tuple's items, or the one value that is not a tuple.
    std::vector<PercentValue> values;
    bool isTuple = false;
    // Set when the operand is a mapping (a dict, or any non-tuple, non-str
    // object with __getitem__, lists included as in CPython): %(key)s looks
    // key up through it, and unused values are no error. The callback raises
    // the interpreter's own KeyError.
    std::function<PercentValue(std::string_view key)> lookup;
};

// str(), repr() or ascii() (conversion 's', 'r', 'a') of a Kind::Other
// value, computed by the interpreter, which may run Python code.
using PercentText = std::function<std::string(const PercentValue& value, char conversion)>;

std::string percentFormat(std::string_view format, const PercentArgs& args,
                          const PercentText& text = {});

} // namespace coroscope::pylib
