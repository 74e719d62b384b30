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

#include <algorithm>
#include <map>

using namespace coroscope;

namespace {

struct Script {
    std::string where;
    std::shared_ptr<const RunModel> run;
};

// A run whose scene is this big (events x tables) is run again with the
// lesson's smallest parameters, so every event of every script is walked
// and the whole walk stays quick.
constexpr std::uint64_t kWalkBudget = 2'000'000;

std::vector<Script> everyScript() {
    std::vector<Script> out;
    const LessonCatalog catalog =
        LessonLoader(scriptChecker()).loadRoots({QStringLiteral(COROSCOPE_LESSONS_DIR)});
    for (const Lesson& lesson : catalog.lessons)
        for (const LessonScript& script : lesson.scripts) {
            const auto watched = lesson.watchedLines(lesson.scriptIndex(script.file));
            std::string where = lesson.id.toStdString() + "/" + script.file.toStdString();
            auto run = LessonRunner::runNow(
                {script.file, script.source, lesson.parametersFor(script.source), watched});
            const std::uint64_t work =
                run->trace.size() * std::max<std::size_t>(run->restaurant.clients.size(), 1);
            if (work > kWalkBudget) {
                QMap<QString, double> smallest;
                for (const LessonParameter& parameter : lesson.parameters)
                    if (parameter.type != LessonParameter::Type::Bool)
                        smallest[parameter.name] = parameter.minimum;
                run =
                    LessonRunner::runNow({script.file, script.source,
                                          lesson.parametersFor(script.source, smallest), watched});
                where += " (smallest parameters)";
            }
            out.push_back({std::move(where), std::move(run)});
        }
    return out;
}

std::vector<Script>& storage() {
    static std::vector<Script> all;
    return all;
}

const std::vector<Script>& scripts() {
    if (storage().empty()) storage() = everyScript();
    return storage();
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
            if (isAnnotation(r.kind, r.reason, AnnotationKind::Resource)) touch(r);
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

    // A primitive as the trace gives it: the count its last change left, the
    // tasks whose last act on it was to take it, and those in its line (its
    // last act was to wait for it, and they wait now).
    struct Primitive {
        std::uint32_t value = 0;
        std::vector<TaskId> holders; // by task id
        std::vector<TaskId> waiters; // by task id
    };
    Primitive primitive(ResourceId id) const {
        Primitive out;
        out.value = id < m_values.size() ? m_values[id] : 0;
        for (TaskId t = 1; t < m_tasks.size(); ++t) {
            const Task& task = m_tasks[t];
            if (task.resource != id) continue;
            if (task.act == ResourceAction::Acquired) out.holders.push_back(t);
            if (task.act == ResourceAction::Waits && task.state == TaskState::Waiting &&
                (task.reason == WaitReason::Lock || task.reason == WaitReason::Queue))
                out.waiters.push_back(t);
        }
        return out;
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
        ResourceId resource = 0;  // the primitive it acted on last, and how
        ResourceAction act = ResourceAction::Released;
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

    void touch(const EventRecord& r) {
        const ResourceChange& c = m_trace.resourceChange(r.other);
        if (m_values.size() <= c.resource) m_values.resize(c.resource + 1, 0);
        m_values[c.resource] = c.value;
        if (r.task == 0 || r.task >= m_tasks.size()) return;
        Task& t = m_tasks[r.task];
        // A task holding a lock may wait on a queue: what it holds stays held.
        if (t.act == ResourceAction::Acquired && t.resource != c.resource &&
            c.action != ResourceAction::Released) {
            m_held.emplace_back(r.task, t.resource);
        }
        if (c.action == ResourceAction::Acquired || c.action == ResourceAction::Released)
            std::erase(m_held, std::pair<TaskId, ResourceId>(r.task, c.resource));
        t.resource = c.resource;
        t.act = c.action;
    }

public:
    // Holders recorded before the task turned to another primitive.
    bool alsoHolds(TaskId task, ResourceId id) const {
        return std::find(m_held.begin(), m_held.end(), std::pair<TaskId, ResourceId>(task, id)) !=
               m_held.end();
    }

private:
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
    std::vector<std::uint32_t> m_values;               // by resource
    std::vector<std::pair<TaskId, ResourceId>> m_held; // held while acting on another
};

// The runs are shared by the suite and let go when it ends: a trace gives
// its memory back to a per-thread pool that is gone once the program exits.
class RestaurantLessons : public ::testing::Test {
protected:
    static void TearDownTestSuite() { storage().clear(); }
};

bool finished(TableState s) {
    return s == TableState::Served || s == TableState::Left || s == TableState::Burnt;
}

} // namespace

TEST_F(RestaurantLessons, AtEveryEventEveryTableAndWaiterShowsWhatTheTraceSays) {
    ASSERT_FALSE(scripts().empty());
    for (const Script& script : scripts()) {
        const Trace& trace = script.run->trace;
        const RestaurantPlan& plan = script.run->restaurant;
        Replay replay(trace, plan);
        // Every event, each one: no sampling (the biggest runs are made small).
        const std::uint64_t n = trace.size();
        int failures = 0;
        for (std::uint64_t seq = 0; seq <= n && failures < 5; ++seq) {
            if (seq > 0) replay.apply(seq - 1);
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
            // Every queue, lock and semaphore: its count, its limit, who holds
            // it and who waits for it, as the trace has them now.
            ASSERT_EQ(scene.resources.size() + 1, trace.resources().size()) << script.where;
            for (const ResourceState& res : scene.resources) {
                const ResourceInfo& info = trace.resources()[res.id];
                Replay::Primitive want = replay.primitive(res.id);
                for (TaskId t = 1; t < trace.tasks().size(); ++t)
                    if (replay.alsoHolds(t, res.id)) want.holders.push_back(t);
                std::vector<TaskId> holders = res.holders, waiters = res.waiters;
                std::sort(holders.begin(), holders.end());
                std::sort(want.holders.begin(), want.holders.end());
                std::sort(waiters.begin(), waiters.end());
                const std::string what =
                    script.where + " event " + std::to_string(seq) + ": " + res.name;
                EXPECT_EQ(res.kind, info.kind) << what;
                EXPECT_EQ(res.limit, info.kind == ResourceKind::Lock ? 1U : info.limit) << what;
                EXPECT_EQ(res.value, want.value) << what;
                if (res.limit && info.kind == ResourceKind::Queue) {
                    EXPECT_LE(res.value, res.limit) << what;
                }
                if (info.kind == ResourceKind::Lock) {
                    EXPECT_EQ(res.value, holders.size()) << what;
                }
                failures += holders != want.holders || waiters != want.waiters;
                EXPECT_EQ(holders, want.holders) << what << " (holders)";
                EXPECT_EQ(waiters, want.waiters) << what << " (waiting)";
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

TEST_F(RestaurantLessons, EveryScriptEndsWithEveryTableServedLeftOrBurnt) {
    for (const Script& script : scripts()) {
        const RestaurantScene end =
            buildScene(script.run->trace, script.run->restaurant, playheadAtEnd(script.run->trace));
        for (const SceneTable& t : end.tables)
            EXPECT_TRUE(finished(t.state) || t.state == TableState::Empty)
                << script.where << ": " << script.run->restaurant.clients[t.client].name
                << " ends as " << Format::tableState(t.state).toStdString();
    }
}

TEST_F(RestaurantLessons, NoTwoLabelsOverlapAtAnyMomentOfAnyScript) {
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

TEST_F(RestaurantLessons, TheQueueLessonsProducerAndCookAreDrawnAsWhatTheyAre) {
    const Script* queue = nullptr;
    for (const Script& script : scripts())
        if (script.where.starts_with("producer-consumer/orders_queue.py")) queue = &script;
    ASSERT_NE(queue, nullptr);
    const RestaurantScene end =
        buildScene(queue->run->trace, queue->run->restaurant, playheadAtEnd(queue->run->trace));
    std::map<std::string, TableRole> roles;
    for (const SceneTable& t : end.tables)
        roles[queue->run->restaurant.clients[t.client].name] = t.role;
    // The cook takes orders from the queue; the coroutine that fills it (the
    // one asyncio.run was given, which also starts the cook) is the producer.
    ASSERT_TRUE(roles.contains("cook 1"));
    EXPECT_EQ(roles["cook 1"], TableRole::Cook);
    ASSERT_TRUE(roles.contains("Task-1"));
    EXPECT_EQ(roles["Task-1"], TableRole::Producer);
    EXPECT_EQ(roles.size(), 2U); // "main", which only awaits, is no table
}

TEST_F(RestaurantLessons, APrimitiveLeavesTheRoomItsHeightInAShortView) {
    const Script* queue = nullptr;
    for (const Script& script : scripts())
        if (script.where.starts_with("producer-consumer/orders_queue.py")) queue = &script;
    ASSERT_NE(queue, nullptr);
    const RestaurantScene scene = buildScene(queue->run->trace, queue->run->restaurant,
                                             playheadAtTime(queue->run->trace, seconds(0.25)));
    ASSERT_FALSE(scene.resources.empty());
    // The restaurant's share of a 1280 x 720 window, and of a 1920 x 1080 one.
    for (const QSizeF size : {QSizeF(600, 200), QSizeF(1150, 480)}) {
        const QRectF view(QPointF(0, 0), size);
        const RestaurantLayout l = RestaurantLayout::compute(scene, view, 1.0);
        ASSERT_EQ(l.resourceBox.size(), scene.resources.size());
        const double usable = size.height() - l.caption.height() - l.legend.height();
        for (const RoomGeometry& room : l.rooms) {
            EXPECT_GE(room.room.height(), usable * 0.6) << size.width() << "x" << size.height();
            for (const QRectF& box : l.resourceBox) {
                EXPECT_FALSE(box.intersects(room.room)) << size.width();
                EXPECT_TRUE(view.contains(box)) << size.width();
                EXPECT_GE(box.height(), 40.0) << size.width();
            }
        }
    }
}
