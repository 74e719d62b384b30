// SPDX-License-Identifier: MIT
#include "model/run_model.h"
#include "render_support.h"
#include "scenarios.h"
#include "ui/painters/restaurant_painter.h"

#include <QPainter>

#include <gtest/gtest.h>

using namespace coroscope;
using namespace coroscope::test;

namespace {

struct Rendered {
    QImage image;
    RestaurantLayout layout;
};

Rendered render(const RunModel& run, Playhead p, QSize size = {1200, 700},
                const Theme& theme = Theme::light(), bool clock = true) {
    RestaurantFrame f;
    f.run = &run;
    f.playhead = p;
    f.showClock = clock;
    Rendered out{canvas(size.width(), size.height()), {}};
    QPainter painter(&out.image);
    RestaurantPainter rp;
    out.layout = rp.paint(painter, QRectF(out.image.rect()), f, theme);
    return out;
}

QRect whole(const QRectF& r) {
    return r.toAlignedRect();
}

} // namespace

TEST(RestaurantRender, TheSyncWaiterStandsInTheKitchenDuringIo) {
    auto run = scenarios::sync(3, milliseconds(500));
    const Theme& theme = Theme::light();
    const QColor waiter = theme.taskColor(run->colorTaskOf(0));
    const Rendered during = render(*run, playheadAtTime(run->trace, milliseconds(250)));
    keep(during.image, QStringLiteral("restaurant-sync-io"));
    ASSERT_EQ(during.layout.rooms.size(), 1u);
    const RoomGeometry& g = during.layout.rooms[0];
    EXPECT_GT(countColor(during.image, whole(g.kitchen), waiter, 8), 150);
    // While taking the first order (at 2 ms) the waiter is at the table, not in the kitchen.
    const Rendered ordering = render(*run, playheadAtTime(run->trace, milliseconds(2)));
    keep(ordering.image, QStringLiteral("restaurant-sync-order"));
    EXPECT_LT(countColor(ordering.image, whole(g.kitchen), waiter, 8), 20);
    EXPECT_GT(countColor(ordering.image, whole(g.dining), waiter, 8), 150);
}

TEST(RestaurantRender, AsyncShowsATicketPerOrderOnTheRail) {
    auto run = scenarios::async(4, milliseconds(500));
    const Theme& theme = Theme::light();
    const Rendered r = render(*run, playheadAtTime(run->trace, milliseconds(250)));
    keep(r.image, QStringLiteral("restaurant-async"));
    const RoomGeometry& g = r.layout.rooms[0];
    // Ticket paper on the rail, and each ring half full in the I/O colour.
    EXPECT_GT(countColor(r.image, whole(g.rail), theme.paper, 3), 4 * 400);
    EXPECT_GT(countColor(r.image, whole(g.rail), theme.io, 30), 4 * 20);
    // The waiter is not stuck in the kitchen.
    EXPECT_LT(countColor(r.image, whole(g.kitchen), theme.taskColor(run->colorTaskOf(0)), 8), 20);
}

TEST(RestaurantRender, ABlockedLoopFreezesTheDiningRoom) {
    auto run = scenarios::asyncWithBlockingCall(3, milliseconds(300));
    const Theme& theme = Theme::light();
    const Rendered frozen = render(*run, playheadAtTime(run->trace, milliseconds(100)));
    keep(frozen.image, QStringLiteral("restaurant-frozen"));
    const RoomGeometry& g = frozen.layout.rooms[0];
    EXPECT_GT(countColor(frozen.image, whole(g.kitchen), theme.taskColor(run->colorTaskOf(0)), 8),
              150);
    // The dining room's floor takes an icy tint while the loop is blocked.
    const QRect floor(static_cast<int>(g.dining.left()) + 6,
                      static_cast<int>(g.dining.center().y()), 6, 6);
    const Rendered free = render(*run, playheadAtTime(run->trace, milliseconds(400)));
    keep(free.image, QStringLiteral("restaurant-unfrozen"));
    const QColor a = frozen.image.pixelColor(floor.center());
    const QColor b = free.image.pixelColor(floor.center());
    EXPECT_GT(a.blue() - a.red(), b.blue() - b.red() + 20);
}

TEST(RestaurantRender, ProcessesAreSeparateRoomsEachWithAKitchen) {
    auto run = scenarios::processes(3, milliseconds(200));
    const Rendered r = render(*run, playheadAtTime(run->trace, milliseconds(100)));
    keep(r.image, QStringLiteral("restaurant-processes"));
    ASSERT_EQ(r.layout.rooms.size(), 4u);
    for (std::size_t i = 1; i < 4; ++i) {
        const RoomGeometry& g = r.layout.rooms[i];
        EXPECT_FALSE(g.room.intersects(r.layout.rooms[0].room));
        // Each process's waiter is in its own kitchen (a blocking call).
        const QColor waiter = Theme::light().taskColor(run->colorTaskOf(static_cast<WorkerId>(i)));
        EXPECT_GT(countColor(r.image, whole(g.kitchen), waiter, 8), 60) << "room " << i;
    }
}

TEST(RestaurantRender, ThreadsShowSeveralWaiters) {
    auto run = scenarios::threads(3, milliseconds(200));
    const Rendered r = render(*run, playheadAtTime(run->trace, milliseconds(10)));
    keep(r.image, QStringLiteral("restaurant-threads"));
    for (WorkerId w = 1; w <= 3; ++w)
        EXPECT_GT(countColor(r.image, whole(r.layout.rooms[0].room),
                             Theme::light().taskColor(run->colorTaskOf(w)), 8),
                  60);
}

TEST(RestaurantRender, ManyTablesAreGroupedAndCounted) {
    auto run = scenarios::async(150, milliseconds(100));
    const Rendered r = render(*run, playheadAtTime(run->trace, milliseconds(150)));
    keep(r.image, QStringLiteral("restaurant-grouped"));
    EXPECT_TRUE(r.layout.rooms[0].grouped);
}

TEST(RestaurantRender, EveryThemeShowsTheSameSceneInItsOwnColours) {
    auto run = scenarios::sync(3, milliseconds(500));
    const Playhead p = playheadAtTime(run->trace, milliseconds(250));
    for (const Theme* theme : {&Theme::light(), &Theme::dark(), &Theme::contrast()}) {
        const Rendered r = render(*run, p, {1200, 700}, *theme);
        keep(r.image, QStringLiteral("restaurant-theme-%1").arg(theme->name()));
        const RoomGeometry& g = r.layout.rooms[0];
        EXPECT_GT(countColor(r.image, whole(g.kitchen), theme->taskColor(run->colorTaskOf(0)), 8),
                  150)
            << theme->name().toStdString();
        EXPECT_EQ(r.image.pixelColor(3, 3), theme->background) << theme->name().toStdString();
    }
}

// The caption's clock is ink at the top right; the presenter, whose header
// has a bigger clock, turns it off and that corner stays empty.
TEST(RestaurantRender, TheCaptionClockCanBeLeftToAClockElsewhere) {
    auto run = scenarios::async(4, milliseconds(500));
    const Theme& theme = Theme::light();
    const Playhead p = playheadAtTime(run->trace, milliseconds(250));
    const Rendered with = render(*run, p, {1200, 700}, theme, true);
    const Rendered without = render(*run, p, {1200, 700}, theme, false);
    const QRect corner =
        whole(with.layout.caption).adjusted(with.layout.caption.width() * 0.8, 0, 0, 0);
    EXPECT_GT(countColor(with.image, corner, theme.text, 60), 20);
    EXPECT_EQ(countColor(without.image, corner, theme.text, 60), 0);
}
