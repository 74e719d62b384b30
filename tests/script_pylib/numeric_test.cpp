// SPDX-License-Identifier: MIT
// round(), division, modulo and powers against CPython 3.11 (expected
// values from generate/numeric_cases.py; "None" marks an int beyond int64).
#include "script/pylib/float_text.h"
#include "script/pylib/numeric.h"

#include "pylib_test_support.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace coroscope::pylib;
using coroscope::pylib::test::fromBits;
using coroscope::pylib::test::outcome;

namespace {

struct RoundCase {
    uint64_t bits;
    int64_t ndigits;
    const char* expected;
};

struct RoundToIntCase {
    uint64_t bits;
    const char* expected;
};

struct IntRoundCase {
    int64_t n;
    int64_t ndigits;
    const char* expected;
};

struct FloatArithCase {
    uint64_t a;
    uint64_t b;
    const char* op; // "/", "//", "%" or "divmod"
    const char* expected;
};

struct FloatPowCase {
    uint64_t base;
    uint64_t exponent;
    const char* expected;
};

struct IntArithCase {
    int64_t a;
    int64_t b;
    const char* op; // "/", "//", "%", "**" or "pow" (pow(a, b, modulus))
    int64_t modulus;
    const char* expected;
};

constexpr RoundCase kRoundCases[] = {
#define PYLIB_ROUND_CASES
#include "numeric_cases.inc"
#undef PYLIB_ROUND_CASES
};
constexpr RoundToIntCase kRoundToIntCases[] = {
#define PYLIB_ROUND_TO_INT_CASES
#include "numeric_cases.inc"
#undef PYLIB_ROUND_TO_INT_CASES
};
constexpr IntRoundCase kIntRoundCases[] = {
#define PYLIB_INT_ROUND_CASES
#include "numeric_cases.inc"
#undef PYLIB_INT_ROUND_CASES
};
constexpr FloatArithCase kFloatArithCases[] = {
#define PYLIB_FLOAT_ARITH_CASES
#include "numeric_cases.inc"
#undef PYLIB_FLOAT_ARITH_CASES
};
constexpr FloatPowCase kFloatPowCases[] = {
#define PYLIB_FLOAT_POW_CASES
#include "numeric_cases.inc"
#undef PYLIB_FLOAT_POW_CASES
};
constexpr IntArithCase kIntArithCases[] = {
#define PYLIB_INT_ARITH_CASES
#include "numeric_cases.inc"
#undef PYLIB_INT_ARITH_CASES
};

std::string text(std::optional<int64_t> v) {
    return v ? std::to_string(*v) : "None";
}

std::string floatArith(double a, double b, std::string_view op) {
    if (op == "/") return reprFloat(floatTrueDiv(a, b));
    if (op == "//") return reprFloat(floatFloorDiv(a, b));
    if (op == "%") return reprFloat(floatMod(a, b));
    const auto [q, r] = floatDivmod(a, b);
    return reprFloat(q) + " " + reprFloat(r);
}

std::string intArith(const IntArithCase& c) {
    const std::string_view op = c.op;
    if (op == "/") return reprFloat(intTrueDiv(c.a, c.b));
    if (op == "//") return text(intFloorDiv(c.a, c.b));
    if (op == "%") return std::to_string(intMod(c.a, c.b));
    if (op == "**") return text(intPow(c.a, c.b));
    return std::to_string(intPowMod(c.a, c.b, c.modulus));
}

} // namespace

TEST(Round, FloatsRoundCorrectlyHalfToEvenOnTheExactBinaryValue) {
    for (const RoundCase& c : kRoundCases)
        EXPECT_EQ(outcome([&] { return reprFloat(roundFloat(fromBits(c.bits), c.ndigits)); }),
                  c.expected)
            << "round(" << reprFloat(fromBits(c.bits)) << ", " << c.ndigits << ")";
}

TEST(Round, TheTextbookCases) {
    EXPECT_EQ(reprFloat(roundFloat(2.675, 2)), "2.67");
    EXPECT_EQ(reprFloat(roundFloat(0.125, 2)), "0.12");
    EXPECT_EQ(reprFloat(roundFloat(-0.4, 0)), "-0.0");
    EXPECT_EQ(reprFloat(roundFloat(1234.5678, -2)), "1200.0");
    EXPECT_EQ(roundFloatToInt(0.5), 0);
    EXPECT_EQ(roundFloatToInt(2.5), 2);
    EXPECT_EQ(roundFloatToInt(3.5), 4);
    EXPECT_EQ(roundFloatToInt(-2.5), -2);
    EXPECT_EQ(roundInt(25, -1), 20);
    EXPECT_EQ(roundInt(35, -1), 40);
}

TEST(Round, FloatsToTheNearestIntWithCPythonsErrors) {
    for (const RoundToIntCase& c : kRoundToIntCases)
        EXPECT_EQ(outcome([&] { return text(roundFloatToInt(fromBits(c.bits))); }), c.expected)
            << "round(" << reprFloat(fromBits(c.bits)) << ")";
}

TEST(Round, IntsWithNegativeDigitsRoundHalfToEven) {
    for (const IntRoundCase& c : kIntRoundCases)
        EXPECT_EQ(text(roundInt(c.n, c.ndigits)), c.expected)
            << "round(" << c.n << ", " << c.ndigits << ")";
}

TEST(FloatToInt, TruncatesAndRejectsInfinityAndNan) {
    EXPECT_EQ(floatToInt(-3.9), -3);
    EXPECT_EQ(floatToInt(1e19), std::nullopt);
    EXPECT_EQ(floatToInt(-9223372036854775808.0), INT64_MIN);
    EXPECT_EQ(outcome([] { return text(floatToInt(HUGE_VAL)); }),
              "!OverflowError:cannot convert float infinity to integer");
    EXPECT_EQ(outcome([] { return text(floatToInt(std::nan(""))); }),
              "!ValueError:cannot convert float NaN to integer");
}

TEST(FloatArithmetic, DivisionFloorDivisionAndModuloFollowPythonsSigns) {
    for (const FloatArithCase& c : kFloatArithCases)
        EXPECT_EQ(outcome([&] { return floatArith(fromBits(c.a), fromBits(c.b), c.op); }),
                  c.expected)
            << reprFloat(fromBits(c.a)) << " " << c.op << " " << reprFloat(fromBits(c.b));
}

TEST(FloatArithmetic, PowersHandleTheSpecialCasesAsFloatPowDoes) {
    for (const FloatPowCase& c : kFloatPowCases)
        EXPECT_EQ(
            outcome([&] { return reprFloat(floatPow(fromBits(c.base), fromBits(c.exponent))); }),
            c.expected)
            << reprFloat(fromBits(c.base)) << " ** " << reprFloat(fromBits(c.exponent));
}

TEST(IntArithmetic, DivisionModuloAndPowersMatchCPython) {
    for (const IntArithCase& c : kIntArithCases)
        EXPECT_EQ(outcome([&] { return intArith(c); }), c.expected)
            << c.a << " " << c.op << " " << c.b << " (modulus " << c.modulus << ")";
}

TEST(IntArithmetic, TrueDivisionIsCorrectlyRoundedBeyondTwoToThe53) {
    // double(a) / double(b) would round twice and give ...9.0.
    EXPECT_EQ(reprFloat(intTrueDiv(9007199254740993, 1)), "9007199254740992.0");
    EXPECT_EQ(reprFloat(intTrueDiv(INT64_MAX, 3)), "3.0744573456182584e+18");
    EXPECT_EQ(reprFloat(intTrueDiv(0, -5)), "-0.0");
}
