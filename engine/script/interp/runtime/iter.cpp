// SPDX-License-Identifier: MIT
#include "script/interp/runtime/iter.h"
#include "script/interp/runtime/recursion.h"

#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"
#include "script/interp/runtime/generator.h"
#include "script/interp/runtime/set_object.h"

namespace coroscope::interp {

namespace {

TypeObject* iteratorType(const char* name) {
    // One builtin type per kind of iterator, made on first use, so that
    // type(x).__name__ reads as in CPython ('list_iterator', 'zip', ...).
    Types& t = types();
    auto it = t.iteratorTypes.find(name);
    if (it != t.iteratorTypes.end()) return it->second;
    TypeObject* type = t.make(name, t.iterator, Kind::Iterator);
    t.iteratorTypes[name] = type;
    return type;
}

class SeqIter final : public IteratorObject {
public:
    SeqIter(Value seq, bool reversed)
        : IteratorObject(seq.is(Kind::List) ? (reversed ? "list_reverseiterator" : "list_iterator")
                                            : (reversed ? "reversed" : "tuple_iterator"))
        , m_seq(std::move(seq))
        , m_reversed(reversed) {
        if (reversed) m_index = static_cast<std::int64_t>(m_seq.as<SequenceObject>()->size()) - 1;
    }
    bool next(Value& out) override {
        if (m_seq.isNone()) return false;
        const auto& items = m_seq.as<SequenceObject>()->items();
        if (m_reversed) {
            if (m_index < 0 || m_index >= static_cast<std::int64_t>(items.size())) return done();
            out = items[static_cast<std::size_t>(m_index--)];
            return true;
        }
        if (m_index >= static_cast<std::int64_t>(items.size())) return done();
        out = items[static_cast<std::size_t>(m_index++)];
        return true;
    }
    std::int64_t lengthHint() const override {
        if (m_seq.isNone()) return 0;
        auto n = static_cast<std::int64_t>(m_seq.as<SequenceObject>()->size());
        return m_reversed ? m_index + 1 : n - m_index;
    }
    void clearRefs() override { m_seq = Value(); }

private:
    bool done() {
        m_seq = Value();
        return false;
    }
    Value m_seq;
    std::int64_t m_index = 0;
    bool m_reversed;
};

class StrIter final : public IteratorObject {
public:
    explicit StrIter(Value s)
        : IteratorObject("str_ascii_iterator")
        , m_str(std::move(s)) {}
    bool next(Value& out) override {
        const std::string& s = m_str.as<StrObject>()->str();
        if (m_pos >= s.size()) return false;
        std::size_t end = m_pos + 1;
        while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
            ++end;
        out = strValue(s.substr(m_pos, end - m_pos));
        m_pos = end;
        return true;
    }

private:
    Value m_str;
    std::size_t m_pos = 0;
};

class RangeIter final : public IteratorObject {
public:
    RangeIter(std::int64_t start, std::int64_t count, std::int64_t step)
        : IteratorObject("range_iterator")
        , m_next(start)
        , m_left(count)
        , m_step(step) {}
    bool next(Value& out) override {
        if (m_left <= 0) return false;
        out = Value::integer(m_next);
        m_next += m_step;
        --m_left;
        return true;
    }
    std::int64_t lengthHint() const override { return m_left; }

private:
    std::int64_t m_next, m_left, m_step;
};

class DictIter final : public IteratorObject {
public:
    DictIter(Value dict, int mode)
        : IteratorObject(mode == 0   ? "dict_keyiterator"
                         : mode == 1 ? "dict_valueiterator"
                                     : "dict_itemiterator")
        , m_dict(std::move(dict))
        , m_mode(mode) {
        auto* d = m_dict.as<DictObject>();
        m_size = d->size();
        m_version = d->version();
    }
    bool next(Value& out) override {
        if (m_dict.isNone()) return false;
        auto* d = m_dict.as<DictObject>();
        if (d->size() != m_size) runtimeError("dictionary changed size during iteration");
        if (d->version() != m_version) runtimeError("dictionary keys changed during iteration");
        m_pos = d->nextLive(m_pos);
        if (m_pos >= d->entries().size()) {
            m_dict = Value();
            return false;
        }
        const auto& e = d->entries()[m_pos++];
        if (m_mode == 0)
            out = e.key;
        else if (m_mode == 1)
            out = e.value;
        else
            out = Value(newTuple({e.key, e.value}));
        return true;
    }
    void clearRefs() override { m_dict = Value(); }

private:
    Value m_dict;
    int m_mode;
    std::size_t m_pos = 0;
    std::size_t m_size;
    std::uint64_t m_version;
};

class SetIter final : public IteratorObject {
public:
    explicit SetIter(Value set)
        : IteratorObject("set_iterator")
        , m_set(std::move(set)) {
        m_version = m_set.as<SetObject>()->version();
    }
    bool next(Value& out) override {
        if (m_set.isNone()) return false;
        auto* s = m_set.as<SetObject>();
        if (s->version() != m_version) runtimeError("Set changed size during iteration");
        m_pos = s->nextActive(m_pos);
        if (m_pos >= s->slots().size()) {
            m_set = Value();
            return false;
        }
        out = s->slots()[m_pos++].key;
        return true;
    }
    void clearRefs() override { m_set = Value(); }

private:
    Value m_set;
    std::size_t m_pos = 0;
    std::uint64_t m_version;
};

class ZipIter final : public IteratorObject {
public:
    ZipIter(std::vector<Value> its, bool strict)
        : IteratorObject("zip")
        , m_its(std::move(its))
        , m_strict(strict) {}
    bool next(Value& out) override {
        if (m_its.empty()) return false;
        std::vector<Value> items;
        items.reserve(m_its.size());
        for (std::size_t i = 0; i < m_its.size(); ++i) {
            Value v;
            if (!nextItem(m_its[i], v)) {
                if (m_strict && i > 0)
                    valueError("zip() argument " + std::to_string(i + 1) +
                               " is shorter than argument 1");
                m_its.clear();
                return false;
            }
            items.push_back(std::move(v));
        }
        out = Value(newTuple(std::move(items)));
        return true;
    }
    bool blocking() const override {
        for (const Value& it : m_its)
            if (needsAsyncIteration(it)) return true;
        return false;
    }
    Eval<bool> nextBlocking(Value& out) override {
        if (m_its.empty()) co_return false;
        Interp& in = interp();
        std::vector<Value> items;
        for (std::size_t i = 0; i < m_its.size(); ++i) {
            Value v;
            bool got;
            if (needsAsyncIteration(m_its[i])) {
                Eval<bool> next = in.nextAsync(m_its[i], v);
                got = co_await std::move(next);
            } else {
                got = nextItem(m_its[i], v);
            }
            if (!got) {
                if (m_strict && i > 0)
                    valueError("zip() argument " + std::to_string(i + 1) +
                               " is shorter than argument 1");
                m_its.clear();
                co_return false;
            }
            items.push_back(std::move(v));
        }
        out = Value(newTuple(std::move(items)));
        co_return true;
    }
    void clearRefs() override { m_its.clear(); }

private:
    std::vector<Value> m_its;
    bool m_strict;
};

class EnumerateIter final : public IteratorObject {
public:
    EnumerateIter(Value it, std::int64_t start)
        : IteratorObject("enumerate")
        , m_it(std::move(it))
        , m_count(start) {}
    bool next(Value& out) override {
        Value v;
        if (!nextItem(m_it, v)) return false;
        out = Value(newTuple({Value::integer(m_count++), std::move(v)}));
        return true;
    }
    bool blocking() const override { return needsAsyncIteration(m_it); }
    Eval<bool> nextBlocking(Value& out) override {
        Value v;
        Eval<bool> next = interp().nextAsync(m_it, v);
        if (!co_await std::move(next)) co_return false;
        out = Value(newTuple({Value::integer(m_count++), std::move(v)}));
        co_return true;
    }
    void clearRefs() override { m_it = Value(); }

private:
    Value m_it;
    std::int64_t m_count;
};

class MapIter final : public IteratorObject {
public:
    MapIter(Value fn, std::vector<Value> its)
        : IteratorObject("map")
        , m_fn(std::move(fn))
        , m_its(std::move(its)) {}
    bool next(Value& out) override {
        std::vector<Value> args;
        for (Value& it : m_its) {
            Value v;
            if (!nextItem(it, v)) return false;
            args.push_back(std::move(v));
        }
        CallArgs a;
        a.pos = args.data();
        a.npos = static_cast<std::uint32_t>(args.size());
        out = interp().callSync(m_fn, a);
        return true;
    }
    void clearRefs() override {
        m_fn = Value();
        m_its.clear();
    }

private:
    Value m_fn;
    std::vector<Value> m_its;
};

class FilterIter final : public IteratorObject {
public:
    FilterIter(Value fn, Value it)
        : IteratorObject("filter")
        , m_fn(std::move(fn))
        , m_it(std::move(it)) {}
    bool next(Value& out) override {
        Value v;
        while (nextItem(m_it, v)) {
            bool keep = m_fn.isNone() ? truthy(v) : truthy(interp().call(m_fn, {v}));
            if (keep) {
                out = std::move(v);
                return true;
            }
        }
        return false;
    }
    void clearRefs() override {
        m_fn = Value();
        m_it = Value();
    }

private:
    Value m_fn;
    Value m_it;
};

// iter() of an object with __getitem__ but no __iter__: obj[0], obj[1], ...
// until IndexError (Python's old sequence protocol).
class GetItemIter final : public IteratorObject {
public:
    explicit GetItemIter(Value obj)
        : IteratorObject("iterator")
        , m_obj(std::move(obj)) {}
    bool next(Value& out) override {
        if (m_obj.isNone()) return false;
        try {
            out = getItem(m_obj, Value::integer(m_index++));
        } catch (const CarriesPyException& c) {
            if (!c.exception->cls()->isSubtypeOf(types().IndexError) &&
                !c.exception->cls()->isSubtypeOf(types().StopIteration))
                throw;
            m_obj = Value();
            return false;
        }
        return true;
    }
    void clearRefs() override { m_obj = Value(); }

private:
    Value m_obj;
    std::int64_t m_index = 0;
};

} // namespace

IteratorObject::IteratorObject(const char* typeName)
    : GcObject(iteratorType(typeName), Kind::Iterator) {}

Eval<bool> IteratorObject::nextBlocking(Value& out) {
    co_return next(out);
}

Value makeSequenceIterator(Value seq, bool reversed) {
    return Value(Ref<IteratorObject>(new SeqIter(std::move(seq), reversed)));
}
Value makeDictIterator(Value dict, int mode) {
    return Value(Ref<IteratorObject>(new DictIter(std::move(dict), mode)));
}
Value makeZip(std::vector<Value> its, bool strict) {
    return Value(Ref<IteratorObject>(new ZipIter(std::move(its), strict)));
}
Value makeEnumerate(Value it, std::int64_t start) {
    return Value(Ref<IteratorObject>(new EnumerateIter(std::move(it), start)));
}
Value makeMap(Value fn, std::vector<Value> its) {
    return Value(Ref<IteratorObject>(new MapIter(std::move(fn), std::move(its))));
}
Value makeFilter(Value fn, Value it) {
    return Value(Ref<IteratorObject>(new FilterIter(std::move(fn), std::move(it))));
}

Value getIter(const Value& v) {
    if (v.isObject()) {
        switch (v.obj()->kind()) {
        case Kind::List:
        case Kind::Tuple: return makeSequenceIterator(v, false);
        case Kind::Str: return Value(Ref<IteratorObject>(new StrIter(v)));
        case Kind::Range: {
            auto* r = v.as<RangeObject>();
            return Value(Ref<IteratorObject>(new RangeIter(r->start(), r->length(), r->step())));
        }
        case Kind::Dict: return makeDictIterator(v, 0);
        case Kind::Set: return Value(Ref<IteratorObject>(new SetIter(v)));
        case Kind::Iterator:
        case Kind::Generator: return v;
        default: break;
        }
        if (Value* fn = v.obj()->type()->lookup("__iter__")) {
            if (!v.is(Kind::AsyncGenerator)) return interp().call(*fn, {v});
        }
        if (v.is(Kind::Instance) && v.obj()->type()->lookup("__getitem__"))
            return Value(Ref<IteratorObject>(new GetItemIter(v)));
    }
    typeError("'" + typeName(v) + "' object is not iterable");
}

bool nextItem(const Value& it, Value& out) {
    // A chain of iterators (map of map of ...) recurses here; CPython does
    // not count it (and crashes): only the stack limits it.
    checkNativeStack(kWhileCalling);
    if (it.is(Kind::Iterator)) return it.as<IteratorObject>()->next(out);
    if (it.is(Kind::Generator)) return it.as<GeneratorObject>()->resumeSync(Value(), nullptr, out);
    if (it.isObject()) {
        if (Value* fn = it.obj()->type()->lookup("__next__")) {
            try {
                out = interp().call(*fn, {it});
            } catch (const CarriesPyException& c) {
                if (c.exception->cls()->isSubtypeOf(types().StopIteration)) return false;
                throw;
            }
            return true;
        }
    }
    typeError("'" + typeName(it) + "' object is not an iterator");
}

std::vector<Value> toVector(const Value& iterable) {
    if (iterable.is(Kind::List) || iterable.is(Kind::Tuple))
        return iterable.as<SequenceObject>()->items();
    std::vector<Value> out;
    Interp& in = interp();
    forEachItem(iterable, [&](const Value& v) {
        in.tick();
        out.push_back(v);
        return true;
    });
    return out;
}

bool needsAsyncIteration(const Value& it) {
    if (it.is(Kind::Generator) || it.is(Kind::Instance)) return true;
    return it.is(Kind::Iterator) && it.as<IteratorObject>()->blocking();
}

} // namespace coroscope::interp
