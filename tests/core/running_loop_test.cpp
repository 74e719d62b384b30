// SPDX-License-Identifier: MIT
// Loop::current() is asyncio's running loop: set while a loop runs its
// callbacks, restored when the run ends, null between runs.
#include "core/awaitables.h"
#include "core/errors.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <memory>

using namespace coroscope;
using coroscope::test::ms;

TEST(RunningLoop, NoLoopIsCurrentOutsideARunEvenOnceOneIsConstructed) {
    EXPECT_EQ(Loop::current(), nullptr);
    Loop loop;
    EXPECT_EQ(Loop::current(), nullptr);
}

TEST(RunningLoop, TheLoopRunningATaskOrACallbackIsCurrent) {
    Loop loop;
    Loop* inTask = nullptr;
    Loop* afterSleep = nullptr;
    Loop* inCallback = nullptr;
    auto main = [&]() -> Coro<void> {
        inTask = Loop::current();
        co_await sleep(ms(1));
        afterSleep = Loop::current();
    };
    loop.callSoon([&] { inCallback = Loop::current(); });
    loop.run(main());
    EXPECT_EQ(inTask, &loop);
    EXPECT_EQ(afterSleep, &loop);
    EXPECT_EQ(inCallback, &loop);
    EXPECT_EQ(Loop::current(), nullptr);
}

TEST(RunningLoop, AStepDrivenFromOutsideMakesItsLoopCurrentForThatStep) {
    Loop loop;
    Loop* seen = nullptr;
    loop.callSoon([&] { seen = Loop::current(); });
    ASSERT_TRUE(loop.step());
    EXPECT_EQ(seen, &loop);
    EXPECT_EQ(Loop::current(), nullptr);
    seen = nullptr;
    loop.callLater(ms(5), [&] { seen = Loop::current(); });
    loop.runUntil(ms(10));
    EXPECT_EQ(seen, &loop);
    EXPECT_EQ(Loop::current(), nullptr);
}

TEST(RunningLoop, ANestedRunIsCurrentUntilItReturnsThenTheOuterLoopIsAgain) {
    Loop outer;
    Loop inner;
    Loop* innerSeen = nullptr;
    Loop* outerBefore = nullptr;
    Loop* outerAfter = nullptr;
    auto innerMain = [&]() -> Coro<void> {
        co_await sleep(ms(1));
        innerSeen = Loop::current();
    };
    auto outerMain = [&]() -> Coro<void> {
        outerBefore = Loop::current();
        inner.run(innerMain());
        outerAfter = Loop::current();
        co_return;
    };
    outer.run(outerMain());
    EXPECT_EQ(outerBefore, &outer);
    EXPECT_EQ(innerSeen, &inner);
    EXPECT_EQ(outerAfter, &outer);
    EXPECT_EQ(Loop::current(), nullptr);
}

TEST(RunningLoop, ARunThatEndsByAnExceptionIsNoLongerCurrent) {
    Loop loop;
    auto forever = [](Ref<Future<void>> f) -> Coro<void> { co_await f; };
    auto t = loop.createTask(forever(loop.createFuture()));
    EXPECT_THROW(loop.runUntilComplete(*t.get()), RuntimeError);
    EXPECT_EQ(Loop::current(), nullptr);
}

TEST(RunningLoop, LoopsDestroyedInAnyOrderLeaveNoLoopCurrent) {
    // Current once meant "the newest loop", restored by destructors: loops
    // destroyed out of order left it pointing at a freed one.
    auto first = std::make_unique<Loop>();
    auto second = std::make_unique<Loop>();
    first.reset();
    second.reset();
    EXPECT_EQ(Loop::current(), nullptr);
    auto fetch = []() -> Coro<void> { co_return; };
    { auto c = fetch().named("fetch"); } // reported to no loop, and no crash
    EXPECT_EQ(Loop::current(), nullptr);
}
