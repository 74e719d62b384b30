// SPDX-License-Identifier: MIT
#pragma once

#include "model/restaurant_scene.h"
#include "model/run_model.h"
#include "ui/painters/restaurant_layout.h"
#include "ui/style/theme.h"

#include <QPointF>
#include <QRectF>

#include <utility>
#include <vector>

class QPainter;

namespace coroscope {

// What the restaurant shows: a run, a playhead, and how waiters move.
struct RestaurantFrame {
    const RunModel* run = nullptr;
    Playhead playhead;
    SceneOptions options;
    TaskId selected = 0;
    // A step taken while paused glides: each waiter is drawn `blend` of the
    // way from where it was drawn before (`from`) to where it is now. A
    // presentation nicety only: blend 1 (the default) is the exact picture.
    const std::vector<std::pair<WorkerId, QPointF>>* from = nullptr;
    double blend = 1;
    // The caption's clock; off where a bigger clock is already on screen
    // (the presenter's header).
    bool showClock = true;
};

// Draws the restaurant for a frame: rooms, tables, the kitchen and its
// tickets, waiters, a caption saying which way of serving this is, and a
// legend. Everything is vector drawing, sized from the rectangle, so it
// reads on a projector and exports to SVG as it looks on screen.
class RestaurantPainter {
public:
    // Waiters in one room beyond which they are drawn in groups.
    static constexpr int kCrowd = 12;

    // Returns the layout it drew with, for hit testing.
    RestaurantLayout paint(QPainter& p, const QRectF& rect, const RestaurantFrame& f,
                           const Theme& theme);

    static QString caption(const RestaurantScene& scene, const RunModel& run);
    // The name tag of a waiter: loop, main, thread-2, proc-3.
    static QString waiterLabel(const RunModel& run, WorkerId worker);

private:
    void paintRoom(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l, std::size_t room,
                   const RestaurantFrame& f, const Theme& theme);
    void paintTables(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l,
                     const RestaurantFrame& f, const Theme& theme);
    void paintGrouped(QPainter& p, const RestaurantScene& scene, const RestaurantLayout& l,
                      std::size_t room, const Theme& theme);
    void paintTickets(QPainter& p, const RestaurantScene& scene, const RestaurantLayout& l,
                      const RestaurantFrame& f, const Theme& theme);
    void paintWaiters(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l,
                      const RestaurantFrame& f, const Theme& theme);
    void paintWaiterGroups(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l,
                           std::size_t room, const RestaurantFrame& f, const Theme& theme);
    void paintCaption(QPainter& p, const RestaurantScene& scene, const RestaurantLayout& l,
                      const RestaurantFrame& f, const Theme& theme);
    void paintLegend(QPainter& p, RestaurantLayout& l, const Theme& theme);
};

} // namespace coroscope
