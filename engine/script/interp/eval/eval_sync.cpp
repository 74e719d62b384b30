// SPDX-License-Identifier: MIT
// The plain evaluator: expressions that hold no call, await or yield, and
// any expression evaluated for native code (which cannot suspend).
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/set_object.h"

namespace coroscope::interp {

namespace detail {

void addDisplayItem(const ir::Expr& e, Value v, std::vector<Value>& items) {
    if (e.op == ir::Op::Starred) {
        forEachItem(v, [&](const Value& item) {
            items.push_back(item);
            return true;
        });
        return;
    }
    items.push_back(std::move(v));
}

Value makeDisplay(ir::Op op, std::vector<Value> items) {
    switch (op) {
    case ir::Op::List: return Value(newList(std::move(items)));
    case ir::Op::Tuple: return Value(newTuple(std::move(items)));
    default: {
        auto set = newSet();
        for (const Value& v : items)
            set->add(v);
        return Value(set);
    }
    }
}

void addDictItem(DictObject& d, const ir::Expr* key, const Value& k, Value v) {
    if (key) {
        d.set(k, std::move(v));
        return;
    }
    if (!v.is(Kind::Dict)) typeError("'" + typeName(v) + "' object is not a mapping");
    auto* src = v.as<DictObject>();
    for (std::size_t i = src->nextLive(0); i < src->entries().size(); i = src->nextLive(i + 1))
        d.set(src->entries()[i].key, src->entries()[i].value);
}

std::string formatField(const Value& v, std::uint8_t conversion, const Value* spec) {
    std::string specText = spec ? spec->as<StrObject>()->str() : std::string();
    switch (conversion) {
    case 's': return format(strValue(str(v)), specText);
    case 'r': return format(strValue(repr(v)), specText);
    case 'a': return format(strValue(repr(v)), specText);
    default: return format(v, specText);
    }
}

bool compareLink(ir::CmpOp op, const Value& a, const Value& b) {
    return compare(op, a, b);
}

Value makeSlice(Value lower, Value upper, Value step) {
    return Value(
        Ref<SliceObject>(new SliceObject(std::move(lower), std::move(upper), std::move(step))));
}

void nameError(StrObject* name) {
    raiseNew(types().NameError, "name '" + name->str() + "' is not defined");
}

void freeVariableError(StrObject* name) {
    raiseNew(types().NameError, "cannot access free variable '" + name->str() +
                                    "' where it is not associated with a value in enclosing "
                                    "scope");
}

} // namespace detail

Value Interp::eval(Frame& f, const ir::Expr& e) {
    switch (e.op) {
    case ir::Op::Const: return *static_cast<const ir::Const&>(e).value;
    case ir::Op::Local: {
        const auto& n = static_cast<const ir::Local&>(e);
        const Value& v = f.slots[n.slot];
        if (v.isUnbound()) [[unlikely]]
            unboundLocal(n);
        return v;
    }
    case ir::Op::Deref: {
        const auto& n = static_cast<const ir::Local&>(e);
        auto* cell = f.slots[n.slot].as<CellObject>();
        if (!cell->bound()) [[unlikely]] {
            if (n.slot >= f.code->firstFree) detail::freeVariableError(n.name);
            unboundLocal(n);
        }
        return cell->get();
    }
    case ir::Op::Global: return loadGlobal(f, static_cast<const ir::GlobalName&>(e).name);
    case ir::Op::Name: return loadName(f, static_cast<const ir::GlobalName&>(e).name);
    case ir::Op::ClassDeref: {
        const auto& n = static_cast<const ir::ClassDeref&>(e);
        if (f.names)
            if (Value* v = f.names->findStr(n.name)) return *v;
        auto* cell = f.slots[n.slot].as<CellObject>();
        if (!cell->bound()) detail::freeVariableError(n.name);
        return cell->get();
    }
    case ir::Op::Attr: {
        const auto& a = static_cast<const ir::Attr&>(e);
        return getAttr(eval(f, *a.value), a.name);
    }
    case ir::Op::Subscript: {
        const auto& s = static_cast<const ir::Subscript&>(e);
        Value obj = eval(f, *s.value);
        return getItem(obj, eval(f, *s.index));
    }
    case ir::Op::Slice: {
        const auto& s = static_cast<const ir::Slice&>(e);
        return detail::makeSlice(s.lower ? eval(f, *s.lower) : Value(),
                                 s.upper ? eval(f, *s.upper) : Value(),
                                 s.step ? eval(f, *s.step) : Value());
    }
    case ir::Op::Call:
    case ir::Op::CallMethod: {
        ArgBuffer buf;
        CallStart call = startSimpleCall(f, e, buf);
        if (call.finished()) return std::move(call.result);
        return runNested(std::move(call.pending));
    }
    case ir::Op::Binary: {
        const auto& b = static_cast<const ir::Binary&>(e);
        Value left = eval(f, *b.left);
        return binary(static_cast<ir::BinOp>(b.aux), left, eval(f, *b.right));
    }
    case ir::Op::Unary:
        return unary(static_cast<ir::UnaryOp>(e.aux),
                     eval(f, *static_cast<const ir::Operand&>(e).value));
    case ir::Op::Not:
        return Value::boolean(!truthy(eval(f, *static_cast<const ir::Operand&>(e).value)));
    case ir::Op::And:
    case ir::Op::Or: {
        const auto& s = static_cast<const ir::Sequence&>(e);
        const bool isAnd = e.op == ir::Op::And;
        Value v;
        for (const ir::Expr* item : s.items) {
            v = eval(f, *item);
            if (truthy(v) != isAnd) return v;
        }
        return v;
    }
    case ir::Op::Compare: {
        const auto& c = static_cast<const ir::Compare&>(e);
        Value left = eval(f, *c.left);
        for (std::size_t i = 0; i < c.ops.size(); ++i) {
            Value right = eval(f, *c.comparators[i]);
            if (!detail::compareLink(c.ops[i], left, right)) return False();
            left = std::move(right);
        }
        return True();
    }
    case ir::Op::IfExp: {
        const auto& i = static_cast<const ir::IfExp&>(e);
        return truthy(eval(f, *i.test)) ? eval(f, *i.body) : eval(f, *i.orelse);
    }
    case ir::Op::List:
    case ir::Op::Tuple:
    case ir::Op::Set: {
        const auto& s = static_cast<const ir::Sequence&>(e);
        std::vector<Value> items;
        items.reserve(s.items.size());
        for (const ir::Expr* item : s.items) {
            const ir::Expr& inner =
                item->op == ir::Op::Starred ? *static_cast<const ir::Operand*>(item)->value : *item;
            detail::addDisplayItem(*item, eval(f, inner), items);
        }
        return detail::makeDisplay(e.op, std::move(items));
    }
    case ir::Op::Dict: {
        const auto& d = static_cast<const ir::DictDisplay&>(e);
        auto dict = newDict();
        for (std::size_t i = 0; i < d.values.size(); ++i) {
            Value k = d.keys[i] ? eval(f, *d.keys[i]) : Value();
            detail::addDictItem(*dict, d.keys[i], k, eval(f, *d.values[i]));
        }
        return Value(dict);
    }
    case ir::Op::Comp: {
        const auto& c = static_cast<const ir::Comp&>(e);
        Value iterable = eval(f, *c.firstIter);
        if (static_cast<ir::CompKind>(c.aux) == ir::CompKind::Generator)
            return makeGenExp(f, c, iterable);
        if (!c.code->body.async) return evalComprehensionSync(f, c, iterable);
        return runNested(evalComprehension(f, c, std::move(iterable)));
    }
    case ir::Op::Lambda: {
        const auto& m = static_cast<const ir::MakeFunction&>(e);
        std::vector<Value> defaults;
        for (const ir::Expr* d : m.defaults)
            defaults.push_back(eval(f, *d));
        std::vector<Value> kwDefaults;
        for (const ir::Expr* d : m.kwDefaults)
            kwDefaults.push_back(d ? eval(f, *d) : Value());
        return makeFunction(f, m, std::move(defaults), std::move(kwDefaults));
    }
    case ir::Op::FString: {
        const auto& s = static_cast<const ir::Sequence&>(e);
        std::string out;
        for (const ir::Expr* part : s.items) {
            Value v = eval(f, *part);
            out += v.as<StrObject>()->view();
        }
        return strValue(std::move(out));
    }
    case ir::Op::Format: {
        const auto& fm = static_cast<const ir::Format&>(e);
        Value v = eval(f, *fm.value);
        if (!fm.spec) return strValue(detail::formatField(v, fm.aux, nullptr));
        Value spec = eval(f, *fm.spec);
        return strValue(detail::formatField(v, fm.aux, &spec));
    }
    case ir::Op::Walrus: {
        const auto& w = static_cast<const ir::Walrus&>(e);
        Value v = eval(f, *w.value);
        assign(f, *w.target, v);
        return v;
    }
    case ir::Op::Starred: typeError("can't use starred expression here");
    case ir::Op::Await:
    case ir::Op::Yield: break;
    }
    runtimeError("internal error: 'await' or 'yield' evaluated where it cannot suspend");
}

} // namespace coroscope::interp
