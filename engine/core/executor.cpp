// SPDX-License-Identifier: MIT
#include "core/executor.h"

#include <algorithm>

namespace coroscope {

// A pool worker with nothing to do waits, held, until a job arrives.
struct IdleAwaiter {
    Executor* pool;
    bool await_ready() const noexcept { return false; }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        TaskBase* task = h.promise().m_task;
        task->suspendHeld(h);
        pool->m_idle.push_back(task);
        pool->m_loop.machine().holdUntilReleased(task, WaitReason::Executor, 0);
    }
    void await_resume() const noexcept {}
};

Executor::Executor(Loop& loop, ExecutorKind kind, int maxWorkers, std::string name)
    : m_loop(loop)
    , m_kind(kind)
    , m_maxWorkers(std::max(1, maxWorkers))
    , m_name(std::move(name)) {}

void Executor::startWorker() {
    // As CPython names them: a pool's threads "ThreadPoolExecutor-0_0" (its
    // prefix, "_" and a count from 0), processes "ForkProcess-1" (from 1).
    std::string name = m_kind == ExecutorKind::Threads
                           ? m_name + "_" + std::to_string(m_workers.size())
                           : m_name + "-" + std::to_string(m_workers.size() + 1);
    Ref<Executor> keep(this);
    auto body = [](Ref<Executor> self) -> Coro<void> { co_await self->workerBody(); };
    if (m_kind == ExecutorKind::Threads)
        m_workers.push_back(m_loop.machine().startThread(body(keep), name));
    else
        m_workers.push_back(m_loop.machine().startProcess(body(keep), name));
}

void Executor::submit(Coro<void> job) {
    if (m_shutdown) throw RuntimeError("cannot schedule new futures after shutdown");
    m_jobs.push_back(std::move(job));
    if (!m_idle.empty()) {
        TaskBase* worker = m_idle.front();
        m_idle.erase(m_idle.begin());
        m_loop.machine().release(worker);
        return;
    }
    if (static_cast<int>(m_workers.size()) >= m_maxWorkers) return;
    if (m_kind == ExecutorKind::Threads) {
        startWorker();
    } else {
        while (static_cast<int>(m_workers.size()) < m_maxWorkers)
            startWorker();
    }
}

Coro<void> Executor::workerBody() {
    for (;;) {
        if (m_jobs.empty()) {
            if (m_shutdown) co_return;
            co_await IdleAwaiter{this};
            continue;
        }
        Coro<void> job = std::move(m_jobs.front());
        m_jobs.pop_front();
        co_await std::move(job);
    }
}

void Executor::shutdown() {
    m_shutdown = true;
    for (TaskBase* t : m_idle)
        m_loop.machine().release(t);
    m_idle.clear();
}

} // namespace coroscope
