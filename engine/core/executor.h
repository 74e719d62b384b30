// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "core/machine.h"
#include "core/outcome.h"

#include <deque>
#include <string>
#include <vector>

namespace coroscope {

enum class ExecutorKind { Threads, Processes };

// ThreadPoolExecutor / ProcessPoolExecutor on the simulated machine: N
// workers taking jobs from one FIFO queue. As in CPython 3.11, a thread pool
// starts a thread per submit until it has max_workers (reusing idle ones),
// and a process pool (fork start method) starts all its processes on the
// first submit.
// Invariant: every idle worker task is in m_idle, held until a job comes.
class Executor : public RefCounted {
public:
    Executor(Loop& loop, ExecutorKind kind, int maxWorkers, std::string name);

    ExecutorKind kind() const { return m_kind; }
    int maxWorkers() const { return m_maxWorkers; }
    std::size_t workerCount() const { return m_workers.size(); }
    std::size_t queued() const { return m_jobs.size(); }

    // Runs `job` on a worker; the job itself reports its outcome.
    void submit(Coro<void> job);
    // loop.run_in_executor: an asyncio future set (on the loop, one tick
    // later, as call_soon_threadsafe does) with the job's outcome.
    template <class T>
    Ref<Future<T>> runInExecutor(Coro<T> work) {
        auto fut = m_loop.createFuture<T>();
        submit(deliver<T>(m_loop, std::move(work), fut));
        return fut;
    }
    // Lets idle workers end once the queue is empty (shutdown(wait=False)).
    void shutdown();

    static int defaultThreadWorkers(int cores) { return std::min(32, cores + 4); }

private:
    template <class T>
    static Coro<void> deliver(Loop& loop, Coro<T> work, Ref<Future<T>> fut) {
        try {
            if constexpr (std::is_void_v<T>) {
                co_await std::move(work);
                loop.callSoon([fut] {
                    if (!fut->done()) fut->setResult();
                });
            } else {
                T value = co_await std::move(work);
                loop.callSoon([fut, value] {
                    if (!fut->done()) fut->setResult(value);
                });
            }
        } catch (...) {
            auto error = std::current_exception();
            loop.callSoon([fut, error] {
                if (!fut->done()) fut->setException(error);
            });
        }
    }
    Coro<void> workerBody();
    void startWorker();

    friend struct IdleAwaiter;
    Loop& m_loop;
    ExecutorKind m_kind;
    int m_maxWorkers;
    std::string m_name;
    std::deque<Coro<void>> m_jobs;
    std::vector<Task<void>> m_workers;
    std::vector<TaskBase*> m_idle;
    bool m_shutdown = false;
};

} // namespace coroscope
