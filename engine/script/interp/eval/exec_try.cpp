// SPDX-License-Identifier: MIT
// try / except / else / finally in the coroutine executor. A coroutine
// cannot await inside a catch block, so every handler stores the exception
// and the work happens after the catch.
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

namespace {

// The exception raised while `handled` was being handled gets it as its
// __context__, as CPython chains them.
void chain(const std::exception_ptr& raised, const Ref<ExceptionObject>& handled) {
    if (!raised || !handled || isAbort(raised)) return;
    Ref<ExceptionObject> r = toPython(raised);
    if (r.get() != handled.get() && r->context.isNone()) r->context = Value(handled);
}

} // namespace

Eval<Flow> Interp::execTry(Frame& f, const ir::Try& t) {
    Flow fl = Flow::Normal;
    std::exception_ptr pending;
    try {
        if (t.body.async) {
            Eval<Flow> body = execAsync(f, t.body);
            fl = co_await std::move(body);
        } else {
            fl = execSync(f, t.body);
        }
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
                if (h->body.async) {
                    Eval<Flow> body = execAsync(f, h->body);
                    fl = co_await std::move(body);
                } else {
                    fl = execSync(f, h->body);
                }
            } catch (...) {
                pending = std::current_exception();
            }
            f.handling = std::move(outer);
            if (h->target &&
                !(h->target->op == ir::Op::Local &&
                  f.slots[static_cast<const ir::Local*>(h->target)->slot].isUnbound())) {
                try {
                    deleteTarget(f, *h->target);
                } catch (...) {
                }
            }
            chain(pending, exc);
        }
    } else if (fl == Flow::Normal && !t.orelse.empty()) {
        try {
            if (t.orelse.async) {
                Eval<Flow> body = execAsync(f, t.orelse);
                fl = co_await std::move(body);
            } else {
                fl = execSync(f, t.orelse);
            }
        } catch (...) {
            pending = std::current_exception();
        }
    }
    if (t.finalBody.empty()) {
        if (pending) std::rethrow_exception(pending);
        co_return fl;
    }
    // finally: it runs whatever happened, except when the run is stopping.
    if (pending && isAbort(pending)) std::rethrow_exception(pending);
    if (pending) logArrival(pending, f);
    Value savedReturn = f.ret;
    Flow finalFlow = Flow::Normal;
    std::exception_ptr during;
    try {
        if (t.finalBody.async) {
            Eval<Flow> body = execAsync(f, t.finalBody);
            finalFlow = co_await std::move(body);
        } else {
            finalFlow = execSync(f, t.finalBody);
        }
    } catch (...) {
        during = std::current_exception();
    }
    if (during) {
        if (pending && !isAbort(during)) chain(during, toPython(pending));
        std::rethrow_exception(during);
    }
    if (finalFlow != Flow::Normal) co_return finalFlow; // drops what was pending
    f.ret = std::move(savedReturn);
    if (pending) std::rethrow_exception(pending);
    co_return fl;
}

} // namespace coroscope::interp
