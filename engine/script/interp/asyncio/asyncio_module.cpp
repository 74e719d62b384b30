// SPDX-License-Identifier: MIT
// The asyncio module: run, sleep, tasks, the event loop policy functions,
// and the methods of the loop object.
#include "script/interp/asyncio/asyncio_module.h"

#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/executors.h"
#include "script/interp/modules/modules.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"
#include "script/interp/runtime/set_object.h"

namespace coroscope::interp {

Value coroutineOf(Eval<Value> body, const char* name) {
    return Value(Ref<CoroutineObject>(new CoroutineObject(std::move(body), intern(name))));
}

Value readyAwaitable(Value result) {
    auto f = interp().loop().createFuture<Value>();
    f->setResult(std::move(result));
    return Value(Ref<FutureObject>(new FutureObject(f, FutureObject::Shape::Plain)));
}

LoopObject& loopForFutures() {
    if (LoopObject* l = runningLoopOrNull()) return *l;
    return eventLoop();
}

LoopObject& eventLoop() {
    RuntimeState& st = interp().state();
    if (LoopObject* l = runningLoopOrNull()) return *l;
    if (!st.eventLoop) {
        if (st.eventLoopSet) runtimeError("There is no current event loop in thread 'MainThread'.");
        st.eventLoop = Ref<LoopObject>(new LoopObject());
    }
    return *st.eventLoop;
}

namespace {

Value asyncioSleep(CallArgs& a) {
    const BoundArgs b = bindArgs<"sleep(delay, result=None)">(a);
    double s = numberArg(*b[0], "sleep() delay");
    return Value(Ref<SleepObject>(
        new SleepObject(s > 0 ? seconds(s) : 0, b[1] ? *b[1] : Value(), WaitReason::Timer, "")));
}

Eval<Value> asyncioRun(CallArgs a) {
    Interp& in = interp();
    RuntimeState& st = in.state();
    Value main = *bindArgs<"run(main, *, debug=None)">(a)[0];
    if (runningLoopOrNull() || st.runningLoop)
        runtimeError("asyncio.run() cannot be called from a running event loop");
    // asyncio.sleep() and the other native coroutines are coroutines too.
    if (!main.is(Kind::Coroutine) && !main.is(Kind::Awaitable))
        valueError("a coroutine was expected, got " + repr(main));
    Ref<LoopObject> loop(new LoopObject());
    st.eventLoop = loop;
    st.eventLoopSet = true;
    Value result;
    std::exception_ptr error;
    try {
        Eval<Value> run = loop->runUntilComplete(main);
        result = co_await std::move(run);
    } catch (...) {
        error = std::current_exception();
    }
    if (error && isAbort(error)) std::rethrow_exception(error);
    // As Runner.close(): the leftover tasks, then the default executor.
    std::exception_ptr cleanup;
    try {
        Eval<Value> cancel = loop->cancelAllTasks();
        co_await std::move(cancel);
        Eval<Value> shutdown = loop->shutdownDefaultExecutor();
        co_await std::move(shutdown);
    } catch (...) {
        cleanup = std::current_exception();
    }
    loop->close();
    st.eventLoop = nullptr;
    if (error) std::rethrow_exception(error);
    if (cleanup) std::rethrow_exception(cleanup);
    co_return result;
}

Value asyncioCreateTask(CallArgs& a) {
    const BoundArgs b = bindArgs<"create_task(coro, *, name=None, context=None)">(a);
    const Value& coro = *b[0];
    if (!coro.is(Kind::Coroutine) && !coro.is(Kind::Awaitable))
        typeError("a coroutine was expected, got " + repr(coro));
    return Value(createTask(runningLoop(), coro, b.value(1)));
}

Value asyncioEnsureFuture(CallArgs& a) {
    const BoundArgs b = bindArgs<"ensure_future(coro_or_future, *, loop=None)">(a);
    const Value* loop = b[1];
    LoopObject& l = loop && !loop->isNone() ? *loop->as<LoopObject>() : loopForFutures();
    return ensureFuture(*b[0], l);
}

Value asyncioCurrentTask(CallArgs& a) {
    bindArgs<"current_task(loop=None)">(a);
    Interp& in = interp();
    TaskBase* t = in.loop().currentTask();
    if (!runningLoopOrNull()) runtimeError("no running event loop");
    if (!t || t->kind() != TaskKind::Task) return Value();
    return taskObjectFor(t);
}

Value asyncioAllTasks(CallArgs& a) {
    bindArgs<"all_tasks(loop=None)">(a);
    LoopObject& loop = runningLoop();
    auto set = newSet();
    for (TaskBase* t : interp().loop().allTasks())
        if (static_cast<ScriptTask*>(t)->loopId() == loop.id()) set->add(taskObjectFor(t));
    return Value(set);
}

Value asyncioGetRunningLoop(CallArgs& a) {
    bindBuiltin<"get_running_loop()">(a);
    return Value(&runningLoop());
}

Value asyncioGetEventLoop(CallArgs& a) {
    bindBuiltin<"get_event_loop()">(a);
    return Value(&eventLoop());
}

Value asyncioNewEventLoop(CallArgs& a) {
    bindArgs<"new_event_loop()">(a);
    return Value(Ref<LoopObject>(new LoopObject()));
}

Value asyncioSetEventLoop(CallArgs& a) {
    const Value& loop = *bindArgs<"set_event_loop(loop)">(a)[0];
    RuntimeState& st = interp().state();
    st.eventLoopSet = true;
    st.eventLoop = loop.isNone() ? nullptr : Ref<LoopObject>(loop.as<LoopObject>());
    return Value();
}

Value asyncioIscoroutine(CallArgs& a) {
    const Value& obj = *bindArgs<"iscoroutine(obj)">(a)[0];
    return Value::boolean(obj.is(Kind::Coroutine) || obj.is(Kind::Awaitable));
}

Value asyncioIscoroutinefunction(CallArgs& a) {
    Value f = *bindArgs<"iscoroutinefunction(func)">(a)[0];
    if (f.is(Kind::BoundMethod)) f = f.as<BoundMethod>()->function;
    return Value::boolean(f.is(Kind::Function) && f.as<FunctionObject>()->code()->isAsync &&
                          !f.as<FunctionObject>()->code()->isGenerator);
}

Eval<Value> toThreadBody(Value fn, std::vector<Value> args, std::vector<StrObject*> kwNames,
                         std::vector<Value> kwValues) {
    LoopObject& loop = runningLoop();
    Value future =
        runInExecutor(loop, Value(), fn, std::move(args), std::move(kwNames), std::move(kwValues));
    co_return co_await AwaitValue{&future};
}

Value asyncioToThread(CallArgs& a) {
    const BoundArgs b = bindArgs<"to_thread(func, /, *args, **kwargs)">(a);
    ForwardedArgs f = forwardedArgs(b, a);
    return coroutineOf(
        toThreadBody(*b[0], std::move(f.args), std::move(f.kwNames), std::move(f.kwValues)),
        "to_thread");
}

// ---- the loop object's methods

LoopObject& self(CallArgs& a) {
    return *a.self->as<LoopObject>();
}

Eval<Value> loopRunUntilComplete(CallArgs a) {
    Value awaitable = *bindArgs<"BaseEventLoop.run_until_complete(self, future)">(a)[0];
    Ref<LoopObject> loop(&self(a));
    Eval<Value> run = loop->runUntilComplete(awaitable);
    co_return co_await std::move(run);
}

Eval<Value> loopRunForever(CallArgs a) {
    bindArgs<"BaseEventLoop.run_forever(self)">(a);
    Ref<LoopObject> loop(&self(a));
    Eval<Value> run = loop->runForever();
    co_return co_await std::move(run);
}

Value loopStop(CallArgs& a) {
    bindArgs<"BaseEventLoop.stop(self)">(a);
    self(a).stop();
    return Value();
}

Value loopClose(CallArgs& a) {
    bindArgs<"_UnixSelectorEventLoop.close(self)">(a);
    self(a).close();
    return Value();
}

Value loopIsRunning(CallArgs& a) {
    bindArgs<"BaseEventLoop.is_running(self)">(a);
    return Value::boolean(self(a).running());
}

Value loopIsClosed(CallArgs& a) {
    bindArgs<"BaseEventLoop.is_closed(self)">(a);
    return Value::boolean(self(a).closed());
}

Value loopTimeMethod(CallArgs& a) {
    bindArgs<"BaseEventLoop.time(self)">(a);
    return loopTime();
}

// call_soon, call_later, call_at: the callback is slot `first` of the
// bound arguments, its own arguments went to *args.
Value schedule(CallArgs& a, const BoundArgs& b, std::size_t first, Duration delay, bool at) {
    self(a).checkClosed();
    Value fn = *b[first];
    std::vector<Value> args(b.rest(), b.rest() + b.restSize());
    const std::string label = callableName(fn, repr(fn));
    auto run = [fn, args] { runCallback(fn, args, "callback"); };
    Loop& l = interp().loop();
    Ref<Handle> h = at      ? l.callAt(delay, run, label)
                    : first ? l.callLater(delay, run, label)
                            : l.callSoon(run, label);
    return Value(Ref<HandleObject>(new HandleObject(h)));
}

Value loopCallSoon(CallArgs& a) {
    return schedule(a, bindArgs<"BaseEventLoop.call_soon(self, callback, *args, context=None)">(a),
                    0, 0, false);
}

Value loopCallSoonThreadsafe(CallArgs& a) {
    return schedule(
        a, bindArgs<"BaseEventLoop.call_soon_threadsafe(self, callback, *args, context=None)">(a),
        0, 0, false);
}

Value loopCallLater(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"BaseEventLoop.call_later(self, delay, callback, *args, context=None)">(a);
    return schedule(a, b, 1, seconds(numberArg(*b[0], "delay")), false);
}

Value loopCallAt(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"BaseEventLoop.call_at(self, when, callback, *args, context=None)">(a);
    double when = numberArg(*b[0], "when") - loopTimeOffset();
    return schedule(a, b, 1, seconds(when), true);
}

Value loopCreateTask(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"BaseEventLoop.create_task(self, coro, *, name=None, context=None)">(a);
    return Value(createTask(self(a), *b[0], b.value(1)));
}

Value loopCreateFuture(CallArgs& a) {
    bindArgs<"BaseEventLoop.create_future(self)">(a);
    return Value(Ref<FutureObject>(
        new FutureObject(interp().loop().createFuture<Value>(), FutureObject::Shape::Plain)));
}

Value loopRunInExecutor(CallArgs& a) {
    const BoundArgs b = bindArgs<"BaseEventLoop.run_in_executor(self, executor, func, *args)">(a);
    std::vector<Value> args(b.rest(), b.rest() + b.restSize());
    return runInExecutor(self(a), *b[0], *b[1], std::move(args), {}, {});
}

Value loopGetDebug(CallArgs& a) {
    bindArgs<"BaseEventLoop.get_debug(self)">(a);
    return False();
}

Value loopSetDebug(CallArgs& a) {
    bindArgs<"BaseEventLoop.set_debug(self, enabled)">(a);
    return Value();
}

Value loopSetDefaultExecutor(CallArgs& a) {
    const Value& executor = *bindArgs<"BaseEventLoop.set_default_executor(self, executor)">(a)[0];
    self(a).defaultExecutor =
        executor.isNone() ? nullptr : Ref<ExecutorObject>(executor.as<ExecutorObject>());
    return Value();
}

Value handleCancel(CallArgs& a) {
    bindArgs<"TimerHandle.cancel(self)">(a);
    a.self->as<HandleObject>()->handle->cancel();
    return Value();
}

Value handleCancelled(CallArgs& a) {
    bindArgs<"Handle.cancelled(self)">(a);
    return Value::boolean(a.self->as<HandleObject>()->handle->cancelled());
}

Value handleWhen(CallArgs& a) {
    bindArgs<"TimerHandle.when(self)">(a);
    return Value::real(loopTimeOffset() + toSeconds(a.self->as<HandleObject>()->handle->when()));
}

void initLoopType() {
    TypeObject* t = types().moduleType("asyncio.Loop", "_UnixSelectorEventLoop");
    addBlockingMethod(t, "run_until_complete", loopRunUntilComplete);
    addBlockingMethod(t, "run_forever", loopRunForever);
    addMethod(t, "stop", loopStop);
    addMethod(t, "close", loopClose);
    addMethod(t, "is_running", loopIsRunning);
    addMethod(t, "is_closed", loopIsClosed);
    addMethod(t, "time", loopTimeMethod);
    addMethod(t, "call_soon", loopCallSoon);
    addMethod(t, "call_soon_threadsafe", loopCallSoonThreadsafe);
    addMethod(t, "call_later", loopCallLater);
    addMethod(t, "call_at", loopCallAt);
    addMethod(t, "create_task", loopCreateTask);
    addMethod(t, "create_future", loopCreateFuture);
    addMethod(t, "run_in_executor", loopRunInExecutor);
    addMethod(t, "set_default_executor", loopSetDefaultExecutor);
    addMethod(t, "get_debug", loopGetDebug);
    addMethod(t, "set_debug", loopSetDebug);

    TypeObject* h = types().moduleType("asyncio.Handle", "TimerHandle");
    addMethod(h, "cancel", handleCancel);
    addMethod(h, "cancelled", handleCancelled);
    addMethod(h, "when", handleWhen);
}

} // namespace

Value makeAsyncioModule() {
    initFutureTypes();
    initLoopType();
    Ref<ModuleObject> m =
        newModule("asyncio", {{"sleep", asyncioSleep, nullptr},
                              {"run", nullptr, asyncioRun},
                              {"create_task", asyncioCreateTask, nullptr},
                              {"ensure_future", asyncioEnsureFuture, nullptr},
                              {"current_task", asyncioCurrentTask, nullptr},
                              {"all_tasks", asyncioAllTasks, nullptr},
                              {"get_running_loop", asyncioGetRunningLoop, nullptr},
                              {"get_event_loop", asyncioGetEventLoop, nullptr},
                              {"new_event_loop", asyncioNewEventLoop, nullptr},
                              {"set_event_loop", asyncioSetEventLoop, nullptr},
                              {"iscoroutine", asyncioIscoroutine, nullptr},
                              {"iscoroutinefunction", asyncioIscoroutinefunction, nullptr},
                              {"to_thread", asyncioToThread, nullptr}});
    DictObject& d = m->dict();
    Types& t = types();
    d.setStr("Future", Value(futureType()));
    d.setStr("Task", Value(taskType()));
    d.setStr("CancelledError", Value(t.CancelledError));
    d.setStr("TimeoutError", Value(t.TimeoutError));
    d.setStr("InvalidStateError", Value(t.InvalidStateError));
    d.setStr("QueueEmpty", Value(t.QueueEmpty));
    d.setStr("QueueFull", Value(t.QueueFull));
    d.setStr("FIRST_COMPLETED", strValue("FIRST_COMPLETED"));
    d.setStr("FIRST_EXCEPTION", strValue("FIRST_EXCEPTION"));
    d.setStr("ALL_COMPLETED", strValue("ALL_COMPLETED"));
    addAsyncioComposition(d);
    addAsyncioSync(d);
    addAsyncioScopes(d);
    return Value(m);
}

} // namespace coroscope::interp
