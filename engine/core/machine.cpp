// SPDX-License-Identifier: MIT
#include "core/machine.h"

#include "core/errors.h"
#include "core/loop.h"

#include <algorithm>
#include <limits>
#include <string>

namespace coroscope {

Machine::Machine(Loop& loop, const MachineConfig& config)
    : m_loop(loop)
    , m_config(config) {
    m_cores.capacity = std::max(1, config.cores);
    addProcess();
    addWorker(WorkerKind::Loop, 0, "loop");
}

std::uint16_t Machine::addProcess() {
    m_processes.push_back(Resource{});
    return static_cast<std::uint16_t>(m_processes.size() - 1);
}

WorkerId Machine::addWorker(WorkerKind kind, std::uint16_t process, std::string_view name) {
    Trace& trace = LoopAccess::trace(m_loop);
    WorkerInfo info;
    info.kind = kind;
    info.process = process;
    info.name = trace.addText(name);
    // The main thread and a process's main thread cost the interpreter; a
    // thread costs its stack and thread state.
    info.memoryBytes = kind == WorkerKind::Thread ? m_config.threadBytes : m_config.processBytes;
    WorkerId id = trace.addWorker(info);
    WorkerState ws;
    ws.process = process;
    m_workers.push_back(ws);
    LoopAccess::emit(m_loop, EventKind::WorkerStart, 0, WaitReason::None, 0, 0, id);
    return id;
}

void Machine::renameWorker(WorkerId w, WorkerKind kind, std::string_view name) {
    LoopAccess::trace(m_loop).renameWorker(w, kind, name);
}

void Machine::retireWorker(WorkerId w) {
    LoopAccess::emit(m_loop, EventKind::WorkerExit, 0, WaitReason::None, 0, 0, w);
}

Task<void> Machine::spawnOn(WorkerId w, TaskKind kind, Coro<void> body, std::string_view name,
                            std::uint32_t line) {
    auto* impl =
        new TaskImpl<void>(m_loop, LoopAccess::nextTaskId(m_loop), w, kind, std::move(body));
    Task<void> task{Ref<TaskImpl<void>>(impl)};
    LoopAccess::registerTask(m_loop, impl, name, line);
    return task;
}

Task<void> Machine::startMain(Coro<void> body, std::uint32_t line) {
    renameWorker(0, WorkerKind::Sync, "main");
    Task<void> task = spawnOn(0, TaskKind::Thread, std::move(body), "main", line);
    LoopAccess::workerRunnable(m_loop, 0, task.get());
    return task;
}

bool Machine::hasRoomForWorker() const {
    return m_workers.size() <= std::numeric_limits<WorkerId>::max() &&
           m_processes.size() <= std::numeric_limits<std::uint16_t>::max();
}

namespace {

[[noreturn]] void noRoomForWorker(const char* what) {
    throw RuntimeError(std::string("can't start new ") + what + ": a run has room for " +
                       std::to_string(std::numeric_limits<WorkerId>::max()) +
                       " threads and processes in all, and this one would pass that (start "
                       "fewer, or give the work to a pool's workers)");
}

} // namespace

Task<void> Machine::startThread(Coro<void> body, std::string_view name, std::uint16_t process,
                                std::uint32_t line) {
    if (!hasRoomForWorker()) noRoomForWorker("thread");
    WorkerId w = addWorker(WorkerKind::Thread, process, name);
    Task<void> task = spawnOn(w, TaskKind::Thread, std::move(body), name, line);
    m_workers[w].exitWhenDone = true;
    LoopAccess::workerRunnable(m_loop, w, task.get());
    return task;
}

Task<void> Machine::startProcess(Coro<void> body, std::string_view name, std::uint32_t line) {
    if (!hasRoomForWorker()) noRoomForWorker("process");
    std::uint16_t p = addProcess();
    WorkerId w = addWorker(WorkerKind::Process, p, name);
    Task<void> task = spawnOn(w, TaskKind::Process, std::move(body), name, line);
    m_workers[w].exitWhenDone = true;
    // The interpreter starts before the body's first line runs.
    holdFor(task.get(), WaitReason::Startup, m_config.processStartup, 0);
    return task;
}

void Machine::hold(TaskBase* task, WaitReason reason, TextId label) {
    WorkerId w = task->worker();
    WorkerState& ws = m_workers[w];
    COROSCOPE_ASSERT(ws.task == nullptr, "a worker holds two tasks");
    task->incRef();
    ws.task = task;
    ws.holding = reason;
    ws.token = m_nextToken++;
    task->setHolding(true);
    task->heldInStep();
    if (w == loopWorker()) LoopAccess::setLoopHeld(m_loop, true);
    LoopAccess::emit(m_loop, EventKind::Hold, task->id(), reason, label, task->line(), w);
}

void Machine::holdFor(TaskBase* task, WaitReason reason, Duration d, TextId label) {
    hold(task, reason, label);
    WorkerId w = task->worker();
    LoopAccess::addWorkerTimer(m_loop, w, later(m_loop.time(), std::max<Duration>(d, 0)),
                               m_workers[w].token);
}

void Machine::holdUntilReleased(TaskBase* task, WaitReason reason, TextId label) {
    hold(task, reason, label);
}

void Machine::release(TaskBase* task) {
    WorkerId w = task->worker();
    if (m_workers[w].task == task) finishHold(w);
}

void Machine::finishHold(WorkerId w) {
    WorkerState& ws = m_workers[w];
    TaskBase* task = ws.task;
    ws.task = nullptr;
    if (w == loopWorker()) LoopAccess::setLoopHeld(m_loop, false);
    ws.holding = WaitReason::None;
    ws.computing = false;
    ws.token = 0;
    LoopAccess::workerRunnable(m_loop, w, task);
    task->decRef(); // the runnable queue holds its own reference
}

void Machine::compute(TaskBase* task, Duration d, bool needsGil) {
    if (d <= 0) {
        holdFor(task, WaitReason::Cpu, 0, 0);
        return;
    }
    WorkerId w = task->worker();
    WorkerState& ws = m_workers[w];
    COROSCOPE_ASSERT(ws.task == nullptr, "a worker holds two tasks");
    task->incRef();
    task->setHolding(true);
    task->heldInStep();
    if (w == loopWorker()) LoopAccess::setLoopHeld(m_loop, true);
    ws.task = task;
    ws.holding = WaitReason::None;
    ws.computing = true;
    ws.cpuLeft = d;
    ws.needsGil = needsGil && m_config.gil;
    requestCpu(w);
}

void Machine::requestCpu(WorkerId w) {
    WorkerState& ws = m_workers[w];
    auto holdAs = [&](WaitReason r) {
        if (ws.holding == r) return;
        ws.holding = r;
        LoopAccess::emit(m_loop, EventKind::Hold, ws.task->id(), r, 0, ws.task->line(), w);
    };
    if (ws.needsGil && !ws.hasGil) {
        Resource& gil = gilOf(w);
        if (gil.used < gil.capacity) {
            ++gil.used;
            ws.hasGil = true;
        } else {
            gil.waiters.push_back(w);
            holdAs(WaitReason::Gil);
            return;
        }
    }
    if (!ws.hasCore) {
        if (m_cores.used < m_cores.capacity) {
            ++m_cores.used;
            ws.hasCore = true;
        } else {
            m_cores.waiters.push_back(w);
            holdAs(WaitReason::Core);
            return;
        }
    }
    holdAs(WaitReason::Cpu);
    runSlice(w);
}

void Machine::runSlice(WorkerId w) {
    WorkerState& ws = m_workers[w];
    // Slices of the switch interval let a waiting thread (or process, for a
    // core) take over, as the GIL's forced switch and the OS scheduler do.
    ws.slice = std::min(ws.cpuLeft, m_config.switchInterval);
    ws.token = m_nextToken++;
    LoopAccess::addWorkerTimer(m_loop, w, later(m_loop.time(), ws.slice), ws.token);
}

void Machine::releaseCpu(WorkerId w) {
    WorkerState& ws = m_workers[w];
    if (ws.hasGil) {
        ws.hasGil = false;
        COROSCOPE_ASSERT(gilOf(w).used > 0, "a GIL released that no one held");
        --gilOf(w).used;
        grant(gilOf(w));
    }
    if (ws.hasCore) {
        ws.hasCore = false;
        COROSCOPE_ASSERT(m_cores.used > 0, "a core released that no one held");
        --m_cores.used;
        grant(m_cores);
    }
}

void Machine::grant(Resource& r) {
    while (r.used < r.capacity && !r.waiters.empty()) {
        WorkerId next = r.waiters.front();
        r.waiters.pop_front();
        ++r.used;
        COROSCOPE_ASSERT(r.used <= r.capacity, "a resource is used beyond its capacity");
        if (&r == &m_cores)
            m_workers[next].hasCore = true;
        else
            m_workers[next].hasGil = true;
        requestCpu(next);
    }
}

void Machine::timerFired(WorkerId w, std::uint64_t token) {
    WorkerState& ws = m_workers[w];
    if (!ws.task || token != ws.token) return; // a hold that ended otherwise
    if (!ws.computing) {
        finishHold(w);
        return;
    }
    ws.cpuLeft -= ws.slice;
    if (ws.cpuLeft <= 0) {
        releaseCpu(w);
        finishHold(w);
        return;
    }
    bool contended = (ws.hasGil && !gilOf(w).waiters.empty()) || !m_cores.waiters.empty();
    if (contended) {
        releaseCpu(w);
        requestCpu(w); // to the back of the queues
    } else {
        runSlice(w);
    }
}

void Machine::blockUntilDone(TaskBase* task, FutureBase* future, WaitReason reason) {
    holdUntilReleased(task, reason, 0);
    Ref<TaskBase> keep(task);
    future->addDoneCallback(makeDoneCallback([this, keep](FutureBase&) { release(keep.get()); }));
}

void Machine::joinThread(TaskBase* waiter, TaskBase* thread) {
    // The hold names the thread joined, for the waiter's label.
    holdUntilReleased(waiter, WaitReason::Join, LoopAccess::text(m_loop, thread->name()));
    waiter->incRef();
    thread->incRef();
    m_joiners.push_back({thread, waiter});
}

void Machine::threadExited(TaskBase* task) {
    // Joiners are released at once: joining is a thread-level wait, it must
    // not depend on the loop running (the loop itself may be the joiner).
    std::vector<Joiner> still;
    std::vector<Joiner> ready;
    for (const Joiner& j : m_joiners)
        (j.thread == task ? ready : still).push_back(j);
    m_joiners = std::move(still);
    for (const Joiner& j : ready) {
        release(j.waiter);
        j.waiter->decRef();
        j.thread->decRef();
    }
    WorkerId w = task->worker();
    if (w < m_workers.size() && m_workers[w].exitWhenDone) retireWorker(w);
}

void Machine::teardown() {
    for (WorkerState& ws : m_workers) {
        if (ws.task) ws.task->decRef();
        ws.task = nullptr;
    }
    for (const Joiner& j : m_joiners) {
        j.waiter->decRef();
        j.thread->decRef();
    }
    m_joiners.clear();
}

} // namespace coroscope
