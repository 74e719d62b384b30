// SPDX-License-Identifier: MIT
// The engine's own Lock, Semaphore and Queue mark every change of their
// state in the trace (who did what, and the count after it), so the views
// can draw who holds them, how full they are and who waits.
#include "core/gather.h"
#include "core/locks.h"
#include "core/queue.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <string>

using namespace coroscope;
using coroscope::test::ms;

namespace {

// Every Resource annotation of the run as "task action value", in order.
std::string changes(const Trace& trace, ResourceId id) {
    std::string out;
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        if (!isAnnotation(r.kind, r.reason, AnnotationKind::Resource)) continue;
        const ResourceChange& c = trace.resourceChange(r.other);
        if (c.resource != id) continue;
        if (!out.empty()) out += ", ";
        out += trace.taskName(r.task) + " " + std::string(toString(c.action)) + " " +
               std::to_string(c.value);
    }
    return out;
}

} // namespace

TEST(ResourceTrace, ALockMarksWhoTakesItWhoWaitsAndWhoReleasesIt) {
    Loop loop;
    auto lock = makeRef<Lock>(loop);
    auto user = [&]() -> Coro<void> {
        co_await lock->acquire();
        co_await sleep(ms(10));
        lock->release();
    };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(user(), "a");
        auto b = loop.createTask(user(), "b");
        co_await a;
        co_await b;
    };
    loop.run(main());
    const Trace& trace = loop.trace();
    ASSERT_EQ(trace.resources().size(), 2U);
    EXPECT_EQ(trace.resources()[lock->resourceId()].kind, ResourceKind::Lock);
    EXPECT_EQ(trace.resources()[lock->resourceId()].limit, 1U);
    EXPECT_EQ(trace.resourceName(lock->resourceId()), "Lock-1");
    EXPECT_EQ(changes(trace, lock->resourceId()),
              "a acquired 1, b waits 1, a released 0, b acquired 1, b released 0");
}

TEST(ResourceTrace, ASemaphoreMarksItsPlacesTakenIncludingThoseHandedOn) {
    Loop loop;
    auto sem = makeRef<Semaphore>(loop, 2);
    auto user = [&](int n) -> Coro<void> {
        co_await sem->acquire();
        co_await sleep(ms(10 * (n + 1)));
        sem->release();
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<void>> us;
        for (int i = 0; i < 3; ++i)
            us.push_back(user(i));
        co_await gather(loop, std::move(us));
    };
    loop.run(main());
    const Trace& trace = loop.trace();
    EXPECT_EQ(trace.resources()[sem->resourceId()].kind, ResourceKind::Semaphore);
    EXPECT_EQ(trace.resources()[sem->resourceId()].limit, 2U);
    // The first to leave hands its place to the waiter: still 2 of 2 taken.
    EXPECT_EQ(changes(trace, sem->resourceId()),
              "Task-2 acquired 1, Task-3 acquired 2, Task-4 waits 2, Task-2 released 2, "
              "Task-4 acquired 2, Task-3 released 1, Task-4 released 0");
}

TEST(ResourceTrace, AQueueMarksItsSizeAfterEveryPutAndGetAndWhoWaitsWhenFull) {
    Loop loop;
    Queue<int> queue(loop, 1);
    auto cook = [&]() -> Coro<void> {
        for (int k = 0; k < 2; ++k) {
            co_await queue.get();
            co_await sleep(ms(10));
        }
    };
    auto main = [&]() -> Coro<void> {
        auto c = loop.createTask(cook(), "cook");
        co_await queue.put(1);
        co_await queue.put(2); // full: waits for the cook
        co_await c;
    };
    loop.run(main(), "main");
    const Trace& trace = loop.trace();
    EXPECT_EQ(trace.resources()[queue.resourceId()].kind, ResourceKind::Queue);
    EXPECT_EQ(trace.resources()[queue.resourceId()].limit, 1U);
    EXPECT_EQ(changes(trace, queue.resourceId()),
              "main put 1, main waits 1, cook got 0, main put 1, cook got 0");
}

TEST(ResourceTrace, AWaiterCancelledInLineMarksThatItLeftTheLine) {
    Loop loop;
    auto lock = makeRef<Lock>(loop);
    Queue<int> queue(loop);
    auto locker = [&]() -> Coro<void> { co_await lock->acquire(); };
    auto getter = [&]() -> Coro<void> { co_await queue.get(); };
    auto main = [&]() -> Coro<void> {
        co_await lock->acquire();
        auto l = loop.createTask(locker(), "locker");
        auto g = loop.createTask(getter(), "getter");
        co_await sleep(ms(10));
        l->cancel();
        g->cancel();
        co_await sleep(ms(10));
        lock->release();
    };
    loop.run(main(), "main");
    const Trace& trace = loop.trace();
    EXPECT_EQ(changes(trace, lock->resourceId()),
              "main acquired 1, locker waits 1, locker leaves 1, main released 0");
    EXPECT_EQ(changes(trace, queue.resourceId()), "getter waits 0, getter leaves 0");
}

TEST(ResourceTrace, ASemaphoreWaiterCancelledAsItIsHandedAPlaceGivesThePlaceBack) {
    Loop loop;
    auto sem = makeRef<Semaphore>(loop, 1);
    auto waiter = [&]() -> Coro<void> { co_await sem->acquire(); };
    auto main = [&]() -> Coro<void> {
        co_await sem->acquire();
        auto w = loop.createTask(waiter(), "w");
        co_await sleep(ms(10));
        sem->release(); // hands the place to w ...
        w->cancel();    // ... which is cancelled before it runs
        co_await sleep(ms(10));
    };
    loop.run(main(), "main");
    EXPECT_EQ(changes(loop.trace(), sem->resourceId()),
              "main acquired 1, w waits 1, main released 1, w leaves 0");
    EXPECT_EQ(sem->value(), 1);
}
