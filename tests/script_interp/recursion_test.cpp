// SPDX-License-Identifier: MIT
// Recursion that CPython stops with RecursionError ends the same way here,
// with CPython's message, never with a native stack overflow.
#include "interp_test_support.h"

#include <gmock/gmock.h>

using coroscope::RunOptions;
using coroscope::test::outputOf;
using coroscope::test::rejectionOf;
using coroscope::test::runSource;
using ::testing::HasSubstr;

namespace {

// The script prints what `expr` raises (after `setup`).
std::string raised(const std::string& setup, const std::string& expr) {
    return outputOf(setup + "try:\n    " + expr +
                    "\nexcept RecursionError as e:\n    print(e)\nelse:\n    print('none')\n");
}

const std::string kNest = "def nest(n, mk):\n    x = mk(None)\n    for i in range(n):\n"
                          "        x = mk(x)\n    return x\n";

} // namespace

TEST(Recursion, DunderMethodsEndWithCPythonsMessage) {
    EXPECT_EQ(raised("class A:\n    def __eq__(self, o): return self == o\n", "A() == A()"),
              "maximum recursion depth exceeded\n");
    EXPECT_EQ(raised("class A:\n    def __repr__(self): return repr(self)\n", "repr(A())"),
              "maximum recursion depth exceeded while calling a Python object\n");
    const std::pair<const char*, const char*> cases[] = {
        {"def __lt__(self, o): return self < o", "a < a"},
        {"def __add__(self, o): return self + o", "a + a"},
        {"def __len__(self): return len(self)", "len(a)"},
        {"def __bool__(self): return bool(self)", "bool(a)"},
        {"def __iter__(self): return iter(self)", "iter(a)"},
        {"def __contains__(self, x): return x in self", "1 in a"},
        {"def __getitem__(self, i): return self[i]", "a[0]"},
        {"def __format__(self, s): return format(self, s)", "format(a, '')"},
        {"def __str__(self): return f'{self}'", "f'{a}'"},
        {"def __getattr__(self, n): return self.x", "a.y"},
        {"def __hash__(self): return hash(self)", "hash(a)"}};
    for (const auto& [dunder, expr] : cases) {
        const std::string out =
            raised(std::string("class A:\n    ") + dunder + "\na = A()\n", expr);
        EXPECT_THAT(out, HasSubstr("maximum recursion depth exceeded")) << dunder;
    }
}

TEST(Recursion, ASortKeyThatSortsAgain) {
    EXPECT_THAT(raised("def k(x): return sorted([1, 2], key=k)\n", "sorted([1, 2], key=k)"),
                HasSubstr("maximum recursion depth exceeded"));
}

TEST(Recursion, DeeplyNestedContainersInReprAndComparison) {
    for (const char* mk :
         {"lambda x: [x]", "lambda x: (x,)", "lambda x: {1: x}", "lambda x: frozenset([x])"}) {
        for (const char* n : {"10000", "100000"}) {
            const std::string setup =
                kNest + "a = nest(" + n + ", " + mk + ")\nb = nest(" + n + ", " + mk + ")\n";
            EXPECT_EQ(raised(setup, "repr(a)"),
                      "maximum recursion depth exceeded while getting the repr of an object\n");
            EXPECT_EQ(raised(setup, "f'{a}'"),
                      "maximum recursion depth exceeded while getting the repr of an object\n");
            EXPECT_EQ(raised(setup, "a == b"), "maximum recursion depth exceeded in comparison\n");
        }
    }
}

TEST(Recursion, DeepTuplesHashAsInCPython) {
    // Building four million-deep tuples is what this test is about, not how
    // fast: a sanitizer build takes several times the default real-time budget.
    RunOptions options;
    options.maxWallSeconds = 120;
    EXPECT_EQ(outputOf(kNest + "for n in (10**4, 10**5, 10**6):\n"
                               "    print(hash(nest(n, lambda x: (x,))) == "
                               "hash(nest(n, lambda x: (x,))))\n",
                       options),
              "True\nTrue\nTrue\n");
}

TEST(Recursion, DeepStructuresAreFreedWithoutRecursion) {
    EXPECT_EQ(outputOf(kNest + "x = nest(10**6, lambda x: [x])\nx = None\n"
                               "d = nest(300000, lambda x: {'k': x})\ndel d\nprint('freed')\n"),
              "freed\n");
}

TEST(Recursion, LongChainsOfPartialsMapsShieldsAndGathers) {
    EXPECT_EQ(outputOf("import functools\nf = lambda: 1\nfor i in range(100000):\n"
                       "    f = functools.partial(f)\nprint(f())\n"),
              "1\n");
    EXPECT_EQ(raised("m = [1]\nfor i in range(100000):\n    m = map(lambda x: x, m)\n", "list(m)"),
              "maximum recursion depth exceeded while calling a Python object\n");
    const std::string chain = "import asyncio\nasync def c(): return 1\nasync def main():\n"
                              "    f = asyncio.ensure_future(c())\n    for i in range(100000):\n";
    EXPECT_EQ(outputOf(chain + "        f = asyncio.shield(f)\n    print(await f)\n"
                               "asyncio.run(main())\n"),
              "1\n");
    EXPECT_EQ(outputOf(chain + "        f = asyncio.gather(f)\n    r = await f\n"
                               "    print(len(r))\nasyncio.run(main())\n"),
              "1\n");
}

TEST(Recursion, ExpressionsTooDeepToCompile) {
    for (const std::string& source : {"x = " + std::string("1") +
                                          [] {
                                              std::string s;
                                              for (int i = 0; i < 50000; ++i)
                                                  s += "+1";
                                              return s;
                                          }() +
                                          "\n",
                                      [] {
                                          std::string s = "def f(): return f\nx = f";
                                          for (int i = 0; i < 20000; ++i)
                                              s += "()";
                                          return s + "\n";
                                      }(),
                                      [] {
                                          std::string s = "a = [0]\nx = a";
                                          for (int i = 0; i < 20000; ++i)
                                              s += "[0]";
                                          return s + "\n";
                                      }()}) {
        const auto r = runSource(source);
        EXPECT_EQ(r.exitStatus, 2);
        EXPECT_THAT(
            rejectionOf(r),
            HasSubstr("RecursionError: maximum recursion depth exceeded during compilation"));
    }
    std::string sum = "x = 1";
    for (int i = 0; i < 2000; ++i)
        sum += "+1";
    EXPECT_EQ(outputOf(sum + "\nprint(x)\n"), "2001\n");
}
