// SPDX-License-Identifier: MIT
// repr() of floats and ints, and PyOS_double_to_string, against CPython 3.11
// (expected values from generate/float_text_cases.py).
#include "script/pylib/float_text.h"

#include "pylib_test_support.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace coroscope::pylib;
using coroscope::pylib::test::fromBits;

namespace {

struct ReprCase {
    uint64_t bits;
    const char* expected;
};

constexpr ReprCase kReprCases[] = {
#define PYLIB_REPR_CASES
#include "float_text_cases.inc"
#undef PYLIB_REPR_CASES
};

struct DoubleToStringCase {
    uint64_t bits;
    char code;
    int precision;
    bool alternate;
    const char* expected;
};

constexpr DoubleToStringCase kDoubleToStringCases[] = {
#define PYLIB_DTOS_CASES
#include "float_text_cases.inc"
#undef PYLIB_DTOS_CASES
};

} // namespace

TEST(FloatRepr, IsTheShortestTextThatReadsBackAsCPythonWritesIt) {
    for (const ReprCase& c : kReprCases)
        EXPECT_EQ(reprFloat(fromBits(c.bits)), c.expected) << std::hex << c.bits;
}

TEST(FloatRepr, SwitchesToExponentAtOneE16AndBelowOneEMinus4) {
    EXPECT_EQ(reprFloat(1e16), "1e+16");
    EXPECT_EQ(reprFloat(9999999999999998.0), "9999999999999998.0");
    EXPECT_EQ(reprFloat(0.0001), "0.0001");
    EXPECT_EQ(reprFloat(0.00001), "1e-05");
    EXPECT_EQ(reprFloat(1e-7), "1e-07");
    EXPECT_EQ(reprFloat(1.2345678901234567e20), "1.2345678901234567e+20");
    EXPECT_EQ(reprFloat(1e100), "1e+100");
}

TEST(FloatRepr, SpecialValuesAndSignedZero) {
    EXPECT_EQ(reprFloat(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_EQ(reprFloat(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(reprFloat(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(reprFloat(-std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(reprFloat(-0.0), "-0.0");
    EXPECT_EQ(reprFloat(0.0), "0.0");
}

TEST(IntRepr, CoversTheWholeInt64Range) {
    EXPECT_EQ(reprInt(0), "0");
    EXPECT_EQ(reprInt(-42), "-42");
    EXPECT_EQ(reprInt(INT64_MAX), "9223372036854775807");
    EXPECT_EQ(reprInt(INT64_MIN), "-9223372036854775808");
}

TEST(DoubleToString, EachPresentationTypeRoundsAsCPythonDoes) {
    for (const DoubleToStringCase& c : kDoubleToStringCases)
        EXPECT_EQ(
            doubleToString(fromBits(c.bits), c.code, c.precision, c.alternate ? kDtsfAlt : 0u),
            c.expected)
            << std::hex << c.bits << std::dec << " " << c.code << c.precision;
}

TEST(DoubleToString, FlagsAddASignAndCoerceNegativeZero) {
    EXPECT_EQ(doubleToString(1.5, 'f', 2, kDtsfSign), "+1.50");
    EXPECT_EQ(doubleToString(-0.001, 'f', 2, kDtsfNoNegZero), "0.00");
    EXPECT_EQ(doubleToString(-0.001, 'f', 2, 0), "-0.00");
    EXPECT_EQ(doubleToString(2.0, 'g', 3, kDtsfAddDot0), "2.0");
    EXPECT_EQ(doubleToString(std::numeric_limits<double>::infinity(), 'F', 2, kDtsfSign), "+INF");
}
