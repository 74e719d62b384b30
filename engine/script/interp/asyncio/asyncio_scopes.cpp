// SPDX-License-Identifier: MIT
// asyncio.timeout / timeout_at and TaskGroup (core's scopes, which follow
// CPython 3.11's cancel / uncancel protocol), and run_coroutine_threadsafe.
#include "core/task_group.h"
#include "core/timeout.h"
#include "script/interp/asyncio/asyncio_module.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/executors.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

namespace {

class TimeoutObject final : public GcObject {
public:
    explicit TimeoutObject(Ref<Timeout> t)
        : GcObject(types().moduleType("asyncio.Timeout", "Timeout"), Kind::Other)
        , scope(std::move(t)) {}
    Ref<Timeout> scope;
};

class TaskGroupObject final : public GcObject {
public:
    TaskGroupObject()
        : GcObject(types().moduleType("asyncio.TaskGroup", "TaskGroup"), Kind::Other)
        , group(makeRef<TaskGroup>(interp().loop())) {}
    Ref<TaskGroup> group;
    bool entered = false;
    bool exited = false;
};

TimeoutObject& timeoutSelf(CallArgs& a) {
    return *static_cast<TimeoutObject*>(a.self->obj());
}
TaskGroupObject& groupSelf(CallArgs& a) {
    return *static_cast<TaskGroupObject*>(a.self->obj());
}

std::optional<Time> deadline(const Value& when) {
    if (when.isNone()) return std::nullopt;
    return seconds(numberArg(when, "when") - loopTimeOffset());
}

Value asyncioTimeout(CallArgs& a) {
    const Value& delay = *bindArgs<"timeout(delay)">(a)[0];
    runningLoop();
    Loop& l = interp().loop();
    std::optional<Time> when;
    if (!delay.isNone()) when = later(l.time(), seconds(numberArg(delay, "delay")));
    return Value(Ref<TimeoutObject>(new TimeoutObject(makeRef<Timeout>(l, when))));
}

Value asyncioTimeoutAt(CallArgs& a) {
    const Value& when = *bindArgs<"timeout_at(when)">(a)[0];
    runningLoop();
    return Value(
        Ref<TimeoutObject>(new TimeoutObject(makeRef<Timeout>(interp().loop(), deadline(when)))));
}

Value timeoutAenter(CallArgs& a) {
    bindArgs<"Timeout.__aenter__(self)">(a);
    timeoutSelf(a).scope->enter();
    return readyAwaitable(*a.self);
}

Value timeoutAexit(CallArgs& a) {
    const Value& excVal = *bindArgs<"Timeout.__aexit__(self, exc_type, exc_val, exc_tb)">(a)[1];
    Ref<Timeout> scope = timeoutSelf(a).scope;
    std::exception_ptr raised;
    if (excVal.is(Kind::Exception))
        raised = toCpp(Ref<ExceptionObject>(excVal.as<ExceptionObject>()));
    try {
        scope->exit(raised);
    } catch (const TimeoutError&) {
        // `raise TimeoutError from exc_val`, inside __aexit__.
        auto timeout = newException(types().TimeoutError);
        if (excVal.is(Kind::Exception)) {
            timeout->cause = excVal;
            timeout->context = excVal;
        }
        timeout->suppressContext = true;
        raise(timeout);
    }
    return readyAwaitable(Value());
}

Value timeoutExpired(CallArgs& a) {
    bindArgs<"Timeout.expired(self)">(a);
    return Value::boolean(timeoutSelf(a).scope->expired());
}

Value timeoutWhen(CallArgs& a) {
    bindArgs<"Timeout.when(self)">(a);
    auto when = timeoutSelf(a).scope->when();
    if (!when) return Value();
    return Value::real(loopTimeOffset() + toSeconds(*when));
}

Value timeoutReschedule(CallArgs& a) {
    timeoutSelf(a).scope->reschedule(deadline(*bindArgs<"Timeout.reschedule(self, when)">(a)[0]));
    return Value();
}

Value newTaskGroup(CallArgs& a) {
    bindArgs<"TaskGroup.__init__(self)">(a);
    return Value(Ref<TaskGroupObject>(new TaskGroupObject()));
}

Value groupAenter(CallArgs& a) {
    bindArgs<"TaskGroup.__aenter__(self)">(a);
    TaskGroupObject& g = groupSelf(a);
    g.group->enter();
    g.entered = true;
    return readyAwaitable(*a.self);
}

Eval<Value> groupExitBody(Ref<TaskGroupObject> g, std::exception_ptr raised) {
    interp().checkCanSuspend("leave a TaskGroup");
    std::exception_ptr error;
    try {
        co_await g->group->exit(raised);
    } catch (...) {
        error = std::current_exception();
    }
    g->exited = true;
    if (error) std::rethrow_exception(error);
    co_return Value();
}

Value groupAexit(CallArgs& a) {
    const Value& exc = *bindArgs<"TaskGroup.__aexit__(self, et, exc, tb)">(a)[1];
    std::exception_ptr raised;
    if (exc.is(Kind::Exception)) raised = toCpp(Ref<ExceptionObject>(exc.as<ExceptionObject>()));
    return coroutineOf(groupExitBody(Ref<TaskGroupObject>(&groupSelf(a)), raised), "__aexit__");
}

Value groupCreateTask(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"TaskGroup.create_task(self, coro, *, name=None, context=None)">(a);
    TaskGroupObject& g = groupSelf(a);
    if (!g.entered) runtimeError("TaskGroup " + repr(*a.self) + " has not been entered");
    if (g.exited) runtimeError("TaskGroup " + repr(*a.self) + " is finished");
    Ref<TaskObject> task = createTask(runningLoop(), *b[0], b.value(1));
    g.group->adopt(&task->task());
    return Value(task);
}

Value asyncioRunCoroutineThreadsafe(CallArgs& a) {
    const BoundArgs b = bindArgs<"run_coroutine_threadsafe(coro, loop)">(a);
    if (!b[0]->is(Kind::Coroutine)) typeError("A coroutine object is required");
    Ref<LoopObject> loop(b[1]->as<LoopObject>());
    Ref<ThreadFuture> future = newThreadFuture();
    Value coro = *b[0];

    // call_soon_threadsafe(callback): the task is made on the loop, a tick
    // later; its outcome is copied to the concurrent future when it ends.
    interp().loop().callSoon(
        [loop, coro, future] {
            try {
                Ref<TaskObject> task = createTask(*loop, coro, Value());
                task->task().addDoneCallback(makeDoneCallback([keep = task, future](FutureBase& f) {
                    if (f.cancelled())
                        future->cancel();
                    else if (std::exception_ptr e = f.exception())
                        future->setException(e);
                    else
                        future->setResult(keep->resultValue());
                }));
            } catch (const RunAborted&) {
                throw;
            } catch (...) {
                future->setException(std::current_exception());
            }
        },
        "run_coroutine_threadsafe");
    return Value(future);
}

} // namespace

void addAsyncioScopes(DictObject& d) {
    TypeObject* t = types().moduleType("asyncio.Timeout", "Timeout");
    addMethod(t, "__aenter__", timeoutAenter);
    addMethod(t, "__aexit__", timeoutAexit);
    addMethod(t, "expired", timeoutExpired);
    addMethod(t, "when", timeoutWhen);
    addMethod(t, "reschedule", timeoutReschedule);
    d.setStr("timeout", Value(newNative("timeout", asyncioTimeout)));
    d.setStr("timeout_at", Value(newNative("timeout_at", asyncioTimeoutAt)));
    d.setStr("Timeout", Value(t));

    TypeObject* g = types().moduleType("asyncio.TaskGroup", "TaskGroup");
    addMethod(g, "__aenter__", groupAenter);
    addMethod(g, "__aexit__", groupAexit);
    addMethod(g, "create_task", groupCreateTask);
    g->dict().setStr("__new__", Value(newNative("__new__", newTaskGroup)));
    d.setStr("TaskGroup", Value(g));
    d.setStr("run_coroutine_threadsafe",
             Value(newNative("run_coroutine_threadsafe", asyncioRunCoroutineThreadsafe)));
}

} // namespace coroscope::interp
