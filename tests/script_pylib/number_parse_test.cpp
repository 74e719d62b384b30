// SPDX-License-Identifier: MIT
// int(text, base) and float(text) against CPython 3.11 (expected values from
// generate/numeric_cases.py; "None" marks a valid int beyond int64).
#include "script/pylib/float_text.h"
#include "script/pylib/numeric.h"

#include "pylib_test_support.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;
using coroscope::pylib::test::outcome;

namespace {

struct ParseIntCase {
    const char* text;
    int base;
    const char* expected;
};

struct ParseFloatCase {
    const char* text;
    const char* expected;
};

constexpr ParseIntCase kParseIntCases[] = {
#define PYLIB_PARSE_INT_CASES
#include "number_parse_cases.inc"
#undef PYLIB_PARSE_INT_CASES
};

constexpr ParseFloatCase kParseFloatCases[] = {
#define PYLIB_PARSE_FLOAT_CASES
#include "number_parse_cases.inc"
#undef PYLIB_PARSE_FLOAT_CASES
};

std::string parsedInt(const char* text, int base) {
    const auto v = parseInt(text, base);
    return v ? std::to_string(*v) : "None";
}

} // namespace

TEST(ParseInt, AcceptsWhatIntAcceptsAndWordsErrorsTheSameWay) {
    for (const ParseIntCase& c : kParseIntCases)
        EXPECT_EQ(outcome([&] { return parsedInt(c.text, c.base); }), c.expected)
            << "int('" << c.text << "', " << c.base << ")";
}

TEST(ParseInt, AnEmbeddedNulIsAnInvalidLiteral) {
    EXPECT_EQ(outcome([] { return parsedInt(std::string("1\0", 2).c_str(), 10); }), "1");
    EXPECT_EQ(outcome([] {
                  const auto v = parseInt(std::string_view("1\0", 2));
                  return v ? std::to_string(*v) : "None";
              }),
              "!ValueError:invalid literal for int() with base 10: '1\\x00'");
}

TEST(ParseFloat, AcceptsWhatFloatAcceptsAndWordsErrorsTheSameWay) {
    for (const ParseFloatCase& c : kParseFloatCases)
        EXPECT_EQ(outcome([&] { return reprFloat(parseFloat(c.text)); }), c.expected)
            << "float('" << c.text << "')";
}
