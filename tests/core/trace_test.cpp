// SPDX-License-Identifier: MIT
#include "core/gather.h"
#include "core/locks.h"
#include "core/machine.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace coroscope;
using coroscope::test::ms;

namespace {

// A scenario that touches most of the engine: timers, locks, gather,
// cancellation, CPU work on the loop and a thread.
void scenario(Loop& loop) {
    auto lock = makeRef<Lock>(loop);
    auto worker = [&](int n) -> Coro<int> {
        co_await lock->acquire();
        co_await sleep(ms(10 * n));
        lock->release();
        co_await cpu(ms(3));
        co_await io("db", ms(7));
        co_return n;
    };
    auto main = [&]() -> Coro<void> {
        std::vector<Coro<int>> ws;
        for (int i = 0; i < 5; ++i)
            ws.push_back(worker(i));
        auto g = gather(loop, std::move(ws));
        auto victim = loop.createTask([]() -> Coro<void> { co_await sleep(milliseconds(999)); }());
        loop.machine().startThread(
            []() -> Coro<void> { co_await blocking("disk", milliseconds(15)); }(), "t1");
        co_await sleep(ms(5));
        victim->cancel("stop");
        co_await g;
    };
    loop.run(main());
}

std::string dump(const Trace& t) {
    std::string out;
    for (std::uint64_t i = 0; i < t.size(); ++i) {
        auto e = t.event(i);
        out += std::to_string(e.time) + ' ' + std::to_string(e.task) + ' ' +
               std::to_string(e.worker) + ' ' + std::string(toString(e.kind)) + ' ' +
               std::string(toString(e.reason)) + ' ' + std::to_string(e.line) + ' ' +
               (otherIsText(e.kind, e.reason) ? std::string(t.text(e.other))
                                              : std::to_string(e.other)) +
               '\n';
    }
    return out;
}

} // namespace

TEST(Trace, TheSameScenarioTwiceGivesIdenticalTraces) {
    Loop first, second;
    scenario(first);
    scenario(second);
    ASSERT_GT(first.trace().size(), 50u);
    EXPECT_EQ(dump(first.trace()), dump(second.trace()));
    EXPECT_EQ(first.time(), second.time());
}

TEST(Trace, SpansFollowEachTaskThroughItsStates) {
    Loop loop;
    auto t = [&]() -> Coro<void> {
        co_await sleep(ms(10));
        co_await cpu(ms(4));
    };
    auto task = loop.createTask(t());
    loop.runUntilComplete(*task.get());
    const auto& spans = loop.trace().taskSpans(task->id());
    std::vector<std::string> states;
    for (const Span& s : spans)
        states.push_back(
            std::string(toString(s.state)) +
            (s.reason == WaitReason::None ? "" : ":" + std::string(toString(s.reason))));
    EXPECT_EQ(states, (std::vector<std::string>{"ready", "running", "waiting:timer", "ready:timer",
                                                "running", "running:cpu", "running", "done"}));
    EXPECT_EQ(spans[2].begin, 0);
    EXPECT_EQ(spans[2].end, ms(10));
    EXPECT_EQ(spans[5].end - spans[5].begin, ms(4));
    EXPECT_EQ(loop.trace().taskStateAt(task->id(), ms(5)).reason, WaitReason::Timer);
    EXPECT_EQ(loop.trace().taskStateAt(task->id(), ms(12)).reason, WaitReason::Cpu);
}

TEST(Trace, AnnotationsMarkTheTraceWithoutChangingAnyState) {
    Loop loop;
    auto t = [&]() -> Coro<void> {
        TaskBase* self = loop.currentTask();
        loop.annotate(AnnotationKind::Client, "table 1", self->id(), 3, self->worker());
        co_await sleep(ms(10));
        loop.annotate(AnnotationKind::LineReached, {}, self->id(), 7, self->worker());
    };
    auto task = loop.createTask(t());
    loop.runUntilComplete(*task.get());
    const Trace& trace = loop.trace();
    std::vector<std::string> marks;
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        if (r.kind != EventKind::Annotation) continue;
        EXPECT_EQ(r.task, task->id());
        const bool client = isAnnotation(r.kind, r.reason, AnnotationKind::Client);
        EXPECT_EQ(otherIsText(r.kind, r.reason), client);
        marks.push_back((client ? "client " + std::string(trace.text(r.other)) : "reached") +
                        " line " + std::to_string(r.line) + " at " +
                        std::to_string(trace.timeOf(seq)));
    }
    EXPECT_EQ(marks, (std::vector<std::string>{"client table 1 line 3 at 0",
                                               "reached line 7 at " + std::to_string(ms(10))}));
    // The task's spans are those of the same task without the marks.
    std::vector<TaskState> states;
    for (const Span& s : trace.taskSpans(task->id()))
        states.push_back(s.state);
    EXPECT_EQ(states,
              (std::vector<TaskState>{TaskState::Ready, TaskState::Running, TaskState::Waiting,
                                      TaskState::Ready, TaskState::Running, TaskState::Done}));
}

TEST(Trace, WorkerSpansShowWhatTheLoopDoes) {
    Loop loop;
    auto t = [&]() -> Coro<void> {
        co_await cpu(ms(4));
        co_await sleep(ms(10));
    };
    auto task = loop.createTask(t());
    loop.runUntilComplete(*task.get());
    const auto& spans = loop.trace().workerSpans(0);
    ASSERT_GE(spans.size(), 3u);
    bool sawCpu = false, sawIdle = false;
    for (const Span& s : spans) {
        if (s.reason == WaitReason::Cpu && s.task == task->id() && s.end - s.begin == ms(4))
            sawCpu = true;
        if (s.task == 0 && s.state == TaskState::Waiting && s.end - s.begin == ms(10))
            sawIdle = true;
    }
    EXPECT_TRUE(sawCpu);
    EXPECT_TRUE(sawIdle);
}

TEST(Trace, TimeIsSharedAcrossEvents) {
    Loop loop;
    auto t = [&]() -> Coro<void> {
        for (int i = 0; i < 1000; ++i)
            co_await yieldNow();
    };
    auto task = loop.createTask(t());
    loop.runUntilComplete(*task.get());
    EXPECT_GT(loop.trace().size(), 2000u);
    EXPECT_EQ(loop.trace().timeOf(loop.trace().size() - 1), 0);
}

TEST(Trace, InstrumentsSeeEveryStep) {
    struct Counter : Instrument {
        int spawned = 0, before = 0, after = 0, exited = 0;
        void taskSpawned(const TraceEvent&) override { ++spawned; }
        void beforeTaskStep(const TraceEvent&) override { ++before; }
        void afterTaskStep(const TraceEvent&) override { ++after; }
        void taskExited(const TraceEvent&) override { ++exited; }
    } counter;
    Loop loop;
    loop.addInstrument(&counter);
    auto t = [&]() -> Coro<void> {
        co_await yieldNow();
        co_await sleep(ms(1));
    };
    auto task = loop.createTask(t());
    loop.runUntilComplete(*task.get());
    EXPECT_EQ(counter.spawned, 1);
    EXPECT_EQ(counter.before, 3);
    EXPECT_EQ(counter.after, 3);
    EXPECT_EQ(counter.exited, 1);
}

TEST(Trace, TheCallersOfATaskAreKeptByEventAndMoveWithTheTrace) {
    Trace trace;
    const std::uint32_t outer[] = {16};
    const std::uint32_t deeper[] = {16, 30};
    trace.append(EventRecord{}); // event 0
    trace.setCallers(1, outer);  // from event 1 on
    trace.append(EventRecord{}); // event 1
    trace.setCallers(1, deeper); // an await that ends before any event...
    trace.setCallers(1, outer);  // ...leaves nothing behind
    trace.append(EventRecord{}); // event 2
    trace.setCallers(1, {});     // back in the task's own frame from event 3
    trace.append(EventRecord{}); // event 3
    auto lines = [&](std::uint64_t seq) {
        const auto s = trace.callersAt(1, seq);
        return std::vector<std::uint32_t>(s.begin(), s.end());
    };
    EXPECT_TRUE(lines(1).empty()); // only event 0 has happened
    EXPECT_EQ(lines(2), std::vector<std::uint32_t>{16});
    EXPECT_EQ(lines(3), std::vector<std::uint32_t>{16});
    EXPECT_TRUE(lines(4).empty());
    EXPECT_TRUE(trace.callersAt(7, 4).empty()); // a task with none
    Trace moved = std::move(trace);
    const auto s = moved.callersAt(1, 2);
    EXPECT_EQ(std::vector<std::uint32_t>(s.begin(), s.end()), std::vector<std::uint32_t>{16});
}
