// SPDX-License-Identifier: MIT
#include "model/restaurant_plan.h"

#include "model/look.h"
#include "model/resource_states.h"

#include <algorithm>
#include <limits>
#include <map>

namespace coroscope {

std::uint16_t RestaurantPlan::roomOfWorker(const Trace& trace, WorkerId w) const {
    if (w >= trace.workers().size()) return 0;
    const std::uint16_t process = trace.workers()[w].process;
    return process < roomOfProcess.size() ? roomOfProcess[process] : 0;
}

namespace {

constexpr std::uint32_t kNoClient = std::numeric_limits<std::uint32_t>::max();

// The worker an event loop runs on: the one asyncio tasks run on (the main
// thread, for asyncio.run), or none.
WorkerId loopWorkerOf(const Trace& trace) {
    for (const TaskInfo& t : trace.tasks())
        if (t.id != 0 && t.kind == TaskKind::Task) return t.worker;
    for (const WorkerInfo& w : trace.workers())
        if (w.kind == WorkerKind::Loop) return w.id;
    return kNoLoop;
}

ServiceStyle styleOf(const Trace& trace, bool loop) {
    bool threads = false, processes = false;
    for (const WorkerInfo& w : trace.workers()) {
        threads |= w.kind == WorkerKind::Thread;
        processes |= w.kind == WorkerKind::Process;
    }
    if (processes) return loop ? ServiceStyle::AsyncWithWorkers : ServiceStyle::Processes;
    if (threads) return loop ? ServiceStyle::AsyncWithWorkers : ServiceStyle::Threads;
    return loop ? ServiceStyle::Async : ServiceStyle::Sync;
}

void placeRooms(const Trace& trace, RestaurantPlan& plan) {
    std::uint16_t maxProcess = 0;
    for (const WorkerInfo& w : trace.workers())
        maxProcess = std::max(maxProcess, w.process);
    plan.roomOfProcess.assign(static_cast<std::size_t>(maxProcess) + 1, 0);
    std::vector<bool> seen(plan.roomOfProcess.size(), false);
    for (const WorkerInfo& w : trace.workers()) {
        if (seen[w.process]) continue;
        seen[w.process] = true;
        plan.roomOfProcess[w.process] = static_cast<std::uint16_t>(plan.rooms.size());
        plan.rooms.push_back(PlanRoom{w.process, w.id, {}, 0});
    }
    if (plan.rooms.empty()) plan.rooms.push_back(PlanRoom{});
}

// A pool's worker thread or process: a waiter that takes jobs, not a client.
bool isPoolWorker(const Trace& trace, TaskId id) {
    if (trace.tasks()[id].kind == TaskKind::Task) return false;
    const auto& spans = trace.taskSpans(id);
    return std::any_of(spans.begin(), spans.end(), [](const Span& s) {
        return s.state == TaskState::Running && s.reason == WaitReason::Executor;
    });
}

// A task that takes from a queue is a cook; one that only fills one, a producer.
void findRoles(const Trace& trace, RestaurantPlan& plan) {
    plan.resourceEvents = resourceEvents(trace);
    plan.roleOfTask.assign(trace.tasks().size(), TableRole::Client);
    for (const auto& [seq, index] : plan.resourceEvents) {
        const ResourceChange& c = trace.resourceChange(index);
        const TaskId task = trace.record(seq).task;
        if (task >= plan.roleOfTask.size() || c.resource >= trace.resources().size()) continue;
        if (trace.resources()[c.resource].kind != ResourceKind::Queue) continue;
        if (c.action == ResourceAction::Got) plan.roleOfTask[task] = TableRole::Cook;
        if (c.action == ResourceAction::Put && plan.roleOfTask[task] == TableRole::Client)
            plan.roleOfTask[task] = TableRole::Producer;
    }
}

void findClients(const Trace& trace, RestaurantPlan& plan) {
    std::map<std::string, std::uint32_t, std::less<>> byName;
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        if (!isAnnotation(r.kind, r.reason, AnnotationKind::Client)) continue;
        const std::string_view name = trace.text(r.other);
        auto it = byName.find(name);
        if (it == byName.end()) {
            it = byName.emplace(std::string(name), static_cast<std::uint32_t>(plan.clients.size()))
                     .first;
            plan.clients.push_back(
                PlanClient{std::string(name), plan.roomOfWorker(trace, r.worker), 0});
        }
        plan.marks.push_back(ClientMark{seq, r.task, it->second});
    }
    plan.fromClientEvents = !plan.marks.empty();
    plan.tableOfTask.assign(trace.tasks().size(), 0);
    if (!plan.fromClientEvents) {
        // No sim.client(): the tasks that do the work stand for the clients,
        // not those that only start others (the main thread, the coroutine
        // given to asyncio.run); a program with one task is one client.
        const auto& tasks = trace.tasks();
        std::vector<bool> starts(tasks.size(), false);
        for (std::size_t i = 1; i < tasks.size(); ++i)
            if (tasks[i].parent < tasks.size()) starts[tasks[i].parent] = true;
        for (int pass = 0; pass < 2 && plan.clients.empty(); ++pass) {
            for (std::size_t i = 1; i < tasks.size(); ++i) {
                // A task that fills or empties a queue does the work, even
                // when it also starts the others (main producing for cooks).
                if (pass == 0 && starts[i] && plan.roleOfTask[i] == TableRole::Client) continue;
                if (isPoolWorker(trace, static_cast<TaskId>(i))) continue;
                plan.tableOfTask[i] = static_cast<std::uint32_t>(plan.clients.size()) + 1;
                plan.clients.push_back(PlanClient{trace.taskName(static_cast<TaskId>(i)),
                                                  plan.roomOfWorker(trace, tasks[i].worker),
                                                  static_cast<TaskId>(i)});
            }
        }
    }
    plan.marksOfClient.assign(plan.clients.size(), {});
    plan.marksOfTask.assign(trace.tasks().size(), {});
    for (std::size_t i = 0; i < plan.marks.size(); ++i) {
        const ClientMark& m = plan.marks[i];
        plan.marksOfClient[m.client].push_back(static_cast<std::uint32_t>(i));
        if (m.task < plan.marksOfTask.size())
            plan.marksOfTask[m.task].push_back(static_cast<std::uint32_t>(i));
    }
}

// The client a task serves just before `seq` (kNoClient if none).
std::uint32_t clientBefore(const RestaurantPlan& plan, TaskId task, std::uint64_t seq) {
    if (!plan.fromClientEvents) {
        const std::uint32_t t = task < plan.tableOfTask.size() ? plan.tableOfTask[task] : 0;
        return t ? t - 1 : kNoClient;
    }
    if (task >= plan.marksOfTask.size()) return kNoClient;
    const auto& list = plan.marksOfTask[task];
    auto it = std::partition_point(list.begin(), list.end(),
                                   [&](std::uint32_t m) { return plan.marks[m].seq < seq; });
    return it == list.begin() ? kNoClient : plan.marks[*std::prev(it)].client;
}

void traceItineraries(const Trace& trace, RestaurantPlan& plan) {
    for (const WorkerInfo& w : trace.workers()) {
        plan.waiters.push_back(w.id);
        std::vector<Visit> visits;
        auto visit = [&](std::uint64_t seq, Place place) {
            if (!visits.empty() && visits.back().place == place) return;
            visits.push_back(Visit{seq, trace.timeOf(seq), place});
        };
        for (const Span& s : trace.workerSpans(w.id)) {
            if (s.state == TaskState::Done) {
                visit(s.beginSeq, Place{PlaceKind::Gone, 0});
                continue;
            }
            if (s.state != TaskState::Running) continue; // idle: stays where it is
            switch (s.reason) {
            case WaitReason::None:
            case WaitReason::Yield:
            case WaitReason::Cpu: {
                const std::uint32_t before = clientBefore(plan, s.task, s.beginSeq);
                if (before != kNoClient)
                    visit(s.beginSeq, Place{PlaceKind::Table, before});
                else if (!plan.fromClientEvents || plan.marksOfTask[s.task].empty())
                    visit(s.beginSeq, Place{PlaceKind::Home, 0});
                if (plan.fromClientEvents && s.task < plan.marksOfTask.size()) {
                    for (std::uint32_t m : plan.marksOfTask[s.task]) {
                        const ClientMark& mark = plan.marks[m];
                        if (mark.seq >= s.beginSeq && mark.seq < s.endSeq)
                            visit(mark.seq, Place{PlaceKind::Table, mark.client});
                    }
                }
                break;
            }
            case WaitReason::Blocking:
            case WaitReason::Io: visit(s.beginSeq, Place{PlaceKind::Kitchen, 0}); break;
            case WaitReason::Timer: break; // a sleep: it waits where it is, by its clock
            case WaitReason::Gil:
            case WaitReason::Core: visit(s.beginSeq, Place{PlaceKind::Pad, 0}); break;
            case WaitReason::Startup: visit(s.beginSeq, Place{PlaceKind::Door, 0}); break;
            default: visit(s.beginSeq, Place{PlaceKind::Home, 0}); break;
            }
        }
        plan.itineraries.push_back(std::move(visits));
    }
}

void findCompletions(const Trace& trace, RestaurantPlan& plan) {
    const auto& tasks = trace.tasks();
    for (std::size_t t = 1; t < tasks.size(); ++t) {
        for (const Span& s : trace.taskSpans(static_cast<TaskId>(t))) {
            const Look look = lookOf(s);
            // The bell rings for the kitchen only: a timer is not an order.
            if (look != Look::WaitingIo && look != Look::Blocked) continue;
            if (s.reason == WaitReason::Timer) continue;
            if (s.endSeq >= trace.size()) continue; // never ended
            const std::uint32_t client = clientBefore(plan, static_cast<TaskId>(t), s.endSeq);
            const std::uint16_t room = client != kNoClient ? plan.clients[client].room
                                                           : plan.roomOfWorker(trace, s.worker);
            plan.completions.push_back(Completion{s.endSeq, s.end, room, client});
        }
    }
    std::sort(plan.completions.begin(), plan.completions.end(),
              [](const Completion& a, const Completion& b) { return a.seq < b.seq; });
}

void findJobEnds(const Trace& trace, RestaurantPlan& plan) {
    plan.jobEnds.assign(trace.tasks().size(), {});
    for (std::size_t t = 1; t < trace.tasks().size(); ++t)
        for (const Span& s : trace.taskSpans(static_cast<TaskId>(t)))
            if (s.state == TaskState::Running && s.reason == WaitReason::Executor)
                plan.jobEnds[t].push_back(s.beginSeq);
}

void accountMemory(const Trace& trace, RestaurantPlan& plan) {
    std::vector<std::int64_t> now(plan.rooms.size(), 0);
    const auto taskBytes = static_cast<std::int64_t>(trace.taskMemoryBytes());
    const auto& tasks = trace.tasks();
    const auto& workers = trace.workers();
    auto change = [&](std::uint64_t seq, std::uint16_t room, std::int64_t delta) {
        if (delta == 0 || room >= plan.rooms.size()) return;
        now[room] += delta;
        const auto bytes = static_cast<std::uint64_t>(std::max<std::int64_t>(now[room], 0));
        auto& curve = plan.rooms[room].memory;
        if (!curve.empty() && curve.back().first == seq)
            curve.back().second = bytes;
        else
            curve.emplace_back(seq, bytes);
        plan.rooms[room].peakMemory = std::max(plan.rooms[room].peakMemory, bytes);
    };
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        switch (r.kind) {
        case EventKind::WorkerStart:
        case EventKind::WorkerExit:
            if (r.worker < workers.size()) {
                const auto bytes = static_cast<std::int64_t>(workers[r.worker].memoryBytes);
                change(seq, plan.roomOfWorker(trace, r.worker),
                       r.kind == EventKind::WorkerStart ? bytes : -bytes);
            }
            break;
        case EventKind::Spawn:
            if (r.task < tasks.size())
                change(seq, plan.roomOfWorker(trace, tasks[r.task].worker), taskBytes);
            break;
        case EventKind::Done:
        case EventKind::Cancelled:
        case EventKind::Failed:
            if (r.task < tasks.size())
                change(seq, plan.roomOfWorker(trace, tasks[r.task].worker), -taskBytes);
            break;
        default: break;
        }
    }
    for (const PlanRoom& room : plan.rooms)
        plan.memoryScale = std::max(plan.memoryScale, room.peakMemory);
}

} // namespace

RestaurantPlan planRestaurant(const Trace& trace) {
    RestaurantPlan plan;
    plan.loopWorker = loopWorkerOf(trace);
    plan.style = styleOf(trace, plan.loopWorker != kNoLoop);
    placeRooms(trace, plan);
    findRoles(trace, plan); // before the clients: a producer is one, whatever it starts
    findClients(trace, plan);
    for (std::uint64_t seq = 0; seq < trace.size() && !plan.sharedPad; ++seq) {
        const EventRecord& r = trace.record(seq);
        plan.sharedPad = r.kind == EventKind::Hold && r.reason == WaitReason::Gil;
    }
    traceItineraries(trace, plan);
    findCompletions(trace, plan);
    findJobEnds(trace, plan);
    accountMemory(trace, plan);
    return plan;
}

} // namespace coroscope
