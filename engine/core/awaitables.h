// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "core/machine.h"
#include "core/task.h"

#include <string_view>

namespace coroscope {

// asyncio.sleep: d <= 0 gives way for one loop iteration (a bare yield);
// otherwise the task waits on a timer. io() is the same wait, labelled as a
// non-blocking request to a simulated service.
struct SleepAwaiter {
    Duration d;
    WaitReason reason = WaitReason::Timer;
    std::string_view label = {}; // outlives the co_await (a full-expression temporary)
    TaskBase* task = nullptr;

    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        task = h.promise().m_task;
        if (d <= 0)
            task->suspendYield(h);
        else
            task->suspendSleep(h, d, reason, LoopAccess::text(task->loop(), label));
    }
    void await_resume() { task->rethrowInjected(); }
};

inline SleepAwaiter sleep(Duration d) {
    return SleepAwaiter{d};
}
inline SleepAwaiter yieldNow() {
    return SleepAwaiter{0};
}
inline SleepAwaiter io(std::string_view label, Duration d) {
    return SleepAwaiter{d, WaitReason::Io, label};
}

// Work that holds the task's worker: computing (cpu) or waiting idle in a
// blocking call. On the loop's worker this freezes every other task.
struct HoldAwaiter {
    Duration d;
    WaitReason kind; // Cpu or Blocking
    std::string_view label = {};
    bool needsGil = true;
    TaskBase* task = nullptr;

    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        task = h.promise().m_task;
        task->suspendHeld(h);
        Machine& m = task->loop().machine();
        if (kind == WaitReason::Cpu)
            m.compute(task, d, needsGil);
        else
            m.holdFor(task, kind, d, LoopAccess::text(task->loop(), label));
    }
    void await_resume() const noexcept {}
};

// CPU work: needs a core, and its process's GIL unless it is C code that
// releases it (needsGil = false).
inline HoldAwaiter cpu(Duration d, bool needsGil = true) {
    return HoldAwaiter{d, WaitReason::Cpu, {}, needsGil};
}
inline HoldAwaiter blocking(std::string_view label, Duration d) {
    return HoldAwaiter{d, WaitReason::Blocking, label};
}

// Thread.join(): the caller's worker waits until the thread has ended.
struct JoinAwaiter {
    TaskBase* thread; // kept alive by the caller's Task handle
    bool await_ready() const noexcept { return thread->done(); }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        TaskBase* task = h.promise().m_task;
        task->suspendHeld(h);
        task->loop().machine().joinThread(task, thread);
    }
    void await_resume() const noexcept {}
};

// A thread (typically the main one, in asyncio.run) waits until a future is
// done, leaving its worker free: the loop's callbacks may run on it.
template <class F>
struct ParkAwaiter {
    F* future; // kept alive by the caller
    TaskBase* task = nullptr;
    bool await_ready() const noexcept { return future->done(); }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        task = h.promise().m_task;
        task->suspendParked(future, h);
    }
    decltype(auto) await_resume() { return future->result(); }
};

template <class F>
ParkAwaiter<F> park(F* future) {
    return ParkAwaiter<F>{future};
}

template <class T>
JoinAwaiter join(const Task<T>& thread) {
    return JoinAwaiter{thread.get()};
}

} // namespace coroscope
