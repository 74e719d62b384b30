// SPDX-License-Identifier: MIT
#pragma once

#include "core/assert.h"
#include "core/coro.h"
#include "core/handle.h"
#include "core/instrument.h"
#include "core/machine_config.h"
#include "core/ring_queue.h"
#include "core/task.h"
#include "core/trace.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace coroscope {

class Machine;

// What a run may spend on the loop's side: scheduling steps (a task's step,
// a callback, a turn of the simulated machine), virtual time, and real
// time. They are checked in the loop's innermost loop, so that a run held
// inside one step (threads computing for ever on the machine) stops too.
struct LoopLimits {
    std::uint64_t maxSteps = ~std::uint64_t(0);
    Time maxTime = kNever;
    double maxWallSeconds = 0; // 0: no limit
    // Set from another thread (the window's Stop) to end the run at once;
    // null when nobody can ask. Read with the wall clock, as cheaply.
    const std::atomic<bool>* stop = nullptr;
};
enum class LoopLimit : std::uint8_t { None, Steps, VirtualTime, WallTime, Stopped };

// The event loop and the simulated machine it runs on, on one virtual clock.
//
// Ordering follows asyncio's BaseEventLoop._run_once: an iteration first moves
// every due timer (by deadline, then order of scheduling) to the end of the
// FIFO ready queue, then runs exactly the callbacks that were ready when it
// began; callbacks scheduled meanwhile wait for the next iteration. When
// nothing is ready the clock jumps to the next timer (a mock clock with
// autojump), so runs are deterministic and take no real time.
//
// Invariants: m_batch <= m_ready.size(); the clock never goes back; every
// ready item and timer holds one reference to the objects it names.
class Loop {
public:
    explicit Loop(MachineConfig config = {});
    Loop(const Loop&) = delete;
    Loop& operator=(const Loop&) = delete;
    ~Loop();

    // asyncio's running loop: the loop whose callbacks run on this thread
    // (inside runForever, runUntilComplete, run, runUntil or step, and while
    // shutdown frees pending frames), or null when none does. A run nested
    // in another loop's callback is current until it returns. Diagnostics
    // raised where no loop is at hand (a coroutine dropped unawaited) go to it.
    static Loop* current();

    Time time() const { return m_now; }
    // Readers see the trace as it grows; only the engine writes to it.
    const Trace& trace() const { return m_trace; }
    // Moves the trace out once the run is over (the loop keeps an empty one).
    Trace takeTrace() { return std::move(m_trace); }
    Machine& machine() { return *m_machine; }
    const MachineConfig& config() const { return m_config; }
    void setTracing(bool on) {
        m_tracing = on;
        updateEmitMode();
    }
    void addInstrument(Instrument* instrument) {
        m_instruments.push_back(instrument);
        updateEmitMode();
    }
    void removeInstrument(Instrument* instrument);

    // call_soon / call_later / call_at
    Ref<Handle> callSoon(std::function<void()> fn, std::string_view label = {});
    Ref<Handle> callLater(Duration delay, std::function<void()> fn, std::string_view label = {});
    Ref<Handle> callAt(Time when, std::function<void()> fn, std::string_view label = {});

    template <class T>
    Task<T> createTask(Coro<T> coro, std::string_view name = {}, std::uint32_t line = 0) {
        auto* impl = new TaskImpl<T>(*this, nextTaskId(), 0, TaskKind::Task, std::move(coro));
        registerTask(impl, name, line);
        return Task<T>(Ref<TaskImpl<T>>(impl));
    }
    Ref<Future<void>> createFuture() { return makeRef<Future<void>>(*this); }
    template <class T>
    Ref<Future<T>> createFuture() {
        return makeRef<Future<T>>(*this);
    }

    // Limits from now on (the wall clock starts now). Once one is reached,
    // step() and the runs return as if nothing were left to run, and
    // limitReached() says which; the clock stays at or before maxTime.
    void setLimits(const LoopLimits& limits);
    LoopLimit limitReached() const { return m_limitReached; }
    // True (and the limit is reached) once the real time allowed is spent,
    // or a stop was asked for (LoopLimit::Stopped). Cheap enough for the
    // interpreter's periodic budget check.
    bool wallTimeUp();

    // Runs exactly one callback (a task step, a timer, a worker's turn).
    // Returns false when nothing is left to run at any time, or a limit is
    // reached.
    bool step();
    // Runs every callback due at or before t, then sets the clock to t.
    void runUntil(Time t);
    // asyncio's run_forever / stop: stop() ends the loop after the current iteration.
    void runForever();
    void stop() { m_stopping = true; }
    bool isRunning() const { return m_running; }
    bool isClosed() const { return m_closed; }
    void close();
    // Destroys what is left: pending tasks are reported as asyncio does at
    // exit ("Task was destroyed but it is pending!") and their coroutine
    // frames freed. The destructor calls it; the trace stays readable.
    void shutdown();

    // asyncio's run_until_complete: stops after the iteration in which the
    // future's done-callback ran. Throws RuntimeError if the program can never
    // finish (nothing left to run), instead of hanging as CPython would.
    void runUntilComplete(FutureBase& future);
    template <class T>
    T runUntilComplete(Task<T> task) {
        runUntilComplete(*task.get());
        return task->result();
    }
    // asyncio.run(): run main, then cancel what is left and wait for it.
    template <class T>
    T run(Coro<T> main, std::string_view name = {}) {
        Task<T> t = createTask(std::move(main), name);
        runUntilComplete(*t.get());
        cancelRemainingTasks();
        return t->result();
    }
    void cancelRemainingTasks();

    TaskBase* currentTask() const { return m_current; }
    std::vector<TaskBase*> allTasks() const; // pending asyncio tasks, in creation order

    // Reports one of asyncio's warnings, or a line the program wrote, in the trace.
    void diagnostic(std::string_view message, TaskId task = 0, std::uint32_t line = 0);
    void print(std::string_view text, TaskId task, std::uint32_t line, WorkerId worker);
    // Marks the trace for its viewers (sim.client, a watched line reached):
    // no task changes state. `label` is interned as the event's text.
    void annotate(AnnotationKind kind, std::string_view label, TaskId task, std::uint32_t line,
                  WorkerId worker) {
        emit(EventKind::Annotation, task, annotationReason(kind), m_trace.addText(label), line,
             worker);
    }
    std::uint64_t stepCount() const { return m_steps; }

    // The program's queues, locks and semaphores, for the views: each is made
    // once (named "Queue-1" and so on until the script names it) and every
    // change of its state is marked in the trace, by the task that made it.
    ResourceId addResource(ResourceKind kind, std::uint32_t limit);
    void nameResource(ResourceId id, std::string_view name) { m_trace.setResourceName(id, name); }
    void resourceChanged(ResourceId id, ResourceAction action, std::uint32_t value);

private:
    friend class LoopAccess;

    // What futures, tasks, awaitables and the machine use; reached through
    // LoopAccess, not by the loop's users.
    void registerTask(TaskBase* task, std::string_view name, std::uint32_t line);
    TaskId nextTaskId() const { return static_cast<TaskId>(m_trace.tasks().size()); }
    void scheduleStep(TaskBase* task) {
        task->incRef();
        requeue(task);
    }
    // Queues a step for a task whose reference the caller hands over (a task
    // that gives way re-uses the reference of the item that ran it).
    void requeue(TaskBase* task) {
        m_ready.push(ReadyItem{reinterpret_cast<std::uintptr_t>(task) | kStep, {nullptr}});
    }
    void scheduleWakeup(TaskBase* task, FutureBase* future);
    void scheduleDoneCallback(DoneCallback* callback, FutureBase* future);
    std::uint32_t addSleepTimer(TaskBase* task, Time when);
    void addWorkerTimer(WorkerId worker, Time when, std::uint64_t token);
    void workerRunnable(WorkerId worker, TaskBase* task);
    void setLoopHeld(bool held) { m_loopHeld = held; }
    void enterTask(TaskBase* task) {
        COROSCOPE_ASSERT(m_current == nullptr || m_current == task,
                         "a task steps while another one runs");
        m_current = task;
    }
    void leaveTask() { m_current = nullptr; }
    // Brackets one step of a loop task that was held, to report one that
    // held the loop longer than slowCallback (asyncio's debug-mode warning).
    void stepBegan() { m_stepStart = m_now; }
    void stepEnded(TaskBase* task) {
        if (m_now - m_stepStart >= m_config.slowCallback) [[unlikely]]
            reportSlowStep(task);
    }
    void liveTaskAdded(TaskBase* task);
    void liveTaskRemoved(TaskBase* task);

    // Every state change goes through here, twice per task switch: the common
    // path must stay a few stores; instruments are the rare, out-of-line case.
    [[gnu::always_inline]] void emit(EventKind kind, TaskId task, WaitReason reason,
                                     std::uint32_t other, std::uint32_t line, WorkerId worker) {
        if (m_traceOnly) [[likely]]
            m_trace.append(EventRecord{task, other, line, worker, kind, reason});
        else
            emitSlow(kind, task, reason, other, line, worker);
    }
    TextId text(std::string_view s) { return m_tracing ? m_trace.addText(s) : 0; }

    // A ready callback in 16 bytes: the object with its kind in the low bits
    // (objects are 8-byte aligned), and the future it concerns or a timer seq.
    enum ReadyKind : std::uintptr_t {
        kStep = 0,   // a task's step
        kWakeup = 1, // a task's step after a future it waited on is done
        kDone = 2,   // a done-callback of a future
        kHandle = 3, // call_soon / call_later
        kSleepTimer = 4,
    };
    static constexpr std::uintptr_t kKindMask = 7;
    struct ReadyItem {
        std::uintptr_t objectAndKind;
        union {
            FutureBase* future;
            std::uint64_t seq;
        };
    };
    // asyncio's TimerHandle in the heap: 24 bytes; the low bit of seqAndKind
    // tells a Handle (0) from a task's sleep (1).
    struct Timer {
        Time when;
        std::uint64_t seqAndKind;
        void* object; // Handle* or TaskBase*, one reference held
        std::uint64_t seq() const { return seqAndKind >> 1; }
        std::uint32_t sleepSeq() const { return static_cast<std::uint32_t>(seq()); }
        bool isSleep() const { return seqAndKind & 1; }
    };
    struct WorkerTimer {
        Time when;
        std::uint64_t seq;
        std::uint64_t token; // the machine's token for that hold
        WorkerId worker;
    };
    struct Later {
        template <class T>
        bool operator()(const T& a, const T& b) const {
            return a.when != b.when ? a.when > b.when : a.seq() > b.seq();
        }
        bool operator()(const WorkerTimer& a, const WorkerTimer& b) const {
            return a.when != b.when ? a.when > b.when : a.seq > b.seq;
        }
    };

    class RunningScope;

    bool stepOnce();
    void startIteration();
    bool timerCancelled(const Timer& t) const;
    void dropTimer(const Timer& t);
    Time nextTimerTime();
    Time nextActivity();
    void runReady(ReadyItem item);
    void reportSlowStep(TaskBase* task);
    bool advanceClock();
    bool overLimit();
    [[gnu::noinline]] void emitSlow(EventKind kind, TaskId task, WaitReason reason,
                                    std::uint32_t other, std::uint32_t line, WorkerId worker);
    void updateEmitMode() { m_traceOnly = m_tracing && m_instruments.empty(); }

    MachineConfig m_config;
    Trace m_trace;
    std::unique_ptr<Machine> m_machine;
    RingQueue<ReadyItem> m_ready;
    std::vector<Timer> m_timers;             // asyncio's _scheduled: a binary heap, earliest first
    std::vector<WorkerTimer> m_workerTimers; // the machine's holds, also a heap
    RingQueue<TaskBase*> m_runnable;         // held tasks whose worker may go on
    std::uint64_t m_timerSeq = 0;
    std::size_t m_batch = 0; // callbacks left in the current iteration
    Time m_now = 0;
    TaskBase* m_current = nullptr;
    // Every task object not yet done, by id (null once done or destroyed):
    // creation order, so the loop can list and tear down pending tasks.
    std::vector<TaskBase*> m_live;
    std::vector<Instrument*> m_instruments;
    std::uint64_t m_steps = 0;
    LoopLimits m_limits;
    std::chrono::steady_clock::time_point m_wallDeadline{};
    LoopLimit m_limitReached = LoopLimit::None;
    Time m_stepStart = 0;
    std::unordered_map<const FutureBase*, std::string> m_cancelMessages;
    std::uint32_t m_taskNameCounter = 0; // asyncio's _task_name_counter
    bool m_tracing = true;
    bool m_traceOnly = true; // tracing on and no other instrument: emit's fast path
    bool m_loopHeld = false; // the loop's worker holds a task mid-step (the machine says)
    bool m_stopping = false;
    bool m_running = false;
    bool m_closed = false;
    bool m_shutDown = false;
};

// The loop's engine-side surface: what futures, tasks, awaitables, the
// machine and the interpreter's task objects need, kept out of Loop's public
// (asyncio) API. Every function forwards inline, so the hot paths (a task
// switch, an event) cost what calling Loop directly did.
class LoopAccess {
public:
    static void registerTask(Loop& l, TaskBase* task, std::string_view name, std::uint32_t line) {
        l.registerTask(task, name, line);
    }
    static TaskId nextTaskId(const Loop& l) { return l.nextTaskId(); }
    // The trace to write to: task names, workers, texts.
    static Trace& trace(Loop& l) { return l.m_trace; }
    static void scheduleStep(Loop& l, TaskBase* task) { l.scheduleStep(task); }
    static void requeue(Loop& l, TaskBase* task) { l.requeue(task); }
    static void scheduleWakeup(Loop& l, TaskBase* task, FutureBase* future) {
        l.scheduleWakeup(task, future);
    }
    static void scheduleDoneCallback(Loop& l, DoneCallback* callback, FutureBase* future) {
        l.scheduleDoneCallback(callback, future);
    }
    static std::uint32_t addSleepTimer(Loop& l, TaskBase* task, Time when) {
        return l.addSleepTimer(task, when);
    }
    static void addWorkerTimer(Loop& l, WorkerId worker, Time when, std::uint64_t token) {
        l.addWorkerTimer(worker, when, token);
    }
    static void workerRunnable(Loop& l, WorkerId worker, TaskBase* task) {
        l.workerRunnable(worker, task);
    }
    static void setLoopHeld(Loop& l, bool held) { l.setLoopHeld(held); }
    static void enterTask(Loop& l, TaskBase* task) { l.enterTask(task); }
    static void leaveTask(Loop& l) { l.leaveTask(); }
    static void stepBegan(Loop& l) { l.stepBegan(); }
    static void stepEnded(Loop& l, TaskBase* task) { l.stepEnded(task); }
    static void liveTaskAdded(Loop& l, TaskBase* task) { l.liveTaskAdded(task); }
    static void liveTaskRemoved(Loop& l, TaskBase* task) { l.liveTaskRemoved(task); }
    // Cancel messages are rare: kept in the loop rather than in every future.
    static std::unordered_map<const FutureBase*, std::string>& cancelMessages(Loop& l) {
        return l.m_cancelMessages;
    }
    [[gnu::always_inline]] static void emit(Loop& l, EventKind kind, TaskId task, WaitReason reason,
                                            std::uint32_t other, std::uint32_t line,
                                            WorkerId worker) {
        l.emit(kind, task, reason, other, line, worker);
    }
    // Interns a label for an event; 0 ("") when tracing is off.
    static TextId text(Loop& l, std::string_view s) { return l.text(s); }
};

// A task's step, defined here because it is the scheduler's innermost loop:
// inlined into Loop::runReady, a task switch is one function.
inline bool TaskBase::resumeCoroutine() {
    // The caller (a ready item or the runnable queue) holds a reference.
    m_resume.resume();
    if ((m_flags & (kHolding | kRootDone | kYieldedFuture | kOnWorker | kWasHeld)) == 0 &&
        m_sleepSeq == 0) [[likely]] {
        // A bare yield (sleep(0)): step again on the next iteration.
        m_taskState = TaskState::Ready;
        m_reason = WaitReason::Yield;
        LoopAccess::emit(*m_loop, EventKind::Ready, m_id, WaitReason::Yield, m_id, m_line,
                         m_worker);
        LoopAccess::requeue(*m_loop, this); // takes over the caller's reference
        LoopAccess::leaveTask(*m_loop);
        return true;
    }
    afterResumeSlow();
    return false;
}

[[gnu::always_inline]] inline bool TaskBase::step() {
    // As asyncio, the task waits on nothing while it runs; the future it
    // waited on stays alive until the step ends, for the awaiter to read.
    FutureBase* waitedOn = m_futWaiter.release();
    if (m_state != FutureState::Pending || has(kMustCancel | kNotStarted)) [[unlikely]] {
        if (!beginStepSlow(waitedOn)) return false;
    }
    COROSCOPE_ASSERT(m_taskState != TaskState::Running, "a task steps while it runs");
    m_taskState = TaskState::Running;
    m_reason = WaitReason::None;
    LoopAccess::enterTask(*m_loop, this);
    LoopAccess::emit(*m_loop, EventKind::Run, m_id, WaitReason::None, 0, m_line, m_worker);
    bool handedOver = resumeCoroutine();
    if (waitedOn) waitedOn->decRef();
    return handedOver;
}

} // namespace coroscope
