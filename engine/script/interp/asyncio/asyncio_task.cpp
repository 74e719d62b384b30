// SPDX-License-Identifier: MIT
// asyncio.Future and asyncio.Task objects and their methods.
#include "core/outcome.h"
#include "script/interp/asyncio/asyncio_objects.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

TypeObject* futureType() {
    return types().moduleType("asyncio.Future", "Future", nullptr, Kind::Future);
}

TypeObject* taskType() {
    return types().moduleType("asyncio.Task", "Task", futureType(), Kind::Future);
}

void FutureBaseObject::addCallback(const Value& fn) {
    Value self(this);
    Value callback = fn;
    auto cb = makeDoneCallback(
        [self, callback](FutureBase&) { runCallback(callback, {self}, "done callback"); });
    m_callbacks.emplace_back(fn, cb);
    coreFuture()->addDoneCallback(cb);
}

std::size_t FutureBaseObject::removeCallback(const Value& fn) {
    std::size_t removed = 0;
    for (auto it = m_callbacks.begin(); it != m_callbacks.end();) {
        if (it->first.identical(fn) || equals(it->first, fn)) {
            removed += coreFuture()->removeDoneCallback(it->second.get());
            it = m_callbacks.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

void FutureBaseObject::clearRefs() {
    for (auto& [fn, cb] : m_callbacks)
        if (FutureBase* f = coreFuture()) f->removeDoneCallback(cb.get());
    m_callbacks.clear();
}

TaskObject::TaskObject(Ref<ScriptTask> task)
    : FutureBaseObject(taskType(), Kind::Future)
    , m_task(std::move(task)) {
    m_task->setWrapper(this);
}

TaskObject::~TaskObject() {
    if (m_task && m_task->wrapper() == this) m_task->setWrapper(nullptr);
}

FutureObject::FutureObject(Ref<FutureBase> future, Shape shape)
    : FutureBaseObject(futureType(), Kind::Future)
    , m_future(std::move(future))
    , m_shape(shape) {}

void FutureObject::clearRefs() {
    FutureBaseObject::clearRefs();
    children.clear();
    inner = Value();
}

Value valueOfChild(const Value& child) {
    return child.as<FutureLike>()->resultValue();
}

Value FutureObject::resultValue() {
    if (!m_future->done()) raiseNew(types().InvalidStateError, "Result is not set.");
    switch (m_shape) {
    case Shape::Plain: return plain().result();
    case Shape::Shield: m_future->rethrowIfFailed(); return valueOfChild(inner);
    case Shape::Gather: {
        m_future->rethrowIfFailed();
        auto& outcomes = static_cast<Future<std::vector<Outcome<void>>>&>(*m_future).result();
        std::vector<Value> values;
        values.reserve(children.size());
        for (std::size_t i = 0; i < children.size(); ++i) {
            if (i < outcomes.size() && outcomes[i].error)
                values.push_back(Value(toPython(outcomes[i].error)));
            else
                values.push_back(valueOfChild(children[i]));
        }
        return Value(newList(std::move(values)));
    }
    }
    return Value();
}

namespace {

FutureBaseObject& self(CallArgs& a) {
    if (!a.self->is(Kind::Future)) typeError("descriptor requires a Future object");
    return *static_cast<FutureBaseObject*>(a.self->as<FutureLike>());
}

TaskObject& selfTask(CallArgs& a) {
    if (!a.self->isObject() || !a.self->obj()->type()->isSubtypeOf(taskType()))
        typeError("descriptor requires a Task object");
    return *static_cast<TaskObject*>(a.self->as<FutureLike>());
}

Value futDone(CallArgs& a) {
    return Value::boolean(self(a).coreFuture()->done());
}

Value futCancelled(CallArgs& a) {
    return Value::boolean(self(a).coreFuture()->cancelled());
}

Value futResult(CallArgs& a) {
    FutureBase* f = self(a).coreFuture();
    if (f->cancelled()) std::rethrow_exception(f->makeCancelledError());
    return self(a).resultValue();
}

Value futException(CallArgs& a) {
    std::exception_ptr e = self(a).coreFuture()->exception();
    if (!e) return Value();
    return Value(toPython(e));
}

Value futCancel(CallArgs& a) {
    a.allowKeywords({"msg"});
    const Value* msg = a.get(0, "msg");
    std::string text;
    std::string_view view;
    if (msg && !msg->isNone()) {
        text = str(*msg);
        view = std::string_view(text.data(), text.size());
        if (view.data() == nullptr) view = std::string_view("", 0);
    }
    return Value::boolean(self(a).coreFuture()->cancel(view));
}

Value futAddDoneCallback(CallArgs& a) {
    a.allowKeywords({"context"});
    a.expect(1, 1);
    self(a).addCallback(a[0]);
    return Value();
}

Value futRemoveDoneCallback(CallArgs& a) {
    a.expect(1, 1);
    return Value::integer(static_cast<std::int64_t>(self(a).removeCallback(a[0])));
}

Value futSetResult(CallArgs& a) {
    a.expect(1, 1);
    auto* f = dynamic_cast<FutureObject*>(&self(a));
    if (!f || f->shape() != FutureObject::Shape::Plain) runtimeError("this future cannot be set");
    if (f->coreFuture()->done()) raiseNew(types().InvalidStateError, "invalid state");
    f->plain().setResult(a[0]);
    return Value();
}

Value futSetException(CallArgs& a) {
    a.expect(1, 1);
    auto* f = dynamic_cast<FutureObject*>(&self(a));
    if (!f || f->shape() != FutureObject::Shape::Plain) runtimeError("this future cannot be set");
    if (f->coreFuture()->done()) raiseNew(types().InvalidStateError, "invalid state");
    Value e = a[0];
    if (isExceptionClass(e)) e = interp().call(e);
    if (!e.is(Kind::Exception)) typeError("exception must be a BaseException");
    f->coreFuture()->setException(toCpp(Ref<ExceptionObject>(e.as<ExceptionObject>())));
    return Value();
}

Value futGetLoop(CallArgs&) {
    return Value(&runningLoop());
}

Value taskGetName(CallArgs& a) {
    return strValue(selfTask(a).task().name());
}

Value taskSetName(CallArgs& a) {
    a.expect(1, 1);
    selfTask(a).task().setName(str(a[0]));
    return Value();
}

Value taskCancelling(CallArgs& a) {
    return Value::integer(selfTask(a).task().cancelling());
}

Value taskUncancel(CallArgs& a) {
    return Value::integer(selfTask(a).task().uncancel());
}

Value taskGetCoro(CallArgs&) {
    return Value();
}

} // namespace

void initFutureTypes() {
    TypeObject* f = futureType();
    addMethod(f, "done", futDone);
    addMethod(f, "cancelled", futCancelled);
    addMethod(f, "result", futResult);
    addMethod(f, "exception", futException);
    addMethod(f, "cancel", futCancel);
    addMethod(f, "add_done_callback", futAddDoneCallback);
    addMethod(f, "remove_done_callback", futRemoveDoneCallback);
    addMethod(f, "set_result", futSetResult);
    addMethod(f, "set_exception", futSetException);
    addMethod(f, "get_loop", futGetLoop);
    TypeObject* t = taskType();
    addMethod(t, "get_name", taskGetName);
    addMethod(t, "set_name", taskSetName);
    addMethod(t, "cancelling", taskCancelling);
    addMethod(t, "uncancel", taskUncancel);
    addMethod(t, "get_coro", taskGetCoro);
}

} // namespace coroscope::interp
