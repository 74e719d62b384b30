// SPDX-License-Identifier: MIT
#include "model/restaurant_scene.h"

#include "model/look.h"

#include <algorithm>
#include <limits>

namespace coroscope {

namespace {

bool isKitchen(WaitReason r) {
    return r == WaitReason::Io || r == WaitReason::Blocking;
}

// Was the task's last wait, since `since`, an order in the kitchen? Ready
// spans and queueing for the GIL or a core do not count: the plate is back.
bool backFromKitchen(const std::vector<Span>& spans, const Span* s, std::uint64_t since) {
    if (!s || spans.empty()) return false;
    auto k = static_cast<std::size_t>(s - spans.data());
    while (k > 0) {
        const Span& before = spans[--k];
        if (before.beginSeq < since) return false;
        if (before.state == TaskState::Ready || before.reason == WaitReason::Gil ||
            before.reason == WaitReason::Core)
            continue;
        return isKitchen(before.reason);
    }
    return false;
}

double progressOf(const Span& s, Time t) {
    if (s.end <= s.begin || s.end == std::numeric_limits<Time>::max()) return 0;
    return std::clamp(static_cast<double>(t - s.begin) / static_cast<double>(s.end - s.begin), 0.0,
                      1.0);
}

// The place of a waiter at a playhead, with walking: the waiter leaves for
// a visit when its event happens (or when it arrives from the previous one,
// if it is behind) and takes `walk` to get there; a waiter more than a few
// walks behind hurries, so it never lags the trace by much.
void placeWaiter(const std::vector<Visit>& visits, const Playhead& p, Time walk, SceneWaiter& w) {
    auto end = std::partition_point(visits.begin(), visits.end(),
                                    [&](const Visit& v) { return v.seq < p.seq; });
    const auto k = static_cast<std::size_t>(end - visits.begin());
    if (k == 0) {
        w.from = w.to = Place{PlaceKind::Home, 0};
        w.travel = 1;
        return;
    }
    if (walk <= 0 || k == 1) {
        w.from = w.to = visits[k - 1].place;
        w.travel = 1;
        return;
    }
    // Arrivals depend on the recent past only: the lag resets at any gap
    // longer than a walk, and is capped, so a window of visits suffices.
    const std::size_t start = k > 64 ? k - 64 : 0;
    const Time maxLag = walk * 3;
    Time arrived = visits[start].time;
    std::size_t at = start;
    Time departed = arrived;
    for (std::size_t i = start + 1; i < k; ++i) {
        const Time leave = std::max(visits[i].time, arrived);
        if (leave > p.time) break;
        const Time cap = visits[i].time + maxLag;
        const Time arrive = std::max(leave, std::min(leave + walk, cap));
        departed = leave;
        arrived = arrive;
        at = i;
    }
    if (at == start || p.time >= arrived) {
        w.from = w.to = visits[at].place;
        w.travel = 1;
        return;
    }
    w.from = visits[at - 1].place;
    w.to = visits[at].place;
    w.travel = arrived > departed ? static_cast<double>(p.time - departed) /
                                        static_cast<double>(arrived - departed)
                                  : 1.0;
}

} // namespace

TableState tableStateFor(TaskState state, WaitReason reason, bool back) {
    if (reason == WaitReason::Timer && state != TaskState::Done) return TableState::Sleeping;
    switch (lookOf(state, reason)) {
    case Look::None: return TableState::Empty;
    case Look::Running:
    case Look::Computing: return back ? TableState::Served : TableState::Ordering;
    case Look::Queued: return back ? TableState::FoodReady : TableState::Waiting;
    case Look::WaitingTask: return TableState::Waiting;
    case Look::Startup: return TableState::WaitingToOrder;
    case Look::Ready:
        if (isKitchen(reason)) return TableState::FoodReady;
        return reason == WaitReason::None ? TableState::WaitingToOrder : TableState::Waiting;
    case Look::WaitingIo:
    case Look::Blocked: return TableState::InKitchen;
    case Look::WaitingTimer: return TableState::Sleeping;
    case Look::Done: return TableState::Served;
    case Look::Cancelled: return TableState::Left;
    case Look::Failed: return TableState::Burnt;
    }
    return TableState::Waiting;
}

WaiterActivity waiterActivityFor(TaskState state, WaitReason reason) {
    if (state == TaskState::Done) return WaiterActivity::Gone;
    if (state != TaskState::Running) return WaiterActivity::Idle;
    switch (reason) {
    case WaitReason::None:
    case WaitReason::Yield: return WaiterActivity::Writing;
    case WaitReason::Cpu: return WaiterActivity::Computing;
    case WaitReason::Blocking:
    case WaitReason::Io:
    case WaitReason::Timer: return WaiterActivity::Blocked;
    case WaitReason::Gil:
    case WaitReason::Core: return WaiterActivity::Queued;
    case WaitReason::Startup: return WaiterActivity::Starting;
    default: return WaiterActivity::Waiting;
    }
}

RestaurantScene buildScene(const Trace& trace, const RestaurantPlan& plan, const Playhead& p,
                           const SceneOptions& options) {
    RestaurantScene scene;
    scene.style = plan.style;
    scene.sharedPad = plan.sharedPad;
    scene.memoryScale = plan.memoryScale;

    for (const PlanRoom& pr : plan.rooms) {
        SceneRoom room;
        room.process = pr.process;
        room.mainWorker = pr.mainWorker;
        const auto& spans = trace.workerSpans(pr.mainWorker);
        const Span* s = spanAt(spans, p.seq);
        room.exists = s != nullptr || pr.process == 0;
        room.closed = s && s->state == TaskState::Done;
        if (s && s->state == TaskState::Running && s->reason == WaitReason::Startup)
            room.opening = progressOf(*s, p.time);
        auto it = std::partition_point(pr.memory.begin(), pr.memory.end(),
                                       [&](const auto& m) { return m.first < p.seq; });
        room.memory = it == pr.memory.begin() ? 0 : std::prev(it)->second;
        scene.rooms.push_back(room);
    }

    scene.tables.reserve(plan.clients.size());
    for (std::uint32_t c = 0; c < plan.clients.size(); ++c) {
        SceneTable table;
        table.client = c;
        table.room = plan.clients[c].room;
        const Span* span = nullptr;
        const std::vector<Span>* spans = nullptr;
        std::uint64_t since = 0; // the service of this client began here
        if (plan.fromClientEvents) {
            const auto& list = plan.marksOfClient[c];
            auto it = std::partition_point(list.begin(), list.end(), [&](std::uint32_t m) {
                return plan.marks[m].seq < p.seq;
            });
            if (it == list.begin()) {
                table.state = TableState::WaitingToOrder;
            } else {
                const ClientMark& mark = plan.marks[*std::prev(it)];
                table.task = mark.task;
                // Has the serving task moved on to another client since?
                const auto& own = plan.marksOfTask[mark.task];
                auto next = std::upper_bound(
                    own.begin(), own.end(), mark.seq,
                    [&](std::uint64_t seq, std::uint32_t m) { return seq < plan.marks[m].seq; });
                // Or has its pool worker finished the job and gone idle?
                const auto& ends = plan.jobEnds[mark.task];
                auto end = std::upper_bound(ends.begin(), ends.end(), mark.seq);
                if ((next != own.end() && plan.marks[*next].seq < p.seq &&
                     plan.marks[*next].client != c) ||
                    (end != ends.end() && *end < p.seq)) {
                    table.state = TableState::Served;
                } else {
                    spans = &trace.taskSpans(mark.task);
                    span = spanAt(*spans, p.seq);
                    since = mark.seq;
                }
            }
        } else {
            table.task = plan.clients[c].standIn;
            spans = &trace.taskSpans(table.task);
            span = spanAt(*spans, p.seq);
            if (!span) table.state = TableState::Empty;
        }
        if (table.task < plan.roleOfTask.size()) table.role = plan.roleOfTask[table.task];
        if (span) {
            table.state =
                tableStateFor(span->state, span->reason, backFromKitchen(*spans, span, since));
            if (plan.fromClientEvents && table.state == TableState::Empty)
                table.state = TableState::WaitingToOrder;
        }
        if (table.state == TableState::Sleeping && span) table.progress = progressOf(*span, p.time);
        if (table.state == TableState::InKitchen && span) {
            table.progress = progressOf(*span, p.time);
            const EventRecord& r = trace.record(span->beginSeq);
            SceneTicket ticket;
            ticket.client = c;
            ticket.room = table.room;
            ticket.progress = table.progress;
            ticket.task = table.task;
            ticket.blocking = span->reason == WaitReason::Blocking;
            if (otherIsText(r.kind, r.reason)) ticket.label = std::string(trace.text(r.other));
            scene.tickets.push_back(std::move(ticket));
        }
        ++scene.counts[static_cast<std::size_t>(table.state)];
        scene.tables.push_back(table);
    }

    std::vector<std::pair<std::uint64_t, std::size_t>> queue; // (since, waiter)
    for (std::size_t i = 0; i < plan.waiters.size(); ++i) {
        const WorkerId w = plan.waiters[i];
        SceneWaiter waiter;
        waiter.worker = w;
        waiter.room = plan.roomOfWorker(trace, w);
        const Span* s = spanAt(trace.workerSpans(w), p.seq);
        waiter.activity = s ? waiterActivityFor(s->state, s->reason) : WaiterActivity::Gone;
        // The main thread is there from the start, before its first event.
        waiter.visible = (s && waiter.activity != WaiterActivity::Gone) || (!s && w == 0);
        if (!s && w == 0) waiter.activity = WaiterActivity::Idle;
        if (s) waiter.task = s->task;
        placeWaiter(plan.itineraries[i], p, options.walk, waiter);
        if (waiter.to.kind == PlaceKind::Gone && waiter.travel >= 1) waiter.visible = false;
        // The loop's only waiter stuck at the kitchen: no task can run.
        waiter.frozen = w == plan.loopWorker && waiter.activity == WaiterActivity::Blocked;
        scene.loopFrozen |= waiter.frozen;
        if (plan.sharedPad && (waiter.activity == WaiterActivity::Writing ||
                               waiter.activity == WaiterActivity::Computing)) {
            waiter.holdsPad = true;
            if (waiter.room < scene.rooms.size()) {
                scene.rooms[waiter.room].padHeld = true;
                scene.rooms[waiter.room].padHolder = w;
            }
        }
        if (waiter.activity == WaiterActivity::Queued && s) queue.emplace_back(s->beginSeq, i);
        scene.waiters.push_back(waiter);
    }
    std::sort(queue.begin(), queue.end());
    std::vector<int> perRoom(scene.rooms.size(), 0);
    for (const auto& [since, index] : queue) {
        SceneWaiter& w = scene.waiters[index];
        w.queuePosition = w.room < perRoom.size() ? perRoom[w.room]++ : 0;
    }

    scene.resources = resourcesAt(trace, plan.resourceEvents, p.seq);

    {
        auto end = std::partition_point(plan.completions.begin(), plan.completions.end(),
                                        [&](const Completion& c) { return c.seq < p.seq; });
        int rung = 0;
        for (auto it = end; it != plan.completions.begin() && rung < 64;) {
            --it;
            const Time age = p.time - it->time;
            if (age > options.bellFade) break;
            const double fade = options.bellFade > 0 ? static_cast<double>(age) /
                                                           static_cast<double>(options.bellFade)
                                                     : 0.0;
            scene.bells.push_back(SceneBell{it->room, it->client, fade});
            ++rung;
        }
    }
    return scene;
}

} // namespace coroscope
