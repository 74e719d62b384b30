// SPDX-License-Identifier: MIT
#include "model/run_model.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/painters/timeline_painter.h"
#include "ui/painters/timeline_resources.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace coroscope;
using namespace coroscope::test;

namespace {

struct Rendered {
    QImage image;
    TimelineLayout layout;
    TimeAxis axis; // as placed on the lanes
};

Rendered render(const RunModel& run, Playhead p, LaneMode mode = LaneMode::Tasks,
                const Theme& theme = Theme::light(), QSize size = {1000, 360}) {
    TimelineFrame f;
    f.run = &run;
    f.mode = mode;
    f.playhead = p;
    f.laneHeight = 28;
    f.axis = TimeAxis().fitted(static_cast<double>(run.trace.endTime()));
    Rendered out{canvas(size.width(), size.height()), {}, {}};
    QPainter painter(&out.image);
    TimelinePainter tp;
    tp.paint(painter, out.image.rect(), f, theme);
    out.layout = TimelinePainter::layout(out.image.rect(), f, theme);
    out.axis = TimelinePainter::placedAxis(out.layout, f);
    return out;
}

// Lanes are counted by their colours: each lane's label carries a swatch of
// its task's (or worker's) colour, and the lane beside it must hold drawing
// in a state's colour (a bar, an outline or a cap).
int countLaneBands(const Rendered& r, const Theme& theme) {
    const QColor states[] = {theme.running,  theme.computing, theme.io,    theme.timer,
                             theme.waitTask, theme.blocked,   theme.ready, theme.done};
    const QRect labels = r.layout.labels;
    const QRect lanes = r.layout.lanes;
    int bands = 0;
    bool inSwatch = false;
    for (int y = labels.top(); y <= labels.bottom(); ++y) {
        bool swatch = false;
        for (const QColor& c : theme.taskColors)
            swatch |= rowHas(r.image, y, labels.left() + 2, labels.left() + 40, c, 6);
        if (swatch && !inSwatch) {
            bool content = false;
            for (int dy = -14; dy <= 14 && !content; ++dy)
                for (const QColor& c : states)
                    content |=
                        rowHas(r.image, y + 4 + dy, lanes.left() + 4, lanes.right() - 4, c, 6);
            if (content) ++bands;
        }
        inSwatch = swatch;
    }
    return bands;
}

// Only the lane height matters to laneTop.
const TimelineFrame kFrame28 = [] {
    TimelineFrame f;
    f.laneHeight = 28;
    return f;
}();

int laneOf(const RunModel& run, const std::string& name) {
    for (std::size_t i = 0; i < run.taskLanes.size(); ++i)
        if (run.trace.taskName(run.taskLanes.lanes()[i].id) == name) return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(TimelineRender, DrawsOneLanePerTask) {
    auto run = scenarios::cancelAndFail();
    const Rendered r = render(*run, playheadAtEnd(run->trace));
    keep(r.image, QStringLiteral("timeline-tasks"));
    EXPECT_EQ(countLaneBands(r, Theme::light()), 4); // main, fetch-1, slow, broken
}

TEST(TimelineRender, DrawsOneLanePerWorkerInWorkerMode) {
    auto run = scenarios::threads(3, milliseconds(100));
    const Rendered r = render(*run, playheadAtEnd(run->trace), LaneMode::Workers);
    keep(r.image, QStringLiteral("timeline-workers"));
    EXPECT_EQ(countLaneBands(r, Theme::light()), 4); // main + three threads
}

TEST(TimelineRender, TheCancelledTaskHasItsCrossAtTheTimeItWasCancelled) {
    auto run = scenarios::cancelAndFail();
    const Theme& theme = Theme::light();
    const Rendered r = render(*run, playheadAtEnd(run->trace));
    const int lane = laneOf(*run, "slow");
    ASSERT_GE(lane, 0);
    const int x = static_cast<int>(r.axis.toX(static_cast<double>(milliseconds(30))));
    const int y = static_cast<int>(r.layout.laneTop(lane, kFrame28) + 14);
    const QRect around(x - 8, y - 8, 17, 17);
    EXPECT_GT(countColor(r.image, around, theme.cancelled, 40), 12);
    // ...and not elsewhere on its lane: a cross is a mark, not a bar.
    const QRect early(static_cast<int>(r.axis.toX(static_cast<double>(milliseconds(10)))) - 8,
                      y - 8, 17, 17);
    EXPECT_LT(countColor(r.image, early, theme.cancelled, 40), 3);
}

TEST(TimelineRender, TheFailedTaskEndsWithAJaggedRedCap) {
    auto run = scenarios::cancelAndFail();
    const Theme& theme = Theme::light();
    const Rendered r = render(*run, playheadAtEnd(run->trace));
    const int lane = laneOf(*run, "broken");
    const int x = static_cast<int>(r.axis.toX(static_cast<double>(milliseconds(20))));
    const int y = static_cast<int>(r.layout.laneTop(lane, kFrame28) + 14);
    EXPECT_GT(countColor(r.image, QRect(x - 6, y - 12, 16, 24), theme.failed, 30), 20);
}

TEST(TimelineRender, BeforeTheCancelThereIsNoCrossAndTheFutureIsNotDrawn) {
    auto run = scenarios::cancelAndFail();
    const Theme& theme = Theme::light();
    const Rendered r = render(*run, playheadAtTime(run->trace, milliseconds(15)));
    keep(r.image, QStringLiteral("timeline-early"));
    const int lane = laneOf(*run, "slow");
    const int y = static_cast<int>(r.layout.laneTop(lane, kFrame28) + 14);
    const int cursor = static_cast<int>(r.axis.toX(static_cast<double>(milliseconds(15))));
    EXPECT_EQ(countColor(r.image,
                         QRect(cursor + 6, y - 10, r.layout.lanes.right() - cursor - 6, 20),
                         theme.cancelled, 40),
              0);
    // The slow task is asleep up to the cursor: the timer's colour is there.
    EXPECT_GT(countColor(r.image, QRect(cursor - 60, y - 12, 50, 24), theme.timer, 30), 10);
    EXPECT_EQ(countColor(r.image, QRect(cursor + 6, y - 12, 200, 24), theme.timer, 10), 0);
}

TEST(TimelineRender, BlockedIsHatchedNotSolid) {
    auto run = scenarios::sync(1, milliseconds(500));
    const Theme& theme = Theme::light();
    const Rendered r = render(*run, playheadAtEnd(run->trace));
    keep(r.image, QStringLiteral("timeline-sync"));
    const int lane = laneOf(*run, "main");
    const int y = static_cast<int>(r.layout.laneTop(lane, kFrame28) + 14);
    const int x = static_cast<int>(r.axis.toX(static_cast<double>(milliseconds(250))));
    const QRect inside(x - 20, y - 4, 40, 8);
    const int strong = countColor(r.image, inside, theme.blocked, 40);
    EXPECT_GT(strong, 20);                                       // hatching lines...
    EXPECT_LT(strong, inside.width() * inside.height() * 3 / 4); // ...with gaps between them
}

TEST(TimelineRender, AHugeRunDrawsOnlyTheLanesOnScreen) {
    auto run = scenarios::manySleepers(2000, 5);
    TimelineFrame f;
    f.run = run.get();
    f.laneHeight = 20;
    f.scrollY = 1000 * 20; // lanes 1000 and on
    f.playhead = playheadAtEnd(run->trace);
    f.axis = TimeAxis().fitted(static_cast<double>(run->trace.endTime()));
    const TimelineLayout l = TimelinePainter::layout(QRect(0, 0, 800, 400), f, Theme::light());
    EXPECT_EQ(l.firstLane, 1000);
    EXPECT_LE(l.lastLane - l.firstLane, 400 / 20 + 1);
}

TEST(TimelineRender, AQueueHasARowOfItsOwnUnderTheLanesNotOverThem) {
    auto run = scenarios::producerConsumer(4, 2);
    for (const QSize size : {QSize(1000, 360), QSize(1280, 720)}) {
        const Rendered r =
            render(*run, playheadAtEnd(run->trace), LaneMode::Tasks, Theme::light(), size);
        const TimelineLayout& l = r.layout;
        ASSERT_GT(l.resources.height(), 0) << size.width();
        EXPECT_FALSE(l.resources.intersects(l.lanes)) << size.width();
        EXPECT_FALSE(l.resources.intersects(l.labels)) << size.width();
        EXPECT_FALSE(l.resources.intersects(l.legend)) << size.width();
        // Every lane of the run fits above it, its name in full view.
        const auto lanes = static_cast<int>(run->lanes(LaneMode::Tasks).size());
        EXPECT_LE(l.lanes.top() + lanes * 28, l.resources.top()) << size.width();
        // The queue's row is drawn there, in the queue's colour.
        EXPECT_GT(countColor(r.image, l.resources, Theme::light().io, 6), 0) << size.width();
    }
}

TEST(TimelineRender, WithoutQueuesLocksOrSemaphoresTheLanesKeepAllTheRoom) {
    auto run = scenarios::async(3, milliseconds(100));
    const Rendered r = render(*run, playheadAtEnd(run->trace));
    EXPECT_EQ(r.layout.resources.height(), 0);
    EXPECT_EQ(r.layout.lanes.bottom() + 1, r.layout.legend.top());
}
