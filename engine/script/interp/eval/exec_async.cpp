// SPDX-License-Identifier: MIT
// The coroutine statement executor: blocks that hold a call, an await or a
// yield. A statement that holds none runs in the plain executor; a simple
// call (or an await of one, or of a name) is started here, so that the
// common `await f(x)` costs no coroutine frame but the callee's.
#include "script/interp/eval/awaiting.h"
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"

namespace coroscope::interp {

namespace {
const ir::Expr& operandOf(const ir::Expr& e) {
    return *static_cast<const ir::Operand&>(e).value;
}
} // namespace

// Evaluates the expression of a statement into `out` (see above).
#define COROSCOPE_EVAL_TOP(out, expr)                                                              \
    do {                                                                                           \
        const ir::Expr& top_ = (expr);                                                             \
        const bool await_ = top_.op == ir::Op::Await;                                              \
        const ir::Expr& inner_ = await_ ? operandOf(top_) : top_;                                  \
        Value value_;                                                                              \
        if ((inner_).isSimpleCall()) {                                                             \
            ArgBuffer buf_;                                                                        \
            Eval<Value> pending_ = resultOrPending(startSimpleCall(f, inner_, buf_), value_);      \
            if (pending_.handle()) value_ = co_await std::move(pending_);                          \
        } else {                                                                                   \
            COROSCOPE_EVAL_CHILD(value_, inner_);                                                  \
        }                                                                                          \
        if (await_)                                                                                \
            (out) = co_await AwaitValue{&value_};                                                  \
        else                                                                                       \
            (out) = std::move(value_);                                                             \
    } while (false)

// Runs a block: plain when it cannot suspend.
#define COROSCOPE_RUN_BLOCK(flow, block)                                                           \
    do {                                                                                           \
        if ((block).async) {                                                                       \
            Eval<Flow> block_ = execAsync(f, (block));                                             \
            (flow) = co_await std::move(block_);                                                   \
        } else {                                                                                   \
            (flow) = execSync(f, (block));                                                         \
        }                                                                                          \
    } while (false)

Eval<Flow> Interp::execAsync(Frame& f, const ir::Block& b) {
    for (const ir::Stmt* sp : b.stmts) {
        const ir::Stmt& s = *sp;
        if (!s.isAsync()) {
            Flow fl = execStmtSync(f, s);
            if (fl != Flow::Normal) co_return fl;
            continue;
        }
        atStatement(f, s.line);
        switch (s.op) {
        case ir::SOp::Expr: {
            Value ignored;
            COROSCOPE_EVAL_TOP(ignored, *static_cast<const ir::ExprStmt&>(s).value);
            break;
        }
        case ir::SOp::Assign: {
            const auto& a = static_cast<const ir::Assign&>(s);
            Value v;
            const Value* p = a.paramName ? parameter(a.paramName) : nullptr;
            if (p) {
                v = *p;
            } else {
                COROSCOPE_EVAL_TOP(v, *a.value);
            }
            assignStatement(f, a, v);
            break;
        }
        case ir::SOp::AugAssign: {
            const auto& a = static_cast<const ir::AugAssign&>(s);
            Value rhs;
            COROSCOPE_EVAL_TOP(rhs, *a.value);
            augAssign(f, a, rhs);
            break;
        }
        case ir::SOp::Return: {
            const auto& r = static_cast<const ir::Return&>(s);
            Value v;
            if (r.value) COROSCOPE_EVAL_TOP(v, *r.value);
            f.ret = std::move(v);
            co_return Flow::Return;
        }
        case ir::SOp::Delete:
            for (const ir::Expr* t : static_cast<const ir::Delete&>(s).targets)
                deleteTarget(f, *t);
            break;
        case ir::SOp::If: {
            const auto& i = static_cast<const ir::If&>(s);
            Value test;
            COROSCOPE_EVAL_TOP(test, *i.test);
            const ir::Block& chosen = truthy(test) ? i.body : i.orelse;
            if (chosen.empty()) break;
            Flow fl;
            COROSCOPE_RUN_BLOCK(fl, chosen);
            if (fl != Flow::Normal) co_return fl;
            break;
        }
        case ir::SOp::While: {
            const auto& w = static_cast<const ir::While&>(s);
            for (;;) {
                Value test;
                COROSCOPE_EVAL_TOP(test, *w.test);
                if (!truthy(test)) {
                    if (w.orelse.empty()) break;
                    Flow fl;
                    COROSCOPE_RUN_BLOCK(fl, w.orelse);
                    if (fl != Flow::Normal) co_return fl;
                    break;
                }
                Flow fl;
                COROSCOPE_RUN_BLOCK(fl, w.body);
                if (fl == Flow::Break) break;
                if (fl == Flow::Return) co_return fl;
                atStatement(f, s.line);
            }
            break;
        }
        case ir::SOp::For: {
            Eval<Flow> loop = execFor(f, static_cast<const ir::For&>(s));
            Flow fl = co_await std::move(loop);
            if (fl != Flow::Normal) co_return fl;
            break;
        }
        case ir::SOp::With: {
            Eval<Flow> with = execWith(f, static_cast<const ir::With&>(s), 0);
            Flow fl = co_await std::move(with);
            if (fl != Flow::Normal) co_return fl;
            break;
        }
        case ir::SOp::Try: {
            Eval<Flow> t = execTry(f, static_cast<const ir::Try&>(s));
            Flow fl = co_await std::move(t);
            if (fl != Flow::Normal) co_return fl;
            break;
        }
        case ir::SOp::Class: {
            Eval<Flow> c = execClass(f, static_cast<const ir::Class&>(s));
            co_await std::move(c);
            break;
        }
        case ir::SOp::Raise: {
            const auto& r = static_cast<const ir::Raise&>(s);
            Value exc, cause;
            if (r.exc) COROSCOPE_EVAL_TOP(exc, *r.exc);
            if (r.cause) COROSCOPE_EVAL_TOP(cause, *r.cause);
            raiseStatement(f, r, exc, cause);
        }
        case ir::SOp::Assert: {
            const auto& a = static_cast<const ir::Assert&>(s);
            Value test;
            COROSCOPE_EVAL_TOP(test, *a.test);
            if (!truthy(test)) {
                if (!a.msg) assertionFailed(a, nullptr);
                Value m;
                COROSCOPE_EVAL_TOP(m, *a.msg);
                assertionFailed(a, &m);
            }
            break;
        }
        case ir::SOp::Def: {
            const auto& d = static_cast<const ir::Def&>(s);
            std::vector<Value> decorators, defaults, kwDefaults;
            for (const ir::Expr* e : d.decorators) {
                Value v;
                COROSCOPE_EVAL_CHILD(v, *e);
                decorators.push_back(std::move(v));
            }
            for (const ir::Expr* e : d.function->defaults) {
                Value v;
                COROSCOPE_EVAL_CHILD(v, *e);
                defaults.push_back(std::move(v));
            }
            for (const ir::Expr* e : d.function->kwDefaults) {
                Value v;
                if (e) COROSCOPE_EVAL_CHILD(v, *e);
                kwDefaults.push_back(std::move(v));
            }
            defineFunction(f, d, std::move(decorators), std::move(defaults), std::move(kwDefaults));
            break;
        }
        default: {
            Flow fl = execStmtSync(f, s);
            if (fl != Flow::Normal) co_return fl;
            break;
        }
        }
    }
    co_return Flow::Normal;
}

Eval<Flow> Interp::execFor(Frame& f, const ir::For& s) {
    Value iterable;
    COROSCOPE_EVAL_TOP(iterable, *s.iter);
    // How the next item is found: counting through a range or a list
    // directly, a generator resumed in this task, anything else by protocol.
    enum class Mode { Range, List, Sync, Generator, Async, AsyncFor } mode;
    std::int64_t next = 0, left = 0, step = 0;
    std::size_t index = 0;
    Value it;
    if (s.isAsync) {
        it = asyncIter(iterable);
        mode = Mode::AsyncFor;
    } else if (iterable.is(Kind::Range)) {
        auto* r = iterable.as<RangeObject>();
        next = r->start();
        left = r->length();
        step = r->step();
        mode = Mode::Range;
    } else if (iterable.is(Kind::List)) {
        mode = Mode::List;
    } else {
        it = getIter(iterable);
        mode = it.is(Kind::Generator)    ? Mode::Generator
               : needsAsyncIteration(it) ? Mode::Async
                                         : Mode::Sync;
    }
    for (;;) {
        Value item;
        bool got = false;
        switch (mode) {
        case Mode::Range:
            got = left > 0;
            if (got) {
                item = Value::integer(next);
                next += step;
                --left;
            }
            break;
        case Mode::List: {
            const auto& items = iterable.as<ListObject>()->items();
            got = index < items.size();
            if (got) item = items[index++];
            break;
        }
        case Mode::Sync: got = nextItem(it, item); break;
        case Mode::Generator: {
            auto* gen = it.as<GeneratorObject>();
            Value send;
            std::exception_ptr none;
            if (gen->checkResume(send, none))
                got = co_await GeneratorResume{gen, &send, nullptr, &item};
            break;
        }
        case Mode::Async: {
            Eval<bool> n = nextAsync(it, item);
            got = co_await std::move(n);
            break;
        }
        case Mode::AsyncFor: {
            Eval<bool> n = anextAsync(it, item);
            got = co_await std::move(n);
            break;
        }
        }
        if (!got) break;
        assign(f, *s.target, std::move(item));
        Flow fl;
        COROSCOPE_RUN_BLOCK(fl, s.body);
        if (fl == Flow::Break) co_return Flow::Normal;
        if (fl == Flow::Return) co_return fl;
        atStatement(f, s.line);
    }
    if (!s.orelse.empty()) {
        Flow fl;
        COROSCOPE_RUN_BLOCK(fl, s.orelse);
        co_return fl;
    }
    co_return Flow::Normal;
}

} // namespace coroscope::interp
