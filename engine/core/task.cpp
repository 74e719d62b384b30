// SPDX-License-Identifier: MIT
#include "core/task.h"

#include "core/loop.h"
#include "core/machine.h"

#include <unordered_map>

namespace coroscope {

void notifyRootFinished(TaskBase* task) noexcept {
    if (task) task->rootFinished();
}

namespace {
thread_local std::unordered_map<const void*, const char*> t_coroutineNames;
} // namespace

thread_local bool t_anyCoroutineNamed = false;

void nameCoroutine(const void* frame, const char* name) {
    t_coroutineNames[frame] = name;
    t_anyCoroutineNamed = true;
}

void forgetCoroutineName(const void* frame) {
    t_coroutineNames.erase(frame);
}

const char* coroutineName(const void* frame) {
    auto it = t_coroutineNames.find(frame);
    return it == t_coroutineNames.end() ? nullptr : it->second;
}

void reportNeverAwaited(const void* frame) {
    const char* name = coroutineName(frame);
    t_coroutineNames.erase(frame);
    if (Loop* loop = Loop::current())
        loop->diagnostic(std::string("coroutine '") + (name ? name : "coroutine") +
                         "' was never awaited");
}

TaskBase::TaskBase(Loop& loop, TaskId id, WorkerId worker, TaskKind kind)
    : FutureBase(loop)
    , m_id(id)
    , m_worker(worker)
    , m_kind(kind) {
    if (kind != TaskKind::Task) set(kOnWorker);
    LoopAccess::liveTaskAdded(loop, this);
}

TaskBase::~TaskBase() {
    LoopAccess::liveTaskRemoved(*m_loop, this);
}

std::string TaskBase::name() const {
    return m_loop->trace().taskName(m_id);
}

void TaskBase::setName(std::string_view name) {
    LoopAccess::trace(*m_loop).setTaskName(m_id, name);
}

bool TaskBase::cancel(std::string_view message) {
    m_logTraceback = false;
    if (done() || m_kind != TaskKind::Task) return false;
    ++m_numCancelsRequested;
    TaskBase* by = m_loop->currentTask();
    LoopAccess::emit(*m_loop, EventKind::CancelRequest, m_id, WaitReason::None, by ? by->id() : 0,
                     m_line, by ? by->worker() : 0);
    if (m_sleepSeq) {
        // asyncio cancels sleep's private future; its wake-up throws in.
        m_sleepSeq = 0;
        m_exception = message.data() ? std::make_exception_ptr(CancelledError(std::string(message)))
                                     : std::make_exception_ptr(CancelledError());
        LoopAccess::scheduleWakeup(*m_loop, this, nullptr);
        return true;
    }
    if (m_futWaiter && !has(kYieldedFuture) && m_futWaiter->cancel(message)) return true;
    set(kMustCancel);
    setCancelMessage(message);
    return true;
}

int TaskBase::uncancel() {
    if (m_numCancelsRequested > 0) --m_numCancelsRequested;
    return m_numCancelsRequested;
}

namespace {
std::string_view messageView(const FutureBase& f) {
    return f.hasCancelMessage() ? std::string_view(f.cancelMessage()) : std::string_view();
}
} // namespace

// The rare cases before a step: a done task, a pending cancellation, the
// first step. Returns false when the step must not resume the coroutine.
bool TaskBase::beginStepSlow(FutureBase* waitedOn) {
    if (done()) {
        if (waitedOn) waitedOn->decRef();
        return false;
    }
    if (has(kMustCancel)) {
        if (!isCancelledError(m_exception)) m_exception = newCancelledError();
        clear(kMustCancel);
    }
    if (has(kNotStarted)) {
        clear(kNotStarted);
        if (m_exception) {
            // Thrown into a coroutine that never ran: it ends at once, its
            // body (and any finally in it) never runs.
            m_taskState = TaskState::Running;
            LoopAccess::enterTask(*m_loop, this);
            LoopAccess::emit(*m_loop, EventKind::Run, m_id, WaitReason::None, 0, m_line, m_worker);
            auto e = std::exchange(m_exception, nullptr);
            finish(e);
            destroyRoot();
            LoopAccess::leaveTask(*m_loop);
            if (waitedOn) waitedOn->decRef();
            return false;
        }
    }
    return true;
}

void TaskBase::heldInStep() {
    // No virtual time passes in a step until its first hold: the step began now.
    if (!has(kWasHeld) && !has(kOnWorker)) LoopAccess::stepBegan(*m_loop);
    set(kWasHeld);
}

void TaskBase::afterResumeSlow() {
    if (has(kHolding)) {
        LoopAccess::leaveTask(*m_loop);
        return;
    }
    if (has(kWasHeld)) {
        clear(kWasHeld);
        if (!has(kOnWorker)) LoopAccess::stepEnded(*m_loop, this);
    }
    if (has(kRootDone)) {
        finishFromRoot();
    } else if (has(kYieldedFuture)) {
        clear(kYieldedFuture);
        m_futWaiter->addWakeup(this);
        if (has(kMustCancel) && m_futWaiter->cancel(messageView(*this))) clear(kMustCancel);
    } else if (m_sleepSeq) {
        if (has(kMustCancel)) {
            clear(kMustCancel);
            m_sleepSeq = 0;
            m_exception = newCancelledError();
            LoopAccess::scheduleWakeup(*m_loop, this, nullptr);
        }
    } else if (has(kOnWorker)) {
        yieldThread();
    } else {
        // A bare yield after a step that held the loop too long.
        m_taskState = TaskState::Ready;
        m_reason = WaitReason::Yield;
        LoopAccess::emit(*m_loop, EventKind::Ready, m_id, WaitReason::Yield, m_id, m_line,
                         m_worker);
        LoopAccess::scheduleStep(*m_loop, this);
    }
    LoopAccess::leaveTask(*m_loop);
}

void TaskBase::sleepTimerFired(std::uint32_t seq) {
    if (seq != m_sleepSeq || done()) return; // cancelled meanwhile
    m_sleepSeq = 0;
    LoopAccess::scheduleWakeup(*m_loop, this, nullptr);
}

bool TaskBase::continueHeld() {
    bool first = has(kNotStarted);
    clear(kHolding | kNotStarted);
    m_taskState = TaskState::Running;
    m_reason = WaitReason::None;
    LoopAccess::enterTask(*m_loop, this);
    LoopAccess::emit(*m_loop, first ? EventKind::Run : EventKind::Resume, m_id, WaitReason::None, 0,
                     m_line, m_worker);
    return resumeCoroutine();
}

void TaskBase::suspendOn(FutureBase* future, std::coroutine_handle<> h, WaitReason reason,
                         std::uint32_t other) {
    m_resume = h;
    if (m_kind != TaskKind::Task) {
        // A thread cannot wait on the loop's futures; it blocks until done.
        m_loop->machine().blockUntilDone(this, future, reason);
        return;
    }
    m_futWaiter = Ref<FutureBase>(future);
    set(kYieldedFuture);
    m_taskState = TaskState::Waiting;
    m_reason = reason;
    LoopAccess::emit(*m_loop, EventKind::Wait, m_id, reason, other, m_line, m_worker);
}

void TaskBase::suspendParked(FutureBase* future, std::coroutine_handle<> h, TaskId awaited) {
    m_resume = h;
    set(kHolding); // not stepped by the loop until the future is done
    m_taskState = TaskState::Waiting;
    m_reason = WaitReason::Task;
    if (!awaited && future->isTask()) awaited = static_cast<TaskBase*>(future)->id();
    LoopAccess::emit(*m_loop, EventKind::Wait, m_id, WaitReason::Task, awaited, m_line, m_worker);
    Ref<TaskBase> self(this);
    future->addDoneCallback(makeDoneCallback([self](FutureBase&) {
        LoopAccess::emit(*self->m_loop, EventKind::Ready, self->m_id, WaitReason::Task, 0,
                         self->m_line, self->m_worker);
        LoopAccess::workerRunnable(*self->m_loop, self->m_worker, self.get());
    }));
}

void TaskBase::enterAwait() {
    m_awaitLines.push_back(m_line);
    LoopAccess::trace(*m_loop).setCallers(m_id, m_awaitLines);
}

void TaskBase::leaveAwait() {
    if (m_awaitLines.empty()) return;
    // Back in the awaiting frame, on its line.
    m_line = m_awaitLines.back();
    m_awaitLines.pop_back();
    LoopAccess::trace(*m_loop).setCallers(m_id, m_awaitLines);
}

void TaskBase::yieldThread() {
    m_loop->machine().holdFor(this, WaitReason::Yield, 0, 0);
}

void TaskBase::suspendSleep(std::coroutine_handle<> h, Duration d, WaitReason reason,
                            TextId label) {
    m_resume = h;
    if (m_kind != TaskKind::Task) {
        m_loop->machine().holdFor(this, WaitReason::Blocking, d, label);
        return;
    }
    m_sleepSeq = LoopAccess::addSleepTimer(*m_loop, this, later(m_loop->time(), d));
    if (m_sleepSeq == 0)
        m_sleepSeq = LoopAccess::addSleepTimer(*m_loop, this, later(m_loop->time(), d));
    m_taskState = TaskState::Waiting;
    m_reason = reason;
    LoopAccess::emit(*m_loop, EventKind::Wait, m_id, reason, label, m_line, m_worker);
}

void TaskBase::finish(std::exception_ptr error) {
    LoopAccess::liveTaskRemoved(*m_loop, this);
    if (error && isCancelledError(error)) {
        // Future.cancel() without a message; the CancelledError itself is kept
        // so that awaiting the task re-raises it.
        setCancelMessage(std::string_view());
        m_exception = std::move(error);
        m_taskState = TaskState::Cancelled;
        LoopAccess::emit(*m_loop, EventKind::Cancelled, m_id, WaitReason::None,
                         LoopAccess::text(*m_loop, messageOf(m_exception)), m_line, m_worker);
        markFinished(FutureState::Cancelled);
    } else if (error) {
        m_exception = std::move(error);
        m_logTraceback = true;
        m_taskState = TaskState::Failed;
        LoopAccess::emit(*m_loop, EventKind::Failed, m_id, WaitReason::None,
                         LoopAccess::text(*m_loop, describe(m_exception)), m_line, m_worker);
        markFinished(FutureState::Finished);
    } else if (has(kMustCancel)) {
        clear(kMustCancel);
        m_exception = nullptr;
        m_taskState = TaskState::Cancelled;
        LoopAccess::emit(*m_loop, EventKind::Cancelled, m_id, WaitReason::None,
                         LoopAccess::text(*m_loop, cancelMessage()), m_line, m_worker);
        markFinished(FutureState::Cancelled);
    } else {
        m_exception = nullptr;
        m_taskState = TaskState::Done;
        LoopAccess::emit(*m_loop, EventKind::Done, m_id, WaitReason::None, 0, m_line, m_worker);
        markFinished(FutureState::Finished);
    }
    if (m_kind != TaskKind::Task) m_loop->machine().threadExited(this);
}

void TaskBase::destroyFrames() {
    destroyRoot();
    m_resume = {};
    m_futWaiter = nullptr;
    m_sleepSeq = 0;
}

void TaskBase::lastRefDropped() noexcept {
    if (!done() && !m_loop->isClosed())
        m_loop->diagnostic("Task was destroyed but it is pending!", m_id, m_line);
    FutureBase::lastRefDropped();
}

} // namespace coroscope
