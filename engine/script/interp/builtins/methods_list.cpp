// SPDX-License-Identifier: MIT
// The methods of list and tuple.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"

#include <algorithm>

namespace coroscope::interp {

namespace {

std::vector<Value>& items(CallArgs& a) {
    return a.self->as<SequenceObject>()->items();
}

Value listAppend(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"list.append(object, /)">(a);
    a.self->as<ListObject>()->append(*b[0]);
    return Value();
}

Value listExtend(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"list.extend(iterable, /)">(a);
    std::vector<Value> more = toVector(*b[0]);
    auto* list = a.self->as<ListObject>();
    for (Value& v : more)
        list->append(std::move(v));
    return Value();
}

Value listInsert(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"insert(index, object, /)">(a);
    auto& v = items(a);
    std::int64_t n = static_cast<std::int64_t>(v.size());
    std::int64_t i = intArg(*b[0], "index");
    if (i < 0) i = std::max<std::int64_t>(0, i + n);
    if (i > n) i = n;
    v.insert(v.begin() + i, *b[1]);
    a.self->as<ListObject>()->account();
    return Value();
}

Value listPop(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"pop(index=-1, /)">(a);
    auto& v = items(a);
    if (v.empty()) indexError("pop from empty list");
    std::int64_t n = static_cast<std::int64_t>(v.size());
    std::int64_t i = b[0] ? intArg(*b[0], "index") : n - 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError("pop index out of range");
    Value out = std::move(v[static_cast<std::size_t>(i)]);
    v.erase(v.begin() + i);
    return out;
}

Value listRemove(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"list.remove(value, /)">(a);
    auto& v = items(a);
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i].identical(*b[0]) || equals(v[i], *b[0])) {
            v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
            return Value();
        }
    }
    valueError("list.remove(x): x not in list");
}

Value seqIndex(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(value, start=0, stop=?, /)">(a);
    auto& v = items(a);
    std::int64_t n = static_cast<std::int64_t>(v.size());
    std::int64_t start = b[1] ? intArg(*b[1], "start") : 0;
    std::int64_t stop = b[2] ? intArg(*b[2], "stop") : n;
    if (start < 0) start = std::max<std::int64_t>(0, start + n);
    if (stop < 0) stop = std::max<std::int64_t>(0, stop + n);
    for (std::int64_t i = start; i < std::min(stop, n); ++i)
        if (v[static_cast<std::size_t>(i)].identical(*b[0]) ||
            equals(v[static_cast<std::size_t>(i)], *b[0]))
            return Value::integer(i);
    valueError(a.self->is(Kind::List) ? "list.index(x): x not in list"
                                      : "tuple.index(x): x not in tuple");
}

Value seqCount(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"(value, /)">(a);
    std::int64_t n = 0;
    for (const Value& v : items(a))
        if (v.identical(*b[0]) || equals(v, *b[0])) ++n;
    return Value::integer(n);
}

Value listReverse(CallArgs& a) {
    bindBuiltin<"list.reverse()">(a);
    std::reverse(items(a).begin(), items(a).end());
    return Value();
}

Value listSort(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"sort(*, key=None, reverse=False)">(a);
    const Value* reverse = b[1];
    // The list is empty while it is sorted, as in CPython.
    std::vector<Value> v;
    v.swap(items(a));
    std::exception_ptr error;
    try {
        sortValues(v, b[0], reverse && truthy(*reverse));

    } catch (...) {
        error = std::current_exception();
    }
    bool modified = !items(a).empty();
    items(a).swap(v);
    if (error) std::rethrow_exception(error);
    if (modified) valueError("list modified during sort");
    return Value();
}

Value listCopy(CallArgs& a) {
    bindBuiltin<"list.copy()">(a);
    return Value(newList(items(a)));
}

Value listClear(CallArgs& a) {
    bindBuiltin<"list.clear()">(a);
    std::vector<Value> old;
    old.swap(items(a));
    a.self->as<ListObject>()->account();
    return Value();
}

} // namespace

void initListMethods() {
    TypeObject* l = types().list;
    addMethod(l, "append", listAppend);
    addMethod(l, "extend", listExtend);
    addMethod(l, "insert", listInsert);
    addMethod(l, "pop", listPop);
    addMethod(l, "remove", listRemove);
    addMethod(l, "index", seqIndex);
    addMethod(l, "count", seqCount);
    addMethod(l, "reverse", listReverse);
    addMethod(l, "sort", listSort);
    addMethod(l, "copy", listCopy);
    addMethod(l, "clear", listClear);
    TypeObject* t = types().tuple;
    addMethod(t, "index", seqIndex);
    addMethod(t, "count", seqCount);
}

} // namespace coroscope::interp
