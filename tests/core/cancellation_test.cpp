// SPDX-License-Identifier: MIT
// Expected sequences are CPython 3.11's for the same programs.
#include "core/gather.h"
#include "core/locks.h"
#include "core/queue.h"
#include "core/shield.h"
#include "core/timeout.h"
#include "core/wait.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace coroscope;
using coroscope::test::Log;
using coroscope::test::ms;

namespace {
std::string at(Loop& loop) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "@%.2f", toSeconds(loop.time()));
    return buf;
}
} // namespace

TEST(Cancellation, CancellingASleepingTaskRaisesCancelledErrorAtItsAwait) {
    Loop loop;
    Log log;
    auto victim = [&]() -> Coro<void> {
        try {
            co_await sleep(ms(1000));
            log("not reached");
        } catch (const CancelledError& e) {
            log("cancelled:" + e.message() + at(loop));
            throw;
        }
    };
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask(victim());
        co_await sleep(ms(10));
        EXPECT_TRUE(t->cancel("bye"));
        try {
            co_await t;
        } catch (const CancelledError&) {
            log("awaited");
        }
        EXPECT_TRUE(t->cancelled());
        EXPECT_FALSE(t->cancel()); // already done
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "cancelled:bye@0.01 awaited");
    EXPECT_EQ(loop.time(), ms(10)); // the cancelled sleep does not hold the clock
}

TEST(Cancellation, CancelWithoutMessageGivesCancelledErrorWithNoArguments) {
    Loop loop;
    std::vector<std::string> seen;
    auto victim = [&]() -> Coro<void> { co_await sleep(ms(1000)); };
    auto main = [&]() -> Coro<void> {
        std::vector<Task<void>> v{loop.createTask(victim()), loop.createTask(victim())};
        co_await yieldNow();
        v[1]->cancel("bye");
        v[0]->cancel();
        auto res = co_await gather(loop, v, true);
        for (auto& o : res)
            seen.push_back(describe(o.error));
    };
    loop.run(main());
    // gather lists a cancelled child as CancelledError('') whatever its message.
    EXPECT_EQ(seen, (std::vector<std::string>{"CancelledError('')", "CancelledError('')"}));
}

TEST(Cancellation, CancellingGatherCancelsEveryChild) {
    Loop loop;
    Log log;
    auto child = [&](int n) -> Coro<void> {
        try {
            co_await sleep(ms(1000));
        } catch (const CancelledError&) {
            log("child" + std::to_string(n) + " cancelled");
            throw;
        }
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<void>> cs;
        cs.push_back(child(1));
        cs.push_back(child(2));
        auto g = gather(loop, std::move(cs));
        co_await sleep(ms(10));
        EXPECT_TRUE(g->cancel());
        try {
            co_await g;
        } catch (const CancelledError&) {
            log("gather cancelled");
        }
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "child1 cancelled child2 cancelled gather cancelled");
}

TEST(Cancellation, CancellingAWaiterOnALockPassesTheLockToTheNextWaiter) {
    Loop loop;
    Log log;
    auto lock = makeRef<Lock>(loop);
    auto user = [&](int n) -> Coro<void> {
        co_await lock->acquire();
        log("u" + std::to_string(n));
        co_await sleep(ms(50));
        lock->release();
    };
    auto main = [&]() -> Coro<void> {
        co_await lock->acquire();
        std::vector<Task<void>> us;
        for (int i = 0; i < 3; ++i)
            us.push_back(loop.createTask(user(i)));
        co_await sleep(ms(10));
        us[1]->cancel();
        lock->release();
        co_await gather(loop, us, true);
        log(std::string(us[0]->cancelled() ? "T" : "F") + (us[1]->cancelled() ? "T" : "F") +
            (us[2]->cancelled() ? "T" : "F"));
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "u0 u2 FTF");
    EXPECT_FALSE(lock->locked());
}

TEST(Cancellation, CancellingAGetterOnAQueueLeavesItemsForOthers) {
    Loop loop;
    Log log;
    auto q = makeRef<Queue<int>>(loop);
    auto getter = [&](std::string n) -> Coro<void> {
        int v = co_await q->get();
        log(n + "=" + std::to_string(v));
    };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(getter("a"));
        auto b = loop.createTask(getter("b"));
        co_await sleep(ms(10));
        a->cancel();
        q->putNowait(7);
        co_await b;
        EXPECT_TRUE(a->cancelled());
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "b=7");
    EXPECT_EQ(q->qsize(), 0u);
}

TEST(Cancellation, ASecondCancelInterruptsTheCleanupInFinally) {
    Loop loop;
    Log log;
    auto stubborn = [&]() -> Coro<void> {
        std::exception_ptr first;
        try {
            co_await sleep(ms(1000));
        } catch (...) {
            first = std::current_exception();
        }
        log("finally");
        try {
            co_await sleep(ms(1000));
        } catch (const CancelledError&) {
            log("cancelled-in-finally");
            throw;
        }
        if (first) std::rethrow_exception(first);
    };
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask(stubborn());
        co_await sleep(ms(10));
        t->cancel();
        co_await sleep(ms(10));
        log("cancelling=" + std::to_string(t->cancelling()));
        t->cancel();
        try {
            co_await t;
        } catch (const CancelledError&) {
            log("done cancelled=" + std::string(t->cancelled() ? "True" : "False") +
                " n=" + std::to_string(t->cancelling()));
        }
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "finally cancelling=1 cancelled-in-finally done cancelled=True n=2");
}

TEST(Cancellation, ShieldKeepsTheInnerWorkAliveWhileTheOuterIsCancelled) {
    Loop loop;
    Log log;
    auto write = [&]() -> Coro<std::string> {
        co_await sleep(ms(200));
        log("written");
        co_return "ok";
    };
    auto main = [&]() -> Coro<void> {
        auto inner = loop.createTask(write());
        auto handler = [&]() -> Coro<std::string> { co_return co_await shield(loop, inner); };
        auto h = loop.createTask(handler());
        co_await sleep(ms(50));
        h->cancel();
        try {
            co_await h;
        } catch (const CancelledError&) {
            log("handler cancelled");
        }
        log(co_await inner);
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "handler cancelled written ok");
    EXPECT_EQ(loop.time(), ms(200));
}

TEST(Cancellation, WaitForTimesOutOnlyAfterTheInnerTasksFinallyRan) {
    Loop loop;
    Log log;
    auto slow = [&]() -> Coro<void> {
        std::exception_ptr e;
        try {
            co_await sleep(ms(1000));
        } catch (...) {
            e = std::current_exception();
        }
        co_await sleep(ms(50));
        log("cleanup" + at(loop));
        if (e) std::rethrow_exception(e);
    };
    auto main = [&]() -> Coro<void> {
        try {
            co_await waitFor(loop.createTask(slow()), ms(100));
        } catch (const TimeoutError&) {
            log("timeout" + at(loop));
        }
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "cleanup@0.15 timeout@0.15");
}

TEST(Cancellation, WaitForReturnsTheResultWhenInTime) {
    Loop loop;
    auto quick = [&]() -> Coro<int> {
        co_await sleep(ms(10));
        co_return 5;
    };
    auto main = [&]() -> Coro<int> {
        co_return co_await waitFor(loop.createTask(quick()), ms(100));
    };
    EXPECT_EQ(loop.run(main()), 5);
    EXPECT_EQ(loop.time(), ms(10));
}

TEST(Cancellation, TimeoutScopeTurnsItsCancellationIntoTimeoutError) {
    Loop loop;
    Log log;
    auto main = [&]() -> Coro<void> {
        try {
            co_await withTimeout(loop, ms(50), []() -> Coro<void> { co_await sleep(ms(1000)); }());
        } catch (const TimeoutError&) {
            log("scope timeout n=" + std::to_string(loop.currentTask()->cancelling()));
        }
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "scope timeout n=0");
    EXPECT_EQ(loop.time(), ms(50));
}

TEST(Cancellation, ACancelFromOutsideATimeoutScopeStaysACancellation) {
    Loop loop;
    Log log;
    auto inner = [&]() -> Coro<void> {
        try {
            co_await withTimeout(loop, ms(500), []() -> Coro<void> { co_await sleep(ms(1000)); }());
        } catch (const TimeoutError&) {
            log("wrongly timed out");
        } catch (const CancelledError&) {
            log("cancelled");
            throw;
        }
    };
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask(inner());
        co_await sleep(ms(10));
        t->cancel();
        try {
            co_await t;
        } catch (const CancelledError&) {
            log("propagated");
        }
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "cancelled propagated");
}

TEST(Cancellation, UncancelUndoesOneCancellationRequest) {
    Loop loop;
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask([]() -> Coro<void> { co_await sleep(milliseconds(100)); }());
        co_await yieldNow();
        t->cancel();
        t->cancel();
        EXPECT_EQ(t->cancelling(), 2);
        EXPECT_EQ(t->uncancel(), 1);
        EXPECT_EQ(t->uncancel(), 0);
        EXPECT_EQ(t->uncancel(), 0);
        try {
            co_await t;
        } catch (const CancelledError&) {
        }
    };
    loop.run(main());
}

TEST(Cancellation, ATaskCancelledBeforeItsFirstStepNeverRunsItsBody) {
    Loop loop;
    Log log;
    auto body = [&]() -> Coro<void> {
        try {
            log("body");
            co_await sleep(ms(10));
        } catch (...) {
            log("finally");
            throw;
        }
    };
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask(body());
        t->cancel();
        try {
            co_await t;
        } catch (const CancelledError&) {
            log("cancelled");
        }
    };
    loop.run(main());
    // CPython throws into a coroutine that has not started: it ends at once.
    EXPECT_EQ(log.str(), "cancelled");
}
