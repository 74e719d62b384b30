// SPDX-License-Identifier: MIT
// A result whose size the script chose (a width, a count, a repetition, a
// repr of one object many times over) is checked against the memory budget
// before it is built: MemoryError, as CPython's failed allocation, and the
// process never holds what the budget refuses. Growth step by step (a class
// hierarchy whose MROs add up) spends the budget and stops the run.
#include "interp_test_support.h"

#include <gmock/gmock.h>

#include <sys/resource.h>

#include <string>
#include <vector>

using coroscope::RunOptions;
using coroscope::RunResult;
using coroscope::test::runSource;
using ::testing::HasSubstr;

namespace {

constexpr std::size_t kBudget = 64u << 20;

RunOptions small() {
    RunOptions options;
    options.maxMemoryBytes = kBudget;
    return options;
}

struct Case {
    const char* what;
    const char* source;
};

// Each would take gigabytes if it were built.
const Case kTooLarge[] = {
    {"center", "x = ' '.center(10**10)\n"},
    {"center with a wide fill", "x = 'a'.center(10**9, '\\u00e9')\n"},
    {"ljust", "x = 'a'.ljust(10**10)\n"},
    {"rjust", "x = 'a'.rjust(10**10)\n"},
    {"zfill", "x = '-1'.zfill(10**10)\n"},
    {"expandtabs", "x = ('\\t' * 1000).expandtabs(10**7)\n"},
    {"%-format width", "x = '%999999999d' % 1\n"},
    {"%-format precision", "x = '%.999999999d' % 1\n"},
    {"%-format float precision", "x = '%.999999999f' % 1.5\n"},
    {"f-string width", "x = f'{1:999999999}'\n"},
    {"str.format width", "x = '{:>999999999}'.format('a')\n"},
    {"format() width", "x = format(1.5, '999999999')\n"},
    {"random.choices k", "import random\nx = random.choices([1, 2], k=10**10)\n"},
    {"join of one string many times", "s = 'x' * 10**6\nx = ''.join([s] * 1000)\n"},
    {"join with a long separator", "x = ('y' * 10**6).join(['a'] * 1000)\n"},
    {"repr of a list of one string many times", "s = 'x' * 10**6\nx = repr([s] * 1000)\n"},
    {"str of a tuple", "s = 'x' * 10**6\nx = str(tuple([s] * 1000))\n"},
    {"repr of a dict", "s = 'x' * 10**6\nx = repr({i: s for i in range(1000)})\n"},
    {"replace of the empty string", "x = ('a' * 1000).replace('', 'x' * 10**5)\n"},
    {"replace of a character", "x = ('a' * 10**4).replace('a', 'x' * 10**5)\n"},
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
        out.push_back(text.substr(from, at - from));
        from = at + 1;
    }
    return out;
}

long peakKilobytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

TEST(Memory, AResultTooLargeForTheBudgetIsAMemoryErrorBeforeItIsBuilt) {
    for (const Case& c : kTooLarge) {
        RunResult r = runSource(c.source, small());
        EXPECT_EQ(r.exitStatus, 1) << c.what << "\n" << r.err;
        EXPECT_THAT(r.err, HasSubstr("MemoryError")) << c.what;
        EXPECT_TRUE(r.stoppedBy.empty()) << c.what << ": " << r.stoppedBy;
    }
    // Nothing of those gigabytes was ever held: the budget and the
    // interpreter, with room to spare.
    EXPECT_LT(peakKilobytes(), 1024 * 1024) << "peak " << peakKilobytes() << " KB";
}

TEST(Memory, TheMemoryErrorCanBeCaughtAndTheRunGoesOn) {
    for (const Case& c : kTooLarge) {
        std::string source = "try:\n";
        for (const std::string& line : lines(c.source))
            source += "    " + line + "\n";
        source += "except MemoryError as e:\n    print('caught', repr(e))\n";
        RunResult r = runSource(source, small());
        EXPECT_EQ(r.exitStatus, 0) << c.what << "\n" << source << r.err;
        EXPECT_EQ(r.out, "caught MemoryError()\n") << c.what;
    }
}

TEST(Memory, ResultsThatFitAreMadeAsCPythonMakesThem) {
    RunResult r = runSource("print(len(' '.center(10**6)), len('%5000d' % 1), len(f'{1:>4000}'))\n"
                            "print(len(''.join(['ab'] * 1000)), len(repr(['x'] * 3)))\n"
                            "print('-5'.zfill(4), 'a\\tb'.expandtabs(4), 'ab'.replace('', '-'))\n",
                            small());
    EXPECT_EQ(r.exitStatus, 0) << r.err;
    EXPECT_EQ(r.out, "1000000 5000 4000\n2000 15\n-005 a   b -a-b-\n");
}

TEST(Memory, ADeepClassHierarchySpendsTheBudgetOnItsMros) {
    // 20,000 classes, each with the MRO of its base and itself: 200 million
    // entries, as CPython's __mro__ tuples hold them.
    RunResult r = runSource("class A:\n"
                            "    pass\n"
                            "C = A\n"
                            "for i in range(20000):\n"
                            "    class C(C):\n"
                            "        pass\n"
                            "print('never')\n",
                            small());
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_EQ(r.stoppedBy, "memory-mb") << r.err;
    EXPECT_EQ(r.out, "");
    // A shallow one is nothing to the budget.
    EXPECT_EQ(runSource("class A:\n"
                        "    pass\n"
                        "C = A\n"
                        "for i in range(200):\n"
                        "    class C(C):\n"
                        "        pass\n"
                        "print(len(C.__mro__))\n",
                        small())
                  .out,
              "202\n");
}
