// SPDX-License-Identifier: MIT
// format % values against CPython 3.11 (expected values from
// generate/percent_cases.py). Objects of other types stand for a class whose
// str() is "S<n>" and repr() "R<n>", n being the value's handle.
#include "script/pylib/percent_format.h"

#include "pylib_test_support.h"

#include <gtest/gtest.h>
#include <map>

using namespace coroscope::pylib;
using coroscope::pylib::test::fromBits;
using coroscope::pylib::test::outcome;

namespace {

using V = PercentValue;

struct TupleCase {
    const char* format;
    std::vector<PercentValue> values;
    const char* expected;
};

struct SingleCase {
    const char* format;
    PercentValue value;
    const char* expected;
};

struct MappingCase {
    const char* format;
    const char* expected;
};

const TupleCase kTupleCases[] = {
#define PYLIB_PERCENT_TUPLE_CASES
#include "percent_cases.inc"
#undef PYLIB_PERCENT_TUPLE_CASES
};

const SingleCase kSingleCases[] = {
#define PYLIB_PERCENT_SINGLE_CASES
#include "percent_cases.inc"
#undef PYLIB_PERCENT_SINGLE_CASES
};

const MappingCase kMappingCases[] = {
#define PYLIB_PERCENT_MAPPING_CASES
#include "percent_cases.inc"
#undef PYLIB_PERCENT_MAPPING_CASES
};

// The interpreter's own exception for a missing key.
struct KeyError {
    std::string key;
};

std::string objectText(const PercentValue& value, char conversion) {
    return (conversion == 's' ? "S" : "R") + std::to_string(value.handle);
}

} // namespace

TEST(PercentFormat, TuplesFormatAsCPythonFormatsThem) {
    for (const TupleCase& c : kTupleCases) {
        PercentArgs args;
        args.values = c.values;
        args.isTuple = true;
        EXPECT_EQ(outcome([&] { return percentFormat(c.format, args, objectText); }), c.expected)
            << "'" << c.format << "' % (" << c.values.size() << " values)";
    }
}

TEST(PercentFormat, ASingleValueThatIsNotATupleIsTheOnlyArgument) {
    for (const SingleCase& c : kSingleCases) {
        PercentArgs args;
        args.values = {c.value};
        EXPECT_EQ(outcome([&] { return percentFormat(c.format, args, objectText); }), c.expected)
            << "'" << c.format << "' % value";
    }
}

TEST(PercentFormat, MappingKeysLookUpThroughTheInterpreter) {
    const std::map<std::string, PercentValue, std::less<>> mapping = {{"name", V::ofStr("Ана")},
                                                                      {"n", V::ofInt(3)},
                                                                      {"x", V::ofFloat(2.5)},
                                                                      {"obj", V::ofOther("Foo", 8)},
                                                                      {"a(b)", V::ofStr("nested")}};
    for (const MappingCase& c : kMappingCases) {
        PercentArgs args;
        args.values = {V::ofOther("dict", 0)};
        args.lookup = [&](std::string_view key) {
            const auto it = mapping.find(key);
            if (it == mapping.end()) throw KeyError{std::string(key)};
            return it->second;
        };
        const std::string result = outcome([&] {
            try {
                return percentFormat(c.format, args, objectText);
            } catch (const KeyError& e) {
                return "!KeyError:'" + e.key + "'";
            }
        });
        EXPECT_EQ(result, c.expected) << "'" << c.format << "' % mapping";
    }
}

TEST(PercentFormat, ObjectsAreAskedForStrOnlyWhenTheFormatNeedsIt) {
    int calls = 0;
    PercentArgs args;
    args.values = {V::ofOther("Foo", 1), V::ofInt(2)};
    args.isTuple = true;
    const PercentText text = [&](const PercentValue&, char conversion) {
        ++calls;
        return std::string(1, conversion);
    };
    EXPECT_EQ(percentFormat("%r-%d", args, text), "r-2");
    EXPECT_EQ(calls, 1);
}
