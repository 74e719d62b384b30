// SPDX-License-Identifier: MIT
#include "model/lane_runs.h"
#include "model/playhead.h"
#include "model/run_model.h"
#include "scenarios.h"

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

// Which task lane holds a task by name.
int laneNamed(const RunModel& run, const std::string& name) {
    for (std::size_t i = 0; i < run.taskLanes.size(); ++i)
        if (run.trace.taskName(run.taskLanes.lanes()[i].id) == name) return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(Lanes, AParentIsListedAboveTheTasksItSpawned) {
    auto run = scenarios::cancelAndFail();
    const int main = laneNamed(*run, "main");
    ASSERT_EQ(main, 0);
    EXPECT_GT(laneNamed(*run, "fetch-1"), main);
    EXPECT_EQ(run->taskLanes.lanes()[static_cast<std::size_t>(laneNamed(*run, "slow"))].depth, 1);
}

TEST(Lanes, WorkerLanesAreOnePerWorker) {
    auto run = scenarios::threads(3, milliseconds(100));
    EXPECT_EQ(run->workerLanes.size(), run->trace.workers().size());
    EXPECT_EQ(run->workerLanes.size(), 4u); // main + three threads
}

TEST(LaneRuns, AWaitWiderThanAPixelBecomesOneRun) {
    auto run = scenarios::async(1, milliseconds(500));
    const Trace& trace = run->trace;
    const AxisDomain domain(AxisKind::VirtualTime, trace, run->ticks);
    const TimeAxis axis(0, static_cast<double>(trace.endTime()), 0, 1000);
    std::vector<LaneRun> runs;
    std::vector<LaneCap> caps;
    const int lane = laneNamed(*run, "Task-1");
    ASSERT_GE(lane, 0);
    laneRuns(run->taskLanes.spansOf(trace, static_cast<std::size_t>(lane)), domain, axis,
             playheadAtEnd(trace), 0, 1000, runs, caps);
    const auto io = std::find_if(runs.begin(), runs.end(),
                                 [](const LaneRun& r) { return r.look == Look::WaitingIo; });
    ASSERT_NE(io, runs.end());
    EXPECT_GT(io->x1 - io->x0, 900); // 0.5 s of a ~0.5 s run
    ASSERT_EQ(caps.size(), 1u);
    EXPECT_EQ(caps[0].look, Look::Done);
}

TEST(LaneRuns, SpansNarrowerThanAPixelFoldIntoOneColumnKeepingTheMostTellingLook) {
    auto run = scenarios::manySleepers(1, 400);
    const Trace& trace = run->trace;
    const AxisDomain domain(AxisKind::VirtualTime, trace, run->ticks);
    const TimeAxis axis(0, static_cast<double>(trace.endTime()), 0, 100); // many spans per pixel
    std::vector<LaneRun> runs;
    std::vector<LaneCap> caps;
    const int lane = laneNamed(*run, "Task-1");
    const auto& spans = run->taskLanes.spansOf(trace, static_cast<std::size_t>(lane));
    ASSERT_GT(spans.size(), 1000u);
    laneRuns(spans, domain, axis, playheadAtEnd(trace), 0, 100, runs, caps);
    EXPECT_LE(runs.size(), 100u);
    for (std::size_t i = 1; i < runs.size(); ++i) {
        EXPECT_GE(runs[i].x0, runs[i - 1].x1); // in order, never overlapping
        EXPECT_FALSE(runs[i].look == runs[i - 1].look && runs[i].x0 == runs[i - 1].x1);
    }
    // The CPU work (rare, brief) wins its columns over the sleeping around it.
    EXPECT_TRUE(std::any_of(runs.begin(), runs.end(),
                            [](const LaneRun& r) { return r.look == Look::Computing; }));
}

TEST(LaneRuns, NothingAfterThePlayheadIsShown) {
    auto run = scenarios::async(2, milliseconds(500));
    const Trace& trace = run->trace;
    const AxisDomain domain(AxisKind::VirtualTime, trace, run->ticks);
    const TimeAxis axis(0, static_cast<double>(trace.endTime()), 0, 1000);
    std::vector<LaneRun> runs;
    std::vector<LaneCap> caps;
    const Playhead half = playheadAtTime(trace, milliseconds(250));
    for (std::size_t lane = 0; lane < run->taskLanes.size(); ++lane) {
        laneRuns(run->taskLanes.spansOf(trace, lane), domain, axis, half, 0, 1000, runs, caps);
        for (const LaneRun& r : runs)
            EXPECT_LE(r.x1, static_cast<int>(axis.toX(static_cast<double>(half.time))) + 1);
        EXPECT_TRUE(caps.empty());
    }
}

TEST(LaneRuns, OnTheTicksAxisAStepThatTakesNoTimeIsOneTickWide) {
    auto run = scenarios::async(3, milliseconds(100));
    const Trace& trace = run->trace;
    const AxisDomain ticks(AxisKind::Ticks, trace, run->ticks);
    const double width = static_cast<double>(run->ticks.count()) * 20;
    const TimeAxis axis(0, static_cast<double>(run->ticks.count()), 0, width);
    std::vector<LaneRun> runs;
    std::vector<LaneCap> caps;
    const int lane = laneNamed(*run, "main");
    laneRuns(run->taskLanes.spansOf(trace, static_cast<std::size_t>(lane)), ticks, axis,
             playheadAtEnd(trace), 0, static_cast<int>(width), runs, caps);
    const auto step = std::find_if(runs.begin(), runs.end(),
                                   [](const LaneRun& r) { return r.look == Look::Running; });
    ASSERT_NE(step, runs.end());
    EXPECT_NEAR(step->x1 - step->x0, 20, 2);
}

TEST(Playhead, SteppingForwardThenBackReturnsToTheSameEvent) {
    auto run = scenarios::async(2, milliseconds(100));
    const Trace& trace = run->trace;
    Playhead p{};
    std::vector<Playhead> seen{p};
    for (int i = 0; i < 12; ++i)
        seen.push_back(p = stepForward(trace, p));
    for (int i = 11; i >= 0; --i) {
        p = stepBack(trace, p);
        EXPECT_EQ(p, seen[static_cast<std::size_t>(i)]);
    }
    EXPECT_EQ(stepBack(trace, Playhead{}), Playhead{});
    EXPECT_EQ(stepForward(trace, playheadAtEnd(trace)), playheadAtEnd(trace));
}
