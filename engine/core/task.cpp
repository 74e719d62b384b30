// SPDX-License-Identifier: MIT
#include "task.h"

#include "loop.h"
#include "machine.h"

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
    loop.liveTaskAdded(this);
}

TaskBase::~TaskBase() {
    m_loop->liveTaskRemoved(this);
}

std::string TaskBase::name() const {
    return m_loop->trace().taskName(m_id);
}

void TaskBase::setName(std::string_view name) {
    m_loop->trace().setTaskName(m_id, name);
}

bool TaskBase::cancel(std::string_view message) {
    m_logTraceback = false;
    if (done() || m_kind != TaskKind::Task) return false;
    ++m_numCancelsRequested;
    TaskBase* by = m_loop->currentTask();
    m_loop->emit(EventKind::CancelRequest, m_id, WaitReason::None, by ? by->id() : 0, m_line,
                 by ? by->worker() : 0);
    if (m_sleepSeq) {
        // asyncio cancels sleep's private future; its wake-up throws in.
        m_sleepSeq = 0;
        m_exception = message.data() ? std::make_exception_ptr(CancelledError(std::string(message)))
                                     : std::make_exception_ptr(CancelledError());
        m_loop->scheduleWakeup(this, nullptr);
        return true;
    }
    if (m_futWaiter && !m_yieldedFuture && m_futWaiter->cancel(message)) return true;
    m_mustCancel = true;
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

inline void TaskBase::afterResume() {
    if (m_kind == TaskKind::Task) m_loop->stepEnded(this);
    if (m_rootDone) {
        finishFromRoot();
    } else if (m_yieldedFuture) {
        m_yieldedFuture = false;
        m_futWaiter->addWakeup(this);
        if (m_mustCancel && m_futWaiter->cancel(messageView(*this))) m_mustCancel = false;
    } else if (m_sleepSeq) {
        if (m_mustCancel) {
            m_mustCancel = false;
            m_sleepSeq = 0;
            m_exception = newCancelledError();
            m_loop->scheduleWakeup(this, nullptr);
        }
    } else if (m_kind != TaskKind::Task) [[unlikely]] {
        yieldThread();
        m_loop->leaveTask();
        return;
    } else {
        // A bare yield (sleep(0)): step again on the next iteration.
        m_taskState = TaskState::Ready;
        m_reason = WaitReason::Yield;
        m_loop->emit(EventKind::Ready, m_id, WaitReason::Yield, m_id, m_line, m_worker);
        m_loop->scheduleStep(this);
    }
    m_loop->leaveTask();
}

inline void TaskBase::resumeCoroutine() {
    // The caller (a ready item or the runnable queue) holds a reference.
    m_resume.resume();
    if (m_holding) {
        m_loop->leaveTask();
        return;
    }
    afterResume();
}

void TaskBase::step() {
    if (done()) [[unlikely]]
        return;
    if (m_mustCancel) [[unlikely]]
        beginStepSlow();
    // As asyncio, the task waits on nothing while it runs; the future it
    // waited on stays alive until the step ends, for the awaiter to read.
    FutureBase* waitedOn = m_futWaiter.release();
    m_taskState = TaskState::Running;
    m_reason = WaitReason::None;
    m_loop->enterTask(this);
    m_loop->stepBegan();
    m_loop->emit(EventKind::Run, m_id, WaitReason::None, 0, m_line, m_worker);
    bool first = !m_started;
    m_started = true;
    if (m_exception && first) [[unlikely]] {
        // Thrown into a coroutine that never ran: it ends at once, its body
        // (and any finally in it) never runs.
        auto e = std::exchange(m_exception, nullptr);
        m_loop->stepEnded(this);
        finish(e);
        destroyRoot();
        m_loop->leaveTask();
        if (waitedOn) waitedOn->decRef();
        return;
    }
    resumeCoroutine();
    if (waitedOn) waitedOn->decRef();
}

void TaskBase::beginStepSlow() {
    std::exception_ptr pending = done() ? nullptr : m_exception;
    if (!isCancelledError(pending)) m_exception = newCancelledError();
    m_mustCancel = false;
}

void TaskBase::sleepTimerFired(std::uint32_t seq) {
    if (seq != m_sleepSeq || done()) return; // cancelled meanwhile
    m_sleepSeq = 0;
    m_loop->scheduleWakeup(this, nullptr);
}

void TaskBase::continueHeld() {
    m_holding = false;
    bool first = !m_started;
    m_started = true;
    m_taskState = TaskState::Running;
    m_reason = WaitReason::None;
    m_loop->enterTask(this);
    m_loop->emit(first ? EventKind::Run : EventKind::Resume, m_id, WaitReason::None, 0, m_line,
                 m_worker);
    resumeCoroutine();
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
    m_yieldedFuture = true;
    m_taskState = TaskState::Waiting;
    m_reason = reason;
    m_loop->emit(EventKind::Wait, m_id, reason, other, m_line, m_worker);
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
    m_sleepSeq = m_loop->addSleepTimer(this, m_loop->time() + d);
    if (m_sleepSeq == 0) m_sleepSeq = m_loop->addSleepTimer(this, m_loop->time() + d);
    m_taskState = TaskState::Waiting;
    m_reason = reason;
    m_loop->emit(EventKind::Wait, m_id, reason, label, m_line, m_worker);
}

void TaskBase::finish(std::exception_ptr error) {
    m_loop->liveTaskRemoved(this);
    if (error && isCancelledError(error)) {
        // Future.cancel() without a message; the CancelledError itself is kept
        // so that awaiting the task re-raises it.
        setCancelMessage(std::string_view());
        m_exception = std::move(error);
        m_taskState = TaskState::Cancelled;
        m_loop->emit(EventKind::Cancelled, m_id, WaitReason::None,
                     m_loop->text(messageOf(m_exception)), m_line, m_worker);
        markFinished(FutureState::Cancelled);
    } else if (error) {
        m_exception = std::move(error);
        m_logTraceback = true;
        m_taskState = TaskState::Failed;
        m_loop->emit(EventKind::Failed, m_id, WaitReason::None, m_loop->text(describe(m_exception)),
                     m_line, m_worker);
        markFinished(FutureState::Finished);
    } else if (m_mustCancel) {
        m_mustCancel = false;
        m_exception = nullptr;
        m_taskState = TaskState::Cancelled;
        m_loop->emit(EventKind::Cancelled, m_id, WaitReason::None, m_loop->text(cancelMessage()),
                     m_line, m_worker);
        markFinished(FutureState::Cancelled);
    } else {
        m_exception = nullptr;
        m_taskState = TaskState::Done;
        m_loop->emit(EventKind::Done, m_id, WaitReason::None, 0, m_line, m_worker);
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
