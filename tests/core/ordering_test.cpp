// SPDX-License-Identifier: MIT
// Each expected sequence below is what CPython 3.11's asyncio prints for the
// same program (checked by running the Python version).
#include "core/gather.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace coroscope;
using coroscope::test::Log;
using coroscope::test::ms;

TEST(Ordering, CallbacksScheduledDuringATickRunOnTheNextIterationAfterDueTimers) {
    Loop loop;
    Log log;
    loop.callSoon([&] {
        log("A");
        loop.callLater(0, [&] { log("X"); });
        loop.callSoon([&] { log("Y"); });
    });
    loop.callSoon([&] { log("B"); });
    while (loop.step()) {
    }
    EXPECT_EQ(log.str(), "A B Y X");
}

TEST(Ordering, StepRunsExactlyOneCallback) {
    Loop loop;
    Log log;
    loop.callSoon([&] { log("a"); });
    loop.callSoon([&] { log("b"); });
    ASSERT_TRUE(loop.step());
    EXPECT_EQ(log.str(), "a");
    ASSERT_TRUE(loop.step());
    EXPECT_EQ(log.str(), "a b");
    EXPECT_FALSE(loop.step());
}

TEST(Ordering, TimersWithEqualDeadlinesRunInSchedulingOrder) {
    Loop loop;
    Log log;
    for (const char* name : {"first", "second", "third"})
        loop.callLater(ms(10), [&log, name] { log(name); });
    loop.callLater(ms(5), [&] { log("early"); });
    while (loop.step()) {
    }
    EXPECT_EQ(log.str(), "early first second third");
    EXPECT_EQ(loop.time(), ms(10));
}

TEST(Ordering, CancelledHandlesNeverRunAndDoNotHoldTheClock) {
    Loop loop;
    Log log;
    auto h = loop.callLater(ms(500), [&] { log("late"); });
    loop.callLater(ms(10), [&] { log("soon"); });
    h->cancel();
    while (loop.step()) {
    }
    EXPECT_EQ(log.str(), "soon");
    EXPECT_EQ(loop.time(), ms(10));
}

TEST(Ordering, VirtualClockJumpsToTheNextTimerOnlyWhenNothingIsReady) {
    Loop loop;
    std::vector<Time> seen;
    auto sleeper = [&](Duration d) -> Coro<void> {
        co_await sleep(d);
        seen.push_back(loop.time());
    };
    auto a = loop.createTask(sleeper(ms(300)));
    auto b = loop.createTask(sleeper(ms(100)));
    loop.runUntilComplete(*a.get());
    EXPECT_EQ(seen, (std::vector<Time>{ms(100), ms(300)}));
}

TEST(Ordering, RunUntilStopsAtTheGivenTime) {
    Loop loop;
    Log log;
    loop.callLater(ms(100), [&] { log("100"); });
    loop.callLater(ms(200), [&] { log("200"); });
    loop.runUntil(ms(150));
    EXPECT_EQ(log.str(), "100");
    EXPECT_EQ(loop.time(), ms(150));
    loop.runUntil(ms(250));
    EXPECT_EQ(log.str(), "100 200");
}

TEST(Ordering, TasksInterleaveAtEverySleepZeroInCreationOrder) {
    Loop loop;
    Log log;
    auto worker = [&](std::string n) -> Coro<std::string> {
        for (int i = 0; i < 2; ++i) {
            log(n + std::to_string(i));
            co_await yieldNow();
        }
        co_return n;
    };
    auto main = [&]() -> Coro<void> {
        auto t1 = loop.createTask(worker("a"));
        auto t2 = loop.createTask(worker("b"));
        log("m");
        log("r" + co_await t1);
        co_await t2;
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "m a0 b0 a1 b1 ra");
}

TEST(Ordering, GatherWakesItsAwaiterAfterTheSameTicksAsCPython) {
    Loop loop;
    Log log;
    auto ticker = [&]() -> Coro<void> {
        for (int i = 0; i < 8; ++i) {
            log(std::to_string(i));
            co_await yieldNow();
        }
    };
    auto quick = []() -> Coro<int> { co_return 1; };
    auto main = [&]() -> Coro<void> {
        auto tk = loop.createTask(ticker());
        std::vector<Coro<int>> cs;
        cs.push_back(quick());
        cs.push_back(quick());
        auto results = co_await gather(loop, std::move(cs));
        EXPECT_EQ(valuesOf(results), (std::vector<int>{1, 1}));
        log("G");
        co_await tk;
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "0 1 2 G 3 4 5 6 7");
}

TEST(Ordering, ASleepWakesAfterATimerTickAndAWakeupTick) {
    Loop loop;
    Log log;
    auto sleeper = [&]() -> Coro<void> {
        co_await sleep(ms(10));
        log("S");
    };
    auto ticker = [&]() -> Coro<void> {
        co_await sleep(ms(10));
        for (int i = 0; i < 4; ++i) {
            log(std::to_string(i));
            co_await yieldNow();
        }
    };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(ticker());
        auto b = loop.createTask(sleeper());
        co_await a;
        co_await b;
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "0 S 1 2 3");
}

TEST(Ordering, TaskNamesFollowAsyncioGlobalCounter) {
    Loop loop;
    auto noop = []() -> Coro<void> { co_return; };
    auto a = loop.createTask(noop());
    auto b = loop.createTask(noop(), "fetch");
    auto c = loop.createTask(noop());
    EXPECT_EQ(a->name(), "Task-1");
    EXPECT_EQ(b->name(), "fetch");
    EXPECT_EQ(c->name(), "Task-2");
    loop.runUntilComplete(*c.get());
}

TEST(Ordering, AwaitingATaskGivesItsResultOrRaisesItsException) {
    Loop loop;
    auto ok = []() -> Coro<int> { co_return 42; };
    auto bad = []() -> Coro<int> {
        throw ValueError("boom");
        co_return 0;
    };
    auto main = [&]() -> Coro<std::string> {
        int v = co_await loop.createTask(ok());
        try {
            co_await loop.createTask(bad());
        } catch (const ValueError& e) {
            co_return std::to_string(v) + " " + e.message();
        }
        co_return "no exception";
    };
    EXPECT_EQ(loop.run(main()), "42 boom");
}

TEST(Ordering, ProgramThatCanNeverFinishReportsInsteadOfHanging) {
    Loop loop;
    auto fut = loop.createFuture();
    auto main = [&]() -> Coro<void> { co_await fut; };
    auto t = loop.createTask(main());
    EXPECT_THROW(loop.runUntilComplete(*t.get()), RuntimeError);
}
