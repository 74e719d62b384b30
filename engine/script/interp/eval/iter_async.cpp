// SPDX-License-Identifier: MIT
// Iteration whose next item may need the task to suspend: a generator
// whose body blocks, an executor's results, a user iterator, and `async for`.
#include "script/interp/eval/awaiting.h"
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"

namespace coroscope::interp {

namespace {
bool isStop(const std::exception_ptr& e, TypeObject* stop) {
    if (!e || isAbort(e)) return false;
    return toPython(e)->cls()->isSubtypeOf(stop);
}
} // namespace

Eval<bool> Interp::nextAsync(Value& it, Value& out) {
    if (it.is(Kind::Generator)) {
        auto* gen = it.as<GeneratorObject>();
        Value send;
        std::exception_ptr none;
        if (!gen->checkResume(send, none)) co_return false;
        co_return co_await GeneratorResume{gen, &send, nullptr, &out};
    }
    if (it.is(Kind::Iterator)) {
        Eval<bool> next = it.as<IteratorObject>()->nextBlocking(out);
        co_return co_await std::move(next);
    }
    Value* fn = it.isObject() ? it.obj()->type()->lookup("__next__") : nullptr;
    if (!fn) typeError("'" + typeName(it) + "' object is not an iterator");
    Value callee = *fn;
    CallArgs args;
    args.self = &it;
    std::exception_ptr error;
    try {
        Eval<Value> pending = resultOrPending(callStart(callee, args, nullptr), out);
        if (pending.handle()) out = co_await std::move(pending);
    } catch (...) {
        error = std::current_exception();
    }
    if (error) {
        if (isStop(error, types().StopIteration)) co_return false;
        std::rethrow_exception(error);
    }
    co_return true;
}

Value Interp::asyncIter(const Value& v) {
    if (v.is(Kind::AsyncGenerator)) return v;
    if (v.isObject())
        if (Value* fn = v.obj()->type()->lookup("__aiter__")) return call(*fn, {v});
    typeError("'async for' requires an object with __aiter__ method, got " + typeName(v));
}

Eval<bool> Interp::anextAsync(Value& aiter, Value& out) {
    if (aiter.is(Kind::AsyncGenerator)) {
        auto* gen = aiter.as<GeneratorObject>();
        Value send;
        std::exception_ptr none;
        if (!gen->checkResume(send, none)) co_return false;
        co_return co_await GeneratorResume{gen, &send, nullptr, &out};
    }
    Value* fn = aiter.isObject() ? aiter.obj()->type()->lookup("__anext__") : nullptr;
    if (!fn)
        typeError("'async for' received an object from __aiter__ that does not implement "
                  "__anext__: " +
                  typeName(aiter));
    Value callee = *fn;
    std::exception_ptr error;
    try {
        CallArgs args;
        args.self = &aiter;
        Value awaitable;
        Eval<Value> pending = resultOrPending(callStart(callee, args, nullptr), awaitable);
        if (pending.handle()) awaitable = co_await std::move(pending);
        out = co_await AwaitValue{&awaitable};
    } catch (...) {
        error = std::current_exception();
    }
    if (error) {
        if (isStop(error, types().StopAsyncIteration)) co_return false;
        std::rethrow_exception(error);
    }
    co_return true;
}

} // namespace coroscope::interp
