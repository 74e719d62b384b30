// SPDX-License-Identifier: MIT
// The waiters: each where its itinerary puts it, with a bubble saying what it
// does; crowds in groups; and the frozen loop over the dining room.
#include "ui/painters/restaurant_painter.h"

#include "ui/painters/restaurant_icons.h"
#include "ui/style/format.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace coroscope {

namespace {

QColor alpha(QColor c, int a) {
    c.setAlpha(a);
    return c;
}

double ease(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

// The fraction of a worker's current hold that has passed (an hourglass).
double holdProgress(const Trace& trace, WorkerId w, const Playhead& p) {
    const Span* s = spanAt(trace.workerSpans(w), p.seq);
    if (!s || s->end == std::numeric_limits<Time>::max() || s->end <= s->begin) return 0.5;
    return std::clamp(
        static_cast<double>(p.time - s->begin) / static_cast<double>(s->end - s->begin), 0.0, 1.0);
}

} // namespace

void RestaurantPainter::paintWaiters(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l,
                                     const RestaurantFrame& f, const Theme& theme) {
    std::vector<int> seats(l.rooms.size(), 0);
    // A room with a crowd of waiters (a thousand threads) shows them grouped
    // by what they do, with how many, instead of a heap of name tags.
    std::vector<int> visible(l.rooms.size(), 0);
    for (const SceneWaiter& w : scene.waiters)
        if (w.visible && w.room < l.rooms.size()) ++visible[w.room];
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (std::size_t r = 0; r < l.rooms.size(); ++r)
        if (visible[r] > kCrowd) paintWaiterGroups(p, scene, l, r, f, theme);
    // Name tags go on after every waiter is drawn, so that no waiter or
    // bubble drawn later covers the tag of one drawn before.
    struct Tag {
        QRectF rect;
        QString name;
        QColor color;
        QFont font;
    };
    std::vector<Tag> tags;
    for (const SceneWaiter& w : scene.waiters) {
        if (w.room >= l.rooms.size()) continue;
        const int slot = seats[w.room]++;
        if (!w.visible || visible[w.room] > kCrowd) continue;
        const RoomGeometry& g = l.rooms[w.room];
        const double s = g.waiterSize;
        const QPointF a = l.placePoint(scene, w.from, w.room, slot, w.queuePosition);
        const QPointF b = l.placePoint(scene, w.to, w.room, slot, w.queuePosition);
        QPointF at = a + (b - a) * ease(w.travel);
        if (f.from && f.blend < 1) {
            for (const auto& [worker, was] : *f.from)
                if (worker == w.worker) at = was + (at - was) * ease(f.blend);
        }
        l.waiterAt.emplace_back(w.worker, at);
        const QColor color = theme.taskColor(f.run->colorTaskOf(w.worker));
        if (w.frozen) {
            p.setPen(QPen(theme.ice.darker(120), 2));
            p.setBrush(alpha(theme.ice, 150));
            p.drawEllipse(at, s * 0.95, s * 0.95);
        }
        if (w.task && w.task == f.selected) {
            p.setPen(QPen(theme.cursor, 3 * theme.lineWidth, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, s * 0.85, s * 0.85);
        }
        icons::waiter(p, at, s, color, theme);
        // What the waiter is doing, in a bubble above it.
        const QPointF bubble = at + QPointF(s * 0.55, -s * 0.95);
        const double bs = s * 0.78;
        switch (w.activity) {
        case WaiterActivity::Writing:
            icons::badge(p, bubble, bs, theme.paper, theme.ink);
            icons::notepad(p, bubble, bs * 0.62, theme, true);
            break;
        case WaiterActivity::Computing:
            if (w.holdsPad) { // computing is writing on the one pad
                icons::badge(p, bubble, bs, theme.paper, theme.ink);
                icons::notepad(p, bubble, bs * 0.62, theme, true);
                break;
            }
            icons::badge(p, bubble, bs, theme.computing, theme.computing.darker(130));
            p.setFont(theme.font(std::clamp(bs * 0.28, 6.0, 10.0), true));
            p.setPen(Qt::white);
            p.drawText(QRectF(bubble.x() - bs / 2, bubble.y() - bs / 2, bs, bs), Qt::AlignCenter,
                       Format::tr("CPU"));
            break;
        case WaiterActivity::Blocked:
            icons::badge(p, bubble, bs, theme.paper, theme.blocked);
            icons::hourglass(p, bubble, bs * 0.62, theme.blocked,
                             holdProgress(f.run->trace, w.worker, f.playhead));
            break;
        case WaiterActivity::Queued:
            icons::badge(p, bubble, bs, theme.paper, theme.queued);
            p.setFont(theme.font(std::clamp(bs * 0.26, 6.0, 10.0), true));
            p.setPen(theme.queued);
            p.drawText(QRectF(bubble.x() - bs / 2, bubble.y() - bs / 2, bs, bs), Qt::AlignCenter,
                       Format::tr("GIL"));
            break;
        case WaiterActivity::Waiting:
            icons::badge(p, bubble, bs, theme.paper, theme.waitTask);
            icons::dots(p, bubble, bs * 0.8, theme.waitTask);
            break;
        default: break;
        }
        if (w.frozen)
            icons::snowflake(p, at + QPointF(-s * 0.7, -s * 0.7), s * 0.5, theme.ice.darker(160));
        // The worker's name, under it, clear of every label drawn before.
        p.setFont(theme.font(std::clamp(s * 0.3, 8.0, 13.0), true));
        const QString name = waiterLabel(*f.run, w.worker);
        const QRectF tag = l.placeLabel(icons::chipRect(p.font(), at + QPointF(0, s * 0.78), name));
        tags.push_back(Tag{tag, name, color, p.font()});
    }
    for (const Tag& t : tags) {
        p.setFont(t.font);
        icons::chip(p, t.rect.center(), t.name, t.color, QColor(Qt::white));
    }
    // A blocked loop: every table waits. Say so over the dining room.
    if (scene.loopFrozen) {
        for (const SceneWaiter& w : scene.waiters) {
            if (!w.frozen || w.room >= l.rooms.size()) continue;
            const RoomGeometry& g = l.rooms[w.room];
            p.fillRect(g.dining, alpha(theme.ice, 55));
            p.setFont(theme.font(std::clamp(g.waiterSize * 0.45, 10.0, 16.0), true));
            const QString text = Format::tr("The loop is blocked: every table waits");
            const QFontMetricsF fm(p.font());
            const QRectF box(g.dining.center().x() - fm.horizontalAdvance(text) / 2 - 12,
                             g.dining.top() + fm.height() * 0.6, fm.horizontalAdvance(text) + 24,
                             fm.height() * 1.6);
            p.setPen(QPen(theme.ice.darker(150), 1.5));
            p.setBrush(alpha(theme.surface, 235));
            p.drawRoundedRect(box, 6, 6);
            p.setPen(theme.text);
            p.drawText(box, Qt::AlignCenter, text);
        }
    }
    p.restore();
}

void RestaurantPainter::paintWaiterGroups(QPainter& p, const RestaurantScene& scene,
                                          RestaurantLayout& l, std::size_t room,
                                          const RestaurantFrame& f, const Theme& theme) {
    const RoomGeometry& g = l.rooms[room];
    struct Group {
        int count = 0;
        WorkerId first = 0;
    };
    // Kitchen (blocked), pad queue, at the tables (writing, computing), idle.
    Group groups[4];
    for (const SceneWaiter& w : scene.waiters) {
        if (!w.visible || w.room != room) continue;
        const int k =
            w.activity == WaiterActivity::Blocked                                              ? 0
            : w.activity == WaiterActivity::Queued                                             ? 1
            : w.activity == WaiterActivity::Writing || w.activity == WaiterActivity::Computing ? 2
                                                                                               : 3;
        if (groups[k].count++ == 0) groups[k].first = w.worker;
    }
    const double s = g.waiterSize;
    const QPointF anchors[] = {
        l.placePoint(scene, Place{PlaceKind::Kitchen, 0}, static_cast<std::uint16_t>(room), 0, 0),
        l.placePoint(scene, Place{PlaceKind::Pad, 0}, static_cast<std::uint16_t>(room), 0, 0),
        QPointF(g.dining.center().x(), g.dining.bottom() - s * 1.6), g.home};
    const QString labels[] = {Format::tr("at the kitchen"), Format::tr("queueing for the pad"),
                              Format::tr("taking orders"), Format::tr("idle")};
    for (int k = 0; k < 4; ++k) {
        if (groups[k].count == 0) continue;
        const QColor color = theme.taskColor(f.run->colorTaskOf(groups[k].first));
        for (int i = std::min(groups[k].count, 3) - 1; i >= 0; --i)
            icons::waiter(p, anchors[k] + QPointF(-i * s * 0.35, -i * s * 0.2), s, color, theme);
        if (k == 0)
            icons::hourglass(p, anchors[k] + QPointF(s * 0.7, -s * 0.8), s * 0.5, theme.blocked,
                             0.5);
        p.setFont(theme.font(std::clamp(s * 0.34, 8.0, 13.0), true));
        const QString text =
            QStringLiteral("%1 × %2").arg(labels[k], QLocale().toString(groups[k].count));
        const QRectF tag =
            l.placeLabel(icons::chipRect(p.font(), anchors[k] + QPointF(0, s * 0.8), text));
        icons::chip(p, tag.center(), text, color, QColor(Qt::white));
    }
}

} // namespace coroscope
