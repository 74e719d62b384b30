// SPDX-License-Identifier: MIT
// repr() and ascii() of str against CPython 3.11 (expected values from
// generate/str_repr_cases.py).
#include "script/pylib/py_str.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;

namespace {

struct ReprCase {
    const char* s;
    const char* repr;
    const char* ascii;
};

constexpr ReprCase kReprCases[] = {
#define PYLIB_REPR_CASES
#include "str_repr_cases.inc"
#undef PYLIB_REPR_CASES
};

} // namespace

TEST(StrRepr, QuotesEscapesAndPrintableCharactersAsCPython) {
    for (const ReprCase& c : kReprCases) {
        EXPECT_EQ(reprStr(c.s), c.repr);
        EXPECT_EQ(asciiStr(c.s), c.ascii);
    }
}

TEST(StrRepr, PrefersSingleQuotesUnlessOnlySingleQuotesAppear) {
    EXPECT_EQ(reprStr("plain"), "'plain'");
    EXPECT_EQ(reprStr("it's"), "\"it's\"");
    EXPECT_EQ(reprStr("say \"hi\""), "'say \"hi\"'");
    EXPECT_EQ(reprStr("it's \"x\""), "'it\\'s \"x\"'");
}

TEST(StrRepr, KeepsPrintableNonAsciiAndEscapesTheRest) {
    EXPECT_EQ(reprStr("ação 😀"), "'ação 😀'");
    EXPECT_EQ(reprStr(std::string("\0\x7f", 2)), "'\\x00\\x7f'");
    EXPECT_EQ(reprStr("\xc2\xa0\xe2\x80\x8b"), "'\\xa0\\u200b'");
    EXPECT_EQ(asciiStr("ação 😀"), "'a\\xe7\\xe3o \\U0001f600'");
}
