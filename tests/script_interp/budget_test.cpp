// SPDX-License-Identifier: MIT
// Runs that never end or grow without end: each is stopped by one of its
// budgets, with a message that names the budget, the line and how to raise
// it, and the trace it leaves is bounded by that budget. The budgets here
// are small so that each test is quick; what is asserted is which budget
// stopped the run and how much it recorded, never how long it took.
#include "interp_test_support.h"

#include <gmock/gmock.h>

#include <cmath>
#include <string>

using coroscope::EventKind;
using coroscope::RunOptions;
using coroscope::RunResult;
using coroscope::Time;
using coroscope::toSeconds;
using coroscope::test::rejectionOf;
using coroscope::test::runSource;
using ::testing::HasSubstr;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// The trace's diagnostics that say `what`.
std::size_t diagnostics(const RunResult& r, const std::string& what) {
    std::size_t n = 0;
    for (std::uint64_t seq = 0; seq < r.trace.size(); ++seq) {
        const coroscope::EventRecord& e = r.trace.record(seq);
        if (e.kind == EventKind::Diagnostic &&
            r.trace.text(e.other).find(what) != std::string_view::npos)
            ++n;
    }
    return n;
}

std::size_t eventsOf(const RunResult& r, EventKind kind) {
    std::size_t n = 0;
    for (std::uint64_t seq = 0; seq < r.trace.size(); ++seq)
        if (r.trace.record(seq).kind == kind) ++n;
    return n;
}

// Stopped by `budget` at `line`: exit status 1, a message naming both and
// the option that raises it.
RunResult expectStopped(const std::string& source, RunOptions options, const std::string& budget,
                        int line) {
    RunResult r = runSource(source, std::move(options));
    EXPECT_EQ(r.exitStatus, 1) << r.err;
    EXPECT_EQ(r.stoppedBy, budget) << r.err;
    EXPECT_THAT(r.err, HasSubstr("demo.py, line " + std::to_string(line) + ": "));
    EXPECT_THAT(r.err, HasSubstr("it was stopped by its " + budget +
                                 " budget (raise it with "
                                 "--budget " +
                                 budget + "=N)"));
    return r;
}

const std::string kSpin = "import asyncio\n"
                          "async def main():\n"
                          "    while True:\n"
                          "        await asyncio.sleep(0)\n"
                          "asyncio.run(main())\n";

} // namespace

TEST(Budgets, ATaskThatYieldsForeverSpendsItsSteps) {
    RunOptions options;
    options.maxSteps = 20'000;
    RunResult r = expectStopped(kSpin, options, "steps", 4);
    EXPECT_THAT(r.err, HasSubstr("stopped after 20,000 scheduling steps"));
    // Each step is a Run and a Ready: the trace is bounded by the budget.
    EXPECT_LE(r.trace.size(), 3u * 20'000);
    EXPECT_GE(eventsOf(r, EventKind::Run), 19'000u);
}

TEST(Budgets, SleepsOfNegativeOrNanDurationsInALoopSpendTheSteps) {
    for (const char* delay : {"-1", "float('nan')", "-float('inf')", "-1e308"}) {
        RunOptions options;
        options.maxSteps = 10'000;
        RunResult r = expectStopped(std::string("import asyncio\n"
                                                "async def main():\n"
                                                "    while True:\n"
                                                "        await asyncio.sleep(") +
                                        delay + ")\nasyncio.run(main())\n",
                                    options, "steps", 4);
        EXPECT_EQ(r.trace.endTime(), 0) << delay;
        EXPECT_LE(r.trace.size(), 3u * 10'000) << delay;
    }
}

TEST(Budgets, AWaitForWhoseClockNeverMovesSpendsTheSteps) {
    RunOptions options;
    options.maxSteps = 10'000;
    RunResult r = expectStopped("import asyncio\n"
                                "async def spin():\n"
                                "    while True:\n"
                                "        await asyncio.sleep(0)\n"
                                "async def main():\n"
                                "    await asyncio.wait_for(spin(), timeout=1)\n"
                                "asyncio.run(main())\n",
                                options, "steps", 4);
    EXPECT_EQ(r.trace.endTime(), 0);
}

TEST(Budgets, ACallbackThatReschedulesItselfSpendsTheSteps) {
    RunOptions options;
    options.maxSteps = 10'000;
    RunResult r = expectStopped("import asyncio\n"
                                "def cb(loop):\n"
                                "    loop.call_soon(cb, loop)\n"
                                "async def main():\n"
                                "    loop = asyncio.get_running_loop()\n"
                                "    cb(loop)\n"
                                "    await asyncio.sleep(1)\n"
                                "asyncio.run(main())\n",
                                options, "steps", 3);
    EXPECT_LE(eventsOf(r, EventKind::Callback), 10'000u);
    EXPECT_GE(eventsOf(r, EventKind::Callback), 9'000u);
}

TEST(Budgets, ACallLaterOfZeroInALoopSpendsTheSteps) {
    RunOptions options;
    options.maxSteps = 10'000;
    expectStopped("import asyncio\n"
                  "def cb(loop):\n"
                  "    loop.call_later(0, cb, loop)\n"
                  "async def main():\n"
                  "    cb(asyncio.get_running_loop())\n"
                  "    await asyncio.sleep(1)\n"
                  "asyncio.run(main())\n",
                  options, "steps", 3);
}

TEST(Budgets, AForgottenAwaitInALoopWarnsOnceAndIsStopped) {
    RunOptions options;
    options.statementBudget = 50'000;
    RunResult r = expectStopped("import asyncio\n"
                                "async def main():\n"
                                "    while True:\n"
                                "        asyncio.sleep(0.1)\n"
                                "asyncio.run(main())\n",
                                options, "step-statements", 3);
    // CPython warns once per location; so does the trace.
    EXPECT_EQ(count(r.err, "RuntimeWarning: coroutine 'sleep' was never awaited"), 1u) << r.err;
    EXPECT_THAT(r.err, HasSubstr("demo.py:4: RuntimeWarning: coroutine 'sleep' was never awaited\n"
                                 "  asyncio.sleep(0.1)\n"));
    EXPECT_EQ(diagnostics(r, "was never awaited"), 1u);
}

TEST(Budgets, AForgottenAwaitOfOwnCoroutineWarnsOncePerLine) {
    RunOptions options;
    options.maxSteps = 5'000;
    RunResult r = expectStopped("import asyncio\n"
                                "async def work():\n"
                                "    pass\n"
                                "async def main():\n"
                                "    while True:\n"
                                "        work()\n"
                                "        work()\n"
                                "        await asyncio.sleep(0)\n"
                                "asyncio.run(main())\n",
                                options, "steps", 8);
    EXPECT_EQ(count(r.err, "demo.py:6: RuntimeWarning: coroutine 'work' was never awaited"), 1u);
    EXPECT_EQ(count(r.err, "demo.py:7: RuntimeWarning: coroutine 'work' was never awaited"), 1u);
    EXPECT_EQ(diagnostics(r, "was never awaited"), 2u);
}

TEST(Budgets, DifferentWarningsPastTheirBudgetStopTheRun) {
    RunOptions options;
    options.maxWarnings = 2;
    RunResult r = expectStopped("import asyncio\n"
                                "async def work():\n"
                                "    pass\n"
                                "work()\n"
                                "work()\n"
                                "work()\n"
                                "print('not reached')\n",
                                options, "warnings", 7);
    EXPECT_THAT(r.err, HasSubstr("more than 2 different warnings"));
    EXPECT_EQ(r.out, "");
}

TEST(Budgets, PrintingInALoopSpendsTheOutput) {
    for (const char* loop : {"while True:\n    print('x')\n",
                             "n = 0\nwhile True:\n    n += 1\n    print(n, 'x' * 50)\n",
                             "import threading\n"
                             "def spam():\n"
                             "    while True:\n"
                             "        print('x')\n"
                             "threading.Thread(target=spam).start()\n"}) {
        RunOptions options;
        options.maxOutputBytes = 1 << 20;
        RunResult r = runSource(loop, options);
        EXPECT_EQ(r.exitStatus, 1) << loop;
        EXPECT_EQ(r.stoppedBy, "output-mb") << loop << r.err;
        EXPECT_THAT(r.err, HasSubstr("printed more than 1 MB"));
        EXPECT_LE(r.out.size(), std::size_t(1) << 20);
        EXPECT_LE(eventsOf(r, EventKind::Print), std::size_t(1) << 20);
    }
}

TEST(Budgets, OneHugePrintIsRefusedBeforeItIsWritten) {
    RunOptions options;
    options.maxOutputBytes = 1 << 20;
    RunResult r = expectStopped("x = 1\nprint('a' * 2_000_000)\n", options, "output-mb", 2);
    EXPECT_EQ(r.out, "");
}

TEST(Budgets, ALoopThatAwaitsButNeverEndsSpendsTheStatements) {
    RunOptions options;
    options.maxStatements = 100'000;
    RunResult r = expectStopped("n = 0\n"
                                "while True:\n"
                                "    n += 1\n",
                                options, "statements", 3);
    EXPECT_THAT(r.err, HasSubstr("ran 100,000 statements without ending"));
}

TEST(Budgets, ARecursionErrorCaughtAndRetriedSpendsTheStatements) {
    RunOptions options;
    options.maxStatements = 200'000;
    RunResult r = runSource("def f():\n"
                            "    return f()\n"
                            "while True:\n"
                            "    try:\n"
                            "        f()\n"
                            "    except RecursionError:\n"
                            "        pass\n",
                            options);
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_EQ(r.stoppedBy, "statements") << r.err;
}

TEST(Budgets, TheRealTimeBudgetStopsARunThatOutlastsIt) {
    // A budget of a nanosecond is spent by the first check, whatever the
    // machine's speed: nothing here depends on how long the run takes.
    RunOptions options;
    options.maxWallSeconds = 1e-9;
    RunResult r = runSource("def f():\n"
                            "    return f()\n"
                            "while True:\n"
                            "    try:\n"
                            "        f()\n"
                            "    except RecursionError:\n"
                            "        pass\n",
                            options);
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_EQ(r.stoppedBy, "wall-seconds") << r.err;
    EXPECT_THAT(r.err, HasSubstr("s of real time without ending"));
    EXPECT_THAT(r.err, HasSubstr("--budget wall-seconds=N"));
}

TEST(Budgets, TheRealTimeBudgetStopsTasksThatOnlySwitch) {
    RunOptions options;
    options.maxWallSeconds = 1e-9;
    RunResult r = runSource(kSpin, options);
    EXPECT_EQ(r.stoppedBy, "wall-seconds") << r.err;
    EXPECT_LE(r.trace.size(), 3u * 2048);
}

TEST(Budgets, TheTraceBudgetStopsTasksThatSwitchForEver) {
    RunOptions options;
    options.maxTraceBytes = 2 << 20;
    RunResult r = runSource("import asyncio\n"
                            "async def spin(i):\n"
                            "    while True:\n"
                            "        await asyncio.sleep(0)\n"
                            "async def main():\n"
                            "    await asyncio.gather(*(spin(i) for i in range(10)))\n"
                            "asyncio.run(main())\n",
                            options);
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_EQ(r.stoppedBy, "trace-mb") << r.err;
    EXPECT_THAT(r.err, HasSubstr("the trace of the run grew past 2 MB"));
    EXPECT_LE(r.trace.memoryFootprint(), std::size_t(4) << 20);
}

TEST(Budgets, ThreadsComputingForEverAreStoppedInsideTheMachine) {
    // The whole run is one step of the loop: the machine turns inside it.
    RunOptions options;
    options.maxVirtualSeconds = 10;
    RunResult r = runSource("import sim, threading\n"
                            "def work():\n"
                            "    sim.cpu(1e9)\n"
                            "ts = [threading.Thread(target=work) for _ in range(2)]\n"
                            "for t in ts:\n"
                            "    t.start()\n"
                            "for t in ts:\n"
                            "    t.join()\n",
                            options);
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_EQ(r.stoppedBy, "virtual-seconds") << r.err;
    EXPECT_THAT(r.err, HasSubstr("stopped at 10 s of simulated time"));
    EXPECT_LE(r.trace.endTime(), coroscope::seconds(10));
    // Two slices of 5 ms a turn, each a few events.
    EXPECT_LE(r.trace.size(), 20u * 2'000);
}

TEST(Budgets, MachineTurnsSpendTheSteps) {
    RunOptions options;
    options.maxSteps = 1'000;
    options.params = {{"machine.switch_interval", "0.0001"}};
    RunResult r = runSource("import sim, threading\n"
                            "def work():\n"
                            "    sim.cpu(1e9)\n"
                            "ts = [threading.Thread(target=work) for _ in range(2)]\n"
                            "for t in ts:\n"
                            "    t.start()\n"
                            "for t in ts:\n"
                            "    t.join()\n",
                            options);
    EXPECT_EQ(r.stoppedBy, "steps") << r.err;
    EXPECT_LE(r.trace.endTime(), coroscope::seconds(1'000 * 0.0001 + 0.01));
}

TEST(Budgets, AHugeFiniteSleepIsALongWaitTheVirtualTimeBudgetStops) {
    for (const char* call :
         {"await asyncio.sleep(9.3e9)", "await asyncio.sleep(1e308)",
          "await asyncio.wait_for(asyncio.Event().wait(), 1e308)", "await asyncio.sleep(7200)"}) {
        RunResult r = runSource(std::string("import asyncio\n"
                                            "async def main():\n"
                                            "    ") +
                                call + "\nasyncio.run(main())\n");
        EXPECT_EQ(r.exitStatus, 1) << call;
        EXPECT_EQ(r.stoppedBy, "virtual-seconds") << call << r.err;
        EXPECT_THAT(r.err, HasSubstr("stopped at 3600 s of simulated time"));
        // The trace ends at the budget, not at an overflowed clock.
        EXPECT_EQ(r.trace.endTime(), coroscope::seconds(3600)) << call;
    }
}

TEST(Budgets, AnInfiniteSleepNeverEnds) {
    RunResult r = runSource("import asyncio\n"
                            "async def main():\n"
                            "    await asyncio.sleep(float('inf'))\n"
                            "asyncio.run(main())\n");
    EXPECT_EQ(r.exitStatus, 1);
    EXPECT_THAT(r.err, HasSubstr("the program waits forever"));
    EXPECT_EQ(r.trace.endTime(), 0);
}

TEST(Budgets, InfiniteTimeoutsNeverFire) {
    EXPECT_EQ(coroscope::test::outputOf(
                  "import asyncio\n"
                  "async def quick():\n"
                  "    await asyncio.sleep(1)\n"
                  "    return 'done'\n"
                  "async def main():\n"
                  "    loop = asyncio.get_running_loop()\n"
                  "    loop.call_later(1e308, print, 'never')\n"
                  "    loop.call_at(float('inf'), print, 'never')\n"
                  "    loop.call_later(float('inf'), print, 'never')\n"
                  "    print(await asyncio.wait_for(quick(), timeout=float('inf')))\n"
                  "    async with asyncio.timeout(1e300):\n"
                  "        await asyncio.sleep(1)\n"
                  "    async with asyncio.timeout(float('inf')):\n"
                  "        await asyncio.sleep(1)\n"
                  "    print(round(loop.time() - 0, 3) >= 3)\n"
                  "asyncio.run(main())\n"),
              "done\nTrue\n");
}

TEST(Budgets, BlockingCallsRefuseWhatTheClockCannotHold) {
    struct Case {
        const char* call;
        const char* error;
    };
    const Case cases[] = {
        {"time.sleep(float('inf'))", "OverflowError: timestamp out of range for platform time_t"},
        {"time.sleep(1e308)", "OverflowError: timestamp out of range for platform time_t"},
        {"time.sleep(9.3e9)", "OverflowError: timestamp out of range for platform time_t"},
        {"time.sleep(10**10)", "OverflowError: timestamp too large to convert to C _PyTime_t"},
        {"time.sleep(float('nan'))", "ValueError: Invalid value NaN (not a number)"},
        {"time.sleep(-1)", "ValueError: sleep length must be non-negative"},
        {"threading.Event().wait(1e308)",
         "OverflowError: timestamp out of range for platform time_t"},
        {"threading.Event().wait(float('inf'))",
         "OverflowError: timestamp out of range for platform time_t"},
        {"threading.Lock().acquire(timeout=float('inf'))",
         "OverflowError: timestamp out of range for platform time_t"},
        {"threading.Lock().acquire(timeout=float('nan'))",
         "ValueError: Invalid value NaN (not a number)"},
        {"threading.Lock().acquire(timeout=-2)", "ValueError: timeout value must be positive"},
        {"t = threading.Thread(target=time.sleep, args=(1,))\n"
         "t.start()\n"
         "t.join(1e308)",
         "OverflowError: timestamp out of range for platform time_t"},
        {"t = threading.Thread(target=time.sleep, args=(1,))\n"
         "t.start()\n"
         "t.join(float('nan'))",
         "ValueError: Invalid value NaN (not a number)"},
        {"from concurrent.futures import ThreadPoolExecutor\n"
         "with ThreadPoolExecutor() as pool:\n"
         "    pool.submit(time.sleep, 1).result(timeout=float('inf'))",
         "OverflowError: timestamp out of range for platform time_t"},
        {"import queue\nqueue.Queue().get(timeout=float('inf'))",
         "OverflowError: timestamp out of range for platform time_t"},
        {"import queue\nqueue.Queue().get(timeout=-1)",
         "ValueError: 'timeout' must be a non-negative number"},
    };
    for (const Case& c : cases) {
        RunResult r = runSource(std::string("import threading, time\n") + c.call + "\n");
        EXPECT_EQ(r.exitStatus, 1) << c.call;
        EXPECT_THAT(r.err, HasSubstr(c.error)) << c.call;
        EXPECT_EQ(r.stoppedBy, "") << c.call;
    }
}

TEST(Budgets, BlockingCallsThatNeedNotWaitIgnoreTheirTimeout) {
    EXPECT_EQ(coroscope::test::outputOf("import threading, time\n"
                                        "from concurrent.futures import ThreadPoolExecutor\n"
                                        "e = threading.Event()\n"
                                        "print(e.wait(float('nan')), e.wait(-1), e.wait(0))\n"
                                        "e.set()\n"
                                        "print(e.wait(float('inf')), e.wait(1e308))\n"
                                        "with ThreadPoolExecutor() as pool:\n"
                                        "    f = pool.submit(time.sleep, 1)\n"
                                        "    try:\n"
                                        "        f.result(timeout=float('nan'))\n"
                                        "    except TimeoutError:\n"
                                        "        print('timed out')\n"
                                        "    f.result()\n"
                                        "    print(f.result(timeout=float('inf')))\n"
                                        "lock = threading.Lock()\n"
                                        "print(lock.acquire(timeout=9e9), time.time() > 0)\n"),
              "False False False\nTrue True\ntimed out\nNone\nTrue True\n");
}

TEST(Budgets, MachineParametersRefuseWhatNoMachineHas) {
    for (const char* p :
         {"machine.cores=inf", "machine.cores=nan", "machine.cores=0", "machine.cores=-5",
          "machine.cores=1e9", "machine.cores=2.5", "machine.switch_interval=0",
          "machine.switch_interval=nan", "machine.switch_interval=inf",
          "machine.switch_interval=-1", "machine.process_startup=1e308", "machine.gil=2"}) {
        std::string text = p;
        std::size_t eq = text.find('=');
        RunOptions options;
        options.params = {{text.substr(0, eq), text.substr(eq + 1)}};
        RunResult r = runSource("print('ran')\n", options);
        EXPECT_EQ(r.exitStatus, 2) << p;
        EXPECT_EQ(r.out, "") << p;
        EXPECT_THAT(rejectionOf(r), HasSubstr("parameter " + text.substr(0, eq) + ": give")) << p;
    }
}

TEST(Budgets, AMachineBuiltInCodeIsCheckedToo) {
    for (int cores : {0, -5, 100'000}) {
        RunOptions options;
        options.machine.cores = cores;
        RunResult r = runSource("print('ran')\n", options);
        EXPECT_EQ(r.exitStatus, 2) << cores;
        EXPECT_THAT(rejectionOf(r),
                    HasSubstr("machine setting machine.cores: give a whole number"));
    }
    RunOptions options;
    options.machine.switchInterval = 0;
    EXPECT_EQ(runSource("print('ran')\n", options).exitStatus, 2);
}

TEST(Budgets, TheBudgetsCanBeSetByName) {
    RunOptions options;
    std::string error;
    EXPECT_TRUE(coroscope::setRunBudget(options, "steps", "1234", error));
    EXPECT_EQ(options.maxSteps, 1234u);
    EXPECT_TRUE(coroscope::setRunBudget(options, "trace-mb", "3", error));
    EXPECT_EQ(options.maxTraceBytes, std::size_t(3) << 20);
    EXPECT_TRUE(coroscope::setRunBudget(options, "wall-seconds", "0", error));
    EXPECT_EQ(options.maxWallSeconds, 0.0);
    EXPECT_FALSE(coroscope::setRunBudget(options, "steps", "inf", error));
    EXPECT_THAT(error, HasSubstr("budget steps: 'inf' is not a number from 1 to"));
    EXPECT_FALSE(coroscope::setRunBudget(options, "steps", "0", error));
    EXPECT_FALSE(coroscope::setRunBudget(options, "steps", "ten", error));
    EXPECT_FALSE(coroscope::setRunBudget(options, "speed", "1", error));
    EXPECT_THAT(error, HasSubstr("unknown budget 'speed'"));
    // Every budget has a name that finds it again and a default in range.
    const RunOptions defaults;
    for (const coroscope::RunBudgetField& b : coroscope::runBudgets()) {
        EXPECT_EQ(coroscope::findRunBudget(b.name), &b);
        EXPECT_GE(b.get(defaults), b.minimum) << b.name;
        EXPECT_LE(b.get(defaults), b.maximum) << b.name;
    }
}
