// SPDX-License-Identifier: MIT
// random.Random against CPython 3.11: the expected values come from running
// the same calls there (generate/random_cases.py).
#include "script/pylib/float_text.h"
#include "script/pylib/py_random.h"

#include "pylib_test_support.h"

#include <gtest/gtest.h>

using namespace coroscope::pylib;
using coroscope::pylib::test::outcome;
using coroscope::pylib::test::splitOn;

namespace {

struct RandomCase {
    const char* seed;
    const char* ops;
    const char* expected;
};

constexpr RandomCase kRandomCases[] = {
#include "random_cases.inc"
};

// Seeds beyond int64 go in as 32-bit words of their absolute value.
void seedFromText(Random& rng, const std::string& text) {
    const bool negative = text[0] == '-';
    std::vector<uint32_t> digits; // the decimal text in base 2**32
    for (std::size_t i = negative ? 1 : 0; i < text.size(); ++i) {
        uint64_t carry = static_cast<uint64_t>(text[i] - '0');
        for (uint32_t& word : digits) {
            const uint64_t v = static_cast<uint64_t>(word) * 10 + carry;
            word = static_cast<uint32_t>(v);
            carry = v >> 32;
        }
        if (carry) digits.push_back(static_cast<uint32_t>(carry));
    }
    rng.seedWords(digits);
}

std::string dotted(const std::vector<std::size_t>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += '.';
        out += std::to_string(items[i]);
    }
    return out;
}

std::string runOp(Random& rng, const std::string& op) {
    std::vector<int64_t> v;
    if (op.size() > 1)
        for (const std::string& field : splitOn(op.substr(1), ','))
            v.push_back(std::stoll(field));
    switch (op[0]) {
    case 'r': return reprFloat(rng.random());
    case 'b': return std::to_string(rng.getrandbits(v[0]));
    case 'g':
        return std::to_string(v.size() == 1 ? rng.randrange(v[0])
                                            : rng.randrange(v[0], v[1], v[2]));
    case 'i': return std::to_string(rng.randint(v[0], v[1]));
    case 'c': return std::to_string(rng.choice(static_cast<std::size_t>(v[0])));
    case 's': return dotted(rng.shuffledIndices(static_cast<std::size_t>(v[0])));
    case 'S': return dotted(rng.sample(static_cast<std::size_t>(v[0]), v[1]));
    case 'C': return dotted(rng.choices(static_cast<std::size_t>(v[0]), v[1]));
    case 'W': {
        const std::vector<double> weights(v.begin() + 1, v.end());
        return dotted(rng.choicesWeighted(weights, v[0]));
    }
    case 'u': return reprFloat(rng.uniform(-3.5, 10.25));
    case 'G': return reprFloat(rng.gauss(1.5, 2.0));
    case 'N': return reprFloat(rng.normalvariate());
    case 'E': return reprFloat(rng.expovariate(1.5));
    case 'T': return reprFloat(rng.triangular(1.0, 5.0, 2.0));
    default: return "unknown op " + op;
    }
}

} // namespace

TEST(Random, EveryCallSequenceGivesWhatCPythonGivesForTheSameSeed) {
    for (const RandomCase& c : kRandomCases) {
        Random rng;
        seedFromText(rng, c.seed);
        const auto ops = splitOn(c.ops, ' ');
        const auto expected = splitOn(c.expected, '|');
        ASSERT_EQ(ops.size(), expected.size()) << c.ops;
        for (std::size_t i = 0; i < ops.size(); ++i)
            EXPECT_EQ(outcome([&] { return runOp(rng, ops[i]); }), expected[i])
                << "seed " << c.seed << ", call " << i << " (" << ops[i] << ")";
    }
}

TEST(Random, SeedFortyTwoStartsWithCPythonsWellKnownNumbers) {
    Random rng(42);
    EXPECT_EQ(reprFloat(rng.random()), "0.6394267984578837");
    EXPECT_EQ(reprFloat(rng.random()), "0.025010755222666936");
    EXPECT_EQ(reprFloat(rng.random()), "0.27502931836911926");
    rng.seed(42);
    EXPECT_EQ(rng.randint(1, 10), 2);
    EXPECT_EQ(rng.randint(1, 10), 1);
    EXPECT_EQ(rng.randint(1, 10), 5);
}

TEST(Random, NegativeSeedsUseTheAbsoluteValue) {
    Random a(-12345), b(12345);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(a.random(), b.random());
}

TEST(Random, ReseedingRestartsTheSequenceAndForgetsTheSavedGaussValue) {
    Random rng(5);
    const double first = rng.gauss();
    rng.gauss(); // leaves a second value for the next call
    rng.seed(5);
    EXPECT_EQ(rng.gauss(), first);
}

TEST(Random, ShuffleOfAVectorMatchesTheIndexPermutation) {
    Random a(3), b(3);
    std::vector<std::string> words = {"a", "b", "c", "d", "e", "f", "g"};
    a.shuffle(words);
    const auto order = b.shuffledIndices(words.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        EXPECT_EQ(words[i], std::string(1, static_cast<char>('a' + order[i])));
}

TEST(Random, ErrorsCarryCPythonsMessages) {
    Random rng(1);
    EXPECT_EQ(outcome([&] { return std::to_string(rng.randrange(0)); }),
              "!ValueError:empty range for randrange()");
    EXPECT_EQ(outcome([&] { return std::to_string(rng.randrange(5, 2)); }),
              "!ValueError:empty range for randrange() (5, 2, -3)");
    EXPECT_EQ(outcome([&] { return std::to_string(rng.randrange(1, 9, 0)); }),
              "!ValueError:zero step for randrange()");
    EXPECT_EQ(outcome([&] { return std::to_string(rng.randint(3, 1)); }),
              "!ValueError:empty range for randrange() (3, 2, -1)");
    EXPECT_EQ(outcome([&] { return std::to_string(rng.choice(0)); }),
              "!IndexError:Cannot choose from an empty sequence");
    EXPECT_EQ(outcome([&] { return std::to_string(rng.getrandbits(-1)); }),
              "!ValueError:number of bits must be non-negative");
    EXPECT_EQ(outcome([&] { return std::to_string(rng.sample(3, 4).size()); }),
              "!ValueError:Sample larger than population or is negative");
    const std::vector<double> zero = {0.0, 0.0};
    EXPECT_EQ(outcome([&] { return std::to_string(rng.choicesWeighted(zero, 1).size()); }),
              "!ValueError:Total of weights must be greater than zero");
    EXPECT_EQ(outcome([&] { return reprFloat(rng.expovariate(0.0)); }),
              "!ZeroDivisionError:float division by zero");
}

TEST(Random, GetrandbitsBeyondSixtyFourBitsFillsWordsLeastSignificantFirst) {
    Random a(9), b(9);
    const auto words = a.getrandbitsWords(70);
    ASSERT_EQ(words.size(), 3u);
    EXPECT_EQ(words[0], b.nextUint32());
    EXPECT_EQ(words[1], b.nextUint32());
    EXPECT_EQ(words[2], b.nextUint32() >> 26);
}
