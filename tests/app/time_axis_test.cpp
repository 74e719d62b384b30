// SPDX-License-Identifier: MIT
#include "model/time_axis.h"

#include <gtest/gtest.h>

using namespace coroscope;

TEST(TimeAxis, MapsTheVisibleWindowOntoItsPixels) {
    const TimeAxis axis(100, 300, 50, 400);
    EXPECT_DOUBLE_EQ(axis.toX(100), 50);
    EXPECT_DOUBLE_EQ(axis.toX(300), 450);
    EXPECT_DOUBLE_EQ(axis.toX(200), 250);
    EXPECT_DOUBLE_EQ(axis.toValue(250), 200);
    EXPECT_DOUBLE_EQ(axis.pixelsPerUnit(), 2);
}

TEST(TimeAxis, ZoomingKeepsTheValueUnderTheMouseWhereItIs) {
    const TimeAxis axis(0, 1000, 0, 1000);
    const TimeAxis in = axis.zoomedAt(250, 4, 1000, 1);
    EXPECT_NEAR(in.toValue(250), 250, 1e-9);
    EXPECT_NEAR(in.span(), 250, 1e-9);
    const TimeAxis out = in.zoomedAt(250, 0.25, 1000, 1);
    EXPECT_NEAR(out.toValue(250), 250, 1e-9);
}

TEST(TimeAxis, ZoomStopsAtTheSmallestWindowAndTheWholeRun) {
    const TimeAxis axis(0, 1000, 0, 500);
    EXPECT_NEAR(axis.zoomedAt(100, 1e9, 1000, 10).span(), 10, 1e-9);
    const TimeAxis out = axis.zoomedAt(100, 1e-9, 1000, 10);
    EXPECT_GE(out.begin(), 0);
    EXPECT_LE(out.end(), 1000 * 1.04 + 1e-9);
}

TEST(TimeAxis, PanningMovesByPixelsAndStaysInsideTheRun) {
    const TimeAxis axis(100, 200, 0, 100); // one unit per pixel
    EXPECT_NEAR(axis.pannedBy(30, 1000).begin(), 130, 1e-9);
    EXPECT_NEAR(axis.pannedBy(-500, 1000).begin(), 0, 1e-9);
    EXPECT_NEAR(axis.pannedBy(5000, 1000).end(), 1040, 1e-9);
}

TEST(TimeAxis, FittingShowsTheWholeRunWithRoomAfterItsEnd) {
    const TimeAxis fit = TimeAxis(5, 6, 10, 300).fitted(1000);
    EXPECT_EQ(fit.begin(), 0);
    EXPECT_GT(fit.end(), 1000);
    EXPECT_LT(fit.end(), 1100);
    EXPECT_EQ(fit.left(), 10);
}

TEST(TimeAxis, TicksAreNiceRoundStepsFarEnoughApart) {
    const TimeAxis axis(0, 1'000'000'000, 0, 1000); // 1 s over 1000 px
    const auto ticks = axis.ticks(80);
    ASSERT_GE(ticks.size(), 2u);
    const double step = ticks[1].value - ticks[0].value;
    EXPECT_DOUBLE_EQ(step, 100'000'000); // 0.1 s: 100 px apart
    EXPECT_TRUE(ticks[0].major);
    for (const AxisTick& t : ticks)
        EXPECT_GE(axis.toX(t.value) + 1e-9, 0);
}

TEST(TimeAxis, RevealingAValueOutsideTheWindowScrollsToIt) {
    const TimeAxis axis(0, 100, 0, 100);
    const TimeAxis moved = axis.revealing(500, 1000);
    EXPECT_NEAR(moved.span(), 100, 1e-9);
    EXPECT_LE(moved.begin(), 500);
    EXPECT_GE(moved.end(), 500);
    EXPECT_EQ(axis.revealing(50, 1000), axis);
}
