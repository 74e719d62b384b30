// SPDX-License-Identifier: MIT
#include "script/interp/eval/awaiting.h"

#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

namespace {
// Each Python-level await is two or three evaluator frames deep.
constexpr std::uint32_t kMaxAwaitDepth = 3000;
} // namespace

SleepObject::SleepObject(Duration d, Value r, WaitReason why, std::string l)
    : GcObject(types().coroutine, Kind::Awaitable)
    , duration(d)
    , result(std::move(r))
    , reason(why)
    , label(std::move(l)) {}

SleepObject::~SleepObject() {
    if (awaited) return;
    Interp* i = Interp::currentOrNull();
    if (!i || i->tearingDown()) return;
    std::string message = std::string("coroutine '") + name + "' was never awaited";
    if (i->output().runtimeWarning(message, i->currentLine()))
        i->loop().diagnostic(message, 0, i->currentLine());
}

bool isAwaitable(const Value& v) {
    return v.is(Kind::Coroutine) || v.is(Kind::Awaitable) || v.is(Kind::Future) ||
           v.is(Kind::Anext);
}

std::exception_ptr anextThrowIn(const AnextAwaitable& a) {
    if (a.op == AnextAwaitable::Op::Close) return toCpp(newException(types().GeneratorExit));
    if (a.op != AnextAwaitable::Op::Throw) return nullptr;
    if (a.arg.is(Kind::Exception)) return toCpp(Ref<ExceptionObject>(a.arg.as<ExceptionObject>()));
    if (isExceptionClass(a.arg)) return toCpp(newException(a.arg.as<TypeObject>()));
    return toCpp(newException(
        types().TypeError, "exceptions must be classes or instances deriving from BaseException"));
}

bool AwaitValue::await_ready() {
    if (v->is(Kind::Coroutine)) {
        mode = kCoroutine;
        return false;
    }
    if (v->is(Kind::Awaitable)) {
        mode = kSleep;
        auto* s = v->as<SleepObject>();
        if (s->awaited) runtimeError("cannot reuse already awaited coroutine");
        s->awaited = true;
        return false;
    }
    if (v->is(Kind::Future)) {
        mode = kFuture;
        return v->as<FutureLike>()->coreFuture()->done();
    }
    if (v->is(Kind::Anext)) {
        auto* a = v->as<AnextAwaitable>();
        if (a->used) runtimeError("cannot reuse already awaited __anext__()/asend()");
        a->used = true;
        mode = kAnext;
        std::exception_ptr throwIn = anextThrowIn(*a);
        Value send = a->op == AnextAwaitable::Op::Send ? a->arg : Value();
        if (!a->gen->checkResume(send, throwIn)) {
            mode = kDone;
            return true;
        }
        return false;
    }
    typeError("object " + typeName(*v) + " can't be used in 'await' expression");
}

std::coroutine_handle<> AwaitValue::suspend(std::coroutine_handle<> h, TaskBase* t,
                                            EvalPromiseBase* parent) {
    task = t;
    if (mode == kCoroutine) {
        // The body runs in this task, as `await f()` does: no new task.
        // A Python-level await: as deep chains of calls do in CPython, a
        // chain of awaits without end is a RecursionError.
        const std::uint32_t depth = parent ? parent->m_depth + 1 : 1;
        if (depth > kMaxAwaitDepth)
            raiseNew(types().RecursionError, "maximum recursion depth exceeded");
        auto child = v->as<CoroutineObject>()->startAwait();
        if (t) t->enterAwait();
        auto& p = child.promise();
        p.m_continuation = h;
        p.m_parent = parent;
        p.m_task = t;
        p.m_depth = depth;
        return child;
    }
    if (mode == kAnext) {
        // Resume the generator; it comes back here when it yields or ends.
        auto* a = v->as<AnextAwaitable>();
        Value send = a->op == AnextAwaitable::Op::Send ? a->arg : Value();
        return a->gen->prepareResume(h, t, std::move(send), anextThrowIn(*a));
    }
    interp().checkCanSuspend("await");
    if (mode == kSleep) {
        auto* s = v->as<SleepObject>();
        if (s->duration <= 0)
            t->suspendYield(h);
        else
            t->suspendSleep(h, s->duration, s->reason, LoopAccess::text(t->loop(), s->label));
        return std::noop_coroutine();
    }
    auto* f = v->as<FutureLike>();
    t->suspendOn(f->coreFuture(), h, f->waitReason(), f->waitOther());
    return std::noop_coroutine();
}

Value AwaitValue::await_resume() {
    switch (mode) {
    case kCoroutine:
        if (task) task->leaveAwait();
        return v->as<CoroutineObject>()->finishAwait();
    case kSleep:
        if (task) task->rethrowInjected();
        return v->as<SleepObject>()->result;
    case kFuture:
        if (task) task->rethrowInjected();
        return v->as<FutureLike>()->resultValue();
    case kDone: {
        auto* a = v->as<AnextAwaitable>();
        if (a->op == AnextAwaitable::Op::Close) return Value();
        raise(newException(types().StopAsyncIteration));
    }
    default: break;
    }
    auto* a = v->as<AnextAwaitable>();
    Value out;
    bool yielded = false;
    try {
        yielded = a->gen->finishResume(out);
    } catch (const CarriesPyException& c) {
        if (a->op == AnextAwaitable::Op::Close &&
            (c.exception->cls()->isSubtypeOf(types().GeneratorExit) ||
             c.exception->cls()->isSubtypeOf(types().StopAsyncIteration)))
            return Value();
        throw;
    }
    if (a->op == AnextAwaitable::Op::Close) {
        if (yielded) runtimeError("async generator ignored GeneratorExit");
        return Value();
    }
    if (!yielded) raise(newException(types().StopAsyncIteration));
    return out;
}

namespace {
Eval<Value> awaitOnce(Value awaitable) {
    co_return co_await AwaitValue{&awaitable};
}
} // namespace

Eval<Value> awaitableBody(Value awaitable) {
    if (awaitable.is(Kind::Coroutine)) return awaitable.as<CoroutineObject>()->takeForTask();
    if (!isAwaitable(awaitable)) typeError("a coroutine was expected, got " + repr(awaitable));
    return awaitOnce(std::move(awaitable));
}

} // namespace coroscope::interp
