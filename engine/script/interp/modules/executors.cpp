// SPDX-License-Identifier: MIT
#include "script/interp/modules/executors.h"

#include "core/machine.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/runtime_state.h"

#include <algorithm>
#include <span>

namespace coroscope::interp {

TypeObject* threadFutureType() {
    return types().moduleType("concurrent.Future", "Future");
}

ThreadFuture::ThreadFuture()
    : GcObject(threadFutureType(), Kind::Other)
    , core(interp().loop().createFuture<Value>()) {}

Ref<ThreadFuture> newThreadFuture() {
    return Ref<ThreadFuture>(new ThreadFuture());
}

void ThreadFuture::clearRefs() {
    callbacks.clear();
    hooks.clear();
    waiters.clear();
}

void ThreadFuture::finished() {
    waiters.wakeAll();
    auto run = std::move(hooks);
    hooks.clear();
    for (auto& h : run)
        h();
    auto fns = std::move(callbacks);
    callbacks.clear();
    Value self(this);
    for (const Value& fn : fns)
        runCallback(fn, {self}, "future callback");
}

void ThreadFuture::setResult(Value v) {
    if (core->done()) return;
    core->setResult(std::move(v));
    finished();
}

void ThreadFuture::setException(std::exception_ptr e) {
    if (core->done()) return;
    core->setException(std::move(e));
    (void)core->exception(); // concurrent.futures never logs an unretrieved exception
    finished();
}

bool ThreadFuture::cancel() {
    if (core->done()) return core->cancelled();
    core->cancel();
    finished();
    return true;
}

Value ThreadFuture::result() {
    if (core->cancelled()) raise(newException(types().FuturesCancelledError));
    return core->result();
}

Eval<Value> ThreadFuture::waitResult(std::optional<Duration> timeout) {
    Ref<ThreadFuture> keep(this);
    Loop& loop = interp().loop();
    const Time deadline = timeout ? later(loop.time(), *timeout) : 0;
    while (!core->done()) {
        Duration left = -1;
        if (timeout) {
            left = deadline - loop.time();
            if (left <= 0) raise(newException(types().TimeoutError));
        }
        co_await ThreadWait{&waiters, left, WaitReason::Task, LoopAccess::text(loop, call)};
    }
    co_return result();
}

ExecutorObject::ExecutorObject(TypeObject* type, ExecutorKind k, int maxWorkers, std::string prefix)
    : GcObject(type, Kind::Other)
    , core(makeRef<Executor>(interp().loop(), k, maxWorkers, std::move(prefix)))
    , kind(k) {}

void ExecutorObject::clearRefs() {
    idle.clear();
}

namespace {

Coro<void> runJob(Ref<ExecutorObject> executor, Value fn, std::vector<Value> args,
                  std::vector<StrObject*> kwNames, std::vector<Value> kwValues,
                  Ref<ThreadFuture> future) {
    Interp& in = interp();
    std::exception_ptr error;
    Value result;
    try {
        CallArgs a;
        a.pos = args.data();
        a.npos = static_cast<std::uint32_t>(args.size());
        a.kwNames = kwNames.data();
        a.kwValues = kwValues.data();
        a.nkw = static_cast<std::uint32_t>(kwNames.size());
        Eval<Value> pending = resultOrPending(in.callStart(fn, a, nullptr), result);
        if (pending.handle()) result = co_await std::move(pending);
    } catch (...) {
        error = std::current_exception();
    }
    if (error && isAbort(error)) std::rethrow_exception(error);
    if (error)
        future->setException(error);
    else
        future->setResult(std::move(result));
    if (--executor->pending == 0) executor->idle.wakeAll();
}

} // namespace

Ref<ThreadFuture> ExecutorObject::submit(Value fn, std::vector<Value> args,
                                         std::vector<StrObject*> kwNames,
                                         std::vector<Value> kwValues) {
    if (isShutdown) runtimeError("cannot schedule new futures after shutdown");
    Ref<ThreadFuture> future = newThreadFuture();
    // The work as the code calls it, for what a thread waiting on it shows.
    constexpr std::size_t kShown = 3;
    future->call = callableName(fn, typeName(fn)) + "(" +
                   argumentsText(std::span<const Value>(args).first(std::min(args.size(), kShown)),
                                 args.size() > kShown || !kwNames.empty()) +
                   ")";
    ++pending;
    core->submit(runJob(Ref<ExecutorObject>(this), std::move(fn), std::move(args),
                        std::move(kwNames), std::move(kwValues), future));
    return future;
}

Eval<Value> ExecutorObject::shutdownAndWait() {
    Ref<ExecutorObject> keep(this);
    if (!isShutdown) {
        isShutdown = true;
        core->shutdown();
    }
    while (pending > 0)
        co_await ThreadWait{&idle, -1, WaitReason::Join,
                            LoopAccess::text(interp().loop(), "shutdown(wait=True)")};
    co_return Value();
}

void ExecutorObject::shutdownNoWait() {
    if (isShutdown) return;
    isShutdown = true;
    core->shutdown();
}

int defaultThreadWorkers() {
    return Executor::defaultThreadWorkers(interp().loop().config().cores);
}

Value runInExecutor(LoopObject& loop, const Value& executor, const Value& fn,
                    std::vector<Value> args, std::vector<StrObject*> kwNames,
                    std::vector<Value> kwValues) {
    Interp& in = interp();
    loop.checkClosed();
    Ref<ExecutorObject> ex;
    if (executor.isNone()) {
        if (!loop.defaultExecutor) {
            loop.defaultExecutor = Ref<ExecutorObject>(new ExecutorObject(
                types().moduleType("futures.ThreadPoolExecutor", "ThreadPoolExecutor"),
                ExecutorKind::Threads, defaultThreadWorkers(), "asyncio"));
            in.state().executors.push_back(loop.defaultExecutor);
        }
        ex = loop.defaultExecutor;
    } else {
        if (!executor.isObject() || !dynamic_cast<ExecutorObject*>(executor.obj()))
            typeError("executor must be an Executor or None, not " + typeName(executor));
        ex = Ref<ExecutorObject>(static_cast<ExecutorObject*>(executor.obj()));
    }
    Ref<ThreadFuture> job =
        ex->submit(fn, std::move(args), std::move(kwNames), std::move(kwValues));
    auto fut = in.loop().createFuture<Value>();
    Ref<FutureObject> result(new FutureObject(fut, FutureObject::Shape::Plain));
    // wrap_future: the asyncio future is set on the loop, a tick after the
    // job ended (call_soon_threadsafe).
    job->hooks.push_back([fut, source = job] {
        interp().loop().callSoon(
            [fut, source] {
                if (fut->done()) return;
                if (source->core->cancelled())
                    fut->cancel();
                else if (std::exception_ptr e = source->core->exception())
                    fut->setException(e);
                else
                    fut->setResult(source->core->result());
            },
            "run_in_executor");
    });
    return Value(result);
}

} // namespace coroscope::interp
