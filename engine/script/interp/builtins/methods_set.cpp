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
    mutable_(a, "add");
    a.expect(1, 1);
    self(a).add(a[0]);
    return Value();
}

Value setDiscard(CallArgs& a) {
    mutable_(a, "discard");
    a.expect(1, 1);
    self(a).discard(a[0]);
    return Value();
}

Value setRemove(CallArgs& a) {
    mutable_(a, "remove");
    a.expect(1, 1);
    if (!self(a).discard(a[0])) keyError(a[0]);
    return Value();
}

Value setPop(CallArgs& a) {
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
    for (std::uint32_t i = 0; i < a.npos; ++i)
        forEachItem(a[i], [&](const Value& v) {
            self(a).add(v);
            return true;
        });
    return Value();
}

Value setOpMethod(CallArgs& a, ir::BinOp op) {
    Value result(Ref<SetObject>(&self(a)));
    result = binary(ir::BinOp::BitOr, result, Value(newSet(self(a).frozen())));
    for (std::uint32_t i = 0; i < a.npos; ++i)
        result = binary(op, result, Value(asSet(a[i])));
    return result;
}
Value setUnion(CallArgs& a) {
    return setOpMethod(a, ir::BinOp::BitOr);
}
Value setIntersection(CallArgs& a) {
    return setOpMethod(a, ir::BinOp::BitAnd);
}
Value setDifference(CallArgs& a) {
    return setOpMethod(a, ir::BinOp::Sub);
}
Value setSymmetricDifference(CallArgs& a) {
    a.expect(1, 1);
    return setOpMethod(a, ir::BinOp::BitXor);
}

Value setIssubset(CallArgs& a) {
    a.expect(1, 1);
    return Value::boolean(compare(ir::CmpOp::LtE, *a.self, Value(asSet(a[0]))));
}
Value setIssuperset(CallArgs& a) {
    a.expect(1, 1);
    return Value::boolean(compare(ir::CmpOp::GtE, *a.self, Value(asSet(a[0]))));
}
Value setIsdisjoint(CallArgs& a) {
    a.expect(1, 1);
    bool disjoint = true;
    forEachItem(a[0], [&](const Value& v) {
        disjoint = !self(a).contains(v);
        return disjoint;
    });
    return Value::boolean(disjoint);
}

Value setCopy(CallArgs& a) {
    return binary(ir::BinOp::BitOr, *a.self, Value(newSet(self(a).frozen())));
}

Value setClear(CallArgs& a) {
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
