// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"
#include "model/measure.h"
#include "model/narration_schedule.h"
#include "model/run_model.h"
#include "scenarios.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace coroscope;

namespace {

Lesson alpha() {
    std::vector<LessonProblem> problems;
    auto lesson = LessonLoader().loadFolder(
        QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QStringLiteral("good/alpha")), problems);
    return lesson ? *lesson : Lesson{};
}

} // namespace

TEST(NarrationSchedule, PlacesEachCueWhereItsTriggerHappens) {
    const Lesson lesson = alpha();
    ASSERT_FALSE(lesson.id.isEmpty());
    auto run = scenarios::sync(2, milliseconds(500));
    const Trace& trace = run->trace;
    const auto cues = scheduleNarration(lesson, 0, trace);
    ASSERT_EQ(cues.size(), 5u);        // the async script's step is not among them
    EXPECT_EQ(cues[0].at, Playhead{}); // start
    // line 6: just after the first event on that line (the blocking call)
    ASSERT_TRUE(cues[1].at.has_value());
    EXPECT_EQ(trace.record(cues[1].at->seq - 1).line, 6u);
    EXPECT_EQ(trace.record(cues[1].at->seq - 1).kind, EventKind::Hold);
    EXPECT_TRUE(cues[2].onKey);
    ASSERT_TRUE(cues[3].at.has_value());
    EXPECT_EQ(cues[3].at->time, milliseconds(750));
    ASSERT_TRUE(cues[4].at.has_value());      // main is done at the very end
    EXPECT_EQ(cues[4].at->seq, trace.size()); // just after the last event
}

TEST(NarrationSchedule, ATriggerThatNeverHappensHasNoCue) {
    const Lesson lesson = alpha();
    auto run = scenarios::sync(1, milliseconds(100)); // ends before 0.75 s
    const auto cues = scheduleNarration(lesson, 0, run->trace);
    EXPECT_FALSE(cues[3].at.has_value());
}

TEST(PredictFirst, TheRunAnswersTheQuestionTheWayTheLessonSays) {
    const Lesson lesson = alpha();
    const Question& q = lesson.questions[0];
    // Sync: two tables one after the other, 2 x (5 ms + 500 ms).
    auto sync = scenarios::sync(2, milliseconds(500));
    const Measured m = measureRun(sync->trace, q.measure);
    EXPECT_NEAR(m.number, 1.01, 1e-9);
    const int answer = nearestChoice(q, m);
    ASSERT_GE(answer, 0);
    EXPECT_EQ(q.choices[static_cast<std::size_t>(answer)].id, q.correct);
    // Async would have answered "a": both kitchens at once.
    auto async = scenarios::async(2, milliseconds(500));
    EXPECT_EQ(
        q.choices[static_cast<std::size_t>(nearestChoice(q, measureRun(async->trace, q.measure)))]
            .id,
        QStringLiteral("a"));
}

TEST(PredictFirst, MeasuresMemoryWorkersAndTheFirstTaskDone) {
    auto procs = scenarios::processes(3, milliseconds(100));
    EXPECT_EQ(measureRun(procs->trace, Measure::Workers).number, 3);
    EXPECT_GE(measureRun(procs->trace, Measure::PeakMemory).number, 4.0 * 8 * 1024 * 1024);
    auto run = scenarios::cancelAndFail();
    EXPECT_EQ(measureRun(run->trace, Measure::FirstDone).text, QStringLiteral("fetch-1"));
    EXPECT_EQ(findTask(run->trace, QStringLiteral("main")), 1u);
    EXPECT_EQ(findTask(run->trace, QStringLiteral("nobody")), 0u);
}
