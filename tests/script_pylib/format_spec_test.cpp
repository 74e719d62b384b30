// SPDX-License-Identifier: MIT
// format(value, spec) for int, float and str against CPython 3.11 (expected
// values and error messages from generate/format_spec_cases.py).
#include "script/pylib/format_spec.h"

#include "pylib_test_support.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;
using coroscope::pylib::test::fromBits;
using coroscope::pylib::test::outcome;

namespace {

struct IntCase {
    int64_t value;
    const char* spec;
    const char* expected;
};

struct FloatCase {
    uint64_t bits;
    const char* spec;
    const char* expected;
};

struct StrCase {
    const char* value;
    const char* spec;
    const char* expected;
};

constexpr IntCase kIntCases[] = {
#define PYLIB_INT_CASES
#include "format_spec_cases.inc"
#undef PYLIB_INT_CASES
};

constexpr FloatCase kFloatCases[] = {
#define PYLIB_FLOAT_CASES
#include "format_spec_cases.inc"
#undef PYLIB_FLOAT_CASES
};

constexpr StrCase kStrCases[] = {
#define PYLIB_STR_CASES
#include "format_spec_cases.inc"
#undef PYLIB_STR_CASES
};

} // namespace

TEST(FormatSpec, IntsFormatAsCPythonFormatsThem) {
    for (const IntCase& c : kIntCases)
        EXPECT_EQ(outcome([&] { return formatInt(c.value, c.spec); }), c.expected)
            << "format(" << c.value << ", '" << c.spec << "')";
}

TEST(FormatSpec, FloatsFormatAsCPythonFormatsThem) {
    for (const FloatCase& c : kFloatCases)
        EXPECT_EQ(outcome([&] { return formatFloat(fromBits(c.bits), c.spec); }), c.expected)
            << "format(" << fromBits(c.bits) << ", '" << c.spec << "')";
}

TEST(FormatSpec, StrsFormatAsCPythonFormatsThemCountingCodePoints) {
    for (const StrCase& c : kStrCases)
        EXPECT_EQ(outcome([&] { return formatStr(c.value, c.spec); }), c.expected)
            << "format('" << c.value << "', '" << c.spec << "')";
}

TEST(FormatSpec, ZeroPaddingGoesBetweenSignAndDigitsAndIsGrouped) {
    EXPECT_EQ(formatInt(-42, "08"), "-0000042");
    EXPECT_EQ(formatInt(1234567, "012,"), "0,001,234,567");
    EXPECT_EQ(formatFloat(1234.5, "012,.2f"), "0,001,234.50");
    EXPECT_EQ(formatInt(255, "#010x"), "0x000000ff");
}

TEST(FormatSpec, BoolsShowAsWordsOnlyWithAnEmptySpec) {
    EXPECT_EQ(formatInt(1, "", "bool"), "True");
    EXPECT_EQ(formatInt(0, "", "bool"), "False");
    EXPECT_EQ(formatInt(1, ">5", "bool"), "    1");
    EXPECT_EQ(outcome([] { return formatInt(1, "xx", "bool"); }),
              "!ValueError:Invalid format specifier 'xx' for object of type 'bool'");
}

TEST(FormatSpec, NoTypeOnAFloatIsReprWithPrecisionActingLikeG) {
    EXPECT_EQ(formatFloat(0.1, ""), "0.1");
    EXPECT_EQ(formatFloat(123.0, ".4"), "123.0");
    EXPECT_EQ(formatFloat(123.0, ".3"), "1.23e+02"); // 'g' would give '123'
    EXPECT_EQ(formatFloat(123.0, ".3g"), "123");
    EXPECT_EQ(formatFloat(1e16, ">8"), "   1e+16");
}

TEST(FormatSpec, HugeWidthsRaiseMemoryErrorInsteadOfAllocating) {
    EXPECT_EQ(outcome([] { return formatInt(5, "99999999999"); }), "!MemoryError:");
    EXPECT_EQ(outcome([] { return formatInt(5, "99999999999999999999"); }),
              "!ValueError:Too many decimal digits in format string");
}
