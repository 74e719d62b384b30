// SPDX-License-Identifier: MIT
#pragma once

#include "script/pylib/py_error.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

// str.format(): the format string parsed as CPython 3.11 parses it
// (Objects/stringlib/unicode_format.h), for the interpreter to evaluate.
// CPython parses lazily while it evaluates, so a malformed string raises
// only after the fields before the fault have been looked up and formatted;
// the parse keeps each error where it falls, and renderFormat() raises it
// at that point.
namespace coroscope::pylib {

// .name or [key] after a field's first part.
struct FormatAccessor {
    bool isAttribute = false;
    std::string name;             // the attribute, or the key as written
    std::optional<int64_t> index; // [3]: a key of decimal digits is an int
};

struct FormatFieldName {
    bool isKeyword = false;
    int64_t position = 0; // {} and {0}: into the positional args (auto-numbering applied)
    std::string keyword;  // {name}: into the keyword args
    std::vector<FormatAccessor> accessors;
    // Raised after the accessors before it have been applied.
    std::optional<Error> accessorError;
};

struct FormatPart;

struct FormatTemplate {
    std::vector<FormatPart> parts;
    // Raised after all parts have been output.
    std::optional<Error> error;
};

struct FormatField {
    FormatFieldName name;
    char32_t conversion = 0; // 0, or what follows '!' (r, s, a, or an error)
    FormatTemplate spec;     // the format spec, with its nested fields
};

// Literal text, then a replacement field if any.
struct FormatPart {
    std::string literal;
    std::optional<FormatField> field;
};

FormatTemplate parseFormatString(std::string_view format);

// ValueError "Unknown conversion specifier x", for a conversion other than
// r, s and a (CPython raises it once the field's value has been found).
Error conversionError(char32_t conversion);

// Evaluates a parsed format string in CPython's order. The callbacks:
//   lookup(const FormatFieldName&) -> Value: the positional or keyword
//     argument (raising IndexError "Replacement index 2 out of range for
//     positional args tuple" or KeyError 'name' as the interpreter does);
//   access(Value, const FormatAccessor&) -> Value: getattr or getitem;
//   convert(Value, char32_t conversion) -> Value: repr(), str() or ascii();
//   render(const Value&, const std::string& spec) -> std::string:
//     format(value, spec).
template <class Lookup, class Access, class Convert, class Render>
std::string renderFormat(const FormatTemplate& format, Lookup&& lookup, Access&& access,
                         Convert&& convert, Render&& render) {
    std::string out;
    for (const FormatPart& part : format.parts) {
        out += part.literal;
        if (!part.field) continue;
        const FormatField& field = *part.field;
        auto value = lookup(field.name);
        for (const FormatAccessor& accessor : field.name.accessors)
            value = access(value, accessor);
        if (field.name.accessorError) throw *field.name.accessorError;
        if (field.conversion != 0) {
            if (field.conversion != 'r' && field.conversion != 's' && field.conversion != 'a')
                throw conversionError(field.conversion);
            value = convert(value, field.conversion);
        }
        const std::string spec = renderFormat(field.spec, lookup, access, convert, render);
        out += render(value, spec);
    }
    if (format.error) throw *format.error;
    return out;
}

} // namespace coroscope::pylib
