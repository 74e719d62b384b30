// SPDX-License-Identifier: MIT
#include "core/loop.h"

#include "core/machine.h"

#include <algorithm>
#include <cstdio>
#include <limits>

namespace coroscope {

namespace {
// The loop whose callbacks run on this thread now (null between runs).
thread_local Loop* t_running = nullptr;

template <class T>
T* objectOf(std::uintptr_t objectAndKind) {
    return reinterpret_cast<T*>(objectAndKind & ~std::uintptr_t(7));
}
} // namespace

// Marks a loop as the running one for a scope and restores the outer one
// (null, or the loop whose callback started this run) on the way out, even
// when the run ends by an exception.
class Loop::RunningScope {
public:
    explicit RunningScope(Loop* loop) noexcept
        : m_outer(t_running) {
        t_running = loop;
    }
    RunningScope(const RunningScope&) = delete;
    RunningScope& operator=(const RunningScope&) = delete;
    ~RunningScope() { t_running = m_outer; }

private:
    Loop* m_outer;
};

Loop::Loop(MachineConfig config)
    : m_config(config) {
    m_trace.setTaskMemoryBytes(config.taskBytes);
    m_machine = std::make_unique<Machine>(*this, m_config);
}

Loop::~Loop() {
    shutdown();
    COROSCOPE_ASSERT(t_running != this, "a loop is destroyed while it runs");
}

Loop* Loop::current() {
    return t_running;
}

void Loop::removeInstrument(Instrument* instrument) {
    m_instruments.erase(std::remove(m_instruments.begin(), m_instruments.end(), instrument),
                        m_instruments.end());
    updateEmitMode();
}

Ref<Handle> Loop::callSoon(std::function<void()> fn, std::string_view label) {
    Ref<Handle> h = makeRef<Handle>(std::move(fn), m_now, text(label));
    h->incRef();
    m_ready.push(ReadyItem{reinterpret_cast<std::uintptr_t>(h.get()) | kHandle, {nullptr}});
    return h;
}

Ref<Handle> Loop::callLater(Duration delay, std::function<void()> fn, std::string_view label) {
    return callAt(later(m_now, std::max<Duration>(delay, 0)), std::move(fn), label);
}

Ref<Handle> Loop::callAt(Time when, std::function<void()> fn, std::string_view label) {
    Ref<Handle> h = makeRef<Handle>(std::move(fn), when, text(label));
    h->incRef();
    m_timers.push_back(Timer{when, (++m_timerSeq) << 1, h.get()});
    std::push_heap(m_timers.begin(), m_timers.end(), Later{});
    return h;
}

std::uint32_t Loop::addSleepTimer(TaskBase* task, Time when) {
    task->incRef();
    std::uint64_t seq = ++m_timerSeq;
    m_timers.push_back(Timer{when, (seq << 1) | 1, task});
    std::push_heap(m_timers.begin(), m_timers.end(), Later{});
    return static_cast<std::uint32_t>(seq);
}

void Loop::addWorkerTimer(WorkerId worker, Time when, std::uint64_t token) {
    m_workerTimers.push_back(WorkerTimer{when, ++m_timerSeq, token, worker});
    std::push_heap(m_workerTimers.begin(), m_workerTimers.end(), Later{});
}

void Loop::registerTask(TaskBase* task, std::string_view name, std::uint32_t line) {
    COROSCOPE_ASSERT(task->id() == m_trace.tasks().size(),
                     "a task is registered out of the order its id was taken in");
    COROSCOPE_ASSERT(task->m_taskState == TaskState::Created, "a task is registered twice");
    TaskInfo info;
    info.parent = m_current ? m_current->id() : 0;
    info.worker = task->worker();
    info.kind = task->kind();
    info.spawnLine = line;
    if (name.empty() && task->kind() == TaskKind::Task)
        info.nameNumber = ++m_taskNameCounter;
    else
        info.name = m_trace.addText(name.empty() ? "Thread" : name);
    m_trace.addTask(info);
    task->setLine(line);
    task->m_taskState = TaskState::Ready;
    emit(EventKind::Spawn, task->id(), WaitReason::None, info.parent, line,
         m_current ? m_current->worker() : 0);
    if (task->kind() == TaskKind::Task) scheduleStep(task);
}

void Loop::liveTaskAdded(TaskBase* task) {
    if (m_live.size() <= task->id()) m_live.resize(task->id() + 1, nullptr);
    m_live[task->id()] = task;
}

void Loop::liveTaskRemoved(TaskBase* task) {
    if (m_current == task) m_current = nullptr;
    if (task->id() < m_live.size() && m_live[task->id()] == task) m_live[task->id()] = nullptr;
}

std::vector<TaskBase*> Loop::allTasks() const {
    std::vector<TaskBase*> out;
    for (TaskBase* t : m_live)
        if (t && t->kind() == TaskKind::Task && !t->done()) out.push_back(t);
    return out;
}

void Loop::scheduleWakeup(TaskBase* task, FutureBase* future) {
    task->m_taskState = TaskState::Ready;
    emit(EventKind::Ready, task->id(), task->reason(), m_current ? m_current->id() : 0,
         task->line(), task->worker());
    task->incRef();
    if (future) {
        future->incRef();
        m_ready.push(ReadyItem{reinterpret_cast<std::uintptr_t>(task) | kWakeup, {future}});
    } else {
        m_ready.push(ReadyItem{reinterpret_cast<std::uintptr_t>(task) | kStep, {nullptr}});
    }
}

void Loop::scheduleDoneCallback(DoneCallback* callback, FutureBase* future) {
    callback->incRef();
    future->incRef();
    m_ready.push(ReadyItem{reinterpret_cast<std::uintptr_t>(callback) | kDone, {future}});
}

void Loop::workerRunnable(WorkerId, TaskBase* task) {
    task->incRef();
    m_runnable.push(task);
}

bool Loop::timerCancelled(const Timer& t) const {
    if (t.isSleep()) return static_cast<TaskBase*>(t.object)->m_sleepSeq != t.sleepSeq();
    return static_cast<Handle*>(t.object)->cancelled();
}

void Loop::dropTimer(const Timer& t) {
    static_cast<RefCounted*>(t.object)->decRef();
}

void Loop::startIteration() {
    // As _run_once: every due timer moves to the ready queue in (deadline,
    // scheduling order); cancelled ones are dropped on the way.
    COROSCOPE_ASSERT(m_batch == 0, "an iteration starts before the last one ended");
    [[maybe_unused]] Timer previous{};
    [[maybe_unused]] bool first = true;
    while (!m_timers.empty() && m_timers.front().when <= m_now) {
        std::pop_heap(m_timers.begin(), m_timers.end(), Later{});
        Timer t = m_timers.back();
        m_timers.pop_back();
        COROSCOPE_ASSERT(first || !Later{}(previous, t),
                         "the timer heap gave a timer out of (deadline, seq) order");
        previous = t;
        first = false;
        if (timerCancelled(t)) {
            dropTimer(t);
            continue;
        }
        if (t.isSleep())
            m_ready.push(
                ReadyItem{reinterpret_cast<std::uintptr_t>(t.object) | kSleepTimer, {nullptr}});
        else
            m_ready.push(
                ReadyItem{reinterpret_cast<std::uintptr_t>(t.object) | kHandle, {nullptr}});
        if (t.isSleep()) m_ready.back().seq = t.sleepSeq();
    }
    m_batch = m_ready.size();
}

Time Loop::nextTimerTime() {
    while (!m_timers.empty() && timerCancelled(m_timers.front())) {
        std::pop_heap(m_timers.begin(), m_timers.end(), Later{});
        dropTimer(m_timers.back());
        m_timers.pop_back();
    }
    Time next = kNever;
    if (!m_timers.empty() && !m_loopHeld) next = m_timers.front().when;
    if (!m_workerTimers.empty()) next = std::min(next, m_workerTimers.front().when);
    return next;
}

bool Loop::advanceClock() {
    Time next = nextTimerTime();
    if (next == kNever) return false;
    if (next > m_limits.maxTime) {
        // The clock stops at the limit, so the trace ends where the run did.
        if (m_limits.maxTime > m_now) {
            m_now = m_limits.maxTime;
            m_trace.setTime(m_now);
        }
        m_limitReached = LoopLimit::VirtualTime;
        return false;
    }
    if (next > m_now) {
        m_now = next;
        m_trace.setTime(m_now);
    }
    while (!m_workerTimers.empty() && m_workerTimers.front().when <= m_now) {
        std::pop_heap(m_workerTimers.begin(), m_workerTimers.end(), Later{});
        WorkerTimer t = m_workerTimers.back();
        m_workerTimers.pop_back();
        // A turn of the machine is a step: threads computing for ever on it
        // would otherwise turn inside one step of the loop, unbounded.
        ++m_steps;
        m_machine->timerFired(t.worker, t.token);
    }
    return true;
}

void Loop::runReady(ReadyItem item) {
    if ((item.objectAndKind & kKindMask) == kStep) [[likely]] {
        auto* task = reinterpret_cast<TaskBase*>(item.objectAndKind);
        // step() keeps the item's reference when the task queued itself again.
        if (!task->step()) task->decRef();
        return;
    }
    switch (item.objectAndKind & kKindMask) {
    case kWakeup: {
        // The future stays alive until the step ends, for the awaiter to read.
        auto* task = objectOf<TaskBase>(item.objectAndKind);
        if (!task->step()) task->decRef();
        item.future->decRef();
        break;
    }
    case kDone: {
        auto* cb = objectOf<DoneCallback>(item.objectAndKind);
        cb->invoke(*item.future);
        cb->decRef();
        item.future->decRef();
        break;
    }
    case kHandle: {
        auto* h = objectOf<Handle>(item.objectAndKind);
        if (!h->cancelled()) {
            emit(EventKind::Callback, 0, WaitReason::None, h->label(), 0, 0);
            h->run();
        }
        h->decRef();
        break;
    }
    case kSleepTimer: {
        auto* task = objectOf<TaskBase>(item.objectAndKind);
        task->sleepTimerFired(static_cast<std::uint32_t>(item.seq));
        task->decRef();
        break;
    }
    default: break;
    }
}

void Loop::setLimits(const LoopLimits& limits) {
    m_limits = limits;
    m_limitReached = LoopLimit::None;
    if (limits.maxWallSeconds > 0)
        m_wallDeadline = std::chrono::steady_clock::now() +
                         std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                             std::chrono::duration<double>(limits.maxWallSeconds));
}

bool Loop::wallTimeUp() {
    if (m_limits.stop && m_limits.stop->load(std::memory_order_relaxed)) [[unlikely]] {
        if (m_limitReached == LoopLimit::None) m_limitReached = LoopLimit::Stopped;
        return true;
    }
    if (m_limits.maxWallSeconds <= 0) return false;
    if (std::chrono::steady_clock::now() < m_wallDeadline) return false;
    if (m_limitReached == LoopLimit::None) m_limitReached = LoopLimit::WallTime;
    return true;
}

bool Loop::overLimit() {
    if (m_limitReached != LoopLimit::None) return true;
    if (m_steps >= m_limits.maxSteps) {
        m_limitReached = LoopLimit::Steps;
        return true;
    }
    // The clock is read once every 1,024 steps: a step costs far less.
    return (m_steps & 1023) == 0 && wallTimeUp();
}

bool Loop::step() {
    RunningScope running(this);
    return stepOnce();
}

bool Loop::stepOnce() {
    for (;;) {
        if (overLimit()) [[unlikely]]
            return false;
        if (!m_runnable.empty()) [[unlikely]] {
            TaskBase* task = m_runnable.pop();
            ++m_steps;
            if (!task->continueHeld()) task->decRef();
            return true;
        }
        if (!m_loopHeld) [[likely]] {
            if (m_batch == 0) startIteration();
            if (m_batch > 0) {
                COROSCOPE_ASSERT(m_batch <= m_ready.size(),
                                 "the iteration's batch is larger than the ready queue");
                --m_batch;
                ++m_steps;
                runReady(m_ready.pop());
                return true;
            }
        }
        if (!advanceClock()) return false;
    }
}

Time Loop::nextActivity() {
    if (!m_runnable.empty()) return m_now;
    if (!m_loopHeld && (m_batch > 0 || !m_ready.empty())) return m_now;
    return nextTimerTime();
}

void Loop::runUntil(Time t) {
    RunningScope running(this);
    while (nextActivity() <= t)
        if (!stepOnce()) break;
    if (m_now < t) {
        m_now = t;
        m_trace.setTime(m_now);
    }
}

void Loop::runForever() {
    if (m_running) throw RuntimeError("This event loop is already running");
    if (m_closed) throw RuntimeError("Event loop is closed");
    m_running = true;
    struct Reset {
        Loop& l;
        ~Reset() {
            l.m_running = false;
            l.m_stopping = false;
        }
    } reset{*this};
    RunningScope running(this);
    for (;;) {
        if (m_stopping && m_batch == 0 && m_runnable.empty()) break;
        if (!stepOnce()) {
            if (m_stopping) break;
            throw RuntimeError("the program waits forever: no task can run and no timer is pending "
                               "(a future or event that nothing will complete?)");
        }
    }
}

void Loop::runUntilComplete(FutureBase& future) {
    Ref<DoneCallback> stopper = makeDoneCallback([this](FutureBase&) { stop(); });
    future.addDoneCallback(stopper);
    try {
        runForever();
    } catch (...) {
        future.removeDoneCallback(stopper.get());
        throw;
    }
    future.removeDoneCallback(stopper.get());
    if (!future.done()) throw RuntimeError("Event loop stopped before Future completed.");
}

void Loop::close() {
    if (m_running) throw RuntimeError("Cannot close a running event loop");
    m_closed = true;
}

void Loop::diagnostic(std::string_view message, TaskId task, std::uint32_t line) {
    emit(EventKind::Diagnostic, task, WaitReason::None, m_trace.addText(message), line,
         m_current ? m_current->worker() : 0);
}

void Loop::reportSlowStep(TaskBase* task) {
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.3f", toSeconds(m_now - m_stepStart));
    diagnostic("Executing <Task name='" + task->name() + "'> took " + seconds + " seconds",
               task->id(), task->line());
}

void Loop::print(std::string_view text, TaskId task, std::uint32_t line, WorkerId worker) {
    emit(EventKind::Print, task, WaitReason::None, m_trace.addText(text), line, worker);
}

ResourceId Loop::addResource(ResourceKind kind, std::uint32_t limit) {
    return m_trace.addResource(ResourceInfo{0, kind, 0, limit, m_current ? m_current->line() : 0});
}

void Loop::resourceChanged(ResourceId id, ResourceAction action, std::uint32_t value) {
    const std::uint32_t change = m_trace.addResourceChange(ResourceChange{id, action, value});
    emit(EventKind::Annotation, m_current ? m_current->id() : 0,
         annotationReason(AnnotationKind::Resource), change, m_current ? m_current->line() : 0,
         m_current ? m_current->worker() : 0);
}

void Loop::emitSlow(EventKind kind, TaskId task, WaitReason reason, std::uint32_t other,
                    std::uint32_t line, WorkerId worker) {
    if (m_tracing) m_trace.append(EventRecord{task, other, line, worker, kind, reason});
    if (m_instruments.empty()) return;
    TraceEvent e{
        m_tracing ? m_trace.size() - 1 : 0, m_now, task, other, line, worker, kind, reason};
    for (Instrument* i : m_instruments)
        i->event(e, m_trace);
}

void Loop::shutdown() {
    if (m_shutDown) return;
    m_shutDown = true;
    for (TaskBase* t : m_live)
        if (t && t->kind() == TaskKind::Task && !t->done())
            diagnostic("Task was destroyed but it is pending!", t->id(), t->line());
    m_closed = true; // from here on, reports come from this teardown only
    while (!m_ready.empty()) {
        ReadyItem item = m_ready.pop();
        auto kind = item.objectAndKind & kKindMask;
        if (kind == kWakeup || kind == kDone) item.future->decRef();
        objectOf<RefCounted>(item.objectAndKind)->decRef();
    }
    m_batch = 0;
    while (!m_runnable.empty())
        m_runnable.pop()->decRef();
    for (const Timer& t : m_timers)
        dropTimer(t);
    m_timers.clear();
    m_workerTimers.clear();
    m_machine->teardown();
    // Coroutines dropped unawaited by the frames freed here report to this loop.
    RunningScope running(this);
    // Frames of pending tasks hold futures whose callbacks hold the tasks:
    // break those cycles so that no coroutine frame outlives the loop.
    std::vector<Ref<TaskBase>> live;
    for (TaskBase* t : m_live)
        if (t) live.emplace_back(t);
    for (auto& t : live)
        t->destroyFrames();
    for (auto& t : live)
        t->dropCallbacks();
    live.clear();
}

} // namespace coroscope
