// SPDX-License-Identifier: MIT
// The plain statement executor: blocks that hold no call, await or yield
// run here as ordinary recursion, with no coroutine frame.
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

Flow Interp::execSync(Frame& f, const ir::Block& b) {
    for (const ir::Stmt* s : b.stmts) {
        Flow fl = execStmtSync(f, *s);
        if (fl != Flow::Normal) return fl;
    }
    return Flow::Normal;
}

Flow Interp::execStmtSync(Frame& f, const ir::Stmt& s) {
    atStatement(f, s.line);
    switch (s.op) {
    case ir::SOp::Expr: eval(f, *static_cast<const ir::ExprStmt&>(s).value); return Flow::Normal;
    case ir::SOp::Assign: {
        const auto& a = static_cast<const ir::Assign&>(s);
        const Value* p = a.paramName ? parameter(a.paramName) : nullptr;
        assignStatement(f, a, p ? *p : eval(f, *a.value));
        return Flow::Normal;
    }
    case ir::SOp::AugAssign: {
        const auto& a = static_cast<const ir::AugAssign&>(s);
        augAssign(f, a, eval(f, *a.value));
        return Flow::Normal;
    }
    case ir::SOp::Return: {
        const auto& r = static_cast<const ir::Return&>(s);
        f.ret = r.value ? eval(f, *r.value) : Value();
        return Flow::Return;
    }
    case ir::SOp::Delete:
        for (const ir::Expr* t : static_cast<const ir::Delete&>(s).targets)
            deleteTarget(f, *t);
        return Flow::Normal;
    case ir::SOp::Pass: return Flow::Normal;
    case ir::SOp::Break: return Flow::Break;
    case ir::SOp::Continue: return Flow::Continue;
    case ir::SOp::If: {
        const auto& i = static_cast<const ir::If&>(s);
        return execSync(f, truthy(eval(f, *i.test)) ? i.body : i.orelse);
    }
    case ir::SOp::While: {
        const auto& w = static_cast<const ir::While&>(s);
        for (;;) {
            if (!truthy(eval(f, *w.test))) return execSync(f, w.orelse);
            Flow fl = execSync(f, w.body);
            if (fl == Flow::Break) return Flow::Normal;
            if (fl == Flow::Return) return fl;
            atStatement(f, s.line);
        }
    }
    case ir::SOp::Raise: {
        const auto& r = static_cast<const ir::Raise&>(s);
        raiseStatement(f, r, r.exc ? eval(f, *r.exc) : Value(),
                       r.cause ? eval(f, *r.cause) : Value());
    }
    case ir::SOp::Try: return execTrySync(f, static_cast<const ir::Try&>(s));
    case ir::SOp::Assert: {
        const auto& a = static_cast<const ir::Assert&>(s);
        if (!truthy(eval(f, *a.test))) {
            if (!a.msg) assertionFailed(a, nullptr);
            Value m = eval(f, *a.msg);
            assertionFailed(a, &m);
        }
        return Flow::Normal;
    }
    case ir::SOp::Import:
        importStatement(f, static_cast<const ir::Import&>(s));
        return Flow::Normal;
    case ir::SOp::Def: {
        const auto& d = static_cast<const ir::Def&>(s);
        std::vector<Value> decorators, defaults, kwDefaults;
        for (const ir::Expr* e : d.decorators)
            decorators.push_back(eval(f, *e));
        for (const ir::Expr* e : d.function->defaults)
            defaults.push_back(eval(f, *e));
        for (const ir::Expr* e : d.function->kwDefaults)
            kwDefaults.push_back(e ? eval(f, *e) : Value());
        defineFunction(f, d, std::move(decorators), std::move(defaults), std::move(kwDefaults));
        return Flow::Normal;
    }
    case ir::SOp::For:
    case ir::SOp::With:
    case ir::SOp::Class: break;
    }
    runtimeError("internal error: a statement that may suspend ran where it cannot");
}

Flow Interp::execTrySync(Frame& f, const ir::Try& t) {
    Flow fl = Flow::Normal;
    std::exception_ptr pending;
    try {
        fl = execSync(f, t.body);
    } catch (...) {
        pending = std::current_exception();
    }
    if (pending) {
        if (isAbort(pending)) std::rethrow_exception(pending);
        Ref<ExceptionObject> exc = logArrival(pending, f);
        if (const ir::Handler* h = matchHandler(f, t, exc)) {
            std::exception_ptr outer = std::exchange(f.handling, pending);
            if (h->target) assign(f, *h->target, Value(exc));
            pending = nullptr;
            try {
                fl = execSync(f, h->body);
            } catch (...) {
                pending = std::current_exception();
            }
            f.handling = std::move(outer);
            if (h->target) {
                try {
                    deleteTarget(f, *h->target);
                } catch (...) {
                }
            }
            if (pending && !isAbort(pending)) {
                Ref<ExceptionObject> raised = toPython(pending);
                if (raised.get() != exc.get() && raised->context.isNone())
                    raised->context = Value(exc);
            }
        }
    } else if (fl == Flow::Normal && !t.orelse.empty()) {
        try {
            fl = execSync(f, t.orelse);
        } catch (...) {
            pending = std::current_exception();
        }
    }
    if (!t.finalBody.empty()) {
        if (pending && isAbort(pending)) std::rethrow_exception(pending);
        if (pending) logArrival(pending, f);
        Value savedReturn = f.ret;
        Flow finalFlow = Flow::Normal;
        std::exception_ptr during;
        try {
            finalFlow = execSync(f, t.finalBody);
        } catch (...) {
            during = std::current_exception();
        }
        if (during) {
            if (pending && !isAbort(during)) {
                Ref<ExceptionObject> raised = toPython(during);
                Ref<ExceptionObject> old = toPython(pending);
                if (raised.get() != old.get() && raised->context.isNone())
                    raised->context = Value(old);
            }
            std::rethrow_exception(during);
        }
        if (finalFlow != Flow::Normal) {
            // return, break or continue in finally wins over what was pending.
            pending = nullptr;
            fl = finalFlow;
        } else {
            f.ret = std::move(savedReturn);
        }
    }
    if (pending) std::rethrow_exception(pending);
    return fl;
}

} // namespace coroscope::interp
