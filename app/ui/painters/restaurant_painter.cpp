// SPDX-License-Identifier: MIT
#include "ui/painters/restaurant_painter.h"

#include "ui/painters/resource_drawing.h"
#include "ui/painters/restaurant_icons.h"
#include "ui/style/format.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace coroscope {

namespace {

QColor alpha(QColor c, int a) {
    c.setAlpha(a);
    return c;
}

QString roomName(const RestaurantScene& scene, const RunModel& run, std::size_t room) {
    const SceneRoom& r = scene.rooms[room];
    if (r.process == 0)
        return scene.rooms.size() > 1 ? Format::tr("Main process") : Format::tr("Dining room");
    return RestaurantPainter::waiterLabel(run, r.mainWorker);
}

// What a ticket says: the client's name, or when that does not fit, its
// number ("table 12" becomes "#12"), as a kitchen writes it.
QString ticketTitle(const QString& name, double width, const Theme& theme) {
    // The title font of icons::ticket.
    const QFontMetricsF fm(theme.font(std::clamp(width * 0.19, 6.5, 11.0), true));
    if (fm.horizontalAdvance(name) <= width - 4) return name;
    const QString last = name.section(QLatin1Char(' '), -1);
    bool number = false;
    last.toInt(&number);
    return number ? QStringLiteral("#") + last : name;
}

} // namespace

QString RestaurantPainter::waiterLabel(const RunModel& run, WorkerId w) {
    const Trace& trace = run.trace;
    if (w >= trace.workers().size()) return QString::number(w);
    if (w == run.restaurant.loopWorker) return QStringLiteral("loop"); // asyncio.run's thread
    // Short, so a name tag fits under a waiter: pools name their threads
    // "ThreadPoolExecutor-0_3"; the tag says what it is and which one.
    switch (trace.workers()[w].kind) {
    case WorkerKind::Loop: return QStringLiteral("loop");
    case WorkerKind::Sync: return QString::fromStdString(trace.workerName(w));
    case WorkerKind::Thread: return QStringLiteral("thread-%1").arg(w);
    case WorkerKind::Process: return QStringLiteral("proc-%1").arg(w);
    }
    return QString::number(w);
}

QString RestaurantPainter::caption(const RestaurantScene& scene, const RunModel& run) {
    int threads = 0, processes = 0;
    for (const WorkerInfo& w : run.trace.workers()) {
        threads += w.kind == WorkerKind::Thread;
        processes += w.kind == WorkerKind::Process;
    }
    switch (scene.style) {
    case ServiceStyle::Sync: return Format::tr("Sync: one waiter, one table at a time");
    case ServiceStyle::Threads:
        return scene.sharedPad
                   ? Format::tr("Threads: %n waiter(s) sharing one order pad", "", threads)
                   : Format::tr("Threads: %n waiter(s)", "", threads);
    case ServiceStyle::Processes:
        return Format::tr("Processes: %n dining room(s), each with its own kitchen", "", processes);
    case ServiceStyle::Async: return Format::tr("Async: one waiter, many tables");
    case ServiceStyle::AsyncWithWorkers:
        return Format::tr("Async with helpers: the loop and %n more waiter(s)", "",
                          threads + processes);
    }
    return {};
}

RestaurantLayout RestaurantPainter::paint(QPainter& p, const QRectF& rect, const RestaurantFrame& f,
                                          const Theme& theme) {
    p.save();
    p.fillRect(rect, theme.background);
    if (!f.run) {
        p.setPen(theme.mutedText);
        p.setFont(theme.font(13));
        p.drawText(rect, Qt::AlignCenter,
                   Format::tr("The restaurant appears here when the lesson's script runs."));
        p.restore();
        return {};
    }
    const RestaurantScene scene =
        buildScene(f.run->trace, f.run->restaurant, f.playhead, f.options);
    RestaurantLayout l = RestaurantLayout::compute(scene, rect, theme.fontScale);
    for (std::size_t r = 0; r < scene.rooms.size(); ++r)
        paintRoom(p, scene, l, r, f, theme);
    paintTables(p, scene, l, f, theme);
    paintTickets(p, scene, l, f, theme);
    for (std::size_t i = 0; i < scene.resources.size() && i < l.resourceBox.size(); ++i)
        for (const QRectF& r :
             paintResource(p, l.resourceBox[i], scene.resources[i], f.run->trace, theme,
                           std::clamp(l.captionFont * 0.8, 10.0, 22.0) / theme.fontScale))
            l.labels.push_back(r);
    paintWaiters(p, scene, l, f, theme);

    // Rooms not open yet, opening, or closed, over what is inside them.
    for (std::size_t r = 0; r < scene.rooms.size(); ++r) {
        const SceneRoom& room = scene.rooms[r];
        const RoomGeometry& g = l.rooms[r];
        const QRectF inner = g.room.adjusted(0, g.header.height(), 0, 0);
        p.setFont(theme.font(std::clamp(g.waiterSize * 0.42, 9.0, 15.0), true));
        if (!room.exists) {
            p.fillRect(inner, alpha(theme.background, 225));
            p.setPen(theme.mutedText);
            p.drawText(inner, Qt::AlignCenter, Format::tr("not open yet"));
        } else if (room.opening < 1) {
            // Shutters rise as the interpreter starts.
            const QRectF shutter(inner.left(), inner.top(), inner.width(),
                                 inner.height() * (1 - room.opening));
            p.fillRect(shutter, alpha(theme.wall, 215));
            p.setPen(QPen(alpha(theme.background, 90), 2));
            for (double y = shutter.top() + 10; y < shutter.bottom(); y += 12)
                p.drawLine(QPointF(shutter.left(), y), QPointF(shutter.right(), y));
            p.setPen(theme.background);
            p.drawText(shutter, Qt::AlignCenter, Format::tr("opening: the interpreter starts"));
        } else if (room.closed) {
            p.fillRect(inner, alpha(theme.background, 150));
            p.setPen(theme.mutedText);
            p.drawText(inner, Qt::AlignCenter, Format::tr("closed"));
        }
    }
    paintCaption(p, scene, l, f, theme);
    paintLegend(p, l, theme);
    p.restore();
    return l;
}

void RestaurantPainter::paintRoom(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l,
                                  std::size_t r, const RestaurantFrame& f, const Theme& theme) {
    const RoomGeometry& g = l.rooms[r];
    const SceneRoom& room = scene.rooms[r];
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    // Floor boards and kitchen tiles.
    p.fillRect(g.dining, theme.floor);
    p.setPen(QPen(theme.floorLine, 1));
    const double board = std::max(18.0, g.waiterSize * 0.9);
    for (double y = g.dining.top() + board; y < g.dining.bottom(); y += board)
        p.drawLine(QPointF(g.dining.left(), y), QPointF(g.dining.right(), y));
    p.fillRect(g.kitchen, theme.kitchen);
    p.setPen(QPen(theme.kitchenTile, 1));
    const double tile = std::max(16.0, g.waiterSize * 0.7);
    for (double x = g.kitchen.left() + tile; x < g.kitchen.right(); x += tile)
        p.drawLine(QPointF(x, g.kitchen.top()), QPointF(x, g.kitchen.bottom()));
    for (double y = g.kitchen.top() + tile; y < g.kitchen.bottom(); y += tile)
        p.drawLine(QPointF(g.kitchen.left(), y), QPointF(g.kitchen.right(), y));

    // The stove, under the rail.
    const double s = g.waiterSize;
    const QRectF stove(g.kitchen.left() + s * 0.6, g.rail.bottom() + s * 0.5,
                       g.kitchen.width() - s * 1.2, s * 0.9);
    if (stove.bottom() < g.kitchen.bottom() - s * 1.6) {
        p.setPen(QPen(theme.counter.darker(140), 1.5 * theme.lineWidth));
        p.setBrush(theme.counter);
        p.drawRoundedRect(stove, 4, 4);
        const int burners = std::max(1, static_cast<int>(stove.width() / (s * 1.1)));
        p.setBrush(theme.counter.darker(150));
        for (int i = 0; i < burners; ++i) {
            const QPointF c(stove.left() + stove.width() * (i + 0.5) / burners, stove.center().y());
            p.drawEllipse(c, s * 0.28, s * 0.28);
        }
    }
    // The kitchen label, where there is room for it.
    if (g.kitchen.width() >= s * 4) {
        p.setPen(alpha(theme.ink, 120));
        p.setFont(theme.font(std::clamp(s * 0.34, 8.0, 12.0), true));
        const QString kitchen = Format::tr("KITCHEN (I/O)");
        const QFontMetricsF km(p.font());
        const QRectF at(g.kitchen.right() - 8 - km.horizontalAdvance(kitchen),
                        g.kitchen.bottom() - s * 0.25 - km.height() / 2,
                        km.horizontalAdvance(kitchen), km.height());
        p.drawText(at, Qt::AlignCenter, kitchen);
        l.labels.push_back(at);
    }

    // The pass between dining room and kitchen, with the bell on it.
    p.fillRect(QRectF(g.kitchen.left() - 4, g.kitchen.top(), 8, g.kitchen.height()),
               theme.counter.darker(110));
    double ringing = 0;
    for (const SceneBell& b : scene.bells)
        if (b.room == r) ringing = std::max(ringing, 1 - b.age);
    icons::bell(p, g.bell, std::clamp(s * 0.75, 14.0, 34.0), theme, ringing);

    // The shared order pad's stand (the GIL), empty while someone holds it.
    if (scene.sharedPad) {
        p.setPen(QPen(theme.tableEdge.darker(130), 1.5));
        p.setBrush(theme.tableEdge);
        p.drawRoundedRect(QRectF(g.pad.x() - s * 0.45, g.pad.y() - s * 0.35, s * 0.9, s * 0.7), 3,
                          3);
        if (!room.padHeld) icons::notepad(p, g.pad, s * 0.6, theme, false);
        p.setPen(theme.mutedText);
        p.setFont(theme.font(std::clamp(s * 0.3, 9.0, 12.0)));
        const QString pad = Format::tr("order pad (GIL)");
        const QFontMetricsF pm(p.font());
        const QRectF at = l.placeLabel(QRectF(g.pad.x() + s * 0.5 - pm.horizontalAdvance(pad),
                                              g.pad.y() - s * 0.45 - pm.height(),
                                              pm.horizontalAdvance(pad), pm.height()));
        p.drawText(at, Qt::AlignCenter, pad);
    }

    // Walls, with a gap for the door.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(theme.wall, 4 * theme.lineWidth, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    const QRectF walls = g.room.adjusted(0, g.header.height(), 0, 0);
    const double doorW = s * 1.6;
    QPainterPath wall;
    wall.moveTo(g.door.x() - doorW / 2, walls.bottom());
    wall.lineTo(walls.bottomLeft());
    wall.lineTo(walls.topLeft());
    wall.lineTo(walls.topRight());
    wall.lineTo(walls.bottomRight());
    wall.lineTo(g.door.x() + doorW / 2, walls.bottom());
    p.drawPath(wall);

    // Header: the room's name and its memory meter.
    p.setPen(theme.text);
    const double hf = std::clamp(g.header.height() * 0.4, 9.0, 15.0);
    const QFont nameFont = theme.font(hf / theme.fontScale, true);
    p.setFont(nameFont);
    const QString name = roomName(scene, *f.run, r);
    p.drawText(g.header.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(nameFont).elidedText(name, Qt::ElideRight, g.header.width() - 4));
    const double nameW = QFontMetricsF(nameFont).horizontalAdvance(name) + 16;
    const double meterW = std::clamp(g.header.width() * 0.25, 50.0, 150.0);
    const QRectF meter(g.header.right() - meterW, g.header.center().y() - hf * 0.4, meterW,
                       hf * 0.8);
    p.setFont(theme.font(hf * 0.85 / theme.fontScale));
    const QString mem = Format::tr("memory %1").arg(Format::bytes(room.memory));
    const double textW = QFontMetricsF(p.font()).horizontalAdvance(mem) + 10;
    if (g.header.width() > nameW + meterW + textW) {
        p.setPen(Qt::NoPen);
        p.setBrush(alpha(theme.grid, 160));
        p.drawRoundedRect(meter, 3, 3);
        const double frac =
            std::clamp(static_cast<double>(room.memory) /
                           static_cast<double>(std::max<std::uint64_t>(scene.memoryScale, 1)),
                       0.0, 1.0);
        p.setBrush(theme.waitTask);
        p.drawRoundedRect(QRectF(meter.left(), meter.top(), meter.width() * frac, meter.height()),
                          3, 3);
        p.setPen(theme.text);
        p.drawText(QRectF(meter.left() - textW, g.header.top(), textW - 4, g.header.height()),
                   Qt::AlignRight | Qt::AlignVCenter, mem);
    }
    p.restore();
}

namespace {

// How wide a table's name may be: up to its neighbours on the same row (a
// few tables far apart show whole names), within its room, and never less
// than four radii, which the grid always leaves.
double labelRoom(const RestaurantLayout& l, const RoomGeometry& g, std::size_t client, double r) {
    const QPointF c = l.tableCenter[client];
    double room = 2 * std::min(c.x() - g.dining.left(), g.dining.right() - c.x()) - 8;
    if (l.tableCenter.size() > 64) return r * 4; // many tables: the grid's share
    for (std::size_t j = 0; j < l.tableCenter.size(); ++j)
        if (j != client && std::abs(l.tableCenter[j].y() - c.y()) < r * 2)
            room = std::min(room, std::abs(l.tableCenter[j].x() - c.x()) - 12);
    return std::max(r * 4, std::min(room, r * 12));
}

} // namespace

void RestaurantPainter::paintTables(QPainter& p, const RestaurantScene& scene, RestaurantLayout& l,
                                    const RestaurantFrame& f, const Theme& theme) {
    for (std::size_t r = 0; r < l.rooms.size(); ++r)
        if (l.rooms[r].grouped) paintGrouped(p, scene, l, r, theme);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const SceneTable& t : scene.tables) {
        if (t.room >= l.rooms.size() || l.rooms[t.room].grouped) continue;
        const RoomGeometry& g = l.rooms[t.room];
        const QPointF c = l.tableCenter[t.client];
        const double r = g.tableRadius;
        const bool empty = t.state == TableState::Empty;
        const bool left = t.state == TableState::Left;
        const QPointF seat = c + QPointF(0, -r * 1.32);
        icons::chair(p, seat, r * 0.8, theme.chair, empty || left);
        if (!empty && !left) {
            if (t.role == TableRole::Cook)
                icons::cook(p, seat, r * 0.95);
            else if (t.role == TableRole::Producer)
                icons::crate(p, seat, r * 0.95, theme.tableEdge);
            else
                icons::customer(p, seat, r * 0.95, icons::shirt(t.client));
        }
        if (left) icons::cross(p, seat, r * 0.5, theme.cancelled, 2.2 * theme.lineWidth);
        icons::table(p, c, r, theme, empty);
        if (t.task && f.selected == t.task) {
            p.setPen(QPen(theme.cursor, 3 * theme.lineWidth, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r * 1.32, r * 1.32);
        }
        switch (t.state) {
        case TableState::Empty: break;
        case TableState::WaitingToOrder: icons::menuCard(p, c, r * 0.9, theme); break;
        case TableState::Ordering: icons::notepad(p, c, r * 0.85, theme, true); break;
        case TableState::InKitchen:
            icons::ring(p, c, r * 1.1, std::max(2.5, r * 0.16), t.progress, theme.io,
                        alpha(theme.io, 45));
            icons::dots(p, c, r * 0.9, theme.mutedText);
            break;
        case TableState::Sleeping: icons::clock(p, c, r * 1.0, theme.timer, t.progress); break;
        case TableState::FoodReady:
            icons::ring(p, c, r * 1.1, std::max(2.5, r * 0.16), 1.0, theme.ready, theme.ready);
            icons::bell(p, c, r * 0.8, theme, 0.6);
            break;
        case TableState::Waiting: icons::dots(p, c, r * 0.9, theme.waitTask); break;
        case TableState::Served: icons::plate(p, c, r * 1.2, theme); break;
        case TableState::Left:
            icons::cross(p, c, r * 0.7, alpha(theme.cancelled, 140), 2 * theme.lineWidth);
            break;
        case TableState::Burnt: icons::burntDish(p, c, r * 1.2, theme); break;
        }
        // The serving task's colour, to match the timeline and the code.
        if (t.task) {
            p.setPen(QPen(theme.background, 1.5));
            p.setBrush(theme.taskColor(t.task));
            p.drawEllipse(c + QPointF(-r * 0.78, r * 0.62), std::max(3.0, r * 0.17),
                          std::max(3.0, r * 0.17));
        }
        if (r >= 9) {
            QString name = QString::fromStdString(f.run->restaurant.clients[t.client].name);
            if (t.role == TableRole::Cook) name = Format::tr("%1 (cook)").arg(name);
            if (t.role == TableRole::Producer) name = Format::tr("%1 (producer)").arg(name);
            QFont font = theme.font(std::clamp(r * 0.3, 8.0, 17.0), t.task && f.selected == t.task);
            p.setFont(font);
            p.setPen(theme.text);
            const QFontMetricsF fm(font);
            const QString shown = fm.elidedText(name, Qt::ElideRight, labelRoom(l, g, t.client, r));
            const double w = fm.horizontalAdvance(shown);
            const QRectF at = l.placeLabel(QRectF(c.x() - w / 2, c.y() + r * 1.12, w, fm.height()));
            p.drawText(at, Qt::AlignCenter, shown);
        }
    }
    p.restore();
}

void RestaurantPainter::paintGrouped(QPainter& p, const RestaurantScene& scene,
                                     const RestaurantLayout& l, std::size_t room,
                                     const Theme& theme) {
    const RoomGeometry& g = l.rooms[room];
    std::array<int, kTableStateCount> counts{};
    for (std::uint32_t client : g.tables)
        ++counts[static_cast<std::size_t>(scene.tables[client].state)];
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const double r = g.tableRadius;
    for (int s = 0; s < kTableStateCount; ++s) {
        const auto state = static_cast<TableState>(s);
        const QPointF c = l.groupCenter(g, state);
        const bool any = counts[static_cast<std::size_t>(s)] > 0;
        icons::table(p, c, r, theme, !any);
        if (any) {
            switch (state) {
            case TableState::WaitingToOrder: icons::menuCard(p, c, r * 0.9, theme); break;
            case TableState::Ordering: icons::notepad(p, c, r * 0.85, theme, true); break;
            case TableState::InKitchen: icons::dots(p, c, r * 0.9, theme.io); break;
            case TableState::Sleeping: icons::clock(p, c, r * 0.9, theme.timer, 0.5); break;
            case TableState::FoodReady: icons::bell(p, c, r * 0.8, theme, 0.6); break;
            case TableState::Waiting: icons::dots(p, c, r * 0.9, theme.waitTask); break;
            case TableState::Served: icons::plate(p, c, r * 1.2, theme); break;
            case TableState::Left: icons::cross(p, c, r * 0.7, theme.cancelled, 2); break;
            case TableState::Burnt: icons::burntDish(p, c, r * 1.2, theme); break;
            case TableState::Empty: break;
            }
        }
        p.setPen(any ? theme.text : theme.mutedText);
        p.setFont(theme.font(std::clamp(r * 0.5, 9.0, 16.0), true));
        const QRectF countBox(c.x() - r * 3, c.y() + r * 1.1, r * 6, r * 0.7);
        p.drawText(countBox, Qt::AlignCenter,
                   QLocale().toString(counts[static_cast<std::size_t>(s)]));
        p.setFont(theme.font(std::clamp(r * 0.32, 7.0, 11.0)));
        p.drawText(QRectF(c.x() - r * 3, countBox.bottom(), r * 6, r * 0.6), Qt::AlignCenter,
                   Format::tableState(state));
    }
    p.setPen(theme.mutedText);
    p.setFont(theme.font(std::clamp(r * 0.34, 8.0, 12.0), true));
    p.drawText(g.dining.adjusted(8, 4, -8, 0), Qt::AlignTop | Qt::AlignLeft,
               Format::tr("%n table(s), grouped by what they are doing", "",
                          static_cast<int>(g.tables.size())));
    p.restore();
}

void RestaurantPainter::paintTickets(QPainter& p, const RestaurantScene& scene,
                                     const RestaurantLayout& l, const RestaurantFrame& f,
                                     const Theme& theme) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (std::size_t r = 0; r < l.rooms.size(); ++r) {
        const RoomGeometry& g = l.rooms[r];
        // The rail.
        p.setPen(QPen(theme.counter.darker(135), 3 * theme.lineWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(g.rail.left(), g.rail.top()), QPointF(g.rail.right(), g.rail.top()));
        std::vector<const SceneTicket*> tickets;
        for (const SceneTicket& t : scene.tickets)
            if (t.room == r) tickets.push_back(&t);
        if (tickets.empty()) continue;
        // The largest ticket for which every ticket fits, in rows if need be.
        double w = 30;
        const double n = static_cast<double>(tickets.size());
        for (int c = 1; c <= static_cast<int>(tickets.size()); ++c) {
            const double rows = std::ceil(n / c);
            const double byWidth = (g.rail.width() + 8) / c - 8;
            const double byHeight = ((g.rail.height() + 6) / rows - 12) / 1.3;
            w = std::max(w, std::min({byWidth, byHeight, 86.0}));
        }
        const double h = w * 1.3;
        const int cols = std::max(1, static_cast<int>((g.rail.width() + 8) / (w + 8)));
        const int rows = std::max(1, static_cast<int>((g.rail.height() + 6) / (h + 12)));
        const std::size_t capacity =
            static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows);
        const bool overflow = tickets.size() > capacity;
        const std::size_t shown = overflow ? capacity - 1 : tickets.size();
        for (std::size_t i = 0; i < shown; ++i) {
            const SceneTicket& t = *tickets[i];
            const int c = static_cast<int>(i) % cols, row = static_cast<int>(i) / cols;
            const QRectF box(g.rail.left() + c * (w + 8), g.rail.top() + 4 + row * (h + 12), w, h);
            const QString title = ticketTitle(
                QString::fromStdString(f.run->restaurant.clients[t.client].name), w, theme);
            QString caption = QString::fromStdString(t.label);
            if (caption.isEmpty())
                caption = t.blocking ? Format::tr("blocking") : Format::tr("I/O");
            icons::ticket(p, box, theme, t.progress, title, caption, t.blocking,
                          theme.taskColor(t.task));
        }
        if (overflow) {
            const int c = static_cast<int>(shown) % cols, row = static_cast<int>(shown) / cols;
            const QRectF box(g.rail.left() + c * (w + 8), g.rail.top() + 4 + row * (h + 12), w, h);
            p.setFont(theme.font(std::clamp(w * 0.2, 8.0, 13.0), true));
            icons::chip(p, box.center(),
                        Format::tr("+%1").arg(
                            QLocale().toString(static_cast<qulonglong>(tickets.size() - shown))),
                        theme.paper, theme.ink);
        }
    }
    p.restore();
}

void RestaurantPainter::paintCaption(QPainter& p, const RestaurantScene& scene,
                                     const RestaurantLayout& l, const RestaurantFrame& f,
                                     const Theme& theme) {
    p.save();
    const QRectF box = l.caption.adjusted(14, 4, -14, -2);
    QFont title = theme.font(l.captionFont / theme.fontScale, true);
    p.setFont(title);
    p.setPen(theme.text);
    const QString clock = f.showClock ? Format::clock(f.playhead.time) : QString();
    const QFontMetricsF tm(title);
    const double clockW = tm.horizontalAdvance(clock) + 8;
    p.drawText(QRectF(box.left(), box.top(), box.width() - clockW, box.height() * 0.55),
               Qt::AlignLeft | Qt::AlignVCenter,
               tm.elidedText(caption(scene, *f.run), Qt::ElideRight, box.width() - clockW - 10));
    p.drawText(QRectF(box.right() - clockW, box.top(), clockW, box.height() * 0.55),
               Qt::AlignRight | Qt::AlignVCenter, clock);
    QString sub;
    if (scene.loopFrozen)
        sub = Format::tr("A blocking call holds the loop's only waiter at the kitchen.");
    else
        switch (scene.style) {
        case ServiceStyle::Sync:
            sub = Format::tr(
                "The waiter takes each order to the kitchen and waits there until it is ready.");
            break;
        case ServiceStyle::Threads:
            sub = scene.sharedPad ? Format::tr("Only the waiter holding the pad (the GIL) may "
                                               "write; waiting in the kitchen frees it.")
                                  : Format::tr("Each thread is a waiter; waiting in the kitchen "
                                               "holds only that waiter.");
            break;
        case ServiceStyle::Processes:
            sub = Format::tr("Each process has its own waiter, kitchen, pad and memory, and takes "
                             "time to open.");
            break;
        case ServiceStyle::Async:
            sub = Format::tr(
                "The waiter drops each ticket on the rail and goes on; the bell calls it back.");
            break;
        case ServiceStyle::AsyncWithWorkers:
            sub = Format::tr(
                "The loop's waiter hands slow jobs to helper waiters and keeps serving.");
            break;
        }
    QFont subFont = theme.font(l.captionFont * 0.72 / theme.fontScale);
    p.setFont(subFont);
    p.setPen(scene.loopFrozen ? theme.blocked : theme.mutedText);
    p.drawText(
        QRectF(box.left(), box.top() + box.height() * 0.55, box.width(), box.height() * 0.45),
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(subFont).elidedText(sub, Qt::ElideRight, box.width()));
    p.restore();
}

void RestaurantPainter::paintLegend(QPainter& p, RestaurantLayout& l, const Theme& theme) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(l.legend, theme.surface);
    p.fillRect(QRectF(l.legend.left(), l.legend.top(), l.legend.width(), 1), theme.grid);
    const double h = l.legend.height();
    const double icon = std::clamp(h * 0.5, 14.0, 30.0);
    // Body text size at least (the theme's scale grows it in presenter mode).
    QFont font = theme.font(std::clamp(h * 0.26, 10.0, 14.0));
    p.setFont(font);
    const QFontMetricsF fm(font);
    struct Item {
        int kind;
        QString text;
    };
    const Item items[] = {
        // The ones that explain the metaphor first: a narrow legend drops
        // from the end, so those stay.
        {7, Format::tr("waiter = worker")},  {9, Format::tr("bell = I/O done")},
        {0, Format::tr("waiting to order")}, {1, Format::tr("ordering")},
        {2, Format::tr("order in kitchen")}, {10, Format::tr("timer (sleep)")},
        {3, Format::tr("food ready")},       {4, Format::tr("served")},
        {8, Format::tr("blocked")},          {5, Format::tr("left (cancelled)")},
        {6, Format::tr("burnt (failed)")},
    };
    double total = 0;
    for (const Item& it : items)
        total += icon + 6 + fm.horizontalAdvance(it.text) + 16;
    // Narrow: the items that do not fit are left out, never shrunk below body text.
    (void)total;
    const QFontMetricsF fm2(p.font());
    double x = l.legend.left() + 12;
    const double cy = l.legend.center().y();
    for (const Item& it : items) {
        const double width = icon + 6 + fm2.horizontalAdvance(it.text) + 14;
        if (x + width > l.legend.right()) break;
        const QPointF c(x + icon / 2, cy);
        switch (it.kind) {
        case 0: icons::menuCard(p, c, icon * 0.9, theme); break;
        case 1: icons::notepad(p, c, icon * 0.85, theme, true); break;
        case 2:
            icons::ring(p, c, icon * 0.4, icon * 0.13, 0.6, theme.io, alpha(theme.io, 50));
            break;
        case 3: icons::bell(p, c, icon * 0.7, theme, 0.0); break;
        case 4: icons::plate(p, c, icon * 0.9, theme); break;
        case 5: icons::cross(p, c, icon * 0.55, theme.cancelled, 2); break;
        case 6: icons::burntDish(p, c, icon * 0.8, theme); break;
        case 7: icons::waiter(p, c, icon * 0.9, theme.taskColors[0], theme); break;
        case 8: icons::hourglass(p, c, icon * 0.8, theme.blocked, 0.5); break;
        case 9: icons::bell(p, c, icon * 0.6, theme, 1.0); break;
        case 10: icons::clock(p, c, icon * 0.7, theme.timer, 0.4); break;
        }
        p.setPen(theme.text);
        const QRectF text(x + icon + 6, cy - fm2.height() / 2, fm2.horizontalAdvance(it.text),
                          fm2.height());
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, it.text);
        l.labels.push_back(text);
        x += width;
    }
    p.restore();
}

} // namespace coroscope
