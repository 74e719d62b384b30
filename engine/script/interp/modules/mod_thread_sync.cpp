// SPDX-License-Identifier: MIT
// Blocking synchronisation for threads: threading.Lock, RLock, Event and
// Semaphore, and the queue module's Queue. A waiting thread holds its
// worker (on the loop's worker that stalls the loop, as in CPython).
#include "script/interp/builtins/builtins.h"
#include "script/interp/modules/blocking_timeout.h"
#include "script/interp/modules/modules.h"
#include "script/interp/modules/thread_wait.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/runtime_state.h"

#include <deque>

namespace coroscope::interp {

namespace {

// A lock, an event or a semaphore: a counter and the threads waiting on it.
class ThreadSync final : public GcObject {
public:
    ThreadSync(TypeObject* type, std::int64_t initial)
        : GcObject(type, Kind::Other)
        , value(initial) {}
    std::int64_t value;        // Lock: 1 when free; Event: 1 when set; Semaphore: its count
    TaskBase* owner = nullptr; // RLock
    std::int64_t depth = 0;    // RLock
    ThreadWaiters waiters;
    void clearRefs() override { waiters.clear(); }
};

class ThreadQueue final : public GcObject {
public:
    ThreadQueue(TypeObject* type, std::int64_t limit)
        : GcObject(type, Kind::Other)
        , maxsize(limit) {}
    std::deque<Value> items;
    std::int64_t maxsize;
    std::int64_t unfinished = 0;
    ThreadWaiters notEmpty, notFull, allDone;
    bool full() const { return maxsize > 0 && static_cast<std::int64_t>(items.size()) >= maxsize; }
    void clearRefs() override {
        items.clear();
        notEmpty.clear();
        notFull.clear();
        allDone.clear();
    }
};

TypeObject* lockType() {
    return types().moduleType("threading.Lock", "lock");
}
TypeObject* rlockType() {
    return types().moduleType("threading.RLock", "RLock");
}
TypeObject* eventType() {
    return types().moduleType("threading.Event", "Event");
}
TypeObject* semaphoreType() {
    return types().moduleType("threading.Semaphore", "Semaphore");
}
TypeObject* queueType() {
    return types().moduleType("queue.Queue", "Queue");
}

ThreadSync& sync(CallArgs& a) {
    return *static_cast<ThreadSync*>(a.self->obj());
}
ThreadQueue& queue(CallArgs& a) {
    return *static_cast<ThreadQueue*>(a.self->obj());
}

// Queue.get and Queue.put: a negative timeout is refused before anything
// waits; a blocking call then waits as Condition.wait does.
std::optional<Duration> queueTimeout(const Value* v, const Value* block, bool mustWait) {
    if (block && !truthy(*block)) return 0;
    if (v && !v->isNone() && numberArg(*v, "timeout") < 0)
        valueError("'timeout' must be a non-negative number");
    if (!mustWait) return 0;
    return conditionTimeout(v);
}

// Waits until ready() or the deadline; false on timeout.
template <class Ready>
Eval<bool> waitUntil(ThreadWaiters& w, std::optional<Duration> timeout, Ready ready,
                     WaitReason reason) {
    Loop& loop = interp().loop();
    const Time deadline = timeout ? later(loop.time(), *timeout) : 0;
    while (!ready()) {
        Duration left = -1;
        if (timeout) {
            left = deadline - loop.time();
            if (left <= 0) co_return false;
        }
        co_await ThreadWait{&w, left, reason};
    }
    co_return true;
}

Value newLock(CallArgs& a) {
    bindBuiltin<"lock()">(a);
    return Value(Ref<ThreadSync>(new ThreadSync(lockType(), 1)));
}
Value newRLock(CallArgs& a) {
    bindBuiltin<"RLock()">(a);
    return Value(Ref<ThreadSync>(new ThreadSync(rlockType(), 1)));
}
Value newEvent(CallArgs& a) {
    bindArgs<"Event.__init__(self)">(a);
    return Value(Ref<ThreadSync>(new ThreadSync(eventType(), 0)));
}
Value newSemaphore(CallArgs& a) {
    const Value* v = bindArgs<"Semaphore.__init__(self, value=1)">(a)[0];
    std::int64_t n = v ? intArg(*v, "value") : 1;
    if (n < 0) valueError("semaphore initial value must be >= 0");
    return Value(Ref<ThreadSync>(new ThreadSync(semaphoreType(), n)));
}

Eval<Value> lockAcquire(CallArgs a) {
    const BoundArgs b = bindBuiltin<"acquire(blocking=True, timeout=-1)">(a);
    Ref<ThreadSync> s(&sync(a));
    TaskBase* me = interp().loop().currentTask();
    bool reentrant = s->type() == rlockType();
    if (reentrant && s->owner == me && s->value == 0) {
        ++s->depth;
        co_return True();
    }
    // As _thread.lock.acquire: the timeout is converted (and refused) first,
    // whether or not the lock is free; -1 waits for ever.
    const Value* blocking = b[0];
    const bool blocks = !blocking || truthy(*blocking);
    std::optional<Duration> timeout;
    if (b[1] && !(b[1]->isNumber() && b[1]->toDouble() == -1)) {
        if (!blocks) valueError("can't specify a timeout for a non-blocking call");
        timeout = blockingSeconds(*b[1], "timeout");
        if (*timeout < 0) valueError("timeout value must be positive");
    }
    if (!blocks) timeout = 0;
    Eval<bool> w = waitUntil(
        s->waiters, timeout, [s] { return s->value > 0; }, WaitReason::Lock);
    if (!co_await std::move(w)) co_return False();
    --s->value;
    if (reentrant) {
        s->owner = me;
        s->depth = 1;
    }
    co_return True();
}

Value release(ThreadSync& s) {
    bool reentrant = s.type() == rlockType();
    if (s.value > 0 && s.type() != semaphoreType())
        runtimeError(reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
    if (reentrant && --s.depth > 0) return Value();
    s.owner = nullptr;
    ++s.value;
    s.waiters.wakeAll();
    return Value();
}

Value lockRelease(CallArgs& a) {
    // Semaphore.release takes how many to release; one is all scripts use.
    if (sync(a).type() == semaphoreType())
        bindArgs<"Semaphore.release(self, n=1)">(a);
    else
        bindBuiltin<"release()">(a);
    return release(sync(a));
}

Value lockLocked(CallArgs& a) {
    bindBuiltin<"locked()">(a);
    return Value::boolean(sync(a).value == 0);
}

Eval<Value> lockEnter(CallArgs a) {
    bindBuiltin<"__enter__()">(a);
    Eval<Value> acquire = lockAcquire(a);
    co_await std::move(acquire);
    co_return True();
}

Value lockExit(CallArgs& a) {
    bindBuiltin<"__exit__(*args)">(a);
    release(sync(a));
    return False();
}

Value eventSet(CallArgs& a) {
    bindArgs<"Event.set(self)">(a);
    sync(a).value = 1;
    sync(a).waiters.wakeAll();
    return Value();
}
Value eventClear(CallArgs& a) {
    bindArgs<"Event.clear(self)">(a);
    sync(a).value = 0;
    return Value();
}
Value eventIsSet(CallArgs& a) {
    bindArgs<"Event.is_set(self)">(a);
    return Value::boolean(sync(a).value != 0);
}
Eval<Value> eventWait(CallArgs a) {
    const Value* timeout = bindArgs<"Event.wait(self, timeout=None)">(a)[0];
    Ref<ThreadSync> s(&sync(a));
    if (s->value != 0) co_return True();
    Eval<bool> w = waitUntil(
        s->waiters, conditionTimeout(timeout), [s] { return s->value != 0; }, WaitReason::Event);
    bool set = co_await std::move(w);
    co_return Value::boolean(set);
}

// ---- queue.Queue

Value newQueue(CallArgs& a) {
    const Value* m = bindArgs<"Queue.__init__(self, maxsize=0)">(a)[0];
    return Value(Ref<ThreadQueue>(new ThreadQueue(queueType(), m ? intArg(*m, "maxsize") : 0)));
}

Eval<Value> queuePut(CallArgs a) {
    const BoundArgs b = bindArgs<"Queue.put(self, item, block=True, timeout=None)">(a);
    Ref<ThreadQueue> q(&queue(a));
    Value v = *b[0];
    std::optional<Duration> timeout = queueTimeout(b[2], b[1], q->full());
    Eval<bool> w = waitUntil(
        q->notFull, timeout, [q] { return !q->full(); }, WaitReason::Queue);
    if (!co_await std::move(w)) raise(newException(types().ThreadQueueFull));
    q->items.push_back(std::move(v));
    ++q->unfinished;
    q->notEmpty.wakeOne();
    co_return Value();
}

Eval<Value> queueGet(CallArgs a) {
    const BoundArgs b = bindArgs<"Queue.get(self, block=True, timeout=None)">(a);
    Ref<ThreadQueue> q(&queue(a));
    std::optional<Duration> timeout = queueTimeout(b[1], b[0], q->items.empty());
    Eval<bool> w = waitUntil(
        q->notEmpty, timeout, [q] { return !q->items.empty(); }, WaitReason::Queue);
    if (!co_await std::move(w)) raise(newException(types().ThreadQueueEmpty));
    Value v = std::move(q->items.front());
    q->items.pop_front();
    q->notFull.wakeOne();
    co_return v;
}

Value queuePutNowait(CallArgs& a) {
    const Value& item = *bindArgs<"Queue.put_nowait(self, item)">(a)[0];
    ThreadQueue& q = queue(a);
    if (q.full()) raise(newException(types().ThreadQueueFull));
    q.items.push_back(item);

    ++q.unfinished;
    q.notEmpty.wakeOne();
    return Value();
}

Value queueGetNowait(CallArgs& a) {
    bindArgs<"Queue.get_nowait(self)">(a);
    ThreadQueue& q = queue(a);
    if (q.items.empty()) raise(newException(types().ThreadQueueEmpty));
    Value v = std::move(q.items.front());
    q.items.pop_front();
    q.notFull.wakeOne();
    return v;
}

Value queueTaskDone(CallArgs& a) {
    bindArgs<"Queue.task_done(self)">(a);
    ThreadQueue& q = queue(a);
    if (q.unfinished <= 0) valueError("task_done() called too many times");
    if (--q.unfinished == 0) q.allDone.wakeAll();
    return Value();
}

Eval<Value> queueJoin(CallArgs a) {
    bindArgs<"Queue.join(self)">(a);
    Ref<ThreadQueue> q(&queue(a));
    Eval<bool> w = waitUntil(
        q->allDone, std::nullopt, [q] { return q->unfinished == 0; }, WaitReason::Queue);
    co_await std::move(w);
    co_return Value();
}

Value queueQsize(CallArgs& a) {
    bindArgs<"Queue.qsize(self)">(a);
    return Value::integer(static_cast<std::int64_t>(queue(a).items.size()));
}
Value queueEmpty(CallArgs& a) {
    bindArgs<"Queue.empty(self)">(a);
    return Value::boolean(queue(a).items.empty());
}
Value queueFull(CallArgs& a) {
    bindArgs<"Queue.full(self)">(a);
    return Value::boolean(queue(a).full());
}

void setNew(TypeObject* t, NativePlain fn) {
    t->dict().setStr("__new__", Value(newNative("__new__", fn)));
}

} // namespace

void addThreadSync(DictObject& d) {
    for (TypeObject* t : {lockType(), rlockType(), semaphoreType()}) {
        addBlockingMethod(t, "acquire", lockAcquire);
        addMethod(t, "release", lockRelease);
        addMethod(t, "locked", lockLocked);
        addBlockingMethod(t, "__enter__", lockEnter);
        addMethod(t, "__exit__", lockExit);
    }
    setNew(lockType(), newLock);
    setNew(rlockType(), newRLock);
    setNew(semaphoreType(), newSemaphore);
    TypeObject* e = eventType();
    addMethod(e, "set", eventSet);
    addMethod(e, "clear", eventClear);
    addMethod(e, "is_set", eventIsSet);
    addBlockingMethod(e, "wait", eventWait);
    setNew(e, newEvent);
    d.setStr("Lock", Value(lockType()));
    d.setStr("RLock", Value(rlockType()));
    d.setStr("Semaphore", Value(semaphoreType()));
    d.setStr("BoundedSemaphore", Value(semaphoreType()));
    d.setStr("Event", Value(e));
}

Value makeQueueModule() {
    TypeObject* q = queueType();
    addBlockingMethod(q, "put", queuePut);
    addBlockingMethod(q, "get", queueGet);
    addBlockingMethod(q, "join", queueJoin);
    addMethod(q, "put_nowait", queuePutNowait);
    addMethod(q, "get_nowait", queueGetNowait);
    addMethod(q, "task_done", queueTaskDone);
    addMethod(q, "qsize", queueQsize);
    addMethod(q, "empty", queueEmpty);
    addMethod(q, "full", queueFull);
    setNew(q, newQueue);
    Ref<ModuleObject> m = newModule("queue", {});
    m->dict().setStr("Queue", Value(q));
    m->dict().setStr("Empty", Value(types().ThreadQueueEmpty));
    m->dict().setStr("Full", Value(types().ThreadQueueFull));
    return Value(m);
}

} // namespace coroscope::interp
