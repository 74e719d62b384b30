// SPDX-License-Identifier: MIT
// asyncio's Lock, Event, Condition, Semaphore, BoundedSemaphore and Queue,
// wrapping core's (which wake waiters first come, first served, as asyncio).
#include "core/locks.h"
#include "core/queue.h"
#include "script/interp/asyncio/asyncio_module.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

namespace {

template <class Core>
class SyncObject final : public GcObject {
public:
    SyncObject(TypeObject* type, Ref<Core> of)
        : GcObject(type, Kind::Other)
        , core(std::move(of)) {}
    Ref<Core> core;
};

using LockObject = SyncObject<Lock>;
using EventObject = SyncObject<Event>;
using ConditionObject = SyncObject<Condition>;
using SemaphoreObject = SyncObject<Semaphore>;
using QueueObject = SyncObject<Queue<Value>>;

TypeObject* lockType() {
    return types().moduleType("asyncio.Lock", "Lock");
}
TypeObject* eventType() {
    return types().moduleType("asyncio.Event", "Event");
}
TypeObject* conditionType() {
    return types().moduleType("asyncio.Condition", "Condition");
}
TypeObject* semaphoreType() {
    return types().moduleType("asyncio.Semaphore", "Semaphore");
}
TypeObject* boundedType() {
    return types().moduleType("asyncio.BoundedSemaphore", "BoundedSemaphore", semaphoreType());
}
TypeObject* queueType() {
    return types().moduleType("asyncio.Queue", "Queue");
}

bool isNameChar(char c, bool first) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (!first && c >= '0' && c <= '9');
}

// The name the script gives a primitive: the target of the assignment on the
// line that makes it (`queue = asyncio.Queue()`, `self.lock = ...`), so the
// views say what the code says; otherwise the trace numbers it (Queue-1).
void nameAfterAssignment(ResourceId id) {
    Interp& in = interp();
    const std::string_view text = in.source().lineText(static_cast<int>(in.currentLine()));
    std::size_t i = text.find_first_not_of(" \t");
    std::string_view name;
    while (i < text.size() && isNameChar(text[i], true)) {
        const std::size_t start = i;
        while (i < text.size() && isNameChar(text[i], false))
            ++i;
        name = text.substr(start, i - start);
        if (i < text.size() && text[i] == '.')
            ++i;
        else
            break;
    }
    while (i < text.size() && text[i] == ' ')
        ++i;
    const bool assigns = i + 1 < text.size() && text[i] == '=' && text[i + 1] != '=';
    if (assigns && !name.empty()) in.loop().nameResource(id, name);
}

template <class Core>
Value made(TypeObject* type, Ref<Core> core) {
    nameAfterAssignment(core->resourceId());
    return Value(Ref<SyncObject<Core>>(new SyncObject<Core>(type, std::move(core))));
}

template <class T>
T& self(CallArgs& a) {
    return *static_cast<T*>(a.self->obj());
}

// ---- Lock
Value newLock(CallArgs& a) {
    bindArgs<"Lock.__init__(self)">(a);
    return made(lockType(), makeRef<Lock>(interp().loop()));
}

Eval<Value> acquireLock(Ref<Lock> lock) {
    interp().checkCanSuspend("acquire a lock");
    co_await lock->acquire();
    co_return True();
}

Eval<Value> acquireLockNone(Ref<Lock> lock) {
    interp().checkCanSuspend("acquire a lock");
    co_await lock->acquire();
    co_return Value();
}

Value lockAcquire(CallArgs& a) {
    bindArgs<"Lock.acquire(self)">(a);
    return coroutineOf(acquireLock(self<LockObject>(a).core), "acquire");
}
Value lockAenter(CallArgs& a) {
    bindArgs<"Lock.__aenter__(self)">(a);
    return coroutineOf(acquireLockNone(self<LockObject>(a).core), "__aenter__");
}
Value lockRelease(CallArgs& a) {
    bindArgs<"Lock.release(self)">(a);
    self<LockObject>(a).core->release();
    return Value();
}
Value lockAexit(CallArgs& a) {
    bindArgs<"Lock.__aexit__(self, exc_type, exc, tb)">(a);
    self<LockObject>(a).core->release();
    return readyAwaitable(Value());
}
Value lockLocked(CallArgs& a) {
    bindArgs<"Lock.locked(self)">(a);
    return Value::boolean(self<LockObject>(a).core->locked());
}

// ---- Event
Value newEvent(CallArgs& a) {
    bindArgs<"Event.__init__(self)">(a);
    return Value(Ref<EventObject>(new EventObject(eventType(), makeRef<Event>(interp().loop()))));
}

Eval<Value> waitEvent(Ref<Event> event) {
    interp().checkCanSuspend("wait for an event");
    co_await event->wait();
    co_return True();
}

Value eventWait(CallArgs& a) {
    bindArgs<"Event.wait(self)">(a);
    return coroutineOf(waitEvent(self<EventObject>(a).core), "wait");
}
Value eventSet(CallArgs& a) {
    bindArgs<"Event.set(self)">(a);
    self<EventObject>(a).core->set();
    return Value();
}
Value eventClear(CallArgs& a) {
    bindArgs<"Event.clear(self)">(a);
    self<EventObject>(a).core->clear();
    return Value();
}
Value eventIsSet(CallArgs& a) {
    bindArgs<"Event.is_set(self)">(a);
    return Value::boolean(self<EventObject>(a).core->isSet());
}

// ---- Condition
Value newCondition(CallArgs& a) {
    const Value* lock = bindArgs<"Condition.__init__(self, lock=None)">(a)[0];
    Ref<Lock> core;
    if (lock && !lock->isNone()) {
        if (!lock->isObject() || lock->obj()->type() != lockType())
            typeError("lock must be an asyncio.Lock");
        core = static_cast<LockObject*>(lock->obj())->core;
    }
    return Value(Ref<ConditionObject>(
        new ConditionObject(conditionType(), makeRef<Condition>(interp().loop(), core))));
}

Eval<Value> acquireCondition(Ref<Condition> c, Value result) {
    interp().checkCanSuspend("acquire a lock");
    co_await c->acquire();
    co_return result;
}

Eval<Value> waitCondition(Ref<Condition> c) {
    interp().checkCanSuspend("wait on a condition");
    co_await c->wait();
    co_return True();
}

Eval<Value> waitForCondition(Ref<Condition> c, Value predicate) {
    Interp& in = interp();
    // Condition.wait_for: test, wait, test again.
    for (;;) {
        Value result;
        {
            CallArgs args;
            Eval<Value> pending = resultOrPending(in.callStart(predicate, args, nullptr), result);
            if (pending.handle()) result = co_await std::move(pending);
        }
        if (truthy(result)) co_return result;
        in.checkCanSuspend("wait on a condition");
        co_await c->wait();
    }
}

Value condAcquire(CallArgs& a) {
    bindArgs<"Condition.acquire(self)">(a);
    return coroutineOf(acquireCondition(self<ConditionObject>(a).core, True()), "acquire");
}
Value condAenter(CallArgs& a) {
    bindArgs<"Condition.__aenter__(self)">(a);
    return coroutineOf(acquireCondition(self<ConditionObject>(a).core, Value()), "__aenter__");
}
Value condRelease(CallArgs& a) {
    bindArgs<"Condition.release(self)">(a);
    self<ConditionObject>(a).core->release();
    return Value();
}
Value condAexit(CallArgs& a) {
    bindArgs<"Condition.__aexit__(self, exc_type, exc, tb)">(a);
    self<ConditionObject>(a).core->release();
    return readyAwaitable(Value());
}
Value condLocked(CallArgs& a) {
    bindArgs<"Condition.locked(self)">(a);
    return Value::boolean(self<ConditionObject>(a).core->locked());
}
Value condWait(CallArgs& a) {
    bindArgs<"Condition.wait(self)">(a);
    return coroutineOf(waitCondition(self<ConditionObject>(a).core), "wait");
}
Value condWaitFor(CallArgs& a) {
    const Value& predicate = *bindArgs<"Condition.wait_for(self, predicate)">(a)[0];
    return coroutineOf(waitForCondition(self<ConditionObject>(a).core, predicate), "wait_for");
}
Value condNotify(CallArgs& a) {
    const Value* n = bindArgs<"Condition.notify(self, n=1)">(a)[0];
    self<ConditionObject>(a).core->notify(n ? static_cast<std::size_t>(intArg(*n, "n")) : 1);
    return Value();
}
Value condNotifyAll(CallArgs& a) {
    bindArgs<"Condition.notify_all(self)">(a);
    self<ConditionObject>(a).core->notifyAll();
    return Value();
}

// ---- Semaphore and BoundedSemaphore
Value makeSemaphore(const Value* v, bool bounded) {
    std::int64_t value = v ? intArg(*v, "value") : 1;
    if (value < 0) valueError("Semaphore initial value must be >= 0");
    return made(bounded ? boundedType() : semaphoreType(),
                makeRef<Semaphore>(interp().loop(), static_cast<int>(value), bounded));
}
Value newSemaphore(CallArgs& a) {
    return makeSemaphore(bindArgs<"Semaphore.__init__(self, value=1)">(a)[0], false);
}
Value newBoundedSemaphore(CallArgs& a) {
    return makeSemaphore(bindArgs<"BoundedSemaphore.__init__(self, value=1)">(a)[0], true);
}

Eval<Value> acquireSemaphore(Ref<Semaphore> s, Value result) {
    interp().checkCanSuspend("acquire a semaphore");
    co_await s->acquire();
    co_return result;
}

Value semAcquire(CallArgs& a) {
    bindArgs<"Semaphore.acquire(self)">(a);
    return coroutineOf(acquireSemaphore(self<SemaphoreObject>(a).core, True()), "acquire");
}
Value semAenter(CallArgs& a) {
    bindArgs<"Semaphore.__aenter__(self)">(a);
    return coroutineOf(acquireSemaphore(self<SemaphoreObject>(a).core, Value()), "__aenter__");
}
Value semRelease(CallArgs& a) {
    bindArgs<"Semaphore.release(self)">(a);
    self<SemaphoreObject>(a).core->release();
    return Value();
}
Value semAexit(CallArgs& a) {
    bindArgs<"Semaphore.__aexit__(self, exc_type, exc, tb)">(a);
    self<SemaphoreObject>(a).core->release();
    return readyAwaitable(Value());
}
Value semLocked(CallArgs& a) {
    bindArgs<"Semaphore.locked(self)">(a);
    return Value::boolean(self<SemaphoreObject>(a).core->locked());
}
Value semValue(CallArgs& a) {
    bindArgs<"_value(self)">(a);
    return Value::integer(self<SemaphoreObject>(a).core->value());
}

// ---- Queue
Value newQueue(CallArgs& a) {
    const Value* m = bindArgs<"Queue.__init__(self, maxsize=0)">(a)[0];
    std::int64_t maxsize = m ? intArg(*m, "maxsize") : 0;
    return made(queueType(),
                makeRef<Queue<Value>>(interp().loop(),
                                      static_cast<std::size_t>(maxsize < 0 ? 0 : maxsize)));
}

Eval<Value> queuePutBody(Ref<Queue<Value>> q, Value item) {
    interp().checkCanSuspend("put on a queue");
    co_await q->put(std::move(item));
    co_return Value();
}

Eval<Value> queueGetBody(Ref<Queue<Value>> q) {
    interp().checkCanSuspend("get from a queue");
    Value v = co_await q->get();
    co_return v;
}

Eval<Value> queueJoinBody(Ref<Queue<Value>> q) {
    interp().checkCanSuspend("join a queue");
    co_await q->join();
    co_return Value();
}

Value queuePut(CallArgs& a) {
    const Value& item = *bindArgs<"Queue.put(self, item)">(a)[0];
    return coroutineOf(queuePutBody(self<QueueObject>(a).core, item), "put");
}
Value queueGet(CallArgs& a) {
    bindArgs<"Queue.get(self)">(a);
    return coroutineOf(queueGetBody(self<QueueObject>(a).core), "get");
}
Value queueJoin(CallArgs& a) {
    bindArgs<"Queue.join(self)">(a);
    return coroutineOf(queueJoinBody(self<QueueObject>(a).core), "join");
}
Value queuePutNowait(CallArgs& a) {
    self<QueueObject>(a).core->putNowait(*bindArgs<"Queue.put_nowait(self, item)">(a)[0]);

    return Value();
}
Value queueGetNowait(CallArgs& a) {
    bindArgs<"Queue.get_nowait(self)">(a);
    return self<QueueObject>(a).core->getNowait();
}
Value queueTaskDone(CallArgs& a) {
    bindArgs<"Queue.task_done(self)">(a);
    self<QueueObject>(a).core->taskDone();
    return Value();
}
Value queueQsize(CallArgs& a) {
    bindArgs<"Queue.qsize(self)">(a);
    return Value::integer(static_cast<std::int64_t>(self<QueueObject>(a).core->qsize()));
}
Value queueEmpty(CallArgs& a) {
    bindArgs<"Queue.empty(self)">(a);
    return Value::boolean(self<QueueObject>(a).core->empty());
}
Value queueFull(CallArgs& a) {
    bindArgs<"Queue.full(self)">(a);
    return Value::boolean(self<QueueObject>(a).core->full());
}
Value queueMaxsize(CallArgs& a) {
    bindArgs<"maxsize(self)">(a);
    return Value::integer(static_cast<std::int64_t>(self<QueueObject>(a).core->maxsize()));
}

void addProperty(TypeObject* t, const char* name, NativePlain getter) {
    Ref<PropertyObject> p(new PropertyObject());
    p->getter = Value(Ref<NativeFunction>(new NativeFunction(name, getter, nullptr, Value(), t)));
    t->dict().setStr(name, Value(p));
}

void setConstructor(DictObject& d, TypeObject* t, NativePlain ctor) {
    t->dict().setStr("__new__", Value(newNative("__new__", ctor)));
    d.setStr(t->name(), Value(t));
}

} // namespace

void addAsyncioSync(DictObject& d) {
    TypeObject* lock = lockType();
    addMethod(lock, "acquire", lockAcquire);
    addMethod(lock, "release", lockRelease);
    addMethod(lock, "locked", lockLocked);
    addMethod(lock, "__aenter__", lockAenter);
    addMethod(lock, "__aexit__", lockAexit);
    setConstructor(d, lock, newLock);

    TypeObject* event = eventType();
    addMethod(event, "wait", eventWait);
    addMethod(event, "set", eventSet);
    addMethod(event, "clear", eventClear);
    addMethod(event, "is_set", eventIsSet);
    setConstructor(d, event, newEvent);

    TypeObject* cond = conditionType();
    addMethod(cond, "acquire", condAcquire);
    addMethod(cond, "release", condRelease);
    addMethod(cond, "locked", condLocked);
    addMethod(cond, "wait", condWait);
    addMethod(cond, "wait_for", condWaitFor);
    addMethod(cond, "notify", condNotify);
    addMethod(cond, "notify_all", condNotifyAll);
    addMethod(cond, "__aenter__", condAenter);
    addMethod(cond, "__aexit__", condAexit);
    setConstructor(d, cond, newCondition);

    TypeObject* sem = semaphoreType();
    addMethod(sem, "acquire", semAcquire);
    addMethod(sem, "release", semRelease);
    addMethod(sem, "locked", semLocked);
    addMethod(sem, "__aenter__", semAenter);
    addMethod(sem, "__aexit__", semAexit);
    addProperty(sem, "_value", semValue);
    setConstructor(d, sem, newSemaphore);
    setConstructor(d, boundedType(), newBoundedSemaphore);

    TypeObject* queue = queueType();
    addMethod(queue, "put", queuePut);
    addMethod(queue, "get", queueGet);
    addMethod(queue, "join", queueJoin);
    addMethod(queue, "put_nowait", queuePutNowait);
    addMethod(queue, "get_nowait", queueGetNowait);
    addMethod(queue, "task_done", queueTaskDone);
    addMethod(queue, "qsize", queueQsize);
    addMethod(queue, "empty", queueEmpty);
    addMethod(queue, "full", queueFull);
    addProperty(queue, "maxsize", queueMaxsize);
    setConstructor(d, queue, newQueue);
}

} // namespace coroscope::interp
