// SPDX-License-Identifier: MIT
// The event loop object: run_until_complete, run_forever, stop, close and
// asyncio.run's clean-up, with the main thread parked while the loop runs
// on its worker.
#include "core/gather.h"
#include "script/interp/asyncio/asyncio_objects.h"
#include "script/interp/modules/executors.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"

namespace coroscope::interp {

namespace {

TypeObject* loopType() {
    return types().moduleType("asyncio.Loop", "_UnixSelectorEventLoop");
}

// The main thread waits, without holding its worker, until the loop stops.
struct ParkMain {
    LoopObject* loop;
    bool await_ready() const noexcept { return loop->m_stopping; }
    template <class P>
    void await_suspend(std::coroutine_handle<P> h) {
        TaskBase* task = h.promise().m_task;
        loop->m_parked = task;
        loop->m_parkToken = interp().loop().createFuture();
        task->suspendParked(loop->m_parkToken.get(), h, loop->m_parkFor);
    }
    void await_resume() const noexcept {}
};

} // namespace

LoopObject::LoopObject()
    : GcObject(loopType(), Kind::Other)
    , m_id(interp().state().nextLoopId++) {}

void LoopObject::clearRefs() {
    defaultExecutor = nullptr;
    m_parkToken = nullptr;
}

void LoopObject::checkClosed() const {
    if (m_closed) runtimeError("Event loop is closed");
}

void LoopObject::stop() {
    m_stopping = true;
    wakeMain();
}

void LoopObject::wakeMain() {
    TaskBase* task = std::exchange(m_parked, nullptr);
    if (!task) return;
    // run_forever returns once stop() was called: the main thread goes on
    // at the next step. (core's park would wake it a tick later, through
    // the token's done callback; the token is dropped instead.)
    Loop& l = interp().loop();
    LoopAccess::emit(l, EventKind::Ready, task->id(), WaitReason::Task, 0, task->line(),
                     task->worker());
    LoopAccess::workerRunnable(l, task->worker(), task);
    m_parkToken = nullptr;
}

Eval<Value> LoopObject::park() {
    Interp& in = interp();
    TaskBase* me = in.loop().currentTask();
    if (!me || me->kind() == TaskKind::Task)
        runtimeError("Cannot run the event loop while another loop is running");
    if (me->worker() != 0)
        runtimeError("Coroscope runs event loops in the main thread only; call asyncio.run() "
                     "from the main thread");
    RuntimeState& st = in.state();
    if (st.runningLoop) runtimeError("Cannot run the event loop while another loop is running");
    m_running = true;
    st.runningLoop = this;
    Ref<LoopObject> keep(this);
    co_await ParkMain{this};
    m_running = false;
    m_stopping = false;
    st.runningLoop = nullptr;
    co_return Value();
}

Eval<Value> LoopObject::runForever() {
    checkClosed();
    if (m_running) runtimeError("This event loop is already running");
    Eval<Value> p = park();
    co_await std::move(p);
    co_return Value();
}

Eval<Value> LoopObject::runUntilComplete(Value awaitable) {
    checkClosed();
    if (m_running) runtimeError("This event loop is already running");
    if (interp().state().runningLoop)
        runtimeError("Cannot run the event loop while another loop is running");
    Value fut = ensureFuture(awaitable, *this);
    FutureBase* core = fut.as<FutureLike>()->coreFuture();
    Ref<LoopObject> self(this);
    auto stopper = makeDoneCallback([self](FutureBase&) { self->stop(); });
    core->addDoneCallback(stopper);
    std::exception_ptr error;
    m_parkFor = core->isTask() ? static_cast<TaskBase*>(core)->id() : 0;
    try {
        Eval<Value> p = park();
        co_await std::move(p);
    } catch (...) {
        error = std::current_exception();
    }
    m_parkFor = 0;
    core->removeDoneCallback(stopper.get());
    if (error) std::rethrow_exception(error);
    if (!core->done()) runtimeError("Event loop stopped before Future completed.");
    if (core->cancelled()) std::rethrow_exception(core->makeCancelledError());
    co_return fut.as<FutureLike>()->resultValue();
}

Eval<Value> LoopObject::cancelAllTasks() {
    // asyncio.runners._cancel_all_tasks: cancel every pending task of this
    // loop (CPython iterates a set; creation order here), wait for them all,
    // and report the ones that failed.
    Interp& in = interp();
    std::vector<Ref<FutureBase>> pending;
    std::vector<Value> objects;
    for (TaskBase* t : in.loop().allTasks()) {
        auto* st = static_cast<ScriptTask*>(t);
        if (st->loopId() != m_id) continue;
        pending.emplace_back(t);
        objects.push_back(taskObjectFor(t));
    }
    if (pending.empty()) co_return Value();
    for (auto& t : pending)
        t->cancel();
    Ref<FutureObject> all(
        new FutureObject(gather<void>(in.loop(), pending, true), FutureObject::Shape::Gather));
    all->children = objects;
    all->returnExceptions = true;
    Eval<Value> run = runUntilComplete(Value(all));
    co_await std::move(run);
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (pending[i]->cancelled()) continue;
        if (std::exception_ptr e = pending[i]->exception()) {
            Ref<ExceptionObject> exc = toPython(e);
            in.output().warn(
                "unhandled exception during asyncio.run() shutdown\ntask: <Task finished name='" +
                static_cast<TaskBase*>(pending[i].get())->name() +
                "' exception=" + exceptionRepr(*exc) + ">\n" + in.formatTraceback(*exc));
        }
    }
    co_return Value();
}

Eval<Value> LoopObject::shutdownDefaultExecutor() {
    if (!defaultExecutor) co_return Value();
    Ref<ExecutorObject> executor = defaultExecutor;
    Eval<Value> done = executor->shutdownAndWait();
    co_await std::move(done);
    co_return Value();
}

void LoopObject::close() {
    if (m_running) runtimeError("Cannot close a running event loop");
    if (m_closed) return;
    m_closed = true;
    if (defaultExecutor) defaultExecutor->shutdownNoWait();
    defaultExecutor = nullptr;
}

HandleObject::HandleObject(Ref<Handle> h)
    : GcObject(types().moduleType("asyncio.Handle", "TimerHandle"), Kind::Other)
    , handle(std::move(h)) {}

LoopObject* runningLoopOrNull() {
    Interp& in = interp();
    LoopObject* loop = in.state().runningLoop;
    if (!loop) return nullptr;
    TaskBase* t = in.loop().currentTask();
    // A thread never has the loop of the main thread as its running loop.
    if (t && t->kind() != TaskKind::Task) return nullptr;
    return loop;
}

LoopObject& runningLoop() {
    LoopObject* loop = runningLoopOrNull();
    if (!loop) runtimeError("no running event loop");
    return *loop;
}

Value taskObjectFor(TaskBase* task) {
    auto* st = static_cast<ScriptTask*>(task);
    if (TaskObject* w = st->wrapper()) return Value(w);
    return Value(Ref<TaskObject>(new TaskObject(Ref<ScriptTask>(st))));
}

Ref<TaskObject> createTask(LoopObject& loop, const Value& awaitable, const Value& name) {
    Interp& in = interp();
    RuntimeState& st = in.state();
    loop.checkClosed();
    if (++st.tasksCreated > in.options().maxTasks)
        in.abort("the script created more than " + std::to_string(in.options().maxTasks) +
                 " tasks (at line " + std::to_string(in.currentLine()) +
                 "); is a loop creating tasks without end?");
    std::string coroName = awaitable.is(Kind::Coroutine)
                               ? awaitable.as<CoroutineObject>()->qualname()->str()
                               : "sleep";
    const std::string arguments =
        awaitable.is(Kind::Coroutine) ? awaitable.as<CoroutineObject>()->argumentsText() : "";
    Eval<Value> body = awaitableBody(awaitable);
    Ref<ScriptTask> task(new ScriptTask(in.loop(), std::move(body), loop.id()));
    task->coroutineName = std::move(coroName);
    Ref<TaskObject> obj(new TaskObject(task));
    ++st.taskCounter;
    std::string taskName = name.isNone() ? "Task-" + std::to_string(st.taskCounter) : str(name);
    LoopAccess::registerTask(in.loop(), task.get(), taskName, in.currentLine());
    // For the views: lanes and labels name what the code runs, not only Task-N.
    if (awaitable.is(Kind::Coroutine)) {
        LoopAccess::trace(in.loop()).setTaskCoroutine(task->id(), task->coroutineName);
        LoopAccess::trace(in.loop()).setTaskArguments(task->id(), arguments);
    }
    return obj;
}

Value ensureFuture(const Value& v, LoopObject& loop) {
    if (v.is(Kind::Future)) return v;
    if (v.is(Kind::Coroutine) || v.is(Kind::Awaitable) || v.is(Kind::Anext))
        return Value(createTask(loop, v, Value()));
    typeError("An asyncio.Future, a coroutine or an awaitable is required");
}

void runCallback(const Value& fn, const std::vector<Value>& args, const char* context) {
    Interp& in = interp();
    try {
        CallArgs a;
        a.pos = args.data();
        a.npos = static_cast<std::uint32_t>(args.size());
        in.callSync(fn, a);
    } catch (const RunAborted&) {
        throw;
    } catch (const MemoryLimitExceeded&) {
        throw;
    } catch (...) {
        Ref<ExceptionObject> e = toPython(std::current_exception());
        in.output().warn(std::string("Exception in ") + context + " " + repr(fn) + "\n" +
                         in.formatTraceback(*e));
    }
}

double loopTimeOffset() {
    // CPython's loop.time() is time.monotonic(): seconds since boot. Any
    // start works for differences; this one reads like an uptime.
    return 12345.0;
}

Value loopTime() {
    return Value::real(loopTimeOffset() + toSeconds(interp().loop().time()));
}

} // namespace coroscope::interp
