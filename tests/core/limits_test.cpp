// SPDX-License-Identifier: MIT
// The loop's limits (steps, virtual time) and its clock at its ends: a run
// held inside one step still stops, and no duration overflows the clock.
#include "core/machine.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <limits>

using namespace coroscope;

namespace {

Coro<void> computeForEver() {
    co_await cpu(seconds(1e9));
}

} // namespace

TEST(Limits, SecondsSaturateInsteadOfOverflowing) {
    EXPECT_EQ(seconds(1.5), 1'500'000'000);
    EXPECT_EQ(seconds(std::numeric_limits<double>::infinity()), kNever);
    EXPECT_EQ(seconds(1e308), kLatest);
    EXPECT_EQ(seconds(9.3e9), kLatest);
    EXPECT_EQ(seconds(-1e308), -kLatest);
    EXPECT_EQ(seconds(std::numeric_limits<double>::quiet_NaN()), 0);
    EXPECT_EQ(later(seconds(5), kNever), kNever);
    EXPECT_EQ(later(seconds(5), kLatest), kLatest);
    EXPECT_EQ(later(seconds(5), seconds(1)), seconds(6));
    EXPECT_EQ(later(seconds(5), -seconds(1)), seconds(4));
}

TEST(Limits, ATimerAtTheEndOfTheClockNeverFires) {
    Loop loop;
    bool fired = false;
    loop.callLater(kNever, [&] { fired = true; });
    loop.callLater(seconds(1), [] {});
    while (loop.step()) {
    }
    EXPECT_FALSE(fired);
    EXPECT_EQ(loop.time(), seconds(1));
    EXPECT_EQ(loop.limitReached(), LoopLimit::None);
}

TEST(Limits, AHugeDelayStopsAtTheTimeLimitWithTheClockThere) {
    Loop loop;
    loop.setLimits({~std::uint64_t(0), seconds(10), 0});
    bool fired = false;
    loop.callLater(seconds(1e308), [&] { fired = true; });
    EXPECT_FALSE(loop.step());
    EXPECT_FALSE(fired);
    EXPECT_EQ(loop.limitReached(), LoopLimit::VirtualTime);
    EXPECT_EQ(loop.time(), seconds(10));
    EXPECT_EQ(loop.trace().endTime(), seconds(10));
}

TEST(Limits, ThreadsComputingForEverStopInsideOneStep) {
    Loop loop;
    loop.setLimits({~std::uint64_t(0), seconds(2), 0});
    auto a = loop.machine().startThread(computeForEver(), "a");
    auto b = loop.machine().startThread(computeForEver(), "b");
    while (loop.step()) {
    }
    EXPECT_EQ(loop.limitReached(), LoopLimit::VirtualTime);
    EXPECT_EQ(loop.time(), seconds(2));
    EXPECT_FALSE(a->done());
    // One GIL, 5 ms slices: 400 turns in 2 s, and a step or two each.
    EXPECT_LE(loop.stepCount(), 1'000u);
}

TEST(Limits, EachTurnOfTheMachineIsAStep) {
    Loop loop;
    loop.setLimits({500, kNever, 0});
    auto a = loop.machine().startThread(computeForEver(), "a");
    auto b = loop.machine().startThread(computeForEver(), "b");
    while (loop.step()) {
    }
    EXPECT_EQ(loop.limitReached(), LoopLimit::Steps);
    EXPECT_EQ(loop.stepCount(), 500u);
    // 5 ms slices, one turn each: the clock moved no further than the steps.
    EXPECT_LE(loop.time(), milliseconds(5) * 500);
}

TEST(Limits, TheRealTimeLimitStopsAtTheNextStepItIsCheckedAt) {
    // A nanosecond is spent before the first check (every 1,024 steps).
    Loop loop;
    loop.setLimits({~std::uint64_t(0), kNever, 1e-9});
    auto a = loop.machine().startThread(computeForEver(), "a");
    auto b = loop.machine().startThread(computeForEver(), "b");
    while (loop.step()) {
    }
    EXPECT_EQ(loop.limitReached(), LoopLimit::WallTime);
    EXPECT_LE(loop.stepCount(), 1024u);
}
