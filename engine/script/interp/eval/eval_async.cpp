// SPDX-License-Identifier: MIT
// The coroutine evaluator: expressions that hold a call, an await or a
// yield. A child that holds none of those is evaluated by the plain
// evaluator, so a coroutine frame is made only where suspension can happen.
#include "script/interp/eval/awaiting.h"
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"

namespace coroscope::interp {

namespace {
const ir::Expr& unstarred(const ir::Expr& e) {
    return e.op == ir::Op::Starred ? *static_cast<const ir::Operand&>(e).value : e;
}
} // namespace

Eval<Value> Interp::evalAsync(Frame& f, const ir::Expr& e) {
    switch (e.op) {
    case ir::Op::Call:
    case ir::Op::CallMethod: {
        ArgBuffer buf;
        if (e.isSimpleCall()) {
            CallStart call = startSimpleCall(f, e, buf);
            if (!call.finished()) call.result = co_await std::move(call.pending);
            co_return std::move(call.result);
        }
        const ir::Arguments* a;
        bool passSelf = false;
        if (e.op == ir::Op::Call) {
            const auto& c = static_cast<const ir::Call&>(e);
            COROSCOPE_EVAL_CHILD(buf.callee, *c.func);
            a = &c.a;
        } else {
            const auto& c = static_cast<const ir::CallMethod&>(e);
            COROSCOPE_EVAL_CHILD(buf.self, *c.object);
            buf.callee = methodFor(buf.self, c.name, passSelf);
            a = &c.a;
        }
        for (std::size_t i = 0; i < a->args.size(); ++i) {
            Value v;
            COROSCOPE_EVAL_CHILD(v, unstarred(*a->args[i]));
            addArgument(*a, i, false, std::move(v), buf);
        }
        for (std::size_t i = 0; i < a->kwValues.size(); ++i) {
            Value v;
            COROSCOPE_EVAL_CHILD(v, *a->kwValues[i]);
            addArgument(*a, i, true, std::move(v), buf);
        }
        CallArgs args = buf.args();
        if (passSelf) args.self = &buf.self;
        args.frame = &f;
        CallStart call = callStart(buf.callee, args, &f);
        if (!call.finished()) call.result = co_await std::move(call.pending);
        co_return std::move(call.result);
    }
    case ir::Op::Await: {
        const ir::Expr& operand = *static_cast<const ir::Operand&>(e).value;
        Value awaitable;
        if (operand.isSimpleCall()) {
            ArgBuffer buf;
            Eval<Value> pending = resultOrPending(startSimpleCall(f, operand, buf), awaitable);
            if (pending.handle()) awaitable = co_await std::move(pending);
        } else {
            COROSCOPE_EVAL_CHILD(awaitable, operand);
        }
        co_return co_await AwaitValue{&awaitable};
    }
    case ir::Op::Yield: {
        const ir::Expr* operand = static_cast<const ir::Operand&>(e).value;
        Value v;
        if (operand) COROSCOPE_EVAL_CHILD(v, *operand);
        if (!f.generator) runtimeError("internal error: yield outside a generator");
        co_return co_await YieldAwaiter{f.generator, &v};
    }
    case ir::Op::Attr: {
        const auto& a = static_cast<const ir::Attr&>(e);
        Value obj;
        COROSCOPE_EVAL_CHILD(obj, *a.value);
        co_return getAttr(obj, a.name);
    }
    case ir::Op::Subscript: {
        const auto& s = static_cast<const ir::Subscript&>(e);
        Value obj, index;
        COROSCOPE_EVAL_CHILD(obj, *s.value);
        COROSCOPE_EVAL_CHILD(index, *s.index);
        co_return getItem(obj, index);
    }
    case ir::Op::Slice: {
        const auto& s = static_cast<const ir::Slice&>(e);
        Value lower, upper, step;
        if (s.lower) COROSCOPE_EVAL_CHILD(lower, *s.lower);
        if (s.upper) COROSCOPE_EVAL_CHILD(upper, *s.upper);
        if (s.step) COROSCOPE_EVAL_CHILD(step, *s.step);
        co_return detail::makeSlice(std::move(lower), std::move(upper), std::move(step));
    }
    case ir::Op::Binary: {
        const auto& b = static_cast<const ir::Binary&>(e);
        Value left, right;
        COROSCOPE_EVAL_CHILD(left, *b.left);
        COROSCOPE_EVAL_CHILD(right, *b.right);
        co_return binary(static_cast<ir::BinOp>(b.aux), left, right);
    }
    case ir::Op::Unary:
    case ir::Op::Not: {
        Value v;
        COROSCOPE_EVAL_CHILD(v, *static_cast<const ir::Operand&>(e).value);
        if (e.op == ir::Op::Not) co_return Value::boolean(!truthy(v));
        co_return unary(static_cast<ir::UnaryOp>(e.aux), v);
    }
    case ir::Op::And:
    case ir::Op::Or: {
        const auto& s = static_cast<const ir::Sequence&>(e);
        const bool isAnd = e.op == ir::Op::And;
        Value v;
        for (const ir::Expr* item : s.items) {
            COROSCOPE_EVAL_CHILD(v, *item);
            if (truthy(v) != isAnd) co_return v;
        }
        co_return v;
    }
    case ir::Op::Compare: {
        const auto& c = static_cast<const ir::Compare&>(e);
        Value left;
        COROSCOPE_EVAL_CHILD(left, *c.left);
        for (std::size_t i = 0; i < c.ops.size(); ++i) {
            Value right;
            COROSCOPE_EVAL_CHILD(right, *c.comparators[i]);
            if (!detail::compareLink(c.ops[i], left, right)) co_return False();
            left = std::move(right);
        }
        co_return True();
    }
    case ir::Op::IfExp: {
        const auto& i = static_cast<const ir::IfExp&>(e);
        Value test, v;
        COROSCOPE_EVAL_CHILD(test, *i.test);
        if (truthy(test)) {
            COROSCOPE_EVAL_CHILD(v, *i.body);
        } else {
            COROSCOPE_EVAL_CHILD(v, *i.orelse);
        }
        co_return v;
    }
    case ir::Op::List:
    case ir::Op::Tuple:
    case ir::Op::Set: {
        const auto& s = static_cast<const ir::Sequence&>(e);
        std::vector<Value> items;
        items.reserve(s.items.size());
        for (const ir::Expr* item : s.items) {
            Value v;
            COROSCOPE_EVAL_CHILD(v, unstarred(*item));
            detail::addDisplayItem(*item, std::move(v), items);
        }
        co_return detail::makeDisplay(e.op, std::move(items));
    }
    case ir::Op::Dict: {
        const auto& d = static_cast<const ir::DictDisplay&>(e);
        auto dict = newDict();
        for (std::size_t i = 0; i < d.values.size(); ++i) {
            Value k, v;
            if (d.keys[i]) COROSCOPE_EVAL_CHILD(k, *d.keys[i]);
            COROSCOPE_EVAL_CHILD(v, *d.values[i]);
            detail::addDictItem(*dict, d.keys[i], k, std::move(v));
        }
        co_return Value(dict);
    }
    case ir::Op::Comp: {
        const auto& c = static_cast<const ir::Comp&>(e);
        Value iterable;
        COROSCOPE_EVAL_CHILD(iterable, *c.firstIter);
        if (static_cast<ir::CompKind>(c.aux) == ir::CompKind::Generator)
            co_return makeGenExp(f, c, iterable);
        if (!c.code->body.async) co_return evalComprehensionSync(f, c, iterable);
        Eval<Value> comp = evalComprehension(f, c, std::move(iterable));
        co_return co_await std::move(comp);
    }
    case ir::Op::Lambda: {
        const auto& m = static_cast<const ir::MakeFunction&>(e);
        std::vector<Value> defaults;
        for (const ir::Expr* d : m.defaults) {
            Value v;
            COROSCOPE_EVAL_CHILD(v, *d);
            defaults.push_back(std::move(v));
        }
        std::vector<Value> kwDefaults;
        for (const ir::Expr* d : m.kwDefaults) {
            Value v;
            if (d) COROSCOPE_EVAL_CHILD(v, *d);
            kwDefaults.push_back(std::move(v));
        }
        co_return makeFunction(f, m, std::move(defaults), std::move(kwDefaults));
    }
    case ir::Op::FString: {
        const auto& s = static_cast<const ir::Sequence&>(e);
        std::string out;
        for (const ir::Expr* part : s.items) {
            Value v;
            COROSCOPE_EVAL_CHILD(v, *part);
            out += v.as<StrObject>()->view();
        }
        co_return strValue(std::move(out));
    }
    case ir::Op::Format: {
        const auto& fm = static_cast<const ir::Format&>(e);
        Value v, spec;
        COROSCOPE_EVAL_CHILD(v, *fm.value);
        if (fm.spec) COROSCOPE_EVAL_CHILD(spec, *fm.spec);
        co_return strValue(detail::formatField(v, fm.aux, fm.spec ? &spec : nullptr));
    }
    case ir::Op::Walrus: {
        const auto& w = static_cast<const ir::Walrus&>(e);
        Value v;
        COROSCOPE_EVAL_CHILD(v, *w.value);
        assign(f, *w.target, v);
        co_return v;
    }
    default: co_return eval(f, e);
    }
}

} // namespace coroscope::interp
