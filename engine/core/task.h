// SPDX-License-Identifier: MIT
#pragma once

#include "core/coro.h"
#include "core/event.h"
#include "core/future.h"

#include <coroutine>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace coroscope {

class Loop;

// asyncio.Task: a future driven by a coroutine, one step at a time.
//
// Invariants (as asyncio's Task keeps them):
// - m_futWaiter is the future the task waits on, from the end of the step
//   that yielded it until the next step begins; null otherwise. During a
//   step it holds the future just yielded (kYieldedFuture set) until the
//   step ends and registers the wake-up.
// - kMustCancel: cancel() was asked while no waiter could be cancelled; the
//   next step throws CancelledError into the coroutine.
// - m_sleepSeq != 0 exactly while the task sleeps on a loop timer; that timer
//   stands for asyncio.sleep's private future (which no one else can see), so
//   sleeping allocates nothing.
// - While pending, m_exception holds the exception the next resumption
//   throws in (asyncio's coro.throw(exc)); the awaiter consumes it.
// - m_resume is the innermost suspended coroutine of the task's chain.
// - A task on a thread or process worker (kind != Task) is not stepped by the
//   loop's ready queue but by its worker; it never waits on asyncio futures.
class TaskBase : public FutureBase {
public:
    TaskBase(Loop& loop, TaskId id, WorkerId worker, TaskKind kind);
    ~TaskBase() override;

    TaskId id() const { return m_id; }
    WorkerId worker() const { return m_worker; }
    TaskKind kind() const { return m_kind; }
    TaskState state() const { return m_taskState; }
    WaitReason reason() const { return m_reason; }
    std::uint32_t line() const { return m_line; }
    void setLine(std::uint32_t line) { m_line = line; }
    // `await coro()`: the awaiting frame's line (the task's line now) joins
    // the chain the coroutine runs inside; the trace records the chain, so
    // the code view can mark every frame the task is suspended in.
    void enterAwait();
    void leaveAwait();
    std::string name() const;
    void setName(std::string_view name);
    bool isTask() const override { return true; }

    bool cancel(std::string_view message = {}) override;
    int cancelling() const { return m_numCancelsRequested; }
    int uncancel();

    // The scheduler's entry points.
    // Task.__step (Task.__wakeup is the same: the awaiter reads the future).
    // The caller holds a reference for the step; returns true when the task
    // queued itself again and took that reference over.
    bool step();
    void sleepTimerFired(std::uint32_t seq);
    // The worker that held this task mid-step lets it go on; same return.
    bool continueHeld();

    // The suspension protocol used by awaiters; each records where to resume.
    void suspendOn(FutureBase* future, std::coroutine_handle<> h, WaitReason reason,
                   std::uint32_t other = 0);
    // A bare yield; step() sees nothing yielded and reschedules the task
    // (a thread instead gives way to the other workers).
    void suspendYield(std::coroutine_handle<> h) { m_resume = h; }
    void suspendSleep(std::coroutine_handle<> h, Duration d, WaitReason reason, TextId label);
    // A thread's task waits for a future without holding its worker (the
    // main thread inside asyncio.run: the loop then runs on that worker).
    // `awaited`: the task the wait is for, when the future is only a token
    // (asyncio.run's main thread parks until its main task ends).
    void suspendParked(FutureBase* future, std::coroutine_handle<> h, TaskId awaited = 0);
    void suspendHeld(std::coroutine_handle<> h) {
        m_resume = h;
        m_flags |= kHolding;
    }
    // The machine calls this when it starts holding the task: time may now
    // pass inside the step, so its length is checked when it ends.
    void heldInStep();
    // Called in await_resume: throws what step() was asked to throw in.
    // (A task is never resumed once done, so m_exception is the injected one.)
    void rethrowInjected() {
        if (m_exception) [[unlikely]]
            std::rethrow_exception(std::exchange(m_exception, nullptr));
    }
    void injectOnNextStep(std::exception_ptr e) { m_exception = std::move(e); }

    // The root coroutine has returned (called from its final suspension).
    void rootFinished() { m_flags |= kRootDone; }
    bool holding() const { return m_flags & kHolding; }
    void setHolding(bool h) { h ? m_flags |= kHolding : m_flags &= ~kHolding; }
    FutureBase* waiter() const { return m_futWaiter.get(); }
    void destroyFrames();

protected:
    // Moves the root coroutine's outcome into the future and frees the frame.
    virtual void finishFromRoot() = 0;
    virtual void destroyRoot() = 0;
    void finish(std::exception_ptr error);
    void lastRefDropped() noexcept override;
    friend class Loop;

    std::coroutine_handle<> m_resume;
    Ref<FutureBase> m_futWaiter;
    // The low 32 bits of the sleep timer's sequence number (never 0 while
    // sleeping); enough to tell a stale timer from the live one.
    std::uint32_t m_sleepSeq = 0;
    TaskId m_id;
    std::uint32_t m_line = 0;
    WorkerId m_worker;
    std::uint16_t m_numCancelsRequested = 0;
    TaskKind m_kind;
    TaskState m_taskState = TaskState::Created;
    WaitReason m_reason = WaitReason::None;
    // Everything a step must look at besides the common case, in one byte,
    // so that a plain switch tests it once before and once after resuming.
    enum : std::uint8_t {
        kMustCancel = 1,    // cancel() asked while no waiter could be cancelled
        kRootDone = 2,      // the root coroutine has returned
        kYieldedFuture = 4, // the step just yielded m_futWaiter
        kHolding = 8,       // the worker holds the task mid-step
        kNotStarted = 16,   // the coroutine has not run yet
        kOnWorker = 32,     // a thread's or process's task, not the loop's
        kWasHeld = 64,      // this step was held (virtual time passed inside it)
    };
    std::uint8_t m_flags = kNotStarted;
    // The lines of the frames around the innermost one (enterAwait), the
    // outermost first; empty for a task that awaits no coroutine of its own.
    std::vector<std::uint32_t> m_awaitLines;
    bool has(std::uint8_t f) const { return m_flags & f; }
    void set(std::uint8_t f) { m_flags |= f; }
    void clear(std::uint8_t f) { m_flags &= static_cast<std::uint8_t>(~f); }

private:
    [[gnu::always_inline]] inline bool resumeCoroutine();
    void afterResumeSlow();
    void yieldThread();
    bool beginStepSlow(FutureBase* waitedOn);
};

// A task running a Coro<T>: owns the root frame until the coroutine returns,
// then keeps the result. For T = void nothing is stored (the member is empty
// and takes no room: 100,000 live tasks should cost little).
template <class T>
class TaskImpl final : public TaskBase {
    struct NoValue {};
    using Slot = std::conditional_t<std::is_void_v<T>, NoValue,
                                    std::optional<std::conditional_t<std::is_void_v<T>, int, T>>>;

public:
    TaskImpl(Loop& loop, TaskId id, WorkerId worker, TaskKind kind, Coro<T> coro)
        : TaskBase(loop, id, worker, kind)
        , m_root(coro.release()) {
        m_root.promise().m_task = this;
        m_resume = m_root;
    }
    ~TaskImpl() override { destroyRoot(); }

    // Task.result(): the value, or raises what the task ended with.
    decltype(auto) result() {
        rethrowIfFailed();
        if constexpr (std::is_void_v<T>)
            return;
        else
            return (*m_value);
    }

protected:
    void finishFromRoot() override {
        auto& p = m_root.promise();
        if constexpr (!std::is_void_v<T>) {
            if (!p.m_exception && !has(kMustCancel)) m_value.emplace(std::move(*p.m_value));
        }
        finish(p.m_exception);
        destroyRoot();
    }
    void destroyRoot() override {
        if (!m_root) return;
        if (t_anyCoroutineNamed) forgetCoroutineName(m_root.address());
        m_root.destroy();
        m_root = {};
    }

private:
    typename Coro<T>::Handle m_root;
    [[no_unique_address]] Slot m_value;
};

// Awaiting any future from a task: yields it to the task, which resumes when
// it is done (asyncio's Future.__await__ + Task.__wakeup).
// Awaiters are trivially destructible on purpose: GCC 12 may destroy a
// temporary awaiter twice when a co_await sits in a try block. The future is
// kept alive by whoever awaits it and, while the task waits, by the task.
template <class F>
struct FutureAwaiter {
    F* future;
    WaitReason reason = WaitReason::Task;
    std::uint32_t other = 0;
    TaskBase* task = nullptr;

    bool await_ready() const noexcept { return future->done(); }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        task = h.promise().m_task;
        task->suspendOn(future, h, reason, other);
    }
    decltype(auto) await_resume() {
        if (task) task->rethrowInjected();
        return future->result();
    }
};

// A handle to a scheduled task, as asyncio.Task is to Python code.
template <class T>
class Task {
public:
    Task() = default;
    explicit Task(Ref<TaskImpl<T>> impl)
        : m_impl(std::move(impl)) {}

    TaskImpl<T>* get() const { return m_impl.get(); }
    TaskImpl<T>* operator->() const { return m_impl.get(); }
    explicit operator bool() const { return bool(m_impl); }
    Ref<FutureBase> future() const { return Ref<FutureBase>(m_impl.get()); }

    FutureAwaiter<TaskImpl<T>> operator co_await() const {
        return FutureAwaiter<TaskImpl<T>>{m_impl.get(), WaitReason::Task, m_impl->id()};
    }

private:
    Ref<TaskImpl<T>> m_impl;
};

template <class T>
FutureAwaiter<Future<T>> operator co_await(const Ref<Future<T>>& f) {
    return FutureAwaiter<Future<T>>{f.get(), WaitReason::Task, 0};
}

} // namespace coroscope
