// SPDX-License-Identifier: MIT
// The invariants the engine's headers state are checked where the build
// asks for it (the dev and asan presets): breaking one aborts at once, with
// the invariant named, instead of corrupting a run.
#include "core/ring_queue.h"
#include "core/trace.h"

#include <gtest/gtest.h>

using namespace coroscope;

#ifdef COROSCOPE_CHECK_INVARIANTS

TEST(InvariantsDeathTest, TheTracesClockNeverGoesBack) {
    Trace trace;
    trace.setTime(10);
    trace.append(EventRecord{1, 0, 0, 0, EventKind::Run, WaitReason::None});
    EXPECT_DEATH(trace.setTime(5), "invariant broken: the trace's clock went back");
}

TEST(InvariantsDeathTest, ARingQueueIsNeverReadPastItsEnd) {
    RingQueue<int> q;
    q.push(1);
    EXPECT_EQ(q.pop(), 1);
    EXPECT_DEATH(q.pop(), "invariant broken: pop from an empty RingQueue");
    q.push(2);
    EXPECT_DEATH(q.at(1), "invariant broken: RingQueue index out of bounds");
}

#endif

TEST(Invariants, AKeptInvariantCostsNothingVisible) {
    // The same operations, within bounds, pass the checks.
    Trace trace;
    trace.setTime(5);
    trace.append(EventRecord{1, 0, 0, 0, EventKind::Run, WaitReason::None});
    trace.setTime(5);
    trace.setTime(7);
    EXPECT_EQ(trace.size(), 1u);
    RingQueue<int> q;
    for (int i = 0; i < 100; ++i)
        q.push(i);
    for (int i = 0; i < 100; ++i)
        EXPECT_EQ(q.pop(), i);
    EXPECT_TRUE(q.empty());
}
