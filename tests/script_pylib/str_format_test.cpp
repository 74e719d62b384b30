// SPDX-License-Identifier: MIT
// str.format() parsing and evaluation order against CPython 3.11 (expected
// values from generate/str_repr_cases.py). Each argument stands for an
// object whose attributes and items, format() and repr()/str() show the path
// that reached them, so the result shows every step CPython took.
#include "script/pylib/format_spec.h"
#include "script/pylib/py_str.h"
#include "script/pylib/str_format.h"

#include "pylib_test_support.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;
using coroscope::pylib::test::outcome;
using coroscope::pylib::test::splitOn;

namespace {

struct FormatCase {
    const char* format;
    int64_t positional;
    const char* keywords;
    const char* expected;
};

constexpr FormatCase kFormatCases[] = {
#define PYLIB_FORMAT_CASES
#include "str_repr_cases.inc"
#undef PYLIB_FORMAT_CASES
};

struct Value {
    std::string path;
    bool isStr = false; // after !r / !s / !a: a str, formatted as one
};

struct KeyError {
    std::string key;
};

std::string run(const FormatCase& c) {
    const auto keywords = splitOn(c.keywords, ',');
    const FormatTemplate parsed = parseFormatString(c.format);
    try {
        return renderFormat(
            parsed,
            [&](const FormatFieldName& name) {
                if (name.isKeyword) {
                    for (const std::string& k : keywords)
                        if (!k.empty() && k == name.keyword) return Value{"k_" + k};
                    throw KeyError{name.keyword};
                }
                if (name.position >= c.positional)
                    throw Error(ErrorKind::IndexError,
                                "Replacement index " + std::to_string(name.position) +
                                    " out of range for positional args tuple");
                return Value{"a" + std::to_string(name.position)};
            },
            [](const Value& v, const FormatAccessor& a) {
                if (a.isAttribute) return Value{v.path + "." + a.name};
                return Value{v.path + "[" + (a.index ? std::to_string(*a.index) : reprStr(a.name)) +
                             "]"};
            },
            [](const Value& v, char32_t conversion) {
                return Value{(conversion == 's' ? "S(" : "R(") + v.path + ")", true};
            },
            [](const Value& v, const std::string& spec) {
                return v.isStr ? formatStr(v.path, spec) : v.path + "|" + spec + "|";
            });
    } catch (const KeyError& e) {
        return "!KeyError:" + reprStr(e.key);
    }
}

} // namespace

TEST(StrFormat, FormatsAndFailsWhereCPythonDoesInTheSameOrder) {
    for (const FormatCase& c : kFormatCases)
        EXPECT_EQ(outcome([&] { return run(c); }), c.expected)
            << "'" << c.format << "'.format(" << c.positional << " args, " << c.keywords << ")";
}

TEST(StrFormat, ParsesFieldsIntoNamesAccessorsConversionAndSpec) {
    const FormatTemplate t = parseFormatString("x{0.a[2]!r:>{w}} {1} y");
    ASSERT_FALSE(t.error);
    ASSERT_EQ(t.parts.size(), 3u);
    EXPECT_EQ(t.parts[0].literal, "x");
    const FormatField& f = *t.parts[0].field;
    EXPECT_FALSE(f.name.isKeyword);
    EXPECT_EQ(f.name.position, 0);
    ASSERT_EQ(f.name.accessors.size(), 2u);
    EXPECT_TRUE(f.name.accessors[0].isAttribute);
    EXPECT_EQ(f.name.accessors[0].name, "a");
    EXPECT_EQ(f.name.accessors[1].index, 2);
    EXPECT_EQ(f.conversion, U'r');
    ASSERT_EQ(f.spec.parts.size(), 1u);
    EXPECT_EQ(f.spec.parts[0].literal, ">");
    EXPECT_EQ(f.spec.parts[0].field->name.keyword, "w");
    EXPECT_EQ(t.parts[1].literal, " ");
    EXPECT_EQ(t.parts[1].field->name.position, 1);
    EXPECT_EQ(t.parts[2].literal, " y");
    EXPECT_FALSE(t.parts[2].field);
}

TEST(StrFormat, AParseErrorWaitsUntilTheFieldsBeforeItAreOutput) {
    const FormatTemplate t = parseFormatString("{0}{}");
    ASSERT_EQ(t.parts.size(), 1u);
    EXPECT_EQ(t.parts[0].field->name.position, 0);
    ASSERT_TRUE(t.error);
    EXPECT_STREQ(t.error->message(),
                 "cannot switch from manual field specification to automatic field numbering");
}

TEST(StrFormat, AutomaticNumberingCountsNestedFieldsAfterTheirOuterField) {
    const FormatTemplate t = parseFormatString("{:{}}{}");
    ASSERT_FALSE(t.error);
    EXPECT_EQ(t.parts[0].field->name.position, 0);
    EXPECT_EQ(t.parts[0].field->spec.parts[0].field->name.position, 1);
    EXPECT_EQ(t.parts[1].field->name.position, 2);
}
