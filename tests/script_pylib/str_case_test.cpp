// SPDX-License-Identifier: MIT
// str case mappings and is...() predicates against CPython 3.11 (expected
// values from generate/str_cases.py), with Portuguese and Ukrainian text.
#include "script/pylib/unicode_props.h"

#include "str_call.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;
using namespace coroscope::pylib::test;

namespace {

// The code points the Unicode checksums cover (as generate/unicode_props_cases.py).
template <class Fn>
void forEachCheckedCodePoint(Fn&& fn) {
    const std::pair<char32_t, char32_t> ranges[] = {
        {0, 0x32000}, {0xE0000, 0xE1000}, {0xF0000, 0xF0010}, {0x10FFF0, 0x110000}};
    for (const auto& [from, to] : ranges)
        for (char32_t c = from; c < to; ++c)
            fn(c);
}

const StrCall kCaseCalls[] = {
#include "str_case_cases.inc"
};

} // namespace

TEST(StrCase, EveryMappingAndPredicateGivesWhatCPythonGives) {
    for (const StrCall& c : kCaseCalls)
        EXPECT_EQ(outcome([&] { return runStrCall(c); }), c.expected)
            << "'" << c.s << "'." << c.method << "()";
}

TEST(StrCase, PortugueseAndUkrainianLettersChangeCase) {
    EXPECT_EQ(strUpper("ação, coração, pão"), "AÇÃO, CORAÇÃO, PÃO");
    EXPECT_EQ(strLower("ÁGUA É ÓTIMA"), "água é ótima");
    EXPECT_EQ(strUpper("ґанок, їжак, єнот"), "ҐАНОК, ЇЖАК, ЄНОТ");
    EXPECT_EQ(strTitle("київ і львів"), "Київ І Львів");
    EXPECT_EQ(strCapitalize("ÉRAMOS CINCO"), "Éramos cinco");
}

TEST(StrCase, FullMappingsCanChangeTheLength) {
    EXPECT_EQ(strUpper("straße"), "STRASSE");
    EXPECT_EQ(strLower("İ"), "i\xcc\x87");
    EXPECT_EQ(strUpper("ﬁ"), "FI");
    EXPECT_EQ(strCasefold("Straße"), "strasse");
}

TEST(StrCase, CapitalSigmaLowersToFinalSigmaAtTheEndOfAWord) {
    EXPECT_EQ(strLower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
    EXPECT_EQ(strLower("Σ"), "σ");
    EXPECT_EQ(strLower("ΑΣ\xcc\x81"), "ας\xcc\x81");
}

TEST(StrCase, TitleCaseLettersAndTitleAfterApostrophes) {
    EXPECT_EQ(strTitle("ǆungla"), "ǅungla");
    EXPECT_EQ(strTitle("they're bill's"), "They'Re Bill'S");
    EXPECT_TRUE(strIsTitle("ǅungla"));
    EXPECT_FALSE(strIsUpper("ǅ"));
}

TEST(UnicodeProps, CodePointPropertiesMatchCPythonAcrossUnicode) {
    // Counts of code points with each property, with a checksum of where
    // they are, from CPython 3.11 (Unicode 14.0).
    struct Property {
        const char* name;
        bool (*test)(char32_t);
        uint64_t count;
        uint64_t checksum;
    };
    const Property properties[] = {
#include "unicode_props_cases.inc"
    };
    for (const Property& p : properties) {
        uint64_t count = 0;
        uint64_t checksum = 0;
        forEachCheckedCodePoint([&](char32_t c) {
            if (p.test(c)) {
                ++count;
                checksum = checksum * 1000003 + c;
            }
        });
        EXPECT_EQ(count, p.count) << p.name;
        EXPECT_EQ(checksum, p.checksum) << p.name;
    }
}

TEST(UnicodeProps, SingleCodePointCaseMappingsMatchCPythonAcrossUnicode) {
    struct Mapping {
        const char* name;
        void (*append)(char32_t, std::u32string&);
        uint64_t count;
        uint64_t checksum;
    };
    const Mapping mappings[] = {
#define PYLIB_CASE_MAPPINGS
#include "unicode_props_cases.inc"
#undef PYLIB_CASE_MAPPINGS
    };
    std::u32string mapped;
    for (const Mapping& m : mappings) {
        uint64_t count = 0;
        uint64_t checksum = 0;
        forEachCheckedCodePoint([&](char32_t c) {
            mapped.clear();
            m.append(c, mapped);
            if (mapped.size() == 1 && mapped[0] == c) return;
            ++count;
            checksum = checksum * 1000003 + c;
            for (char32_t to : mapped)
                checksum = checksum * 1000003 + to;
        });
        EXPECT_EQ(count, m.count) << m.name;
        EXPECT_EQ(checksum, m.checksum) << m.name;
    }
}

TEST(UnicodeProps, DecimalDigitsOfEveryScriptHaveTheirValue) {
    EXPECT_EQ(decimalValue(U'7'), 7);
    EXPECT_EQ(decimalValue(U'٣'), 3);
    EXPECT_EQ(decimalValue(U'９'), 9);
    EXPECT_EQ(decimalValue(U'²'), -1);
    EXPECT_EQ(decimalValue(U'a'), -1);
}
