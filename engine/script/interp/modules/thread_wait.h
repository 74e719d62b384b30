// SPDX-License-Identifier: MIT
#pragma once

#include "core/machine.h"
#include "core/task.h"
#include "script/interp/eval/interp.h"

#include <algorithm>
#include <coroutine>
#include <vector>

namespace coroscope::interp {

// Threads blocked until something happens (a queue.Queue gets an item, a
// concurrent Future is set, a threading.Event is set). A blocked thread holds
// its worker idle (on the loop's worker that freezes the loop, as a blocking
// call does in CPython); waking releases it directly, without the loop, so
// that a thread can wake the main thread while no loop runs.
class ThreadWaiters {
public:
    void add(TaskBase* t) { m_waiting.emplace_back(t); }
    void remove(TaskBase* t) {
        m_waiting.erase(std::remove_if(m_waiting.begin(), m_waiting.end(),
                                       [t](const Ref<TaskBase>& w) { return w.get() == t; }),
                        m_waiting.end());
    }
    void wakeAll() {
        auto waiting = std::move(m_waiting);
        m_waiting.clear();
        for (auto& t : waiting)
            if (t->holding()) t->loop().machine().release(t.get());
    }
    void wakeOne() {
        if (m_waiting.empty()) return;
        Ref<TaskBase> t = m_waiting.front();
        m_waiting.erase(m_waiting.begin());
        if (t->holding()) t->loop().machine().release(t.get());
    }
    bool empty() const { return m_waiting.empty(); }
    void clear() { m_waiting.clear(); }

private:
    std::vector<Ref<TaskBase>> m_waiting;
};

// Blocks the calling thread until woken through `waiters`, or for at most
// `timeout` (negative: no limit). Trivially destructible (see Eval).
struct ThreadWait {
    ThreadWaiters* waiters;
    Duration timeout;
    WaitReason reason;
    TextId label = 0; // what is waited for, as the trace's text ("table(1)")
    TaskBase* task = nullptr;

    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        interp().checkCanSuspend("block");
        task = h.promise().m_task;
        task->suspendHeld(h);
        waiters->add(task);
        Machine& m = task->loop().machine();
        if (timeout >= 0)
            m.holdFor(task, reason, timeout, label);
        else
            m.holdUntilReleased(task, reason, label);
    }
    void await_resume() { waiters->remove(task); }
};

} // namespace coroscope::interp
