// SPDX-License-Identifier: MIT
// The builtins over iterables: sorted, reversed, enumerate, zip, map,
// filter, sum, min, max, any, all.
#include "script/interp/builtins/builtins.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/recursion.h"

#include <algorithm>

namespace coroscope::interp {

std::vector<Value> itemsOf(const Value& iterable) {
    return toVector(iterable);
}

void sortValues(std::vector<Value>& items, const Value* key, bool reverse) {
    Interp& in = interp();
    // CPython computes each key once, then sorts stably; reverse keeps the
    // order of equal items (it reverses, sorts, reverses back).
    std::vector<Value> keys;
    if (key && !key->isNone()) {
        keys.reserve(items.size());
        for (const Value& v : items) {
            in.tick();
            keys.push_back(in.call(*key, {v}));
        }
    } else {
        keys = items;
    }
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    if (reverse) std::reverse(order.begin(), order.end());
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lessThan(keys[a], keys[b]); });
    if (reverse) std::reverse(order.begin(), order.end());
    std::vector<Value> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(items[i]));
    items.swap(sorted);
}

namespace {

Value builtinSorted(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"sorted(iterable, /, *, key=None, reverse=False)">(a);
    // CPython counts the call of a builtin taking keywords as a level.
    RecursionGuard guard(kWhileCalling);
    std::vector<Value> items = itemsOf(*b[0]);
    const Value* key = b[1];
    const Value* reverse = b[2];
    sortValues(items, key, reverse && truthy(*reverse));
    return Value(newList(std::move(items)));
}

Value builtinReversed(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"reversed(sequence, /)">(a);
    const Value& v = *b[0];
    if (v.is(Kind::List) || v.is(Kind::Tuple)) return makeSequenceIterator(v, true);
    if (v.is(Kind::Range)) {
        auto* r = v.as<RangeObject>();
        std::int64_t n = r->length();
        if (n == 0) return getIter(v);
        std::int64_t last = r->at(n - 1);
        return getIter(
            Value(Ref<RangeObject>(new RangeObject(last, r->start() - r->step(), -r->step()))));
    }
    if (v.is(Kind::Str) || v.is(Kind::Dict)) {
        std::vector<Value> items = itemsOf(v);
        std::reverse(items.begin(), items.end());
        return makeSequenceIterator(Value(newList(std::move(items))), false);
    }
    if (v.isObject())
        if (Value* fn = v.obj()->type()->lookup("__reversed__")) return interp().call(*fn, {v});
    typeError("'" + typeName(v) + "' object is not reversible");
}

Value builtinEnumerate(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"enumerate(iterable, start=0)">(a);
    const Value* it = b[0];
    const Value* start = b[1];
    return makeEnumerate(getIter(*it), start ? intArg(*start, "start") : 0);
}

Value builtinZip(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"zip(*iterables, strict=False)">(a);
    std::vector<Value> its;
    for (std::uint32_t i = 0; i < b.restSize(); ++i)
        its.push_back(getIter(b.rest()[i]));
    const Value* strict = b[0];
    return makeZip(std::move(its), strict && truthy(*strict));
}

Value builtinMap(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"map(func, iterable, /, *iterables)">(a);
    std::vector<Value> its{getIter(*b[1])};
    for (std::uint32_t i = 0; i < b.restSize(); ++i)
        its.push_back(getIter(b.rest()[i]));
    return makeMap(*b[0], std::move(its));
}

Value builtinFilter(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"filter(function, iterable, /)">(a);
    return makeFilter(*b[0], getIter(*b[1]));
}

Value builtinSum(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"sum(iterable, /, start=0)">(a);
    const Value* start = b[1];
    Value total = start ? *start : Value::integer(0);
    if (total.is(Kind::Str)) typeError("sum() can't sum strings [use ''.join(seq) instead]");
    Interp& in = interp();
    forEachItem(*b[0], [&](const Value& v) {
        in.tick();
        total = binary(ir::BinOp::Add, total, v);
        return true;
    });
    return total;
}

// min and max: one iterable, or two or more values (after the first, in *args).
Value minMax(const BoundArgs& b, bool max) {
    const char* name = max ? "max" : "min";
    const Value* key = b[1];
    const Value* dflt = b[2];
    std::vector<Value> items;
    if (b.restSize() == 0) {
        items = itemsOf(*b[0]);
    } else {
        if (dflt)
            typeError(std::string("Cannot specify a default for ") + name +
                      "() with multiple positional arguments");
        items.push_back(*b[0]);
        items.insert(items.end(), b.rest(), b.rest() + b.restSize());
    }
    if (items.empty()) {
        if (dflt) return *dflt;
        valueError(std::string(name) + "() arg is an empty sequence");
    }
    Interp& in = interp();
    bool useKey = key && !key->isNone();
    Value best = items[0];
    Value bestKey = useKey ? in.call(*key, {best}) : best;
    for (std::size_t i = 1; i < items.size(); ++i) {
        Value k = useKey ? in.call(*key, {items[i]}) : items[i];
        if (max ? lessThan(bestKey, k) : lessThan(k, bestKey)) {
            best = items[i];
            bestKey = std::move(k);
        }
    }
    return best;
}

Value builtinMin(CallArgs& a) {
    return minMax(bindBuiltin<"min(iterable, /, *args, key=None, default=?)">(a), false);
}
Value builtinMax(CallArgs& a) {
    return minMax(bindBuiltin<"max(iterable, /, *args, key=None, default=?)">(a), true);
}

Value builtinAny(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"any(iterable, /)">(a);
    bool found = false;
    forEachItem(*b[0], [&](const Value& v) {
        found = truthy(v);
        return !found;
    });
    return Value::boolean(found);
}

Value builtinAll(CallArgs& a) {
    const BoundArgs b = bindBuiltin<"all(iterable, /)">(a);
    bool all = true;
    forEachItem(*b[0], [&](const Value& v) {
        all = truthy(v);
        return all;
    });
    return Value::boolean(all);
}

} // namespace

Eval<Value> collectThenCall(CallArgs args) {
    Interp& in = interp();
    std::vector<Value> pos(args.pos, args.pos + args.npos);
    for (Value& v : pos) {
        if (!(v.is(Kind::Iterator) && needsAsyncIteration(v))) continue;
        std::vector<Value> items;
        for (;;) {
            Value item;
            Eval<bool> next = in.nextAsync(v, item);
            if (!co_await std::move(next)) break;
            items.push_back(std::move(item));
        }
        v = Value(newList(std::move(items)));
    }
    CallArgs a = args;
    a.pos = pos.data();
    co_return args.plain(a);
}

void setConsumer(DictObject& builtins, const char* name, NativePlain fn) {
    builtins.setStr(name, Value(Ref<NativeFunction>(
                              new NativeFunction(name, fn, collectThenCall, Value(), nullptr))));
}

void initBuiltinSequences(DictObject& b) {
    setConsumer(b, "sorted", builtinSorted);
    setBuiltin(b, "reversed", builtinReversed);
    setBuiltin(b, "enumerate", builtinEnumerate);
    setBuiltin(b, "zip", builtinZip);
    setBuiltin(b, "map", builtinMap);
    setBuiltin(b, "filter", builtinFilter);
    setConsumer(b, "sum", builtinSum);
    setConsumer(b, "min", builtinMin);
    setConsumer(b, "max", builtinMax);
    setConsumer(b, "any", builtinAny);
    setConsumer(b, "all", builtinAll);
}

} // namespace coroscope::interp
