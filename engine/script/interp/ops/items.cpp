// SPDX-License-Identifier: MIT
// len(), indexing and slicing of the builtin containers (and a user class's
// __len__, __getitem__, __setitem__, __delitem__).
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/set_object.h"
#include "script/pylib/py_str.h"

namespace coroscope::interp {

namespace {

Value* user(const Value& v, const char* name) {
    if (!v.isObject()) return nullptr;
    return v.obj()->type()->lookup(name);
}

std::optional<std::int64_t> sliceBound(const Value& v) {
    if (v.isNone()) return std::nullopt;
    if (!v.isIntLike())
        typeError("slice indices must be integers or None or have an __index__ method");
    return v.asInt();
}

// CPython's PySlice_Unpack + PySlice_AdjustIndices: the positions a slice
// selects in a sequence of `length` items.
struct SliceRange {
    std::int64_t start, stop, step, count;
};

SliceRange resolve(const SliceObject& s, std::int64_t length) {
    std::int64_t step = s.step.isNone() ? 1 : *sliceBound(s.step);
    if (step == 0) valueError("slice step cannot be zero");
    auto lo = sliceBound(s.start), hi = sliceBound(s.stop);
    std::int64_t start = lo ? *lo : (step < 0 ? INT64_MAX : 0);
    std::int64_t stop = hi ? *hi : (step < 0 ? INT64_MIN : INT64_MAX);
    auto adjust = [&](std::int64_t& i) {
        if (i < 0) {
            i = i < -length ? -1 : i + length;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
    };
    adjust(start);
    adjust(stop);
    std::int64_t count = 0;
    if (step < 0) {
        if (stop < start) count = (start - stop - 1) / (-step) + 1;
    } else if (start < stop) {
        count = (stop - start - 1) / step + 1;
    }
    return {start, stop, step, count};
}

std::vector<Value> sliceItems(const std::vector<Value>& items, const SliceObject& s) {
    SliceRange r = resolve(s, static_cast<std::int64_t>(items.size()));
    std::vector<Value> out;
    out.reserve(static_cast<std::size_t>(r.count));
    for (std::int64_t i = 0, at = r.start; i < r.count; ++i, at += r.step)
        out.push_back(items[static_cast<std::size_t>(at)]);
    return out;
}

} // namespace

std::int64_t toIndex(const Value& v, const char* what) {
    if (v.isIntLike()) return v.asInt();
    typeError(std::string(what) + " indices must be integers or slices, not " + typeName(v));
}

std::int64_t normaliseIndex(std::int64_t i, std::int64_t size, const char* what) {
    if (i < 0) i += size;
    if (i < 0 || i >= size) indexError(std::string(what) + " index out of range");
    return i;
}

std::int64_t length(const Value& v) {
    if (v.isObject()) {
        switch (v.obj()->kind()) {
        case Kind::Str: return v.as<StrObject>()->length();
        case Kind::List:
        case Kind::Tuple: return static_cast<std::int64_t>(v.as<SequenceObject>()->size());
        case Kind::Dict: return static_cast<std::int64_t>(v.as<DictObject>()->size());
        case Kind::Set: return static_cast<std::int64_t>(v.as<SetObject>()->size());
        case Kind::Range: return v.as<RangeObject>()->length();
        default:
            if (Value* fn = user(v, "__len__")) {
                Value n = interp().call(*fn, {v});
                if (!n.isIntLike())
                    typeError("'" + typeName(n) + "' object cannot be interpreted as an integer");
                if (n.asInt() < 0) valueError("__len__() should return >= 0");
                return n.asInt();
            }
            break;
        }
    }
    typeError("object of type '" + typeName(v) + "' has no len()");
}

Value getItem(const Value& obj, const Value& index) {
    if (obj.isObject()) {
        switch (obj.obj()->kind()) {
        case Kind::List:
        case Kind::Tuple: {
            const auto& items = obj.as<SequenceObject>()->items();
            const char* what = obj.is(Kind::List) ? "list" : "tuple";
            if (index.is(Kind::Slice)) {
                auto sub = sliceItems(items, *index.as<SliceObject>());
                if (obj.is(Kind::List)) return Value(newList(std::move(sub)));
                return Value(newTuple(std::move(sub)));
            }
            std::int64_t i =
                normaliseIndex(toIndex(index, what), static_cast<std::int64_t>(items.size()), what);
            return items[static_cast<std::size_t>(i)];
        }
        case Kind::Str: {
            std::string_view s = obj.as<StrObject>()->view();
            if (index.is(Kind::Slice)) {
                auto* sl = index.as<SliceObject>();
                return strValue(pylib::strSlice(s, sliceBound(sl->start), sliceBound(sl->stop),
                                                sliceBound(sl->step)));
            }
            return strValue(pylib::strGetItem(s, toIndex(index, "string")));
        }
        case Kind::Dict: {
            if (Value* v = obj.as<DictObject>()->find(index)) return *v;
            keyError(index);
        }
        case Kind::Range: {
            auto* r = obj.as<RangeObject>();
            if (index.is(Kind::Slice)) {
                SliceRange s = resolve(*index.as<SliceObject>(), r->length());
                std::int64_t start = r->at(s.start);
                std::int64_t step = r->step() * s.step;
                return Value(
                    Ref<RangeObject>(new RangeObject(start, start + s.count * step, step)));
            }
            std::int64_t i =
                normaliseIndex(toIndex(index, "range object"), r->length(), "range object");
            return Value::integer(r->at(i));
        }
        case Kind::Type:
            // list[int] and friends: annotations only.
            return obj;
        default:
            if (Value* fn = user(obj, "__getitem__")) return interp().call(*fn, {obj, index});
            break;
        }
    }
    typeError("'" + typeName(obj) + "' object is not subscriptable");
}

void setItem(const Value& obj, const Value& index, Value value) {
    if (obj.is(Kind::List)) {
        auto& items = obj.as<ListObject>()->items();
        if (index.is(Kind::Slice)) {
            std::vector<Value> repl = toVector(value);
            SliceRange r =
                resolve(*index.as<SliceObject>(), static_cast<std::int64_t>(items.size()));
            if (r.step == 1) {
                std::int64_t stop = std::max(r.start, r.stop);
                items.erase(items.begin() + r.start, items.begin() + stop);
                items.insert(items.begin() + r.start, repl.begin(), repl.end());
                obj.as<ListObject>()->account();
                return;
            }
            if (static_cast<std::int64_t>(repl.size()) != r.count)
                valueError("attempt to assign sequence of size " + std::to_string(repl.size()) +
                           " to extended slice of size " + std::to_string(r.count));
            for (std::int64_t i = 0, at = r.start; i < r.count; ++i, at += r.step)
                items[static_cast<std::size_t>(at)] = repl[static_cast<std::size_t>(i)];
            return;
        }
        std::int64_t i = normaliseIndex(toIndex(index, "list"),
                                        static_cast<std::int64_t>(items.size()), "list assignment");
        items[static_cast<std::size_t>(i)] = std::move(value);
        return;
    }
    if (obj.is(Kind::Dict)) {
        obj.as<DictObject>()->set(index, std::move(value));
        return;
    }
    if (Value* fn = user(obj, "__setitem__")) {
        interp().call(*fn, {obj, index, value});
        return;
    }
    typeError("'" + typeName(obj) + "' object does not support item assignment");
}

void delItem(const Value& obj, const Value& index) {
    if (obj.is(Kind::List)) {
        auto& items = obj.as<ListObject>()->items();
        if (index.is(Kind::Slice)) {
            SliceRange r =
                resolve(*index.as<SliceObject>(), static_cast<std::int64_t>(items.size()));
            std::vector<bool> drop(items.size(), false);
            for (std::int64_t i = 0, at = r.start; i < r.count; ++i, at += r.step)
                drop[static_cast<std::size_t>(at)] = true;
            std::vector<Value> kept;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!drop[i]) kept.push_back(std::move(items[i]));
            items.swap(kept);
            return;
        }
        std::int64_t i = normaliseIndex(toIndex(index, "list"),
                                        static_cast<std::int64_t>(items.size()), "list assignment");
        items.erase(items.begin() + i);
        return;
    }
    if (obj.is(Kind::Dict)) {
        if (!obj.as<DictObject>()->erase(index)) keyError(index);
        return;
    }
    if (Value* fn = user(obj, "__delitem__")) {
        interp().call(*fn, {obj, index});
        return;
    }
    typeError("'" + typeName(obj) + "' object doesn't support item deletion");
}

} // namespace coroscope::interp
