// SPDX-License-Identifier: MIT
// The evaluator's semantics, each compared with what CPython 3.11 prints for
// the same program.
#include "interp_test_support.h"

using coroscope::test::outputOf;

TEST(Evaluator, ArithmeticFollowsPythonsRulesForDivisionAndModulo) {
    EXPECT_EQ(outputOf("print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** -1, 10 / 4, 2 ** 10)"),
              "3 -4 1 2 0.5 2.5 1024\n");
}

TEST(Evaluator, FloatsPrintAsTheirShortestRepr) {
    EXPECT_EQ(outputOf("print(0.1 + 0.2, 1e16, 1e-07, 100.0 / 8, -0.0, round(2.675, 2))"),
              "0.30000000000000004 1e+16 1e-07 12.5 -0.0 2.67\n");
}

TEST(Evaluator, BoolIsAnIntThatPrintsAsTrueOrFalse) {
    EXPECT_EQ(outputOf("print(True + True, True & False, isinstance(True, int), [True])"),
              "2 False True [True]\n");
}

TEST(Evaluator, ClosuresShareTheCellOfTheirEnclosingFunction) {
    EXPECT_EQ(outputOf("def make():\n"
                       "    n = 0\n"
                       "    def inc():\n"
                       "        nonlocal n\n"
                       "        n += 1\n"
                       "        return n\n"
                       "    return inc\n"
                       "f = make()\n"
                       "print(f(), f(), f())\n"),
              "1 2 3\n");
}

TEST(Evaluator, LambdasInAComprehensionBindLateUnlessGivenADefault) {
    EXPECT_EQ(outputOf("late = [lambda: i for i in range(3)]\n"
                       "early = [lambda i=i: i for i in range(3)]\n"
                       "print([f() for f in late], [f() for f in early])\n"),
              "[2, 2, 2] [0, 1, 2]\n");
}

TEST(Evaluator, ComprehensionVariablesDoNotLeak) {
    EXPECT_EQ(outputOf("x = 'outer'\n"
                       "squares = [x * x for x in range(4)]\n"
                       "print(x, squares)\n"),
              "outer [0, 1, 4, 9]\n");
}

TEST(Evaluator, DefaultArgumentsAreEvaluatedOnce) {
    EXPECT_EQ(outputOf("def add(item, bucket=[]):\n"
                       "    bucket.append(item)\n"
                       "    return bucket\n"
                       "add(1)\n"
                       "print(add(2))\n"),
              "[1, 2]\n");
}

TEST(Evaluator, KeywordOnlyAndStarArgumentsBindAsInPython) {
    EXPECT_EQ(outputOf("def f(a, b=2, *rest, key, **extra):\n"
                       "    return (a, b, rest, key, sorted(extra.items()))\n"
                       "print(f(1, key=0))\n"
                       "print(f(1, 3, 5, 7, key=9, z=1, y=2))\n"),
              "(1, 2, (), 0, [])\n(1, 3, (5, 7), 9, [('y', 2), ('z', 1)])\n");
}

TEST(Evaluator, StarredAssignmentCollectsTheMiddle) {
    EXPECT_EQ(outputOf("first, *middle, last = range(5)\n"
                       "(a, b), c = (1, 2), 3\n"
                       "print(first, middle, last, a, b, c)\n"),
              "0 [1, 2, 3] 4 1 2 3\n");
}

TEST(Evaluator, SlicesClampAndStepAsInPython) {
    EXPECT_EQ(outputOf("s = list(range(10))\n"
                       "print(s[::-3], s[100:], s[-100:2], 'coroutine'[1::2], s[7:2:-2])\n"),
              "[9, 6, 3, 0] [] [0, 1] ootn [7, 5, 3]\n");
}

TEST(Evaluator, DictsKeepInsertionOrderAndSetsOfSmallIntsPrintSorted) {
    EXPECT_EQ(outputOf("d = {'b': 1, 'a': 2}\n"
                       "d['c'] = 3\n"
                       "del d['b']\n"
                       "print(d, {3, 1, 2}, {42}, set())\n"),
              "{'a': 2, 'c': 3} {1, 2, 3} {42} set()\n");
}

TEST(Evaluator, GeneratorsResumeWhereTheyYielded) {
    EXPECT_EQ(outputOf("def countdown(n):\n"
                       "    while n > 0:\n"
                       "        yield n\n"
                       "        n -= 1\n"
                       "    return 'done'\n"
                       "g = countdown(3)\n"
                       "print(list(g), next(g, 'empty'))\n"
                       "print(sum(x * x for x in range(4)))\n"),
              "[3, 2, 1] empty\n14\n");
}

TEST(Evaluator, AGeneratorLeftEarlyRunsItsFinallyWhenDropped) {
    EXPECT_EQ(outputOf("def gen():\n"
                       "    try:\n"
                       "        yield 1\n"
                       "        yield 2\n"
                       "    finally:\n"
                       "        print('closed')\n"
                       "for x in gen():\n"
                       "    print(x)\n"
                       "    break\n"
                       "print('after')\n"),
              "1\nclosed\nafter\n");
}

TEST(Evaluator, ClassesInheritMethodsAndCallSuper) {
    EXPECT_EQ(outputOf("class Base:\n"
                       "    kind = 'base'\n"
                       "    def __init__(self, name):\n"
                       "        self.name = name\n"
                       "    def hello(self):\n"
                       "        return 'hello ' + self.name\n"
                       "class Child(Base):\n"
                       "    kind = 'child'\n"
                       "    def hello(self):\n"
                       "        return super().hello() + '!'\n"
                       "    def __repr__(self):\n"
                       "        return f'Child({self.name!r})'\n"
                       "c = Child('ada')\n"
                       "print(c.hello(), c.kind, Base.kind, c, [c], isinstance(c, Base))\n"),
              "hello ada! child base Child('ada') [Child('ada')] True\n");
}

TEST(Evaluator, PropertiesStaticAndClassMethodsWork) {
    EXPECT_EQ(outputOf("class T:\n"
                       "    count = 0\n"
                       "    def __init__(self):\n"
                       "        self._v = 1\n"
                       "    @property\n"
                       "    def v(self):\n"
                       "        return self._v * 10\n"
                       "    @v.setter\n"
                       "    def v(self, x):\n"
                       "        self._v = x\n"
                       "    @staticmethod\n"
                       "    def twice(x):\n"
                       "        return 2 * x\n"
                       "    @classmethod\n"
                       "    def make(cls):\n"
                       "        cls.count += 1\n"
                       "        return cls()\n"
                       "t = T.make()\n"
                       "t.v = 4\n"
                       "print(t.v, T.twice(3), t.twice(4), T.count)\n"),
              "40 6 8 1\n");
}

TEST(Evaluator, ExceptionsChainWithCauseAndContext) {
    EXPECT_EQ(outputOf("try:\n"
                       "    try:\n"
                       "        {}['k']\n"
                       "    except KeyError as e:\n"
                       "        raise ValueError('bad') from e\n"
                       "except ValueError as e:\n"
                       "    print(repr(e), repr(e.__cause__), e.__suppress_context__)\n"
                       "try:\n"
                       "    try:\n"
                       "        1 / 0\n"
                       "    except ZeroDivisionError:\n"
                       "        raise RuntimeError('again')\n"
                       "except RuntimeError as e:\n"
                       "    print(type(e.__context__).__name__, e.__cause__)\n"),
              "ValueError('bad') KeyError('k') True\nZeroDivisionError None\n");
}

TEST(Evaluator, FinallyRunsOnReturnAndItsOwnReturnWins) {
    EXPECT_EQ(outputOf("def f():\n"
                       "    try:\n"
                       "        return 'try'\n"
                       "    finally:\n"
                       "        print('finally')\n"
                       "def g():\n"
                       "    try:\n"
                       "        raise ValueError\n"
                       "    finally:\n"
                       "        return 'swallowed'\n"
                       "print(f(), g())\n"),
              "finally\ntry swallowed\n");
}

TEST(Evaluator, WithStatementCallsExitAndCanSwallow) {
    EXPECT_EQ(outputOf("class Quiet:\n"
                       "    def __enter__(self):\n"
                       "        print('enter')\n"
                       "        return self\n"
                       "    def __exit__(self, t, e, tb):\n"
                       "        print('exit', t.__name__ if t else None)\n"
                       "        return True\n"
                       "with Quiet():\n"
                       "    raise KeyError('x')\n"
                       "print('after')\n"),
              "enter\nexit KeyError\nafter\n");
}

TEST(Evaluator, StrMethodsAndFormatSpecsMatchCPython) {
    EXPECT_EQ(outputOf("print('{:>6.2f}|{:<4}|{:^7}|'.format(3.14159, 'ab', 'mid'))\n"
                       "print(f'{22.75:.1f} {1234567:,} {0.4567:.1%} {255:#x} {42:05d}')\n"
                       "print('a,b,,c'.split(','), ' x '.strip(), 'Hello'.swapcase())\n"
                       "print('%s is %d years' % ('Ada', 36))\n"),
              "  3.14|ab  |  mid  |\n22.8 1,234,567 45.7% 0xff 00042\n"
              "['a', 'b', '', 'c'] x hELLO\nAda is 36 years\n");
}

TEST(Evaluator, SortedIsStableWithKeyAndReverse) {
    EXPECT_EQ(outputOf("words = ['bb', 'a', 'cc', 'd']\n"
                       "print(sorted(words, key=len), sorted(words, key=len, reverse=True))\n"
                       "print(sorted(['b', 'B', 'a', 'A'], key=str.lower))\n"),
              "['a', 'd', 'bb', 'cc'] ['bb', 'cc', 'a', 'd']\n['a', 'A', 'b', 'B']\n");
}

TEST(Evaluator, SeededRandomGivesCPythonsNumbers) {
    EXPECT_EQ(outputOf("import random\n"
                       "random.seed(42)\n"
                       "print([round(random.random(), 6) for _ in range(3)])\n"
                       "print(random.randint(1, 6), random.choice('abc'))\n"),
              "[0.639427, 0.025011, 0.275029]\n2 a\n");
}

TEST(Evaluator, RunParametersOverrideTopLevelConstants) {
    coroscope::RunOptions options;
    options.params = {{"CLIENTS", "10"}, {"NAME", "'zed'"}};
    EXPECT_EQ(outputOf("CLIENTS = 3\nNAME = 'ada'\nprint(CLIENTS, NAME)\n", options), "10 zed\n");
}

TEST(Evaluator, WalrusBindsInTheEnclosingScope) {
    EXPECT_EQ(outputOf("data = [1, 5, 9]\n"
                       "if (n := len(data)) > 2:\n"
                       "    print(n)\n"
                       "print([y for x in data if (y := x * 2) > 5], y)\n"),
              "3\n[10, 18] 18\n");
}

// An await of a coroutine that returns at once hands control on by symmetric
// transfer, which must be a tail call: otherwise each iteration leaves a
// native frame behind and this loop overflows the stack long before it ends.
TEST(Evaluator, AwaitingCoroutinesThatFinishAtOnceKeepsTheStackFlat) {
    EXPECT_EQ(outputOf("import asyncio\n"
                       "async def ready(i):\n"
                       "    return i\n"
                       "async def main():\n"
                       "    total = 0\n"
                       "    for i in range(300_000):\n"
                       "        total += await ready(i)\n"
                       "    print(total)\n"
                       "asyncio.run(main())\n"),
              "44999850000\n");
}
