// SPDX-License-Identifier: MIT
// threading (Thread, current_thread, Lock, Event) and multiprocessing
// (Process, cpu_count): simulated threads and processes of the machine.
#include "core/machine.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/blocking_timeout.h"
#include "script/interp/modules/executors.h"
#include "script/interp/modules/modules.h"
#include "script/interp/modules/threads.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"

namespace coroscope::interp {

TypeObject* threadType() {
    return types().moduleType("threading.Thread", "Thread");
}
TypeObject* processType() {
    return types().moduleType("multiprocessing.Process", "Process");
}

ThreadObject::ThreadObject(TypeObject* type, bool process)
    : GcObject(type, Kind::Other) {
    if (process) m_flags |= 1;
}

void ThreadObject::clearRefs() {
    target = Value();
    args.clear();
    kwValues.clear();
    joiners.clear();
    exitcode = Value();
}

namespace {

Coro<void> threadBody(Ref<ThreadObject> t) {
    Interp& in = interp();
    std::exception_ptr error;
    try {
        if (!t->target.isNone()) {
            CallArgs a;
            a.pos = t->args.data();
            a.npos = static_cast<std::uint32_t>(t->args.size());
            a.kwNames = t->kwNames.data();
            a.kwValues = t->kwValues.data();
            a.nkw = static_cast<std::uint32_t>(t->kwNames.size());
            Value r;
            Eval<Value> pending = resultOrPending(in.callStart(t->target, a, nullptr), r);
            if (pending.handle()) r = co_await std::move(pending);
        }
    } catch (...) {
        error = std::current_exception();
    }
    if (error && isAbort(error)) std::rethrow_exception(error);
    if (t->process()) t->exitcode = Value::integer(0);
    if (error) {
        Ref<ExceptionObject> e = toPython(error);
        if (e->cls()->isSubtypeOf(types().SystemExit)) {
            const auto& args = e->args()->items();
            Value code = args.empty() ? Value() : args[0];
            if (code.isIntLike()) {
                t->exitcode = Value::integer(code.asInt());
            } else if (!code.isNone()) {
                in.output().warn(str(code) + "\n");
                t->exitcode = Value::integer(1);
            }
        } else if (t->process()) {
            in.output().warn("Process " + t->name + ":\n" + in.formatTraceback(*e));
            t->exitcode = Value::integer(1);
        } else {
            in.output().warn("Exception in thread " + t->name + ":\n" + in.formatTraceback(*e));
        }
    }
    t->ended = true;
    t->joiners.wakeAll();
}

ThreadObject& self(CallArgs& a) {
    return *static_cast<ThreadObject*>(a.self->obj());
}

// Thread's and Process's parameters: group, target, name, args, kwargs, daemon.
void fillTarget(ThreadObject& t, const BoundArgs& b) {
    if (const Value* target = b[1]) t.target = *target;
    if (const Value* args = b[3]) t.args = toVector(*args);
    if (const Value* kwargs = b[4]; kwargs && kwargs->is(Kind::Dict)) {
        auto* d = kwargs->as<DictObject>();
        for (std::size_t i = d->nextLive(0); i < d->entries().size(); i = d->nextLive(i + 1)) {
            t.kwNames.push_back(intern(str(d->entries()[i].key)));
            t.kwValues.push_back(d->entries()[i].value);
        }
    }
    if (const Value* daemon = b[5]; daemon && !daemon->isNone()) t.daemon = truthy(*daemon);
}

std::string targetName(const Value& target) {
    Value name;
    if (target.isObject() && findAttr(target, intern("__name__"), name) && name.is(Kind::Str))
        return " (" + name.as<StrObject>()->str() + ")";
    return {};
}

Value newThread(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"Thread.__init__(self, group=None, target=None, name=None, args=(), "
                 "kwargs=None, *, daemon=None)">(a);
    if (b[0] && !b[0]->isNone()) valueError("group argument must be None for now");
    Ref<ThreadObject> t(new ThreadObject(threadType(), false));
    fillTarget(*t, b);
    if (const Value* name = b[2]; name && !name->isNone()) {
        t->name = str(*name);
    } else {
        // threading._newname, then the target's name, as CPython 3.10+ names threads.
        t->name =
            "Thread-" + std::to_string(++interp().state().threadCounter) + targetName(t->target);
    }
    return Value(t);
}

Value newProcess(CallArgs& a) {
    const BoundArgs b =
        bindArgs<"Process.__init__(self, group=None, target=None, name=None, args=(), "
                 "kwargs=None, *, daemon=None)">(a);
    Ref<ThreadObject> t(new ThreadObject(processType(), true));
    fillTarget(*t, b);
    std::uint64_t n = ++interp().state().processCounter;
    const Value* name = b[2];
    t->name = name && !name->isNone() ? str(*name) : "Process-" + std::to_string(n);
    return Value(t);
}

Value threadStart(CallArgs& a) {
    bindArgs<"Thread.start(self)">(a);
    self(a).start();
    return Value();
}

Eval<Value> threadJoin(CallArgs a) {
    const Value* v = bindArgs<"Thread.join(self, timeout=None)">(a)[0];
    Ref<ThreadObject> t(&self(a));
    std::optional<Duration> timeout;
    // Thread.join(timeout) acquires the thread's lock with max(timeout, 0).
    if (v && !v->isNone()) timeout = std::max<Duration>(blockingSeconds(*v, "timeout"), 0);
    Eval<Value> join = t->join(timeout);
    co_return co_await std::move(join);
}

Value threadIsAlive(CallArgs& a) {
    bindArgs<"Thread.is_alive(self)">(a);
    return Value::boolean(self(a).started && !self(a).ended);
}
Value threadName(CallArgs& a) {
    bindArgs<"name(self)">(a);
    return strValue(self(a).name);
}
Value threadSetName(CallArgs& a) {
    self(a).name = str(*bindArgs<"name(self, value)">(a)[0]);
    return Value();
}
Value threadDaemon(CallArgs& a) {
    bindArgs<"daemon(self)">(a);
    return Value::boolean(self(a).daemon);
}
Value threadSetDaemon(CallArgs& a) {
    const Value& daemonic = *bindArgs<"daemon(self, daemonic)">(a)[0];
    if (self(a).started) runtimeError("cannot set daemon status of active thread");
    self(a).daemon = truthy(daemonic);

    return Value();
}
Value threadIdent(CallArgs& a) {
    bindArgs<"ident(self)">(a);
    ThreadObject& t = self(a);
    if (!t.started) return Value();
    return Value::integer(139900000000000 +
                          static_cast<std::int64_t>(t.task ? t.task->id() : 0) * 4096);
}
Value processExitcode(CallArgs& a) {
    bindArgs<"exitcode(self)">(a);
    return self(a).exitcode;
}
Value processPid(CallArgs& a) {
    bindArgs<"pid(self)">(a);
    ThreadObject& t = self(a);
    return t.started && t.task ? Value::integer(40000 + t.task->id()) : Value();
}

Value currentThreadFn(CallArgs& a) {
    bindArgs<"current_thread()">(a);
    return currentThread();
}
Value mainThreadFn(CallArgs& a) {
    bindArgs<"main_thread()">(a);
    return Value(interp().state().mainThread);
}
Value activeCount(CallArgs& a) {
    bindArgs<"active_count()">(a);
    std::int64_t n = 1;
    for (auto& t : interp().state().threads)
        if (!t->process() && t->started && !t->ended) ++n;
    return Value::integer(n);
}
Value getIdent(CallArgs& a) {
    bindBuiltin<"get_ident()">(a);
    TaskBase* t = interp().loop().currentTask();
    return Value::integer(139900000000000 + static_cast<std::int64_t>(t ? t->id() : 0) * 4096);
}
Value cpuCount(CallArgs& a) {
    bindArgs<"cpu_count()">(a);
    return Value::integer(interp().loop().config().cores);
}

void addProperty(TypeObject* t, const char* name, NativePlain getter, NativePlain setter) {
    Ref<PropertyObject> p(new PropertyObject());
    p->getter = Value(Ref<NativeFunction>(new NativeFunction(name, getter, nullptr, Value(), t)));
    if (setter)
        p->setter =
            Value(Ref<NativeFunction>(new NativeFunction(name, setter, nullptr, Value(), t)));
    t->dict().setStr(name, Value(p));
}

} // namespace

void ThreadObject::start() {
    if (started)
        runtimeError(process() ? "cannot start a process twice"
                               : "threads can only be started once");
    Interp& in = interp();
    Machine& m = in.loop().machine();
    Ref<ThreadObject> self(this);
    // Started first: when the machine has no room (RuntimeError), the
    // object stays a thread that was never started. The body runs later.
    Task<void> t = process() ? m.startProcess(threadBody(self), name, in.currentLine())
                             : m.startThread(threadBody(self), name, 0, in.currentLine());
    started = true;
    in.state().threads.emplace_back(this);
    task = Ref<TaskBase>(t.get());
}

Eval<Value> ThreadObject::join(std::optional<Duration> timeout) {
    Ref<ThreadObject> keep(this);
    if (!started)
        runtimeError(process() ? "can only join a started process"
                               : "cannot join thread before it is started");
    TaskBase* me = interp().loop().currentTask();
    if (task && me == task.get()) runtimeError("cannot join current thread");
    Loop& loop = interp().loop();
    const Time deadline = timeout ? later(loop.time(), *timeout) : 0;
    while (!ended) {
        Duration left = -1;
        if (timeout) {
            left = deadline - loop.time();
            if (left <= 0) break;
        }
        // The hold names the thread joined, as its lane does.
        co_await ThreadWait{&joiners, left, WaitReason::Join,
                            task ? LoopAccess::text(loop, task->name()) : 0};
    }
    co_return Value();
}

Value currentThread() {
    Interp& in = interp();
    RuntimeState& st = in.state();
    TaskBase* me = in.loop().currentTask();
    if (!me || me->worker() == 0) return Value(st.mainThread);
    for (auto& t : st.threads)
        if (t->task.get() == me) return Value(t);
    // A pool's worker: a thread object named after it.
    Ref<ThreadObject> dummy(new ThreadObject(threadType(), false));
    dummy->name = in.loop().trace().workerName(me->worker());
    dummy->started = true;
    dummy->daemon = true;
    return Value(dummy);
}

namespace {

// What threading.Thread and multiprocessing.Process have alike.
void addWorkerMembers(TypeObject* type) {
    addMethod(type, "start", threadStart);
    addBlockingMethod(type, "join", threadJoin);
    addMethod(type, "is_alive", threadIsAlive);
    addProperty(type, "name", threadName, threadSetName);
    addProperty(type, "daemon", threadDaemon, threadSetDaemon);
}

} // namespace

Value makeThreadingModule() {
    TypeObject* t = threadType();
    addWorkerMembers(t);
    addProperty(t, "ident", threadIdent, nullptr);
    addProperty(t, "native_id", threadIdent, nullptr);
    t->dict().setStr("__new__", Value(newNative("__new__", newThread)));
    RuntimeState& st = interp().state();
    st.mainThread = Ref<ThreadObject>(new ThreadObject(t, false));
    st.mainThread->name = "MainThread";
    st.mainThread->started = true;
    st.mainThread->isMain = true;

    Ref<ModuleObject> m = newModule("threading", {{"current_thread", currentThreadFn, nullptr},
                                                  {"main_thread", mainThreadFn, nullptr},
                                                  {"active_count", activeCount, nullptr},
                                                  {"get_ident", getIdent, nullptr}});
    m->dict().setStr("Thread", Value(t));
    addThreadSync(m->dict());
    return Value(m);
}

Value makeMultiprocessingModule() {
    TypeObject* p = processType();
    addWorkerMembers(p);
    addProperty(p, "exitcode", processExitcode, nullptr);
    addProperty(p, "pid", processPid, nullptr);
    p->dict().setStr("__new__", Value(newNative("__new__", newProcess)));
    Ref<ModuleObject> m = newModule("multiprocessing", {{"cpu_count", cpuCount, nullptr}});
    m->dict().setStr("Process", Value(p));
    return Value(m);
}

Eval<Value> waitForThreadsAtExit(Interp& in) {
    RuntimeState& st = in.state();
    for (std::size_t i = 0; i < st.threads.size(); ++i) {
        Ref<ThreadObject> t = st.threads[i];
        if (t->daemon || !t->started || t->ended) continue;
        Eval<Value> join = t->join(std::nullopt);
        co_await std::move(join);
    }
    for (std::size_t i = 0; i < st.executors.size(); ++i) {
        Ref<ExecutorObject> e = st.executors[i];
        Eval<Value> done = e->shutdownAndWait();
        co_await std::move(done);
    }
    co_return Value();
}

} // namespace coroscope::interp
