// SPDX-License-Identifier: MIT
// What statements do once their expressions are evaluated: assignment with
// run parameters, augmented assignment, raise, assert, import and def.
// Both executors (plain and coroutine) call these.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

void Interp::assignStatement(Frame& f, const ir::Assign& a, const Value& v) {
    for (const ir::Expr* t : a.targets)
        assign(f, *t, v);
}

void Interp::augAssign(Frame& f, const ir::AugAssign& a, const Value& rhs) {
    const auto op = static_cast<ir::BinOp>(a.aux);
    const ir::Expr& t = *a.target;
    switch (t.op) {
    case ir::Op::Attr: {
        // The object is evaluated once: x.y += 1 reads and writes the same x.
        const auto& at = static_cast<const ir::Attr&>(t);
        Value obj = eval(f, *at.value);
        Value current = getAttr(obj, at.name);
        setAttr(obj, at.name, inplace(op, current, rhs));
        return;
    }
    case ir::Op::Subscript: {
        const auto& s = static_cast<const ir::Subscript&>(t);
        Value obj = eval(f, *s.value);
        Value index = eval(f, *s.index);
        Value current = getItem(obj, index);
        setItem(obj, index, inplace(op, current, rhs));
        return;
    }
    default: assign(f, t, inplace(op, eval(f, t), rhs)); return;
    }
}

Ref<ExceptionObject> Interp::logArrival(const std::exception_ptr& e, Frame& f) {
    Ref<ExceptionObject> exc = toPython(e);
    if (exc->loggedFrame != f.serial) {
        exc->loggedFrame = f.serial;
        exc->traceback.push_back({f.code, f.line});
        // An exception leaving a frame costs what dozens of statements do:
        // counted so, a RecursionError caught and retried for ever spends
        // the statements budget as fast as a plain endless loop.
        chargeStatements(RunBudget::kUnwindCost);
    }
    return exc;
}

std::exception_ptr Interp::handledException(Frame& f) {
    for (Frame* p = &f; p; p = p->caller)
        if (p->handling) return p->handling;
    return nullptr;
}

void Interp::raiseStatement(Frame& f, const ir::Raise& r, const Value& exc, const Value& cause) {
    if (!r.exc) {
        std::exception_ptr handled = handledException(f);
        if (!handled) runtimeError("No active exception to reraise");
        std::rethrow_exception(handled);
    }
    auto instantiate = [&](const Value& v, const char* what) -> Ref<ExceptionObject> {
        if (isExceptionClass(v)) {
            Value made = call(v);
            if (!made.is(Kind::Exception))
                typeError(std::string(what) + " must derive from BaseException");
            return Ref<ExceptionObject>(made.as<ExceptionObject>());
        }
        if (v.is(Kind::Exception)) return Ref<ExceptionObject>(v.as<ExceptionObject>());
        typeError(std::string(what) + " must derive from BaseException");
    };
    Ref<ExceptionObject> e = instantiate(exc, "exceptions");
    if (r.hasCause) {
        e->suppressContext = true;
        e->cause = cause.isNone() ? Value() : Value(instantiate(cause, "exception causes"));
    }
    if (std::exception_ptr handled = handledException(f)) {
        Ref<ExceptionObject> context = toPython(handled);
        if (context.get() != e.get() && e->context.isNone()) e->context = Value(context);
    }
    raise(std::move(e));
}

void Interp::assertionFailed(const ir::Assert&, const Value* message) {
    if (message) raise(newException(types().AssertionError, std::vector<Value>{*message}));
    raise(newException(types().AssertionError));
}

void Interp::importStatement(Frame& f, const ir::Import& s) {
    for (const ir::ImportItem& item : s.items) {
        Value module = importModule(item.module, item.bindTop);
        if (item.attr) {
            Value v;
            if (!findAttr(module, item.attr, v)) {
                // `from concurrent import futures`: a submodule.
                std::string sub = item.module->str() + "." + item.attr->str();
                if (m_modules.find(sub)) {
                    v = importModule(intern(sub), false);
                } else {
                    raiseNew(types().ImportError, "cannot import name '" + item.attr->str() +
                                                      "' from '" + item.module->str() + "'");
                }
            }
            assign(f, *item.target, std::move(v));
        } else {
            assign(f, *item.target, std::move(module));
        }
    }
}

void Interp::defineFunction(Frame& f, const ir::Def& d, std::vector<Value> decorators,
                            std::vector<Value> defaults, std::vector<Value> kwDefaults) {
    Value fn = makeFunction(f, *d.function, std::move(defaults), std::move(kwDefaults));
    for (std::size_t i = decorators.size(); i-- > 0;)
        fn = call(decorators[i], {fn});
    assign(f, *d.target, std::move(fn));
}

const ir::Handler* Interp::matchHandler(Frame& f, const ir::Try& t,
                                        const Ref<ExceptionObject>& exc) {
    for (const ir::Handler& h : t.handlers) {
        if (!h.type) return &h;
        Value cls = eval(f, *h.type);
        auto matches = [&](const Value& c) {
            if (!isExceptionClass(c))
                typeError("catching classes that do not inherit from BaseException is not "
                          "allowed");
            return exc->cls()->isSubtypeOf(c.as<TypeObject>());
        };
        if (cls.is(Kind::Tuple)) {
            for (const Value& c : cls.as<TupleObject>()->items())
                if (matches(c)) return &h;
        } else if (matches(cls)) {
            return &h;
        }
    }
    return nullptr;
}

} // namespace coroscope::interp
