// SPDX-License-Identifier: MIT
// with / async with, and class definitions.
#include "script/interp/eval/awaiting.h"
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

Eval<Flow> Interp::execWith(Frame& f, const ir::With& w, std::size_t index) {
    const ir::WithItem& item = w.items[index];
    Value manager;
    COROSCOPE_EVAL_CHILD(manager, *item.context);
    TypeObject* type = typeOf(manager);
    Value* enterFn = type->lookup(w.isAsync ? "__aenter__" : "__enter__");
    Value* exitFn = type->lookup(w.isAsync ? "__aexit__" : "__exit__");
    if (!enterFn || !exitFn)
        typeError("'" + type->name() + "' object does not support the " +
                  (w.isAsync ? "asynchronous " : "") + "context manager protocol");
    Value exit = *exitFn;
    Value entered;
    {
        Value enter = *enterFn;
        CallArgs args;
        args.self = &manager;
        args.frame = &f;
        Eval<Value> pending = resultOrPending(callStart(enter, args, &f), entered);
        if (pending.handle()) entered = co_await std::move(pending);
        if (w.isAsync) {
            Value awaitable = std::move(entered);
            entered = co_await AwaitValue{&awaitable};
        }
    }
    if (item.target) assign(f, *item.target, entered);

    Flow fl = Flow::Normal;
    std::exception_ptr error;
    try {
        if (index + 1 < w.items.size()) {
            Eval<Flow> inner = execWith(f, w, index + 1);
            fl = co_await std::move(inner);
        } else if (w.body.async) {
            Eval<Flow> body = execAsync(f, w.body);
            fl = co_await std::move(body);
        } else {
            fl = execSync(f, w.body);
        }
    } catch (...) {
        error = std::current_exception();
    }
    if (error && isAbort(error)) std::rethrow_exception(error);

    Value exitArgs[3];
    if (error) {
        Ref<ExceptionObject> e = logArrival(error, f);
        exitArgs[0] = Value(e->cls());
        exitArgs[1] = Value(e);
    }
    // The exception keeps the line it came from; the task is back on the with.
    const std::uint32_t raisedAt = f.line;
    atStatement(f, w.line);
    Value result;
    {
        CallArgs args;
        args.self = &manager;
        args.pos = exitArgs;
        args.npos = 3;
        args.frame = &f;
        Eval<Value> pending = resultOrPending(callStart(exit, args, &f), result);
        if (pending.handle()) result = co_await std::move(pending);
        if (w.isAsync) {
            Value awaitable = std::move(result);
            result = co_await AwaitValue{&awaitable};
        }
    }
    if (error) {
        if (truthy(result)) co_return Flow::Normal; // __exit__ swallowed it
        f.line = raisedAt;
        std::rethrow_exception(error);
    }
    co_return fl;
}

Eval<Flow> Interp::execClass(Frame& f, const ir::Class& c) {
    std::vector<Value> decorators;
    for (const ir::Expr* e : c.decorators) {
        Value v;
        COROSCOPE_EVAL_CHILD(v, *e);
        decorators.push_back(std::move(v));
    }
    std::vector<Value> bases;
    for (const ir::Expr* e : c.bases) {
        Value v;
        COROSCOPE_EVAL_CHILD(v, *e);
        bases.push_back(std::move(v));
    }
    Types& t = types();
    TypeObject* base = t.object;
    for (const Value& b : bases) {
        if (!b.is(Kind::Type)) typeError("bases must be types");
        if (b.as<TypeObject>() == t.object) continue;
        if (base != t.object)
            typeError("a class may have one base class in Coroscope ('" + c.name->str() +
                      "' has more)");
        base = b.as<TypeObject>();
    }
    if (base->builtin() && base != t.object && !base->isException())
        typeError("subclassing '" + base->name() + "' is not supported in Coroscope; keep a '" +
                  base->name() + "' in an attribute instead");

    Ref<DictObject> ns = newDict();
    ns->setStr("__module__", strValue("__main__"));
    ns->setStr("__qualname__", Value(c.body->qualname));
    Slots slots(c.body->nSlots);
    for (std::uint32_t i = 0; i < c.body->nFree; ++i)
        slots[c.body->firstFree + i] = f.slots[c.closure[i]];
    Frame body;
    body.code = c.body;
    body.slots = slots.data();
    body.globals = f.globals;
    body.names = ns.get();
    body.caller = &f;
    body.depth = f.depth + 1;
    body.line = c.line;
    if (c.body->body.async) {
        Eval<Flow> run = execAsync(body, c.body->body);
        co_await std::move(run);
    } else {
        execSync(body, c.body->body);
    }

    Ref<TypeObject> cls(new TypeObject(
        c.name->str(), base, base->isException() ? Kind::Exception : Kind::Instance, false));
    cls->setQualname(c.body->qualname->str());
    for (std::size_t i = ns->nextLive(0); i < ns->entries().size(); i = ns->nextLive(i + 1)) {
        const auto& e = ns->entries()[i];
        cls->dict().set(e.key, e.value);
        // Methods remember their class, for super().
        Value fn = e.value;
        if (fn.is(Kind::StaticMethod) || fn.is(Kind::ClassMethod))
            fn = fn.as<WrapperObject>()->function;
        if (fn.is(Kind::Property)) fn = fn.as<PropertyObject>()->getter;
        if (fn.is(Kind::Function)) fn.as<FunctionObject>()->definingClass = cls.get();
        if (e.value.is(Kind::Property)) {
            auto* p = e.value.as<PropertyObject>();
            if (p->setter.is(Kind::Function))
                p->setter.as<FunctionObject>()->definingClass = cls.get();
        }
    }
    atStatement(f, c.line);
    Value result(cls);
    for (std::size_t i = decorators.size(); i-- > 0;)
        result = call(decorators[i], {result});
    assign(f, *c.target, std::move(result));
    co_return Flow::Normal;
}

} // namespace coroscope::interp
