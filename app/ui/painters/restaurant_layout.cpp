// SPDX-License-Identifier: MIT
#include "ui/painters/restaurant_layout.h"

#include <algorithm>
#include <cmath>

namespace coroscope {

namespace {

// Columns for n items in a w x h box, so cells come out about square.
int columnsFor(int n, double w, double h) {
    if (n <= 0) return 1;
    // The biggest cells, but a grid with fewer empty cells wins when its
    // cells are nearly as big (three tables in a row, not a square with a hole).
    auto score = [&](int cols) {
        const int rows = (n + cols - 1) / cols;
        const double cell = std::min(w / cols, h / rows);
        const int empty = cols * rows - n;
        return cell * (1.0 - 0.12 * empty / std::max(1, cols));
    };
    int best = 1;
    for (int cols = 2; cols <= n; ++cols)
        if (score(cols) > score(best)) best = cols;
    return best;
}

void layoutRoom(RoomGeometry& g, const QRectF& rect, double fontScale, bool hasTables) {
    g.room = rect;
    const double headerH = std::clamp(rect.height() * 0.1, 26.0, 40.0) * fontScale;
    g.header = QRectF(rect.left(), rect.top(), rect.width(), headerH);
    const QRectF body = rect.adjusted(0, headerH, 0, 0);
    double kitchenW = std::clamp(body.width() * 0.3, 120.0, 520.0);
    if (!hasTables) kitchenW = body.width() * 0.45;
    g.kitchen = QRectF(body.right() - kitchenW, body.top(), kitchenW, body.height());
    g.dining = QRectF(body.left(), body.top(), body.width() - kitchenW, body.height());
    const double railH = std::clamp(g.kitchen.height() * 0.42, 60.0, 170.0);
    g.rail = QRectF(g.kitchen.left() + 14, g.kitchen.top() + 14, g.kitchen.width() - 28, railH);
    g.waiterSize = std::clamp(std::min(g.dining.width(), g.dining.height()) * 0.1, 16.0, 66.0);
    g.bell = QPointF(g.kitchen.left(), g.kitchen.top() + g.kitchen.height() * 0.62);
    g.pad = QPointF(g.dining.right() - g.waiterSize * 1.1, g.dining.top() + g.waiterSize * 1.1);
    g.home = QPointF(g.dining.right() - g.waiterSize * 1.0, g.dining.bottom() - g.waiterSize * 1.2);
    g.door = QPointF(g.dining.left() + g.waiterSize, g.dining.bottom() - g.waiterSize * 0.6);
}

} // namespace

RestaurantLayout RestaurantLayout::compute(const RestaurantScene& scene, const QRectF& rect,
                                           double fontScale) {
    RestaurantLayout l;
    l.captionFont = std::clamp(rect.height() * 0.026, 11.0, 20.0) * fontScale;
    const double captionH = l.captionFont * 3.0;
    const double legendH = std::clamp(rect.height() * 0.07, 34.0, 56.0) * fontScale;
    l.caption = QRectF(rect.left(), rect.top(), rect.width(), captionH);
    l.legend = QRectF(rect.left(), rect.bottom() - legendH, rect.width(), legendH);
    QRectF area = rect.adjusted(12, captionH, -12, -legendH - 8);
    if (!scene.resources.empty()) {
        const double h = std::clamp(rect.height() * 0.11, 64.0, 120.0) * fontScale;
        const auto n = static_cast<double>(scene.resources.size());
        if (area.height() - h - 8 >= area.height() * 0.62) {
            // A shelf under the caption: one box per primitive, side by side.
            l.resources = QRectF(area.left(), area.top(), area.width(), h);
            area.setTop(area.top() + h + 8);
            const double w = std::min(420.0 * fontScale, (l.resources.width() - 10 * (n - 1)) / n);
            for (std::size_t i = 0; i < scene.resources.size(); ++i)
                l.resourceBox.emplace_back(l.resources.left() + static_cast<double>(i) * (w + 10),
                                           l.resources.top(), w, h);
        } else {
            // Too short a view for a shelf above the room (a window of 720
            // lines): a column beside it, so the room keeps its height.
            const double w = std::clamp(area.width() * 0.26, 150.0, 320.0 * fontScale);
            l.resources = QRectF(area.left(), area.top(), w, area.height());
            area.setLeft(area.left() + w + 10);
            const double boxH = std::min(h, (l.resources.height() - 8 * (n - 1)) / n);
            for (std::size_t i = 0; i < scene.resources.size(); ++i)
                l.resourceBox.emplace_back(l.resources.left(),
                                           l.resources.top() + static_cast<double>(i) * (boxH + 8),
                                           w, boxH);
        }
    }

    const int n = static_cast<int>(scene.rooms.size());
    l.rooms.resize(static_cast<std::size_t>(n));
    for (const SceneTable& t : scene.tables)
        if (t.room < l.rooms.size()) l.rooms[t.room].tables.push_back(t.client);

    // The main process's room, when it seats nobody (it only starts the
    // others), is a narrow strip on the left; the rooms that serve share the rest.
    std::vector<int> serving;
    for (int i = 0; i < n; ++i)
        if (i > 0 || !l.rooms[0].tables.empty() || n == 1) serving.push_back(i);
    QRectF rest = area;
    if (n > 1 && l.rooms[0].tables.empty()) {
        const double w = std::clamp(area.width() * 0.16, 130.0, 260.0);
        layoutRoom(l.rooms[0], QRectF(area.left(), area.top(), w, area.height()), fontScale, false);
        rest = area.adjusted(w + 12, 0, 0, 0);
    }
    const int m = static_cast<int>(serving.size());
    // Rooms come out wider than tall, as a dining room with its kitchen beside it is.
    const int cols = columnsFor(m, rest.width() / 1.7, rest.height());
    const int rows = (m + cols - 1) / std::max(1, cols);
    const double gap = 12;
    const double cw = (rest.width() - gap * (cols - 1)) / cols;
    const double ch = (rest.height() - gap * (rows - 1)) / std::max(1, rows);
    for (int k = 0; k < m; ++k) {
        const int c = k % cols, r = k / cols;
        RoomGeometry& g = l.rooms[static_cast<std::size_t>(serving[static_cast<std::size_t>(k)])];
        layoutRoom(g, QRectF(rest.left() + c * (cw + gap), rest.top() + r * (ch + gap), cw, ch),
                   fontScale, true);
    }

    // One size of waiter everywhere (the serving rooms decide it), so a
    // strip-like room does not shrink its waiter.
    double waiterSize = 0;
    for (int i : serving)
        waiterSize = std::max(waiterSize, l.rooms[static_cast<std::size_t>(i)].waiterSize);
    for (RoomGeometry& g : l.rooms)
        if (waiterSize > 0) g.waiterSize = std::min(waiterSize, g.room.width() * 0.2);

    // Tables in a grid in each dining area, or grouped by state.
    l.tableCenter.assign(scene.tables.size(), QPointF());
    for (RoomGeometry& g : l.rooms) {
        const int count = static_cast<int>(g.tables.size());
        // Leave room on the right of the dining area for the pad and the waiters' station.
        const QRectF seats = g.dining.adjusted(10, 10, -g.waiterSize * 2.2, -10);
        if (count >= kGroupTablesFrom) {
            g.grouped = true;
            g.tableRadius = std::clamp(std::min(seats.width(), seats.height()) * 0.11, 16.0, 44.0);
            for (std::uint32_t client : g.tables)
                l.tableCenter[client] = seats.center();
            continue;
        }
        const int tcols = columnsFor(count, seats.width(), seats.height());
        const int trows = (count + tcols - 1) / std::max(1, tcols);
        const double cellW = seats.width() / tcols, cellH = seats.height() / std::max(1, trows);
        g.tableRadius = std::clamp(std::min(cellW, cellH) * 0.26, 7.0, g.waiterSize * 1.7);
        for (int i = 0; i < count; ++i) {
            const int c = i % tcols, r = i / tcols;
            l.tableCenter[g.tables[static_cast<std::size_t>(i)]] =
                QPointF(seats.left() + cellW * (c + 0.45), seats.top() + cellH * (r + 0.52));
        }
    }
    return l;
}

QPointF RestaurantLayout::groupCenter(const RoomGeometry& room, TableState state) const {
    // Ten states in a 4 x 3 grid of the dining area, in reading order.
    const QRectF seats = room.dining.adjusted(10, 10, -room.waiterSize * 2.2, -10);
    const int i = static_cast<int>(state);
    const int c = i % 4, r = i / 4;
    return QPointF(seats.left() + seats.width() * (c + 0.5) / 4,
                   seats.top() + seats.height() * (r + 0.45) / 3);
}

QPointF RestaurantLayout::placePoint(const RestaurantScene& scene, const Place& place,
                                     std::uint16_t room, int slot, int queuePosition) const {
    if (room >= rooms.size()) return {};
    const RoomGeometry& g = rooms[room];
    const double s = g.waiterSize;
    switch (place.kind) {
    case PlaceKind::Table: {
        if (place.table >= tableCenter.size()) return g.home;
        if (g.grouped) {
            const auto state = scene.tables[place.table].state;
            return groupCenter(g, state) + QPointF(g.tableRadius * 1.5, g.tableRadius * 0.6);
        }
        const double r = rooms[scene.tables[place.table].room].tableRadius;
        // Beside the table on the right, its name tag clear of the table's.
        return tableCenter[place.table] + QPointF(r + s * 0.7, -r * 0.1 + slot * s * 0.3);
    }
    case PlaceKind::Kitchen: {
        // In front of the stove, one spot per waiter (name tags need room).
        // The name tag is wider than the waiter: keep half a tag from each wall.
        const double x0 = g.kitchen.left() + s * 1.4;
        const double span = std::max(0.0, g.kitchen.width() - s * 2.8);
        const double step = s * 2.8; // a waiter and its name tag
        const int perRow = std::max(1, static_cast<int>(span / step) + 1);
        const int row = slot / perRow, col = slot % perRow;
        // Rows far enough apart that a blocked waiter's hourglass, above it,
        // stays clear of the name tags of the row before.
        const double y0 = std::min(g.rail.bottom() + s * 2.7, g.kitchen.bottom() - s * 1.1);
        return QPointF(x0 + col * step, std::min(y0 + row * s * 2.9, g.kitchen.bottom() - s * 0.9));
    }
    case PlaceKind::Pad: {
        // A line down the pass from the pad's stand, then a line beside it.
        const int q = std::max(0, queuePosition);
        const int perColumn =
            std::max(1, static_cast<int>((g.home.y() - g.pad.y() - s * 1.5) / (s * 2.0)));
        const int column = q / perColumn, row = q % perColumn;
        return g.pad + QPointF(-s * 0.2 - column * s * 2.6, s * 1.4 + row * s * 2.0);
    }
    case PlaceKind::Door:
    case PlaceKind::Gone: return g.door + QPointF(slot * s * 2.3, 0);
    case PlaceKind::Home: {
        // Up the pass from the bottom corner, then a column further in, so
        // idle waiters wait by the kitchen and not on the tables.
        const int perColumn =
            std::max(1, static_cast<int>((g.home.y() - g.pad.y() - s * 1.5) / (s * 2.0)));
        const int column = slot / perColumn, row = slot % perColumn;
        return g.home + QPointF(-column * s * 2.6, -row * s * 2.0);
    }
    }
    return g.home;
}

QRectF RestaurantLayout::placeLabel(const QRectF& want) {
    // The legend and caption bands are kept clear: their texts come later.
    auto free = [&](const QRectF& r) {
        return !r.intersects(legend) && !r.intersects(caption) &&
               std::none_of(labels.begin(), labels.end(),
                            [&](const QRectF& o) { return o.intersects(r); });
    };
    QRectF at = want;
    if (!free(at)) {
        // Down first (under what it names), then up, then sideways.
        const double dy = want.height() * 0.5 + 1, dx = want.width() * 0.25 + 1;
        bool found = false;
        for (int k = 1; k <= 48 && !found; ++k) {
            for (const QPointF d :
                 {QPointF(0, dy * k), QPointF(0, -dy * k), QPointF(dx * k, 0), QPointF(-dx * k, 0),
                  QPointF(dx * k, dy * k), QPointF(-dx * k, dy * k)}) {
                if (free(want.translated(d))) {
                    at = want.translated(d);
                    found = true;
                    break;
                }
            }
        }
    }
    labels.push_back(at);
    return at;
}

int RestaurantLayout::tableAt(const RestaurantScene& scene, QPointF at) const {
    for (std::size_t i = 0; i < scene.tables.size(); ++i) {
        const SceneTable& t = scene.tables[i];
        if (t.room >= rooms.size() || rooms[t.room].grouped) continue;
        const double r = rooms[t.room].tableRadius * 1.25;
        const QPointF d = at - tableCenter[i];
        if (d.x() * d.x() + d.y() * d.y() <= r * r) return static_cast<int>(i);
    }
    return -1;
}

} // namespace coroscope
