// SPDX-License-Identifier: MIT
// asyncio's own warnings are events in the trace, worded as CPython words them.
#include "core/awaitables.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace coroscope;
using coroscope::test::ms;

namespace {
std::vector<std::string> diagnostics(const Trace& trace) {
    std::vector<std::string> out;
    for (std::uint64_t i = 0; i < trace.size(); ++i) {
        auto e = trace.event(i);
        if (e.kind == EventKind::Diagnostic) out.emplace_back(trace.text(e.other));
    }
    return out;
}
} // namespace

TEST(Diagnostics, AnExceptionNeverRetrievedIsReportedWhenTheFailedTaskIsDropped) {
    Loop loop;
    auto bad = []() -> Coro<void> {
        co_await sleep(milliseconds(1));
        throw ValueError("lost");
    };
    auto main = [&]() -> Coro<void> {
        {
            auto t = loop.createTask(bad()); // fire and forget
        }
        co_await sleep(ms(10));
    };
    loop.run(main());
    EXPECT_EQ(diagnostics(loop.trace()),
              (std::vector<std::string>{"Task exception was never retrieved\nValueError('lost')"}));
}

TEST(Diagnostics, ARetrievedExceptionIsNotReported) {
    Loop loop;
    auto bad = []() -> Coro<void> {
        throw ValueError("seen");
        co_return;
    };
    auto main = [&]() -> Coro<void> {
        auto t = loop.createTask(bad());
        co_await sleep(ms(1));
        EXPECT_TRUE(t->exception() != nullptr);
    };
    loop.run(main());
    EXPECT_TRUE(diagnostics(loop.trace()).empty());
}

TEST(Diagnostics, ACoroutineNeverAwaitedIsReported) {
    Loop loop;
    auto fetch = []() -> Coro<void> { co_return; };
    auto main = [&]() -> Coro<void> {
        { auto c = fetch().named("fetch"); }
        co_return;
    };
    loop.run(main());
    EXPECT_EQ(diagnostics(loop.trace()),
              (std::vector<std::string>{"coroutine 'fetch' was never awaited"}));
}

TEST(Diagnostics, ACoroutineDroppedWhileNoLoopRunsIsNotPinnedOnAnIdleLoop) {
    // The report goes to the running loop; a loop that merely exists (here,
    // the newest one) did not drop it.
    Loop older;
    Loop idle;
    auto fetch = []() -> Coro<void> { co_return; };
    { auto c = fetch().named("fetch"); }
    EXPECT_TRUE(diagnostics(idle.trace()).empty());
    EXPECT_TRUE(diagnostics(older.trace()).empty());
}

TEST(Diagnostics, ATaskStillPendingWhenTheLoopIsDestroyedIsReported) {
    Loop loop;
    auto forever = [](Ref<Future<void>> f) -> Coro<void> { co_await f; };
    auto pending = loop.createTask(forever(loop.createFuture()), "forgotten");
    auto main = [&]() -> Coro<void> { co_await sleep(ms(5)); };
    auto t = loop.createTask(main());
    loop.runUntilComplete(*t.get()); // unlike asyncio.run, leaves the rest pending
    loop.shutdown();
    EXPECT_EQ(diagnostics(loop.trace()),
              (std::vector<std::string>{"Task was destroyed but it is pending!"}));
    EXPECT_EQ(loop.trace().taskName(pending->id()), "forgotten");
}

TEST(Diagnostics, AStepHoldingTheLoopOverAHundredMillisecondsIsReported) {
    Loop loop;
    auto main = [&]() -> Coro<void> {
        co_await blocking("time.sleep", ms(200));
        co_await blocking("time.sleep", ms(50)); // under the threshold
    };
    loop.run(main(), "blocker");
    EXPECT_EQ(diagnostics(loop.trace()),
              (std::vector<std::string>{"Executing <Task name='blocker'> took 0.250 seconds"}));
}
