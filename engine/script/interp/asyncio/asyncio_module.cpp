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
    a.allowKeywords({"delay", "result"});
    const Value* d = a.get(0, "delay");
    if (!d) typeError("sleep() missing 1 required positional argument: 'delay'");
    const Value* r = a.get(1, "result");
    double s = numberArg(*d, "sleep() delay");
    return Value(Ref<SleepObject>(
        new SleepObject(s > 0 ? seconds(s) : 0, r ? *r : Value(), WaitReason::Timer, "")));
}

Eval<Value> asyncioRun(CallArgs a) {
    Interp& in = interp();
    RuntimeState& st = in.state();
    if (a.npos < 1) typeError("run() missing 1 required positional argument: 'main'");
    Value main = a[0];
    if (runningLoopOrNull() || st.runningLoop)
        runtimeError("asyncio.run() cannot be called from a running event loop");
    if (!main.is(Kind::Coroutine)) valueError("a coroutine was expected, got " + repr(main));
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
    a.allowKeywords({"name", "context"});
    a.expect(1, 1);
    const Value* name = a.kw("name");
    if (!a[0].is(Kind::Coroutine) && !a[0].is(Kind::Awaitable))
        typeError("a coroutine was expected, got " + repr(a[0]));
    return Value(createTask(runningLoop(), a[0], name ? *name : Value()));
}

Value asyncioEnsureFuture(CallArgs& a) {
    a.allowKeywords({"loop"});
    a.expect(1, 1);
    const Value* loop = a.kw("loop");
    LoopObject& l = loop && !loop->isNone() ? *loop->as<LoopObject>() : loopForFutures();
    return ensureFuture(a[0], l);
}

Value asyncioCurrentTask(CallArgs&) {
    Interp& in = interp();
    TaskBase* t = in.loop().currentTask();
    if (!runningLoopOrNull()) runtimeError("no running event loop");
    if (!t || t->kind() != TaskKind::Task) return Value();
    return taskObjectFor(t);
}

Value asyncioAllTasks(CallArgs&) {
    LoopObject& loop = runningLoop();
    auto set = newSet();
    for (TaskBase* t : interp().loop().allTasks())
        if (static_cast<ScriptTask*>(t)->loopId() == loop.id()) set->add(taskObjectFor(t));
    return Value(set);
}

Value asyncioGetRunningLoop(CallArgs&) {
    return Value(&runningLoop());
}

Value asyncioGetEventLoop(CallArgs&) {
    return Value(&eventLoop());
}

Value asyncioNewEventLoop(CallArgs&) {
    return Value(Ref<LoopObject>(new LoopObject()));
}

Value asyncioSetEventLoop(CallArgs& a) {
    a.expect(1, 1);
    RuntimeState& st = interp().state();
    st.eventLoopSet = true;
    st.eventLoop = a[0].isNone() ? nullptr : Ref<LoopObject>(a[0].as<LoopObject>());
    return Value();
}

Value asyncioIscoroutine(CallArgs& a) {
    a.expect(1, 1);
    return Value::boolean(a[0].is(Kind::Coroutine) || a[0].is(Kind::Awaitable));
}

Value asyncioIscoroutinefunction(CallArgs& a) {
    a.expect(1, 1);
    Value f = a[0];
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
    if (a.npos < 1) typeError("to_thread() missing 1 required positional argument: 'func'");
    std::vector<Value> args(a.pos + 1, a.pos + a.npos);
    std::vector<StrObject*> names(a.kwNames, a.kwNames + a.nkw);
    std::vector<Value> values(a.kwValues, a.kwValues + a.nkw);
    return coroutineOf(toThreadBody(a[0], std::move(args), std::move(names), std::move(values)),
                       "to_thread");
}

// ---- the loop object's methods

LoopObject& self(CallArgs& a) {
    return *a.self->as<LoopObject>();
}

Eval<Value> loopRunUntilComplete(CallArgs a) {
    a.expect(1, 1);
    Ref<LoopObject> loop(&self(a));
    Value awaitable = a[0];
    Eval<Value> run = loop->runUntilComplete(awaitable);
    co_return co_await std::move(run);
}

Eval<Value> loopRunForever(CallArgs a) {
    Ref<LoopObject> loop(&self(a));
    Eval<Value> run = loop->runForever();
    co_return co_await std::move(run);
}

Value loopStop(CallArgs& a) {
    self(a).stop();
    return Value();
}

Value loopClose(CallArgs& a) {
    self(a).close();
    return Value();
}

Value loopIsRunning(CallArgs& a) {
    return Value::boolean(self(a).running());
}

Value loopIsClosed(CallArgs& a) {
    return Value::boolean(self(a).closed());
}

Value loopTimeMethod(CallArgs&) {
    return loopTime();
}

Value schedule(CallArgs& a, std::size_t first, Duration delay, bool at) {
    self(a).checkClosed();
    if (a.npos < first + 1) typeError("a callback is required");
    Value fn = a[first];
    std::vector<Value> args(a.pos + first + 1, a.pos + a.npos);
    std::string label = repr(fn);
    if (fn.is(Kind::Function)) label = fn.as<FunctionObject>()->code()->qualname->str();
    if (fn.is(Kind::Native)) label = fn.as<NativeFunction>()->name();
    auto run = [fn, args] { runCallback(fn, args, "callback"); };
    Loop& l = interp().loop();
    Ref<Handle> h = at      ? l.callAt(delay, run, label)
                    : first ? l.callLater(delay, run, label)
                            : l.callSoon(run, label);
    return Value(Ref<HandleObject>(new HandleObject(h)));
}

Value loopCallSoon(CallArgs& a) {
    a.allowKeywords({"context"});
    return schedule(a, 0, 0, false);
}

Value loopCallLater(CallArgs& a) {
    a.allowKeywords({"context"});
    if (a.npos < 2) typeError("call_later() missing required arguments");
    return schedule(a, 1, seconds(numberArg(a[0], "delay")), false);
}

Value loopCallAt(CallArgs& a) {
    a.allowKeywords({"context"});
    if (a.npos < 2) typeError("call_at() missing required arguments");
    double when = numberArg(a[0], "when") - loopTimeOffset();
    return schedule(a, 1, seconds(when), true);
}

Value loopCreateTask(CallArgs& a) {
    a.allowKeywords({"name", "context"});
    a.expect(1, 1);
    const Value* name = a.kw("name");
    return Value(createTask(self(a), a[0], name ? *name : Value()));
}

Value loopCreateFuture(CallArgs&) {
    return Value(Ref<FutureObject>(
        new FutureObject(interp().loop().createFuture<Value>(), FutureObject::Shape::Plain)));
}

Value loopRunInExecutor(CallArgs& a) {
    if (a.npos < 2) typeError("run_in_executor() missing required arguments");
    std::vector<Value> args(a.pos + 2, a.pos + a.npos);
    return runInExecutor(self(a), a[0], a[1], std::move(args), {}, {});
}

Value loopFalse(CallArgs&) {
    return False();
}

Value loopNone(CallArgs&) {
    return Value();
}

Value loopSetDefaultExecutor(CallArgs& a) {
    a.expect(1, 1);
    self(a).defaultExecutor =
        a[0].isNone() ? nullptr : Ref<ExecutorObject>(a[0].as<ExecutorObject>());
    return Value();
}

Value handleCancel(CallArgs& a) {
    a.self->as<HandleObject>()->handle->cancel();
    return Value();
}

Value handleCancelled(CallArgs& a) {
    return Value::boolean(a.self->as<HandleObject>()->handle->cancelled());
}

Value handleWhen(CallArgs& a) {
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
    addMethod(t, "call_soon_threadsafe", loopCallSoon);
    addMethod(t, "call_later", loopCallLater);
    addMethod(t, "call_at", loopCallAt);
    addMethod(t, "create_task", loopCreateTask);
    addMethod(t, "create_future", loopCreateFuture);
    addMethod(t, "run_in_executor", loopRunInExecutor);
    addMethod(t, "set_default_executor", loopSetDefaultExecutor);
    addMethod(t, "get_debug", loopFalse);
    addMethod(t, "set_debug", loopNone);
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
