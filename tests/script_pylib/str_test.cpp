// SPDX-License-Identifier: MIT
// str indexing, searching, splitting, stripping and padding against CPython
// 3.11 (expected values from generate/str_cases.py).
#include "str_call.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;
using namespace coroscope::pylib::test;

namespace {

const StrCall kStrCalls[] = {
#include "str_cases.inc"
};

} // namespace

TEST(Str, EveryMethodCallGivesWhatCPythonGives) {
    for (const StrCall& c : kStrCalls)
        EXPECT_EQ(outcome([&] { return runStrCall(c); }), c.expected)
            << "'" << c.s << "'." << c.method << "(" << (c.text1 ? c.text1 : "None") << ", " << c.n1
            << ", " << c.n2 << ", " << c.n3 << ")";
}

TEST(Str, SplitWithoutASeparatorDropsEmptyStringsAndKeepsTheRestAfterMaxsplit) {
    EXPECT_EQ(strSplit("  a  b   c  "), (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(strSplit("  a  b   c  ", std::nullopt, 1),
              (std::vector<std::string>{"a", "b   c  "}));
    EXPECT_EQ(strRSplit("  a  b   c  ", std::nullopt, 1),
              (std::vector<std::string>{"  a  b", "c"}));
    EXPECT_TRUE(strSplit(" \t\n").empty());
    EXPECT_EQ(strSplit("", ","), (std::vector<std::string>{""}));
}

TEST(Str, IndicesCountCodePointsNotBytes) {
    EXPECT_EQ(strLen("Привіт"), 6u);
    EXPECT_EQ(strFind("Привіт, світе", "світ"), 8);
    EXPECT_EQ(strGetItem("ação", 2), "ã");
    EXPECT_EQ(strSlice("😀ab", 1, std::nullopt), "ab");
    EXPECT_EQ(strChr(0x44F), "я");
    EXPECT_EQ(strOrd("я"), 0x44F);
    EXPECT_EQ(outcome([] { return std::to_string(strOrd("ab")); }),
              "!TypeError:ord() expected a character, but string of length 2 found");
    EXPECT_EQ(outcome([] { return strChr(0x110000); }),
              "!ValueError:chr() arg not in range(0x110000)");
}

TEST(Str, JoinPutsTheSeparatorBetweenItems) {
    const std::vector<std::string> items = {"a", "", "ї"};
    EXPECT_EQ(strJoin(", ", items), "a, , ї");
    EXPECT_EQ(strJoin("-", std::vector<std::string>{}), "");
    const std::vector<std::string_view> views = {"x", "y"};
    EXPECT_EQ(strJoin("", views), "xy");
}

TEST(Str, EmptySeparatorsAndBadFillCharactersRaise) {
    EXPECT_EQ(outcome([] { return strSplit("a", "").front(); }), "!ValueError:empty separator");
    EXPECT_EQ(outcome([] { return strCenter("a", 5, ""); }),
              "!TypeError:The fill character must be exactly one character long");
    EXPECT_EQ(outcome([] { return strSlice("abc", 0, 1, 0); }),
              "!ValueError:slice step cannot be zero");
}

TEST(Str, InvalidUtf8BytesCountAsOneCodePointEach) {
    const std::string bad = "a\xff\xfe"
                            "b";
    EXPECT_EQ(strLen(bad), 4u);
    EXPECT_EQ(reprStr(bad), "'a\\udcff\\udcfeb'");
}
