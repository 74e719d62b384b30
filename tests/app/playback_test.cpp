// SPDX-License-Identifier: MIT
#include "model/lesson_loader.h"
#include "model/narration_schedule.h"
#include "model/run_model.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/painters/restaurant_painter.h"
#include "ui/painters/timeline_painter.h"
#include "ui/playback/playback_controller.h"

#include <QDir>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace coroscope;
using namespace coroscope::test;

namespace {

// Both pictures a playhead gives: the restaurant and the timeline, side by side.
QImage picture(const RunModel& run, const Playhead& p) {
    QImage img = canvas(1600, 500);
    QPainter painter(&img);
    RestaurantFrame rf;
    rf.run = &run;
    rf.playhead = p;
    RestaurantPainter().paint(painter, QRectF(0, 0, 900, 500), rf, Theme::light());
    TimelineFrame tf;
    tf.run = &run;
    tf.playhead = p;
    tf.axis = TimeAxis().fitted(static_cast<double>(run.trace.endTime()));
    TimelinePainter().paint(painter, QRect(900, 0, 700, 500), tf, Theme::light());
    return img;
}

Lesson alpha() {
    std::vector<LessonProblem> problems;
    auto lesson = LessonLoader().loadFolder(
        QDir(QStringLiteral(COROSCOPE_FIXTURES)).filePath(QStringLiteral("good/alpha")), problems);
    return lesson ? *lesson : Lesson{};
}

// Runs the event loop until `done` or a few seconds pass.
bool waitFor(const std::function<bool()>& done) {
    return QTest::qWaitFor(done, 8000);
}

} // namespace

TEST(Playback, SteppingForwardThenBackGivesTheSamePicture) {
    auto run = scenarios::async(3, milliseconds(300));
    PlaybackController pc;
    pc.setRun(run, {});
    for (int i = 0; i < 9; ++i)
        pc.stepForward();
    const Playhead before = pc.playhead();
    const QImage expected = picture(*run, before);
    for (int i = 0; i < 14; ++i)
        pc.stepForward();
    EXPECT_NE(pc.playhead(), before);
    EXPECT_NE(picture(*run, pc.playhead()), expected); // the steps did change the picture
    for (int i = 0; i < 14; ++i)
        pc.stepBack();
    EXPECT_EQ(pc.playhead(), before);
    EXPECT_EQ(picture(*run, pc.playhead()), expected);
}

TEST(Playback, PlayingMovesVirtualTimeAtTheChosenSpeedAndStopsAtTheEnd) {
    auto run = scenarios::sync(2, milliseconds(500));
    PlaybackController pc;
    pc.setRun(run, {});
    pc.setSpeed(2);
    EXPECT_TRUE(pc.advance(100)); // 100 ms at 2x: 200 ms of virtual time
    EXPECT_EQ(pc.playhead().time, milliseconds(200));
    QSignalSpy finished(&pc, &PlaybackController::finished);
    EXPECT_FALSE(pc.advance(10'000));
    EXPECT_EQ(pc.playhead(), playheadAtEnd(run->trace));
    EXPECT_EQ(finished.count(), 1);
}

TEST(Playback, TheCoroutineDriverPlaysToTheEndOnTheEventLoop) {
    auto run = scenarios::sync(2, milliseconds(500));
    PlaybackController pc;
    pc.setRun(run, {});
    pc.setSpeed(100);
    QSignalSpy finished(&pc, &PlaybackController::finished);
    pc.play();
    EXPECT_TRUE(pc.playing());
    EXPECT_EQ(pc.liveDrivers(), 1);
    ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
    EXPECT_FALSE(pc.playing());
    EXPECT_EQ(pc.playhead(), playheadAtEnd(run->trace));
    EXPECT_TRUE(waitFor([&] { return pc.liveDrivers() == 0; }));
}

TEST(Playback, PausingEndsTheDriver) {
    auto run = scenarios::sync(3, milliseconds(500));
    PlaybackController pc;
    pc.setRun(run, {});
    pc.setSpeed(0.1);
    pc.play();
    QTest::qWait(50);
    pc.pause();
    EXPECT_TRUE(waitFor([&] { return pc.liveDrivers() == 0; }));
    const Playhead p = pc.playhead();
    QTest::qWait(50);
    EXPECT_EQ(pc.playhead(), p);
    EXPECT_GT(p.time, 0);
}

TEST(Playback, NarrationStepsPauseAtTheirTriggerAndTheNextKeyGoesOn) {
    const Lesson lesson = alpha();
    auto run = scenarios::sync(2, milliseconds(500));
    PlaybackController pc;
    std::vector<std::pair<int, bool>> told;
    QObject::connect(&pc, &PlaybackController::narrationChanged,
                     [&](int step, bool waiting) { told.emplace_back(step, waiting); });
    pc.setRun(run, scheduleNarration(lesson, 0, run->trace));
    // The start step shows at once and waits.
    ASSERT_FALSE(told.empty());
    EXPECT_EQ(told.back(), std::make_pair(0, true));
    EXPECT_TRUE(pc.waitingOnNarration());
    pc.next(); // go on: plays
    EXPECT_TRUE(pc.playing());
    pc.setSpeed(100);
    ASSERT_TRUE(waitFor([&] { return !pc.playing(); }));
    // Stopped on the kitchen line, with the playhead right after it.
    EXPECT_EQ(told.back(), std::make_pair(1, true));
    EXPECT_EQ(run->trace.record(pc.playhead().seq - 1).line, 6u);
    // The next key tells the presenter's aside, and stays.
    pc.next();
    EXPECT_EQ(told.back(), std::make_pair(2, true));
    EXPECT_FALSE(pc.playing());
    pc.next(); // now on to the half-way point
    ASSERT_TRUE(waitFor([&] { return !pc.playing(); }));
    EXPECT_EQ(told.back(), std::make_pair(3, true));
    EXPECT_EQ(pc.playhead().time, milliseconds(750));
    pc.playOrContinue(); // Space goes on too
    ASSERT_TRUE(waitFor([&] { return !pc.playing(); }));
    EXPECT_EQ(told.back(), std::make_pair(4, true)); // main done
    EXPECT_TRUE(waitFor([&] { return pc.liveDrivers() == 0; }));
}

TEST(Playback, SteppingBackBeforeACueTellsItAgain) {
    const Lesson lesson = alpha();
    auto run = scenarios::sync(2, milliseconds(500));
    PlaybackController pc;
    pc.setRun(run, scheduleNarration(lesson, 0, run->trace));
    int kitchen = 0;
    QObject::connect(&pc, &PlaybackController::narrationChanged, [&](int step, bool waiting) {
        if (step == 1 && waiting) ++kitchen;
    });
    for (int i = 0; i < 40 && kitchen == 0; ++i)
        pc.stepForward();
    ASSERT_EQ(kitchen, 1);
    pc.seek(0);
    for (int i = 0; i < 40 && kitchen == 1; ++i)
        pc.stepForward();
    EXPECT_EQ(kitchen, 2);
}

TEST(Playback, SpeedStaysBetweenATenthAndAHundredTimes) {
    PlaybackController pc;
    pc.setSpeed(1);
    for (int i = 0; i < 30; ++i)
        pc.faster();
    EXPECT_DOUBLE_EQ(pc.speed(), 100);
    for (int i = 0; i < 30; ++i)
        pc.slower();
    EXPECT_DOUBLE_EQ(pc.speed(), 0.1);
}

TEST(Playback, ARunThatTakesNoVirtualTimeIsPacedByLoopTicks) {
    auto run = scenarios::manySleepers(3, 0); // spawns and ends at t = 0
    ASSERT_EQ(run->trace.endTime(), 0);
    PlaybackController pc;
    pc.setRun(run, {});
    EXPECT_EQ(pc.pacing(), AxisKind::Ticks);
    pc.setSpeed(1);
    EXPECT_TRUE(pc.advance(500)); // half a second: two ticks at 1x
    EXPECT_GT(pc.playhead().seq, 0u);
    EXPECT_LT(pc.playhead().seq, run->trace.size());
}
