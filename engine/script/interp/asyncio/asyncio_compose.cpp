// SPDX-License-Identifier: MIT
// gather, wait, wait_for and shield, on core's primitives, each following
// the code path of CPython 3.11's asyncio/tasks.py.
#include "core/gather.h"
#include "core/shield.h"
#include "core/wait.h"
#include "script/interp/asyncio/asyncio_module.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/set_object.h"

namespace coroscope::interp {

namespace {

FutureBase* coreOf(const Value& v) {
    return v.as<FutureLike>()->coreFuture();
}

Value asyncioGather(CallArgs& a) {
    const BoundArgs b = bindArgs<"gather(*coros_or_futures, return_exceptions=False)">(a);
    bool returnExceptions = b[0] && truthy(*b[0]);
    Interp& in = interp();
    if (b.restSize() == 0) return readyAwaitable(Value(newList()));
    LoopObject& loop = loopForFutures();
    // Each argument once (the same coroutine twice is one task).
    std::vector<Value> children;
    std::vector<Ref<FutureBase>> cores;
    std::vector<std::pair<const Object*, Value>> seen;
    for (std::uint32_t i = 0; i < b.restSize(); ++i) {
        const Value& arg = b.rest()[i];
        Value fut;
        for (auto& [seenArg, f] : seen)
            if (arg.isObject() && seenArg == arg.obj()) fut = f;
        if (fut.isNone()) {
            fut = ensureFuture(arg, loop);
            if (arg.isObject()) seen.emplace_back(arg.obj(), fut);
        }
        children.push_back(fut);
        cores.emplace_back(coreOf(fut));
    }
    Ref<FutureObject> outer(new FutureObject(
        gather<void>(in.loop(), std::move(cores), returnExceptions), FutureObject::Shape::Gather));
    outer->children = std::move(children);
    outer->returnExceptions = returnExceptions;
    return Value(outer);
}

Value asyncioShield(CallArgs& a) {
    Value inner = ensureFuture(*bindArgs<"shield(arg)">(a)[0], loopForFutures());
    if (coreOf(inner)->done()) return inner;
    Ref<FutureObject> outer(new FutureObject(
        Ref<FutureBase>(shield<void>(interp().loop(), Ref<FutureBase>(coreOf(inner))).get()),
        FutureObject::Shape::Shield));
    outer->inner = inner;
    return Value(outer);
}

// `raise TimeoutError() from exc`, as wait_for raises it.
Ref<ExceptionObject> timeoutFrom(const std::exception_ptr& cancelled) {
    auto timeout = newException(types().TimeoutError);
    Ref<ExceptionObject> cause = toPython(cancelled);
    timeout->cause = Value(cause);
    timeout->context = Value(cause);
    timeout->suppressContext = true;
    return timeout;
}

// What wait_for gives once the timeout cancelled the inner future and it
// ended: its result if it finished anyway, else TimeoutError from its
// CancelledError (its own exception, if it failed, propagates).
Value resultAfterTimeout(const Value& fut, FutureBase& core) {
    std::exception_ptr cancelled;
    Value result;
    try {
        if (core.cancelled()) std::rethrow_exception(core.makeCancelledError());
        result = fut.as<FutureLike>()->resultValue();
    } catch (const CancelledError&) {
        cancelled = std::current_exception();
    }
    if (cancelled) {
        Loop& loop = interp().loop();
        if (TaskBase* task = loop.currentTask())
            loop.annotate(AnnotationKind::TimeoutRaised, {}, task->id(), task->line(),
                          task->worker());
        raise(timeoutFrom(cancelled));
    }
    return result;
}

Eval<Value> waitForBody(Value awaitable, Value timeout) {
    Interp& in = interp();
    LoopObject& loop = runningLoop();
    if (timeout.isNone()) co_return co_await AwaitValue{&awaitable};
    double t = numberArg(timeout, "timeout");
    Loop& engine = in.loop();
    if (t <= 0) {
        Value fut = ensureFuture(awaitable, loop);
        Ref<FutureBase> core(coreOf(fut));
        if (core->done()) co_return fut.as<FutureLike>()->resultValue();
        in.checkCanSuspend("wait");
        co_await cancelAndWait(engine, core);
        co_return resultAfterTimeout(fut, *core);
    }
    auto waiter = engine.createFuture();
    if (TaskBase* task = engine.currentTask()) // for the views: the deadline on the task's lane
        engine.annotate(AnnotationKind::Deadline, std::to_string(later(engine.time(), seconds(t))),
                        task->id(), task->line(), task->worker());
    Ref<Handle> timeoutHandle = engine.callLater(
        seconds(t), [waiter] { (void)(waiter->done() || (waiter->setResult(), true)); },
        "wait_for timeout");
    Value fut = ensureFuture(awaitable, loop);
    Ref<FutureBase> core(coreOf(fut));
    Ref<DoneCallback> release = detail::releaser(waiter);
    core->addDoneCallback(release);
    std::exception_ptr cancelled;
    in.checkCanSuspend("wait");
    try {
        co_await FutureAwaiter<Future<void>>{waiter.get(), fut.as<FutureLike>()->waitReason(),
                                             fut.as<FutureLike>()->waitOther()};
    } catch (const CancelledError&) {
        cancelled = std::current_exception();
    }
    if (cancelled) {
        if (core->done()) {
            timeoutHandle->cancel();
            co_return fut.as<FutureLike>()->resultValue();
        }
        core->removeDoneCallback(release.get());
        co_await cancelAndWait(engine, core);
        timeoutHandle->cancel();
        std::rethrow_exception(cancelled);
    }
    if (core->done()) {
        timeoutHandle->cancel();
        co_return fut.as<FutureLike>()->resultValue();
    }
    core->removeDoneCallback(release.get());
    co_await cancelAndWait(engine, core);
    timeoutHandle->cancel();
    co_return resultAfterTimeout(fut, *core);
}

Value asyncioWaitFor(CallArgs& a) {
    const BoundArgs b = bindArgs<"wait_for(fut, timeout)">(a);
    return coroutineOf(waitForBody(*b[0], *b[1]), "wait_for");
}

Eval<Value> waitBody(std::vector<Value> fs, std::optional<Duration> timeout, ReturnWhen when) {
    Interp& in = interp();
    std::vector<Ref<FutureBase>> cores;
    for (const Value& f : fs)
        cores.emplace_back(coreOf(f));
    in.checkCanSuspend("wait");
    WaitResult r = co_await wait(in.loop(), cores, timeout, when);
    auto done = newSet();
    auto pending = newSet();
    for (std::size_t i = 0; i < fs.size(); ++i)
        (cores[i]->done() ? done : pending)->add(fs[i]);
    (void)r;
    co_return Value(newTuple({Value(done), Value(pending)}));
}

Value asyncioWait(CallArgs& a) {
    const BoundArgs b = bindArgs<"wait(fs, *, timeout=None, return_when='ALL_COMPLETED')">(a);
    const Value* fsArg = b[0];
    if (fsArg->is(Kind::Future) || fsArg->is(Kind::Coroutine))
        typeError("expect a list of futures, not " + typeName(*fsArg));
    std::vector<Value> items = itemsOf(*fsArg);
    if (items.empty()) valueError("Set of Tasks/Futures is empty.");
    const Value* rw = b[2];
    ReturnWhen when = ReturnWhen::AllCompleted;
    if (rw) {
        std::string w = rw->is(Kind::Str) ? rw->as<StrObject>()->str() : repr(*rw);
        if (w == "FIRST_COMPLETED")
            when = ReturnWhen::FirstCompleted;
        else if (w == "FIRST_EXCEPTION")
            when = ReturnWhen::FirstException;
        else if (w != "ALL_COMPLETED")
            valueError("Invalid return_when value: " + w);
    }
    // As `fs = set(fs)`: each future once.
    std::vector<Value> fs;
    for (const Value& v : items) {
        if (v.is(Kind::Coroutine) || v.is(Kind::Awaitable))
            typeError("Passing coroutines is forbidden, use tasks explicitly.");
        if (!v.is(Kind::Future))
            typeError("An asyncio.Future, a coroutine or an awaitable is required");
        bool dup = false;
        for (const Value& f : fs)
            dup |= f.identical(v);
        if (!dup) fs.push_back(v);
    }
    std::optional<Duration> timeout;
    const Value* t = b[1];

    if (t && !t->isNone()) timeout = seconds(numberArg(*t, "timeout"));
    return coroutineOf(waitBody(std::move(fs), timeout, when), "wait");
}

} // namespace

void addAsyncioComposition(DictObject& d) {
    d.setStr("gather", Value(newNative("gather", asyncioGather)));
    d.setStr("shield", Value(newNative("shield", asyncioShield)));
    d.setStr("wait_for", Value(newNative("wait_for", asyncioWaitFor)));
    d.setStr("wait", Value(newNative("wait", asyncioWait)));
}

} // namespace coroscope::interp
