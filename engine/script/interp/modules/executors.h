// SPDX-License-Identifier: MIT
#pragma once

#include "core/executor.h"
#include "script/interp/asyncio/asyncio_objects.h"
#include "script/interp/modules/thread_wait.h"
#include "script/interp/runtime/iter.h"

#include <functional>
#include <optional>

// concurrent.futures: the thread and process pools on core's Executor, and
// their futures, which threads block on.
namespace coroscope::interp {

// concurrent.futures.Future: set by the thread that ran the job; threads
// blocked in result() are woken at once.
class ThreadFuture final : public GcObject {
public:
    ThreadFuture();
    Ref<Future<Value>> core;
    ThreadWaiters waiters;
    std::string call;                         // the work it stands for, as called: "table(1)"
    std::vector<Value> callbacks;             // add_done_callback's
    std::vector<std::function<void()>> hooks; // the interpreter's (wrap_future)
    void setResult(Value v);
    void setException(std::exception_ptr e);
    bool cancel();
    // The result of a done future (raises what it holds).
    Value result();
    // Waits (blocking the thread) until done, for at most `timeout`.
    Eval<Value> waitResult(std::optional<Duration> timeout);
    void clearRefs() override;

private:
    void finished();
};

// ThreadPoolExecutor / ProcessPoolExecutor.
class ExecutorObject final : public GcObject {
public:
    ExecutorObject(TypeObject* type, ExecutorKind kind, int maxWorkers, std::string prefix);
    Ref<Executor> core;
    ExecutorKind kind;
    bool isShutdown = false;
    std::size_t pending = 0;
    ThreadWaiters idle; // threads waiting for the jobs to finish

    Ref<ThreadFuture> submit(Value fn, std::vector<Value> args, std::vector<StrObject*> kwNames,
                             std::vector<Value> kwValues);
    // shutdown(wait=True), and the same without waiting.
    Eval<Value> shutdownAndWait();
    void shutdownNoWait();
    void clearRefs() override;
};

// loop.run_in_executor(executor, fn, *args): an asyncio Future set, on the
// loop, with what fn returned in a worker thread.
Value runInExecutor(LoopObject& loop, const Value& executor, const Value& fn,
                    std::vector<Value> args, std::vector<StrObject*> kwNames,
                    std::vector<Value> kwValues);
Ref<ThreadFuture> newThreadFuture();
TypeObject* threadFutureType();
// The default thread pool's size for a machine of `cores` cores.
int defaultThreadWorkers();

} // namespace coroscope::interp
