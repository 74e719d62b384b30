// SPDX-License-Identifier: MIT
// Reading names and assigning to targets (names, attributes, items, and
// the unpacking of a, *b = ...).
#include "script/interp/eval/eval_support.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"

namespace coroscope::interp {

Value Interp::loadGlobal(Frame& f, StrObject* name) {
    if (Value* v = f.globals->findStr(name)) return *v;
    if (Value* v = m_builtins->findStr(name)) return *v;
    detail::nameError(name);
}

Value Interp::loadName(Frame& f, StrObject* name) {
    if (f.names)
        if (Value* v = f.names->findStr(name)) return *v;
    return loadGlobal(f, name);
}

void Interp::unboundLocal(const ir::Local& n) {
    raiseNew(types().UnboundLocalError, "cannot access local variable '" + n.name->str() +
                                            "' where it is not associated with a value");
}

namespace {

void unpack(Interp& in, Frame& f, const ir::Sequence& targets, const Value& v) {
    std::vector<Value> owned;
    const std::vector<Value>* items;
    if (v.is(Kind::Tuple) || v.is(Kind::List)) {
        items = &v.as<SequenceObject>()->items();
    } else {
        owned = toVector(v);
        items = &owned;
    }
    const std::size_t n = targets.items.size();
    std::size_t star = n;
    for (std::size_t i = 0; i < n; ++i)
        if (targets.items[i]->op == ir::Op::Starred) star = i;
    const std::size_t got = items->size();
    if (star == n) {
        if (got > n) valueError("too many values to unpack (expected " + std::to_string(n) + ")");
        if (got < n)
            valueError("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                       std::to_string(got) + ")");
        // Copy first: assigning may change the sequence (a, b = b, a is fine,
        // but x[0], x[1] = x reads the list while it is written).
        std::vector<Value> values(*items);
        for (std::size_t i = 0; i < n; ++i)
            in.assign(f, *targets.items[i], values[i]);
        return;
    }
    if (got < n - 1)
        valueError("not enough values to unpack (expected at least " + std::to_string(n - 1) +
                   ", got " + std::to_string(got) + ")");
    std::vector<Value> values(*items);
    const std::size_t after = n - 1 - star;
    for (std::size_t i = 0; i < star; ++i)
        in.assign(f, *targets.items[i], values[i]);
    std::vector<Value> middle(values.begin() + static_cast<std::ptrdiff_t>(star),
                              values.end() - static_cast<std::ptrdiff_t>(after));
    in.assign(f, *static_cast<const ir::Operand*>(targets.items[star])->value,
              Value(newList(std::move(middle))));
    for (std::size_t i = 0; i < after; ++i)
        in.assign(f, *targets.items[star + 1 + i], values[got - after + i]);
}

} // namespace

void Interp::assign(Frame& f, const ir::Expr& target, Value v) {
    switch (target.op) {
    case ir::Op::Local: f.slots[static_cast<const ir::Local&>(target).slot] = std::move(v); return;
    case ir::Op::Deref:
        f.slots[static_cast<const ir::Local&>(target).slot].as<CellObject>()->set(std::move(v));
        return;
    case ir::Op::Global:
        f.globals->setStr(static_cast<const ir::GlobalName&>(target).name, std::move(v));
        return;
    case ir::Op::Name:
    case ir::Op::ClassDeref: {
        StrObject* name = target.op == ir::Op::Name
                              ? static_cast<const ir::GlobalName&>(target).name
                              : static_cast<const ir::ClassDeref&>(target).name;
        (f.names ? f.names : f.globals)->setStr(name, std::move(v));
        return;
    }
    case ir::Op::Attr: {
        const auto& a = static_cast<const ir::Attr&>(target);
        setAttr(eval(f, *a.value), a.name, std::move(v));
        return;
    }
    case ir::Op::Subscript: {
        const auto& s = static_cast<const ir::Subscript&>(target);
        Value obj = eval(f, *s.value);
        setItem(obj, eval(f, *s.index), std::move(v));
        return;
    }
    case ir::Op::Tuple:
    case ir::Op::List: unpack(*this, f, static_cast<const ir::Sequence&>(target), v); return;
    default: typeError("cannot assign to this expression");
    }
}

void Interp::deleteTarget(Frame& f, const ir::Expr& target) {
    switch (target.op) {
    case ir::Op::Local: {
        const auto& n = static_cast<const ir::Local&>(target);
        if (f.slots[n.slot].isUnbound()) unboundLocal(n);
        f.slots[n.slot] = Value::unbound();
        return;
    }
    case ir::Op::Deref: {
        const auto& n = static_cast<const ir::Local&>(target);
        auto* cell = f.slots[n.slot].as<CellObject>();
        if (!cell->bound()) unboundLocal(n);
        cell->unbind();
        return;
    }
    case ir::Op::Global:
    case ir::Op::Name: {
        StrObject* name = static_cast<const ir::GlobalName&>(target).name;
        DictObject* d = target.op == ir::Op::Name && f.names ? f.names : f.globals;
        if (!d->erase(Value(name))) detail::nameError(name);
        return;
    }
    case ir::Op::Attr: {
        const auto& a = static_cast<const ir::Attr&>(target);
        delAttr(eval(f, *a.value), a.name);
        return;
    }
    case ir::Op::Subscript: {
        const auto& s = static_cast<const ir::Subscript&>(target);
        Value obj = eval(f, *s.value);
        delItem(obj, eval(f, *s.index));
        return;
    }
    case ir::Op::Tuple:
    case ir::Op::List:
        for (const ir::Expr* t : static_cast<const ir::Sequence&>(target).items)
            deleteTarget(f, *t);
        return;
    default: typeError("cannot delete this expression");
    }
}

} // namespace coroscope::interp
