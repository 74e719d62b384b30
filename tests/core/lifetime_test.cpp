// SPDX-License-Identifier: MIT
#include "core/gather.h"
#include "core/locks.h"
#include "core/queue.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace coroscope;
using coroscope::test::ms;

namespace {
// Lives in coroutine frames: counts how many frames are still alive.
struct Counted {
    static inline int alive = 0;
    static inline int made = 0;
    Counted() { ++alive, ++made; }
    Counted(const Counted&) { ++alive, ++made; }
    ~Counted() { --alive; }
};
} // namespace

TEST(Lifetime, NoCoroutineFrameOutlivesTheLoop) {
    Counted::alive = Counted::made = 0;
    {
        Loop loop;
        auto lock = makeRef<Lock>(loop);
        auto queue = makeRef<Queue<int>>(loop);
        auto forever = loop.createFuture();
        auto sleeper = [](Counted) -> Coro<void> { co_await sleep(milliseconds(10'000)); };
        auto waiter = [](Counted, Ref<Future<void>> f) -> Coro<void> { co_await f; };
        auto locker = [](Counted, Ref<Lock> l) -> Coro<void> { co_await l->acquire(); };
        auto getter = [](Counted, Ref<Queue<int>> q) -> Coro<int> { co_return co_await q->get(); };
        auto nested = [](Counted c) -> Coro<void> {
            auto inner = [](Counted) -> Coro<void> { co_await sleep(milliseconds(10'000)); };
            co_await inner(c);
        };
        auto main = [&](Counted) -> Coro<void> {
            co_await lock->acquire();
            loop.createTask(sleeper(Counted{}));
            loop.createTask(waiter(Counted{}, forever));
            loop.createTask(locker(Counted{}, lock));
            loop.createTask(getter(Counted{}, queue));
            loop.createTask(nested(Counted{}));
            auto thread = loop.machine().startThread(
                [](Counted) -> Coro<void> {
                    co_await blocking("io", milliseconds(10'000));
                }(Counted{}),
                "t");
            co_await sleep(ms(10));
        };
        auto t = loop.createTask(main(Counted{}));
        loop.runUntilComplete(*t.get());
        EXPECT_GT(Counted::alive, 5); // the pending frames are still there
    }
    EXPECT_GT(Counted::made, 6);
    EXPECT_EQ(Counted::alive, 0);
}

TEST(Lifetime, FinishedTasksFreeTheirFramesAtOnce) {
    Counted::alive = 0;
    Loop loop;
    auto work = [](Counted) -> Coro<int> {
        co_await sleep(milliseconds(1));
        co_return 1;
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Task<int>> ts;
        for (int i = 0; i < 100; ++i)
            ts.push_back(loop.createTask(work(Counted{})));
        co_await gather(loop, ts);
        EXPECT_EQ(Counted::alive, 0); // results kept, frames gone
    };
    loop.run(main());
}
