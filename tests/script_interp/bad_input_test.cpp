// SPDX-License-Identifier: MIT
// Scripts that are wrong in every way a learner's can be: each ends with a
// message naming the file and the line and saying what to do, never with a
// crash or a hang.
#include "interp_test_support.h"

#include <gmock/gmock.h>

using coroscope::RunOptions;
using coroscope::RunResult;
using coroscope::test::rejectionOf;
using coroscope::test::runSource;
using ::testing::HasSubstr;

namespace {

// Rejected before running: exit status 2, and the message shows the place.
void expectRejected(const std::string& source, const std::string& message, int line) {
    RunResult r = runSource(source);
    EXPECT_EQ(r.exitStatus, 2) << r.err;
    ASSERT_FALSE(r.errors.empty());
    EXPECT_EQ(r.errors[0].file, "demo.py");
    if (line) {
        EXPECT_EQ(r.errors[0].line, line);
    }
    EXPECT_THAT(rejectionOf(r), HasSubstr(message));
    EXPECT_TRUE(r.out.empty());
}

// Ran and failed: exit status 1, and stderr says it.
RunResult expectFailed(const std::string& source, const std::string& message,
                       RunOptions options = {}) {
    RunResult r = runSource(source, std::move(options));
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_THAT(r.err, HasSubstr(message));
    return r;
}

} // namespace

TEST(BadInput, AMissingColonIsASyntaxErrorWithItsLine) {
    expectRejected("x = 1\nif x\n    print(x)\n", "SyntaxError", 2);
}

TEST(BadInput, BadIndentationIsAnIndentationError) {
    expectRejected("def f():\nprint(1)\n", "IndentationError", 2);
}

TEST(BadInput, AnUnclosedBracketIsReportedWhereItOpened) {
    expectRejected("print((1, 2)\nx = 3\n", "was never closed", 1);
}

TEST(BadInput, AwaitOutsideAnAsyncFunctionIsRejected) {
    expectRejected("import asyncio\nawait asyncio.sleep(1)\n", "'await' outside", 2);
}

TEST(BadInput, ImportingOsIsRefusedWithAHint) {
    expectRejected("import os\n", "module 'os' is not available", 1);
}

TEST(BadInput, ImportingAnUnknownModuleSaysWhatCanBeImported) {
    expectRejected("import numpy\n", "scenarios can import asyncio", 1);
}

TEST(BadInput, TheMatchStatementIsRefused) {
    expectRejected("x = 1\nmatch x:\n    case 1:\n        pass\n", "'match' statement", 2);
}

TEST(BadInput, YieldFromIsRefused) {
    expectRejected("def g():\n    yield from range(3)\n", "'yield from'", 2);
}

TEST(BadInput, OpenIsRefused) {
    expectRejected("f = open('x.txt')\n", "'open' is not available", 1);
}

TEST(BadInput, EvalIsRefused) {
    expectRejected("print(eval('1+1'))\n", "'eval' is not available", 1);
}

TEST(BadInput, AnUnsupportedDecoratorIsRefused) {
    expectRejected("import functools\n@functools.lru_cache\ndef f():\n    pass\n", "decorator", 2);
}

TEST(BadInput, ExceptStarIsRefused) {
    expectRejected("try:\n    pass\nexcept* ValueError:\n    pass\n", "'except*'", 3);
}

TEST(BadInput, AnIntegerBeyondSixtyFourBitsIsRefused) {
    expectRejected("x = 123456789012345678901234567890\n", "beyond 64 bits", 1);
}

TEST(BadInput, ComplexAndBytesLiteralsAreRefusedBeforeRunning) {
    expectRejected("print('before')\nx = 1 + 2j\n", "complex numbers are not supported", 2);
    expectRejected("print('before')\nx = b'raw'\n", "bytes literals are not supported", 2);
}

// A parameter's value is checked as a script is: the sandbox refuses it too.
TEST(BadInput, AParameterValueTheSandboxRefusesIsNoLiteral) {
    RunOptions options;
    options.params = {{"CLIENTS", "open('x')"}};
    RunResult r = runSource("CLIENTS = 2\nprint(CLIENTS)\n", options);
    EXPECT_EQ(r.exitStatus, 2);
    EXPECT_THAT(rejectionOf(r), HasSubstr("is not a Python literal"));
    EXPECT_TRUE(r.out.empty());
}

TEST(BadInput, AParameterForAConstantTheScriptLacksIsRefused) {
    RunOptions options;
    options.params = {{"WORKERS", "3"}};
    RunResult r = runSource("CLIENTS = 2\nprint(CLIENTS)\n", options);
    EXPECT_EQ(r.exitStatus, 2);
    EXPECT_THAT(rejectionOf(r), HasSubstr("no top-level constant WORKERS"));
}

TEST(BadInput, AParameterThatIsNoLiteralIsRefused) {
    RunOptions options;
    options.params = {{"CLIENTS", "3 +"}};
    RunResult r = runSource("CLIENTS = 2\n", options);
    EXPECT_EQ(r.exitStatus, 2);
    EXPECT_THAT(rejectionOf(r), HasSubstr("is not a Python literal"));
}

TEST(BadInput, AnUnknownMachineParameterIsRefused) {
    RunOptions options;
    options.params = {{"machine.turbo", "1"}};
    RunResult r = runSource("print(1)\n", options);
    EXPECT_EQ(r.exitStatus, 2);
    EXPECT_THAT(rejectionOf(r), HasSubstr("unknown machine parameter machine.turbo"));
}

TEST(BadInput, AMachineParameterOutsideItsRangeIsRefused) {
    RunOptions options;
    options.params = {{"machine.cores", "0"}};
    RunResult r = runSource("print(1)\n", options);
    EXPECT_EQ(r.exitStatus, 2);
    EXPECT_THAT(rejectionOf(r), HasSubstr("parameter machine.cores: give a whole number from 1"));
    options.params = {{"machine.switch_interval", "0"}};
    EXPECT_EQ(runSource("print(1)\n", options).exitStatus, 2);
    options.params = {{"machine.cores", "2"}, {"machine.gil", "False"}};
    r = runSource("print(1)\n", options);
    EXPECT_EQ(r.exitStatus, 0) << rejectionOf(r);
    EXPECT_EQ(r.machine.cores, 2);
    EXPECT_FALSE(r.machine.gil);
}

TEST(BadInput, AnUncaughtExceptionPrintsAPythonTraceback) {
    RunResult r = expectFailed("def f(x):\n    return 10 / x\nprint('before')\nf(0)\n",
                               "ZeroDivisionError: division by zero");
    EXPECT_EQ(r.out, "before\n");
    EXPECT_THAT(r.err, HasSubstr("Traceback (most recent call last):\n"
                                 "  File \"demo.py\", line 4, in <module>\n"
                                 "    f(0)\n"
                                 "  File \"demo.py\", line 2, in f\n"
                                 "    return 10 / x\n"));
}

TEST(BadInput, AnExceptionInsideAsyncioRunEndsTheProgramWithStatusOne) {
    expectFailed("import asyncio\n"
                 "async def main():\n"
                 "    await asyncio.sleep(0.1)\n"
                 "    raise ValueError('broken')\n"
                 "asyncio.run(main())\n",
                 "ValueError: broken");
}

TEST(BadInput, AnUndefinedNameIsANameError) {
    expectFailed("print(undefined_thing)\n", "NameError: name 'undefined_thing' is not defined");
}

TEST(BadInput, ALocalReadBeforeAssignmentIsAnUnboundLocalError) {
    expectFailed("def f():\n    print(x)\n    x = 1\nf()\n",
                 "UnboundLocalError: cannot access local variable 'x'");
}

TEST(BadInput, CallingWithAMissingArgumentNamesIt) {
    expectFailed("def f(a, b):\n    pass\nf(1)\n",
                 "TypeError: f() missing 1 required positional argument: 'b'");
}

TEST(BadInput, AddingAStrAndAnIntIsATypeError) {
    expectFailed("x = 'a' + 1\n", "TypeError: can only concatenate str (not \"int\") to str");
}

TEST(BadInput, AMissingAttributeIsAnAttributeError) {
    expectFailed("class C:\n    pass\nC().missing\n",
                 "AttributeError: 'C' object has no attribute 'missing'");
}

TEST(BadInput, EndlessRecursionIsARecursionError) {
    expectFailed("def f(n):\n    return f(n + 1)\nf(0)\n", "RecursionError");
}

TEST(BadInput, AnIntegerThatOverflowsSaysSo) {
    expectFailed("x = 2 ** 100\n", "OverflowError: integer overflow");
}

TEST(BadInput, ALoopThatNeverAwaitsIsStoppedAsABlockedEventLoop) {
    RunOptions options;
    options.statementBudget = 100'000;
    expectFailed("import asyncio\n"
                 "async def main():\n"
                 "    n = 0\n"
                 "    while True:\n"
                 "        n += 1\n"
                 "asyncio.run(main())\n",
                 "demo.py, line 5: the event loop is blocked", options);
}

TEST(BadInput, AnEndlessLoopInTheMainThreadIsStopped) {
    RunOptions options;
    options.statementBudget = 100'000;
    expectFailed("while True:\n    pass\n", "demo.py, line 2: the thread 'main' ran", options);
}

TEST(BadInput, AnEndlessLoopInAThreadIsStopped) {
    RunOptions options;
    options.statementBudget = 100'000;
    expectFailed("import threading\n"
                 "def spin():\n"
                 "    while True:\n"
                 "        pass\n"
                 "threading.Thread(target=spin).start()\n",
                 "ran 100,000 statements without waiting", options);
}

TEST(BadInput, AProgramWaitingForeverSaysWhatEachTaskWaitsFor) {
    RunResult r = expectFailed("import asyncio\n"
                               "async def main():\n"
                               "    await asyncio.Event().wait()\n"
                               "asyncio.run(main())\n",
                               "the program waits forever");
    EXPECT_THAT(r.err, HasSubstr("Task-1 waits (event) at line 3"));
}

TEST(BadInput, ATaskThatSleepsForeverIsStoppedByTheVirtualTimeLimit) {
    RunOptions options;
    options.maxVirtualSeconds = 10;
    expectFailed("import asyncio\n"
                 "async def main():\n"
                 "    while True:\n"
                 "        await asyncio.sleep(1)\n"
                 "asyncio.run(main())\n",
                 "stopped at 10 s of simulated time", options);
}

TEST(BadInput, ATaskThatYieldsForeverIsStoppedByTheStepLimit) {
    RunOptions options;
    options.maxSteps = 10'000;
    expectFailed("import asyncio\n"
                 "async def main():\n"
                 "    while True:\n"
                 "        await asyncio.sleep(0)\n"
                 "asyncio.run(main())\n",
                 "10,000 scheduling steps", options);
}

TEST(BadInput, TooManyTasksStopTheRun) {
    RunOptions options;
    options.maxTasks = 50;
    expectFailed("import asyncio\n"
                 "async def job():\n"
                 "    await asyncio.sleep(1)\n"
                 "async def main():\n"
                 "    for _ in range(100):\n"
                 "        asyncio.create_task(job())\n"
                 "    await asyncio.sleep(2)\n"
                 "asyncio.run(main())\n",
                 "more than 50 tasks", options);
}

TEST(BadInput, AStringGrowingWithoutEndStopsAtTheMemoryLimit) {
    RunOptions options;
    options.maxMemoryBytes = 1 << 20;
    expectFailed("s = 'ab'\nwhile True:\n    s = s + s\n",
                 "demo.py, line 3: the script needs more than 1 MB", options);
}

TEST(BadInput, BlockingInsideAKeyFunctionExplainsWhyItCannot) {
    expectFailed("import time\n"
                 "def slow_key(x):\n"
                 "    time.sleep(0.1)\n"
                 "    return x\n"
                 "print(sorted([3, 1], key=slow_key))\n",
                 "RuntimeError: cannot call time.sleep() here");
}

TEST(BadInput, AsyncioRunInsideARunningLoopIsARuntimeError) {
    RunResult r = expectFailed("import asyncio\n"
                               "async def inner():\n"
                               "    pass\n"
                               "async def main():\n"
                               "    asyncio.run(inner())\n"
                               "asyncio.run(main())\n",
                               "asyncio.run() cannot be called from a running event loop");
    EXPECT_THAT(r.err, HasSubstr("demo.py:5: RuntimeWarning: coroutine 'inner' was never awaited"));
}

TEST(BadInput, SystemExitEndsWithItsCode) {
    RunResult r = runSource("print('bye')\nraise SystemExit(3)\n");
    EXPECT_EQ(r.exitStatus, 3);
    EXPECT_EQ(r.out, "bye\n");
}

TEST(BadInput, SubclassingABuiltinContainerIsExplained) {
    expectFailed("class MyDict(dict):\n    pass\n", "subclassing 'dict' is not supported");
}

TEST(BadInput, AwaitingSomethingThatIsNotAwaitableIsATypeError) {
    expectFailed("import asyncio\n"
                 "async def main():\n"
                 "    await 42\n"
                 "asyncio.run(main())\n",
                 "TypeError: object int can't be used in 'await' expression");
}

TEST(BadInput, AFireAndForgetFailureIsLoggedButTheProgramGoesOn) {
    RunResult r = runSource("import asyncio\n"
                            "async def fail():\n"
                            "    raise ValueError('lost')\n"
                            "async def main():\n"
                            "    asyncio.create_task(fail())\n"
                            "    await asyncio.sleep(0.1)\n"
                            "    print('still here')\n"
                            "asyncio.run(main())\n");
    EXPECT_EQ(r.exitStatus, 0);
    EXPECT_EQ(r.out, "still here\n");
    EXPECT_THAT(r.err, HasSubstr("Task exception was never retrieved"));
}
