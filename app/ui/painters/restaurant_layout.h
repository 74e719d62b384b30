// SPDX-License-Identifier: MIT
#pragma once

#include "model/restaurant_scene.h"

#include <QPointF>
#include <QRectF>

#include <utility>
#include <vector>

namespace coroscope {

// Where each part of one dining room goes.
struct RoomGeometry {
    QRectF room;    // walls
    QRectF header;  // name and memory meter
    QRectF dining;  // tables
    QRectF kitchen; // the I/O world
    QRectF rail;    // tickets hang here
    QPointF bell;   // on the pass
    QPointF pad;    // the shared order pad's stand
    QPointF home;   // where idle waiters stand
    QPointF door;
    double waiterSize = 30;
    double tableRadius = 30;
    bool grouped = false;              // too many tables: grouped by state
    std::vector<std::uint32_t> tables; // clients seated here, in order
};

// The geometry of the whole restaurant in a rectangle: a caption on top, a
// legend at the bottom, and the rooms (one per process) between them.
// Invariants: tableCenter has one entry per client of the scene; rooms
// parallels scene.rooms.
struct RestaurantLayout {
    QRectF caption;
    QRectF legend;
    QRectF resources;                // the queues, locks and semaphores (empty: none)
    std::vector<QRectF> resourceBox; // parallels scene.resources
    std::vector<RoomGeometry> rooms;
    std::vector<QPointF> tableCenter; // by client
    std::vector<int> groupOfState;    // grouped rooms: state -> slot
    // Where each waiter was drawn (filled by the painter), for tooltips.
    std::vector<std::pair<WorkerId, QPointF>> waiterAt;
    double captionFont = 13;
    // Every text label drawn (filled by the painter), none overlapping another.
    std::vector<QRectF> labels;

    // Where a label that would sit at `want` goes: there if it overlaps no
    // label drawn so far, else the nearest free spot nearby; it is recorded.
    QRectF placeLabel(const QRectF& want);

    static RestaurantLayout compute(const RestaurantScene& scene, const QRectF& rect,
                                    double fontScale);
    // Where a waiter stands at a place; `slot` spreads waiters sharing one.
    QPointF placePoint(const RestaurantScene& scene, const Place& place, std::uint16_t room,
                       int slot, int queuePosition) const;
    // The grouped "table" that stands for every table in a state.
    QPointF groupCenter(const RoomGeometry& room, TableState state) const;
    // The client whose table is under a point, or -1.
    int tableAt(const RestaurantScene& scene, QPointF at) const;
};

// Tables seated in a room before they are shown one by one, not grouped.
inline constexpr int kGroupTablesFrom = 100;

} // namespace coroscope
