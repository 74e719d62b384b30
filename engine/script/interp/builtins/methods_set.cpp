// SPDX-License-Identifier: MIT
// The methods of set and frozenset.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/set_object.h"

namespace coroscope::interp {

namespace {

SetObject& self(CallArgs& a) {
    return *a.self->as<SetObject>();
}

Ref<SetObject> asSet(const Value& v) {
    if (v.is(Kind::Set)) return Ref<SetObject>(v.as<SetObject>());
    auto s = newSet();
    forEachItem(v, [&](const Value& item) {
        s->add(item);
        return true;
    });
    return s;
}

void mutable_(CallArgs& a, const char* name) {
    if (self(a).frozen())
        attributeError(std::string("'frozenset' object has no attribute '") + name + "'");
}

Value setAdd(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"set.add(object, /)">(a);
    mutable_(a, "add");
    self(a).add(*b[0]);
    return Value();
}

Value setDiscard(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"set.discard(object, /)">(a);
    mutable_(a, "discard");
    self(a).discard(*b[0]);
    return Value();
}

Value setRemove(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"set.remove(object, /)">(a);
    mutable_(a, "remove");
    if (!self(a).discard(*b[0])) keyError(*b[0]);
    return Value();
}

Value setPop(CallArgs& a) {
    bindBuiltin<"set.pop()">(a);
    mutable_(a, "pop");
    SetObject& s = self(a);
    std::size_t i = s.nextActive(0);
    if (i >= s.slots().size()) keyError(strValue("pop from an empty set"));
    Value v = s.slots()[i].key;
    s.discard(v);
    return v;
}

Value setUpdate(CallArgs& a) {
    mutable_(a, "update");
    const BoundArgs b = bindBuiltin<"update(*others)">(a);
    for (std::uint32_t i = 0; i < b.restSize(); ++i)
        forEachItem(b.rest()[i], [&](const Value& v) {
            self(a).add(v);
            return true;
        });
    return Value();
}

// A copy of the set combined by `op` with each of `others` in turn.
Value setOpMethod(CallArgs& a, const Value* others, std::uint32_t n, ir::BinOp op) {
    Value result(Ref<SetObject>(&self(a)));
    result = binary(ir::BinOp::BitOr, result, Value(newSet(self(a).frozen())));
    for (std::uint32_t i = 0; i < n; ++i)
        result = binary(op, result, Value(asSet(others[i])));
    return result;
}
Value setUnion(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"union(*others)">(a);
    return setOpMethod(a, b.rest(), b.restSize(), ir::BinOp::BitOr);
}
Value setIntersection(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"intersection(*others)">(a);
    return setOpMethod(a, b.rest(), b.restSize(), ir::BinOp::BitAnd);
}
Value setDifference(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"difference(*others)">(a);
    return setOpMethod(a, b.rest(), b.restSize(), ir::BinOp::Sub);
}
Value setSymmetricDifference(CallArgs& a) {
    const Value* other = bindBuiltin<"symmetric_difference(other, /)">(a)[0];
    return setOpMethod(a, other, 1, ir::BinOp::BitXor);
}

Value setIssubset(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"issubset(other, /)">(a);
    return Value::boolean(compare(ir::CmpOp::LtE, *a.self, Value(asSet(*b[0]))));
}
Value setIssuperset(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"issuperset(other, /)">(a);
    return Value::boolean(compare(ir::CmpOp::GtE, *a.self, Value(asSet(*b[0]))));
}
Value setIsdisjoint(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"isdisjoint(other, /)">(a);
    bool disjoint = true;
    forEachItem(*b[0], [&](const Value& v) {
        disjoint = !self(a).contains(v);
        return disjoint;
    });
    return Value::boolean(disjoint);
}

Value setCopy(CallArgs& a) {
    bindBuiltin<"copy()">(a);
    return binary(ir::BinOp::BitOr, *a.self, Value(newSet(self(a).frozen())));
}

Value setClear(CallArgs& a) {
    bindBuiltin<"set.clear()">(a);
    mutable_(a, "clear");
    self(a).clear();
    return Value();
}

} // namespace

void initSetMethods() {
    for (TypeObject* t : {types().set, types().frozenset}) {
        addMethod(t, "union", setUnion);
        addMethod(t, "intersection", setIntersection);
        addMethod(t, "difference", setDifference);
        addMethod(t, "symmetric_difference", setSymmetricDifference);
        addMethod(t, "issubset", setIssubset);
        addMethod(t, "issuperset", setIssuperset);
        addMethod(t, "isdisjoint", setIsdisjoint);
        addMethod(t, "copy", setCopy);
    }
    TypeObject* s = types().set;
    addMethod(s, "add", setAdd);
    addMethod(s, "discard", setDiscard);
    addMethod(s, "remove", setRemove);
    addMethod(s, "pop", setPop);
    addMethod(s, "update", setUpdate);
    addMethod(s, "clear", setClear);
}

} // namespace coroscope::interp
