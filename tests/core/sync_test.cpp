// SPDX-License-Identifier: MIT
#include "core/gather.h"
#include "core/locks.h"
#include "core/queue.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace coroscope;
using coroscope::test::Log;
using coroscope::test::ms;

TEST(Sync, LockServesWaitersInArrivalOrder) {
    Loop loop;
    Log log;
    auto lock = makeRef<Lock>(loop);
    auto user = [&](int n) -> Coro<void> {
        co_await lock->acquire();
        log("in" + std::to_string(n));
        co_await sleep(ms(10));
        log("out" + std::to_string(n));
        lock->release();
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<void>> us;
        for (int i = 0; i < 3; ++i)
            us.push_back(user(i));
        co_await gather(loop, std::move(us));
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "in0 out0 in1 out1 in2 out2");
    EXPECT_EQ(loop.time(), ms(30));
}

TEST(Sync, ReleasingAnUnlockedLockRaisesRuntimeError) {
    Loop loop;
    Lock lock(loop);
    EXPECT_THROW(lock.release(), RuntimeError);
}

TEST(Sync, EventSetWakesEveryWaiter) {
    Loop loop;
    Log log;
    auto ev = makeRef<Event>(loop);
    auto waiter = [&](int n) -> Coro<void> {
        co_await ev->wait();
        log("w" + std::to_string(n) + "@" + std::to_string(loop.time() / kMillisecond));
    };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(waiter(1));
        auto b = loop.createTask(waiter(2));
        co_await sleep(ms(30));
        ev->set();
        co_await a;
        co_await b;
        co_await ev->wait(); // already set: returns at once
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "w1@30 w2@30");
}

TEST(Sync, SemaphoreAdmitsWaitersFairlyInArrivalOrder) {
    Loop loop;
    Log log;
    auto sem = makeRef<Semaphore>(loop, 2);
    auto s = [&](int n) -> Coro<void> {
        co_await sem->acquire();
        log("s" + std::to_string(n) + "@" + std::to_string(loop.time() / kMillisecond));
        co_await sleep(ms(100 * (n + 1)));
        sem->release();
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<void>> ss;
        for (int i = 0; i < 5; ++i)
            ss.push_back(s(i));
        co_await gather(loop, std::move(ss));
    };
    loop.run(main());
    // CPython prints s0 s1 s2 s3 s4 for the same program.
    EXPECT_EQ(log.str(), "s0@0 s1@0 s2@100 s3@200 s4@400");
}

TEST(Sync, BoundedSemaphoreRejectsReleasingMoreThanItHolds) {
    Loop loop;
    Semaphore sem(loop, 1, true);
    EXPECT_THROW(sem.release(), ValueError);
    Semaphore plain(loop, 1);
    EXPECT_NO_THROW(plain.release());
    EXPECT_EQ(plain.value(), 2);
}

TEST(Sync, ConditionNotifyWakesOneWaiterWhichReacquiresTheLock) {
    Loop loop;
    Log log;
    auto cond = makeRef<Condition>(loop);
    auto waiter = [&](int n) -> Coro<void> {
        co_await cond->acquire();
        co_await cond->wait();
        log("woke" + std::to_string(n));
        EXPECT_TRUE(cond->locked());
        cond->release();
    };
    auto main = [&]() -> Coro<void> {
        auto a = loop.createTask(waiter(1));
        auto b = loop.createTask(waiter(2));
        co_await sleep(ms(10));
        co_await cond->acquire();
        cond->notify(1);
        cond->release();
        co_await a;
        log("then");
        co_await cond->acquire();
        cond->notifyAll();
        cond->release();
        co_await b;
    };
    loop.run(main());
    EXPECT_EQ(log.str(), "woke1 then woke2");
}

TEST(Sync, QueueJoinWaitsForEveryTaskDoneWithBackPressure) {
    Loop loop;
    Log log;
    auto q = makeRef<Queue<int>>(loop, 2);
    auto consumer = [&]() -> Coro<void> {
        for (;;) {
            int item = co_await q->get();
            log("got" + std::to_string(item));
            co_await sleep(ms(10));
            q->taskDone();
        }
    };
    auto main = [&]() -> Coro<void> {
        auto c = loop.createTask(consumer());
        for (int i = 0; i < 4; ++i) {
            co_await q->put(i);
            log("put" + std::to_string(i));
        }
        co_await q->join();
        log("joined");
        c->cancel();
    };
    loop.run(main());
    // CPython 3.11 prints exactly this for the same program.
    EXPECT_EQ(log.str(), "put0 put1 got0 put2 got1 put3 got2 got3 joined");
}

TEST(Sync, QueueNowaitVariantsRaiseWhenFullOrEmpty) {
    Loop loop;
    Queue<int> q(loop, 1);
    EXPECT_THROW(q.getNowait(), QueueEmpty);
    q.putNowait(1);
    EXPECT_THROW(q.putNowait(2), QueueFull);
    EXPECT_EQ(q.getNowait(), 1);
    q.taskDone();
    EXPECT_THROW(q.taskDone(), ValueError);
}
