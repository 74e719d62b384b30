// SPDX-License-Identifier: MIT
// asyncio.Future and asyncio.Task objects and their methods.
#include "core/outcome.h"
#include "script/interp/asyncio/asyncio_objects.h"
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/recursion.h"

namespace coroscope::interp {

TypeObject* futureType() {
    return types().moduleType("asyncio.Future", "Future", nullptr, Kind::Future);
}

TypeObject* taskType() {
    return types().moduleType("asyncio.Task", "Task", futureType(), Kind::Future);
}

void FutureBaseObject::addCallback(const Value& fn) {
    Value self(this);
    auto cb = makeDoneCallback(
        [self, callback = fn](FutureBase&) { runCallback(callback, {self}, "done callback"); });
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

std::uint32_t FutureObject::waitOther() const {
    if (m_shape != Shape::Gather) return 0;
    // Names, not words: the views word it in the learner's language.
    constexpr std::size_t kNamed = 3;
    std::string label;
    for (std::size_t i = 0; i < children.size() && i < kNamed; ++i) {
        if (i) label += ", ";
        FutureBase* core = children[i].as<FutureLike>()->coreFuture();
        label += core->isTask() ? static_cast<TaskBase*>(core)->name() : "Future";
    }
    if (children.size() > kNamed) label += ", … (" + std::to_string(children.size()) + ")";
    return LoopAccess::text(interp().loop(), label);
}

void FutureObject::clearRefs() {
    FutureBaseObject::clearRefs();
    children.clear();
    inner = Value();
}

Value valueOfChild(const Value& child) {
    return child.as<FutureLike>()->resultValue();
}

namespace {

// A gather's list of its children's results. A gather of gathers (a
// hundred thousand deep) is walked with a stack of its own, not recursion.
Value gatherResult(FutureObject& outer) {
    struct Level {
        FutureObject* gather;
        std::size_t next = 0;
        std::vector<Value> values;
    };
    std::vector<Level> levels;
    auto enter = [&](FutureObject& g) {
        g.coreFuture()->rethrowIfFailed();
        levels.push_back({&g, 0, {}});
        levels.back().values.reserve(g.children.size());
    };
    enter(outer);
    for (;;) {
        Level& level = levels.back();
        FutureObject& g = *level.gather;
        if (level.next == g.children.size()) {
            Value list(newList(std::move(level.values)));
            levels.pop_back();
            if (levels.empty()) return list;
            levels.back().values.push_back(std::move(list));
            continue;
        }
        const std::size_t i = level.next++;
        auto& outcomes = static_cast<Future<std::vector<Outcome<void>>>&>(*g.coreFuture()).result();
        if (i < outcomes.size() && outcomes[i].error) {
            level.values.push_back(Value(toPython(outcomes[i].error)));
            continue;
        }
        const Value& child = g.children[i];
        auto* inner =
            child.is(Kind::Future) ? dynamic_cast<FutureObject*>(child.as<FutureLike>()) : nullptr;
        if (inner && inner->shape() == FutureObject::Shape::Gather && inner->coreFuture()->done()) {
            enter(*inner); // invalidates `level`
            continue;
        }
        level.values.push_back(valueOfChild(child));
    }
}

} // namespace

Value FutureObject::resultValue() {
    if (!m_future->done()) raiseNew(types().InvalidStateError, "Result is not set.");
    switch (m_shape) {
    case Shape::Plain: return plain().result();
    case Shape::Shield: {
        // A chain of shields (a shield of a shield of ...) is followed in a
        // loop, not a recursion: it may be a hundred thousand long.
        FutureObject* f = this;
        for (;;) {
            f->m_future->rethrowIfFailed();
            auto* next = f->inner.is(Kind::Future)
                             ? dynamic_cast<FutureObject*>(f->inner.as<FutureLike>())
                             : nullptr;
            if (!next || next->m_shape != Shape::Shield) return valueOfChild(f->inner);
            if (!next->m_future->done()) raiseNew(types().InvalidStateError, "Result is not set.");
            f = next;
        }
    }
    case Shape::Gather: return gatherResult(*this);
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
    bindBuiltin<"Future.done()">(a);
    return Value::boolean(self(a).coreFuture()->done());
}

Value futCancelled(CallArgs& a) {
    bindBuiltin<"Future.cancelled()">(a);
    return Value::boolean(self(a).coreFuture()->cancelled());
}

Value futResult(CallArgs& a) {
    bindBuiltin<"Future.result()">(a);
    FutureBase* f = self(a).coreFuture();
    if (f->cancelled()) std::rethrow_exception(f->makeCancelledError());
    return self(a).resultValue();
}

Value futException(CallArgs& a) {
    bindBuiltin<"Future.exception()">(a);
    std::exception_ptr e = self(a).coreFuture()->exception();
    if (!e) return Value();
    return Value(toPython(e));
}

Value futCancel(CallArgs& a) {
    const Value* msg = bindBuiltin<"cancel(msg=None)">(a)[0];
    std::string text;
    std::string_view view;
    if (msg && !msg->isNone()) {
        text = str(*msg);
        view = std::string_view(text.data(), text.size());
        if (view.data() == nullptr) view = std::string_view(""); // "" is a message, null is none
    }
    return Value::boolean(self(a).coreFuture()->cancel(view));
}

Value futAddDoneCallback(CallArgs& a) {
    self(a).addCallback(*bindBuiltin<"add_done_callback(fn, /, *, context=None)">(a)[0]);
    return Value();
}

Value futRemoveDoneCallback(CallArgs& a) {
    const Value& fn = *bindBuiltin<"Future.remove_done_callback(fn, /)">(a)[0];
    return Value::integer(static_cast<std::int64_t>(self(a).removeCallback(fn)));
}

Value futSetResult(CallArgs& a) {
    const Value& result = *bindBuiltin<"Future.set_result(result, /)">(a)[0];
    auto* f = dynamic_cast<FutureObject*>(&self(a));
    if (!f || f->shape() != FutureObject::Shape::Plain) runtimeError("this future cannot be set");
    if (f->coreFuture()->done()) raiseNew(types().InvalidStateError, "invalid state");
    f->plain().setResult(result);
    return Value();
}

Value futSetException(CallArgs& a) {
    Value e = *bindBuiltin<"Future.set_exception(exception, /)">(a)[0];
    auto* f = dynamic_cast<FutureObject*>(&self(a));
    if (!f || f->shape() != FutureObject::Shape::Plain) runtimeError("this future cannot be set");
    if (f->coreFuture()->done()) raiseNew(types().InvalidStateError, "invalid state");
    if (isExceptionClass(e)) e = interp().call(e);
    if (!e.is(Kind::Exception)) typeError("exception must be a BaseException");
    f->coreFuture()->setException(toCpp(Ref<ExceptionObject>(e.as<ExceptionObject>())));
    return Value();
}

Value futGetLoop(CallArgs& a) {
    bindBuiltin<"Future.get_loop()">(a);
    return Value(&runningLoop());
}

Value taskGetName(CallArgs& a) {
    bindBuiltin<"Task.get_name()">(a);
    return strValue(selfTask(a).task().name());
}

Value taskSetName(CallArgs& a) {
    selfTask(a).task().setName(str(*bindBuiltin<"Task.set_name(value, /)">(a)[0]));

    return Value();
}

Value taskCancelling(CallArgs& a) {
    bindBuiltin<"Task.cancelling()">(a);
    return Value::integer(selfTask(a).task().cancelling());
}

Value taskUncancel(CallArgs& a) {
    bindBuiltin<"Task.uncancel()">(a);
    return Value::integer(selfTask(a).task().uncancel());
}

Value taskGetCoro(CallArgs& a) {
    bindBuiltin<"Task.get_coro()">(a);
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
