// SPDX-License-Identifier: MIT
// The concurrent.futures module: ThreadPoolExecutor, ProcessPoolExecutor
// and their Future.
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/blocking_timeout.h"
#include "script/interp/modules/executors.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"

namespace coroscope::interp {

namespace {

TypeObject* threadPoolType() {
    return types().moduleType("futures.ThreadPoolExecutor", "ThreadPoolExecutor");
}
TypeObject* processPoolType() {
    return types().moduleType("futures.ProcessPoolExecutor", "ProcessPoolExecutor");
}

ExecutorObject& executor(CallArgs& a) {
    return *static_cast<ExecutorObject*>(a.self->obj());
}
ThreadFuture& future(CallArgs& a) {
    return *static_cast<ThreadFuture*>(a.self->obj());
}

// What Executor.map gives: the results in order, each waited for.
class ResultsIterator final : public IteratorObject {
public:
    ResultsIterator(std::vector<Ref<ThreadFuture>> futures, std::optional<Duration> timeout)
        : IteratorObject("generator")
        , m_futures(std::move(futures))
        , m_timeout(timeout) {}
    bool blocking() const override { return m_index < m_futures.size(); }
    bool next(Value& out) override {
        if (m_index >= m_futures.size()) return false;
        ThreadFuture& f = *m_futures[m_index];
        if (!f.core->done()) {
            interp().checkCanSuspend("wait for a result");
            runtimeError("this executor's results can only be waited for by a for loop or by "
                         "list(), sorted() ... called directly");
        }
        ++m_index;
        out = f.result();
        return true;
    }
    Eval<bool> nextBlocking(Value& out) override {
        if (m_index >= m_futures.size()) co_return false;
        Ref<ThreadFuture> f = m_futures[m_index++];
        Eval<Value> wait = f->waitResult(m_timeout);
        out = co_await std::move(wait);
        co_return true;
    }
    void clearRefs() override { m_futures.clear(); }

private:
    std::vector<Ref<ThreadFuture>> m_futures;
    std::size_t m_index = 0;
    std::optional<Duration> m_timeout;
};

int workersArg(const Value* m, int dflt) {
    if (!m || m->isNone()) return dflt;
    std::int64_t n = intArg(*m, "max_workers");
    if (n <= 0) valueError("max_workers must be greater than 0");
    return static_cast<int>(n);
}

Value newThreadPool(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"ThreadPoolExecutor.__init__(self, max_workers=None, thread_name_prefix='', "
                 "initializer=None, initargs=())">(a);
    RuntimeState& st = interp().state();
    std::string prefix = "ThreadPoolExecutor-" + std::to_string(st.executorCounter++);
    if (const Value* p = b[1]; p && p->is(Kind::Str) && !p->as<StrObject>()->str().empty())
        prefix = p->as<StrObject>()->str();
    Ref<ExecutorObject> e(new ExecutorObject(threadPoolType(), ExecutorKind::Threads,
                                             workersArg(b[0], defaultThreadWorkers()), prefix));
    st.executors.push_back(e);
    return Value(e);
}

Value newProcessPool(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"ProcessPoolExecutor.__init__(self, max_workers=None, mp_context=None, "
                 "initializer=None, initargs=(), *, max_tasks_per_child=None)">(a);
    RuntimeState& st = interp().state();
    Ref<ExecutorObject> e(new ExecutorObject(processPoolType(), ExecutorKind::Processes,
                                             workersArg(b[0], interp().loop().config().cores),
                                             "ForkProcess"));
    st.executors.push_back(e);
    return Value(e);
}

Value executorSubmit(CallArgs& a) {
    const BoundArgs b = bindArgs<"submit(self, fn, /, *args, **kwargs)">(a);
    ForwardedArgs f = forwardedArgs(b, a);
    return Value(
        executor(a).submit(*b[0], std::move(f.args), std::move(f.kwNames), std::move(f.kwValues)));
}

Value executorMap(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"Executor.map(self, fn, *iterables, timeout=None, chunksize=1)">(a);
    std::vector<Value> its;
    for (std::uint32_t i = 0; i < b.restSize(); ++i)
        its.push_back(getIter(b.rest()[i]));
    // Every job is submitted now, as CPython's Executor.map does (zip of
    // no iterables: none).
    std::vector<Ref<ThreadFuture>> futures;
    while (!its.empty()) {
        std::vector<Value> args;
        for (Value& it : its) {
            Value v;
            if (!nextItem(it, v)) break;
            args.push_back(std::move(v));
        }
        if (args.size() != its.size()) break;
        futures.push_back(executor(a).submit(*b[0], std::move(args), {}, {}));
    }
    std::optional<Duration> timeout;
    if (const Value* t = b[1]; t && !t->isNone()) timeout = seconds(numberArg(*t, "timeout"));
    return Value(Ref<IteratorObject>(new ResultsIterator(std::move(futures), timeout)));
}

Eval<Value> executorShutdown(CallArgs a) {
    const Value* wait = bindArgs<"shutdown(self, wait=True, *, cancel_futures=False)">(a)[0];
    Ref<ExecutorObject> e(&executor(a));
    if (wait && !truthy(*wait)) {
        e->shutdownNoWait();
        co_return Value();
    }
    Eval<Value> done = e->shutdownAndWait();
    co_await std::move(done);
    co_return Value();
}

Value executorEnter(CallArgs& a) {
    bindArgs<"Executor.__enter__(self)">(a);
    return *a.self;
}

Eval<Value> executorExit(CallArgs a) {
    bindArgs<"Executor.__exit__(self, exc_type, exc_val, exc_tb)">(a);
    Ref<ExecutorObject> e(&executor(a));
    Eval<Value> done = e->shutdownAndWait();
    co_await std::move(done);
    co_return False();
}

Eval<Value> futureResult(CallArgs a) {
    const Value* t = bindArgs<"Future.result(self, timeout=None)">(a)[0];
    Ref<ThreadFuture> f(&future(a));
    std::optional<Duration> timeout;
    if (!f->core->done()) timeout = conditionTimeout(t);
    Eval<Value> wait = f->waitResult(timeout);
    co_return co_await std::move(wait);
}

Eval<Value> futureException(CallArgs a) {
    bindArgs<"Future.exception(self, timeout=None)">(a);
    Ref<ThreadFuture> f(&future(a));
    std::exception_ptr error;
    try {
        Eval<Value> wait = f->waitResult(std::nullopt);
        co_await std::move(wait);
    } catch (...) {
        error = std::current_exception();
    }
    if (!error) co_return Value();
    if (isAbort(error)) std::rethrow_exception(error);
    Ref<ExceptionObject> e = toPython(error);
    if (e->cls() == types().FuturesCancelledError) std::rethrow_exception(error);
    co_return Value(e);
}

Value futureDone(CallArgs& a) {
    bindArgs<"Future.done(self)">(a);
    return Value::boolean(future(a).core->done());
}
Value futureCancelled(CallArgs& a) {
    bindArgs<"Future.cancelled(self)">(a);
    return Value::boolean(future(a).core->cancelled());
}
Value futureRunning(CallArgs& a) {
    bindArgs<"Future.running(self)">(a);
    return Value::boolean(!future(a).core->done());
}
Value futureCancel(CallArgs& a) {
    bindArgs<"Future.cancel(self)">(a);
    return Value::boolean(future(a).cancel());
}
Value futureAddDoneCallback(CallArgs& a) {
    const Value& fn = *bindArgs<"Future.add_done_callback(self, fn)">(a)[0];
    ThreadFuture& f = future(a);
    if (f.core->done())
        runCallback(fn, {*a.self}, "future callback");
    else
        f.callbacks.push_back(fn);

    return Value();
}

} // namespace

Value makeFuturesModule() {
    for (TypeObject* t : {threadPoolType(), processPoolType()}) {
        addMethod(t, "submit", executorSubmit);
        addMethod(t, "map", executorMap);
        addBlockingMethod(t, "shutdown", executorShutdown);
        addMethod(t, "__enter__", executorEnter);
        addBlockingMethod(t, "__exit__", executorExit);
    }
    threadPoolType()->dict().setStr("__new__", Value(newNative("__new__", newThreadPool)));
    processPoolType()->dict().setStr("__new__", Value(newNative("__new__", newProcessPool)));
    TypeObject* f = threadFutureType();
    addBlockingMethod(f, "result", futureResult);
    addBlockingMethod(f, "exception", futureException);
    addMethod(f, "done", futureDone);
    addMethod(f, "cancelled", futureCancelled);
    addMethod(f, "running", futureRunning);
    addMethod(f, "cancel", futureCancel);
    addMethod(f, "add_done_callback", futureAddDoneCallback);

    Ref<ModuleObject> m = newModule("concurrent.futures", {});
    DictObject& d = m->dict();
    d.setStr("ThreadPoolExecutor", Value(threadPoolType()));
    d.setStr("ProcessPoolExecutor", Value(processPoolType()));
    d.setStr("Future", Value(f));
    d.setStr("TimeoutError", Value(types().TimeoutError));
    d.setStr("CancelledError", Value(types().FuturesCancelledError));
    d.setStr("BrokenExecutor", Value(types().BrokenProcessPool));
    d.setStr("FIRST_COMPLETED", strValue("FIRST_COMPLETED"));
    d.setStr("FIRST_EXCEPTION", strValue("FIRST_EXCEPTION"));
    d.setStr("ALL_COMPLETED", strValue("ALL_COMPLETED"));
    return Value(m);
}

} // namespace coroscope::interp
