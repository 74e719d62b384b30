// SPDX-License-Identifier: MIT
// The restaurant against every built-in lesson: at every event the scene
// shows what the trace says (checked by replaying the events independently
// of the trace's spans), each run ends with every table served, left or
// burnt, and no two labels of the painted restaurant overlap.
#include "model/lesson_loader.h"
#include "model/restaurant_scene.h"
#include "render_support.h"
#include "ui/painters/restaurant_painter.h"
#include "ui/playback/lesson_runner.h"
#include "ui/style/format.h"

#include <QPainter>

#include <gtest/gtest.h>

#include <map>

using namespace coroscope;

namespace {

struct Script {
    std::string where;
    std::shared_ptr<const RunModel> run;
};

std::vector<Script> everyScript() {
    std::vector<Script> out;
    const LessonCatalog catalog =
        LessonLoader(scriptChecker()).loadRoots({QStringLiteral(COROSCOPE_LESSONS_DIR)});
    for (const Lesson& lesson : catalog.lessons)
        for (const LessonScript& script : lesson.scripts) {
            ScriptJob job{script.file, script.source, lesson.parametersFor(script.source),
                          lesson.watchedLines(lesson.scriptIndex(script.file))};
            out.push_back({lesson.id.toStdString() + "/" + script.file.toStdString(),
                           LessonRunner::runNow(job)});
        }
    return out;
}

const std::vector<Script>& scripts() {
    static const std::vector<Script> all = everyScript();
    return all;
}

bool significant(TaskState s, WaitReason r) {
    return s != TaskState::Ready && r != WaitReason::Gil && r != WaitReason::Core;
}

// The state of every task, worker and client after each event, from the
// events alone (not the trace's spans), as the restaurant's rules say.
class Replay {
public:
    Replay(const Trace& trace, const RestaurantPlan& plan)
        : m_trace(trace)
        , m_plan(plan)
        , m_tasks(trace.tasks().size())
        , m_workers(trace.workers().size())
        , m_clients(plan.clients.size()) {}

    void apply(std::uint64_t seq) {
        const EventRecord& r = m_trace.record(seq);
        auto idle = [&] {
            if (r.worker < m_workers.size() && m_workers[r.worker].task == r.task && r.task)
                m_workers[r.worker] = Worker{true, TaskState::Waiting, WaitReason::None, 0};
        };
        switch (r.kind) {
        case EventKind::Spawn: open(r.task, seq, TaskState::Ready, WaitReason::None); break;
        case EventKind::Run:
            open(r.task, seq, TaskState::Running, WaitReason::None);
            if (r.worker < m_workers.size())
                m_workers[r.worker] = Worker{true, TaskState::Running, WaitReason::None, r.task};
            break;
        case EventKind::Ready:
            idle();
            open(r.task, seq, TaskState::Ready, r.reason);
            break;
        case EventKind::Wait:
            idle();
            open(r.task, seq, TaskState::Waiting, r.reason);
            break;
        case EventKind::Hold:
        case EventKind::Resume: {
            const WaitReason why = r.kind == EventKind::Hold ? r.reason : WaitReason::None;
            open(r.task, seq, TaskState::Running, why);
            // The task a worker runs changes only with a Run event.
            if (r.worker < m_workers.size())
                m_workers[r.worker] =
                    Worker{true, TaskState::Running, why, m_workers[r.worker].task};
            break;
        }
        case EventKind::Done:
        case EventKind::Cancelled:
        case EventKind::Failed:
            idle();
            open(r.task, seq,
                 r.kind == EventKind::Done        ? TaskState::Done
                 : r.kind == EventKind::Cancelled ? TaskState::Cancelled
                                                  : TaskState::Failed,
                 WaitReason::None);
            break;
        case EventKind::WorkerStart:
            if (r.worker < m_workers.size())
                m_workers[r.worker] = Worker{true, TaskState::Waiting, WaitReason::None, 0};
            break;
        case EventKind::WorkerExit:
            if (r.worker < m_workers.size())
                m_workers[r.worker] = Worker{true, TaskState::Done, WaitReason::None, 0};
            break;
        case EventKind::Annotation:
            if (isAnnotation(r.kind, r.reason, AnnotationKind::Client)) mark(seq, r);
            break;
        default: break;
        }
    }

    TableState tableState(std::uint32_t c) const {
        if (m_plan.fromClientEvents) {
            const Client& client = m_clients[c];
            if (!client.marked) return TableState::WaitingToOrder;
            if (client.served) return TableState::Served;
            const TableState s = stateOf(client.task, client.since);
            return s == TableState::Empty ? TableState::WaitingToOrder : s;
        }
        return stateOf(m_plan.clients[c].standIn, 0);
    }

    WaiterActivity activity(WorkerId w) const {
        const Worker& k = m_workers[w];
        if (!k.known) return w == 0 ? WaiterActivity::Idle : WaiterActivity::Gone;
        return waiterActivityFor(k.state, k.reason);
    }

private:
    struct Task {
        bool spawned = false;
        TaskState state = TaskState::Created;
        WaitReason reason = WaitReason::None;
        bool hasSignificant = false; // the last significant span before the current one
        WaitReason sigReason = WaitReason::None;
        std::uint64_t sigSeq = 0;
        std::uint64_t seq = 0;
        std::uint32_t client = 0; // + 1
    };
    struct Worker {
        bool known = false;
        TaskState state = TaskState::Waiting;
        WaitReason reason = WaitReason::None;
        TaskId task = 0;
    };
    struct Client {
        bool marked = false;
        bool served = false;
        TaskId task = 0;
        std::uint64_t since = 0;
    };

    void open(TaskId id, std::uint64_t seq, TaskState state, WaitReason reason) {
        Task& t = m_tasks[id];
        if (t.spawned && significant(t.state, t.reason)) {
            t.hasSignificant = true;
            t.sigReason = t.reason;
            t.sigSeq = t.seq;
        }
        t.spawned = true;
        t.state = state;
        t.reason = reason;
        t.seq = seq;
        // A pool worker going idle: its job, and so its client, is done.
        if (state == TaskState::Running && reason == WaitReason::Executor && t.client)
            m_clients[t.client - 1].served = true;
    }

    void mark(std::uint64_t seq, const EventRecord& r) {
        const std::string_view name = m_trace.text(r.other);
        std::uint32_t c = 0;
        while (c < m_plan.clients.size() && m_plan.clients[c].name != name)
            ++c;
        ASSERT_LT(c, m_plan.clients.size());
        Task& t = m_tasks[r.task];
        if (t.client && t.client - 1 != c) m_clients[t.client - 1].served = true;
        t.client = c + 1;
        m_clients[c] = Client{true, false, r.task, seq};
    }

    TableState stateOf(TaskId id, std::uint64_t since) const {
        const Task& t = m_tasks[id];
        if (!t.spawned) return TableState::Empty;
        const bool back = t.hasSignificant && t.sigSeq >= since &&
                          (t.sigReason == WaitReason::Io || t.sigReason == WaitReason::Blocking);
        return tableStateFor(t.state, t.reason, back);
    }

    const Trace& m_trace;
    const RestaurantPlan& m_plan;
    std::vector<Task> m_tasks;
    std::vector<Worker> m_workers;
    std::vector<Client> m_clients;
};

bool finished(TableState s) {
    return s == TableState::Served || s == TableState::Left || s == TableState::Burnt;
}

} // namespace

TEST(RestaurantLessons, AtEveryEventEveryTableAndWaiterShowsWhatTheTraceSays) {
    ASSERT_FALSE(scripts().empty());
    for (const Script& script : scripts()) {
        const Trace& trace = script.run->trace;
        const RestaurantPlan& plan = script.run->restaurant;
        Replay replay(trace, plan);
        // Every event, except in the biggest runs (thousands of tables),
        // where every event up to a budget of checks and then a sample.
        const std::uint64_t n = trace.size();
        const std::uint64_t work = n * std::max<std::uint64_t>(plan.clients.size(), 1);
        const std::uint64_t stride = std::max<std::uint64_t>(1, work / 20'000'000);
        int failures = 0;
        for (std::uint64_t seq = 0; seq <= n && failures < 5; ++seq) {
            if (seq > 0) replay.apply(seq - 1);
            if (seq % stride != 0 && seq != n) continue;
            const RestaurantScene scene =
                buildScene(trace, plan, Playhead{seq, trace.timeOf(seq ? seq - 1 : 0)});
            std::size_t kitchen = 0;
            for (const SceneTable& t : scene.tables) {
                const TableState want = replay.tableState(t.client);
                kitchen += t.state == TableState::InKitchen;
                if (t.state != want) {
                    ++failures;
                    ADD_FAILURE() << script.where << " event " << seq << ": table "
                                  << plan.clients[t.client].name << " shows "
                                  << static_cast<int>(t.state) << ", the trace says "
                                  << static_cast<int>(want);
                }
            }
            // One ticket per order in the kitchen; a timer is no ticket.
            EXPECT_EQ(scene.tickets.size(), kitchen) << script.where << " event " << seq;
            for (const SceneWaiter& w : scene.waiters) {
                if (w.activity == replay.activity(w.worker)) continue;
                ++failures;
                ADD_FAILURE() << script.where << " event " << seq << ": waiter " << w.worker
                              << " does " << static_cast<int>(w.activity) << ", the trace says "
                              << static_cast<int>(replay.activity(w.worker));
            }
        }
    }
}

TEST(RestaurantLessons, EveryScriptEndsWithEveryTableServedLeftOrBurnt) {
    for (const Script& script : scripts()) {
        const RestaurantScene end =
            buildScene(script.run->trace, script.run->restaurant, playheadAtEnd(script.run->trace));
        for (const SceneTable& t : end.tables)
            EXPECT_TRUE(finished(t.state) || t.state == TableState::Empty)
                << script.where << ": " << script.run->restaurant.clients[t.client].name
                << " ends as " << Format::tableState(t.state).toStdString();
    }
}

TEST(RestaurantLessons, NoTwoLabelsOverlapAtAnyMomentOfAnyScript) {
    RestaurantPainter painter;
    for (const Script& script : scripts()) {
        const Trace& trace = script.run->trace;
        for (const QSize size : {QSize(1920, 1000), QSize(1280, 640)}) {
            for (const double at : {0.1, 0.3, 0.5, 0.7, 1.0}) {
                QImage img = test::canvas(size.width(), size.height());
                QPainter p(&img);
                RestaurantFrame f;
                f.run = script.run.get();
                f.playhead = playheadAtTime(
                    trace, static_cast<Time>(static_cast<double>(trace.endTime()) * at));
                const RestaurantLayout l =
                    painter.paint(p, QRectF(0, 0, size.width(), size.height()), f, Theme::light());
                for (std::size_t i = 0; i < l.labels.size(); ++i)
                    for (std::size_t j = i + 1; j < l.labels.size(); ++j)
                        EXPECT_FALSE(l.labels[i].intersects(l.labels[j]))
                            << script.where << " at " << at << " of the run, " << size.width()
                            << " wide: label " << i << " and " << j << " overlap";
            }
        }
    }
}
