// SPDX-License-Identifier: MIT
// A port of the parsing half of CPython's Objects/stringlib/unicode_format.h.
#include "script/pylib/str_format.h"

#include "script/pylib/unicode_props.h"
#include "script/pylib/utf8.h"

#include <cstdio>

namespace coroscope::pylib {

namespace {

using Text = std::u32string_view;

enum class AutoState { Init, Auto, Manual };

struct AutoNumber {
    AutoState state = AutoState::Init;
    int64_t next = 0;
};

Error valueError(const char* message) {
    return Error(ErrorKind::ValueError, message);
}

// get_integer: the value of an all-decimal-digit text, -1 otherwise.
int64_t getInteger(Text text) {
    if (text.empty()) return -1;
    int64_t value = 0;
    for (char32_t c : text) {
        const int digit = decimalValue(c);
        if (digit < 0) return -1;
        if (value > (INT64_MAX - digit) / 10)
            throw valueError("Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return value;
}

// The accessors after the first part ("rest"), as FieldNameIterator reads them.
void parseAccessors(Text rest, FormatFieldName& name) {
    std::size_t i = 0;
    try {
        while (i < rest.size()) {
            FormatAccessor accessor;
            const char32_t c = rest[i++];
            std::size_t start = i;
            std::size_t end = i;
            if (c == '.') {
                accessor.isAttribute = true;
                while (i < rest.size() && rest[i] != '.' && rest[i] != '[')
                    ++i;
                end = i;
            } else if (c == '[') {
                while (i < rest.size() && rest[i] != ']')
                    ++i;
                if (i == rest.size()) throw valueError("Missing ']' in format string");
                end = i++;
                const int64_t index = getInteger(rest.substr(start, end - start));
                if (index != -1) accessor.index = index;
            } else {
                throw valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            if (start == end) throw valueError("Empty attribute in format string");
            accessor.name = fromCodePoints(rest.substr(start, end - start));
            name.accessors.push_back(std::move(accessor));
        }
    } catch (const Error& error) {
        name.accessorError = error;
    }
}

// field_name_split with automatic numbering.
FormatFieldName parseFieldName(Text text, AutoNumber& autoNumber) {
    std::size_t i = 0;
    while (i < text.size() && text[i] != '.' && text[i] != '[')
        ++i;
    const Text first = text.substr(0, i);
    FormatFieldName name;
    int64_t index = getInteger(first);
    const bool empty = first.empty();
    const bool numeric = empty || index != -1;
    if (autoNumber.state == AutoState::Init && numeric)
        autoNumber.state = empty ? AutoState::Auto : AutoState::Manual;
    if (numeric) {
        if (autoNumber.state == AutoState::Manual && empty)
            throw valueError(
                "cannot switch from manual field specification to automatic field numbering");
        if (autoNumber.state == AutoState::Auto && !empty)
            throw valueError(
                "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = autoNumber.next++;
    if (index == -1) {
        name.isKeyword = true;
        name.keyword = fromCodePoints(first);
    } else {
        name.position = index;
    }
    parseAccessors(text.substr(i), name);
    return name;
}

FormatTemplate parseTemplate(Text s, int depth, AutoNumber& autoNumber);

// parse_field, from just after '{'; pos ends after the closing '}'.
FormatField parseField(Text s, std::size_t& pos, int depth, AutoNumber& autoNumber) {
    const std::size_t nameStart = pos;
    char32_t c = 0;
    while (pos < s.size()) {
        c = s[pos++];
        if (c == '{') throw valueError("unexpected '{' in field name");
        if (c == '[') {
            while (pos < s.size() && s[pos] != ']')
                ++pos;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    const Text nameText = s.substr(nameStart, pos - 1 - nameStart);
    char32_t conversion = 0;
    Text specText;
    bool expand = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (pos >= s.size())
                throw valueError("end of string while looking for conversion specifier");
            conversion = s[pos++];
            if (pos < s.size()) {
                c = s[pos++];
                if (c == '}')
                    done = true;
                else if (c != ':')
                    throw valueError("expected ':' after conversion specifier");
            }
        }
        if (!done) {
            const std::size_t specStart = pos;
            int count = 1;
            while (pos < s.size()) {
                c = s[pos++];
                if (c == '{') {
                    expand = true;
                    ++count;
                } else if (c == '}' && --count == 0) {
                    break;
                }
            }
            if (count != 0) throw valueError("unmatched '{' in format spec");
            specText = s.substr(specStart, pos - 1 - specStart);
        }
    } else if (c != '}') {
        throw valueError("expected '}' before end of string");
    }
    FormatField field;
    field.name = parseFieldName(nameText, autoNumber);
    field.conversion = conversion;
    if (expand)
        field.spec = parseTemplate(specText, depth - 1, autoNumber);
    else if (!specText.empty())
        field.spec.parts.push_back({fromCodePoints(specText), std::nullopt});
    return field;
}

// build_string and MarkupIterator_next.
FormatTemplate parseTemplate(Text s, int depth, AutoNumber& autoNumber) {
    FormatTemplate out;
    if (depth <= 0) {
        out.error = valueError("Max string recursion exceeded");
        return out;
    }
    std::size_t pos = 0;
    try {
        while (pos < s.size()) {
            const std::size_t start = pos;
            char32_t c = 0;
            bool markup = false;
            while (pos < s.size()) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            const bool atEnd = pos >= s.size();
            std::size_t len = pos - start;
            if (c == '}' && (atEnd || s[pos] != '}'))
                throw valueError("Single '}' encountered in format string");
            if (atEnd && c == '{') throw valueError("Single '{' encountered in format string");
            if (!atEnd) {
                if (c == s[pos]) {
                    ++pos;
                    markup = false;
                } else {
                    --len;
                }
            }
            FormatPart part;
            part.literal = fromCodePoints(s.substr(start, len));
            if (markup) part.field = parseField(s, pos, depth, autoNumber);
            out.parts.push_back(std::move(part));
        }
    } catch (const Error& error) {
        out.error = error;
    }
    return out;
}

} // namespace

FormatTemplate parseFormatString(std::string_view format) {
    AutoNumber autoNumber;
    return parseTemplate(toCodePoints(format), 2, autoNumber);
}

Error conversionError(char32_t conversion) {
    char message[64];
    if (conversion > 32 && conversion < 127)
        std::snprintf(message, sizeof message, "Unknown conversion specifier %c",
                      static_cast<char>(conversion));
    else
        std::snprintf(message, sizeof message, "Unknown conversion specifier \\x%x",
                      static_cast<unsigned>(conversion));
    return Error(ErrorKind::ValueError, message);
}

} // namespace coroscope::pylib
