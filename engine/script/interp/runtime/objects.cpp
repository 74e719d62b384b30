// SPDX-License-Identifier: MIT
#include "script/interp/runtime/objects.h"

#include "script/interp/runtime/types.h"

namespace coroscope::interp {

StrObject::StrObject(std::string s)
    : Object(types().str, Kind::Str)
    , m_s(std::move(s)) {
    Heap::current().grow(m_s.capacity());
}

StrObject::~StrObject() {
    if (Heap* h = Heap::currentOrNull()) h->shrink(m_s.capacity());
}

std::int64_t StrObject::computeHash() const {
    // Python randomises str hashes per process; any fixed hash keeps the
    // order of a set of strings repeatable from run to run.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : m_s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    h ^= h >> 29;
    auto r = static_cast<std::int64_t>(h);
    return r == -1 ? -2 : r;
}

std::int64_t StrObject::computeLength() const {
    std::int64_t n = 0;
    for (unsigned char c : m_s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

Ref<StrObject> newStr(std::string s) {
    return Ref<StrObject>(new StrObject(std::move(s)));
}

Value strValue(std::string s) {
    return Value(newStr(std::move(s)));
}

StrObject* intern(std::string_view s) {
    Types& t = types();
    auto it = t.interned.find(s);
    if (it != t.interned.end()) return it->second.get();
    Ref<StrObject> str = newStr(std::string(s));
    str->markInterned();
    StrObject* raw = str.get();
    t.interned.emplace(raw->view(), std::move(str));
    return raw;
}

Value ellipsisValue() {
    return types().ellipsisObject;
}

SequenceObject::~SequenceObject() {
    if (Heap* h = Heap::currentOrNull()) h->shrink(m_accounted);
}

void SequenceObject::account() {
    std::size_t now = m_items.capacity() * sizeof(Value);
    if (now > m_accounted)
        Heap::current().grow(now - m_accounted);
    else
        Heap::current().shrink(m_accounted - now);
    m_accounted = now;
}

ListObject::ListObject()
    : SequenceObject(types().list, Kind::List) {}

ListObject::ListObject(std::vector<Value> items)
    : SequenceObject(types().list, Kind::List) {
    m_items = std::move(items);
    account();
}

TupleObject::TupleObject()
    : SequenceObject(types().tuple, Kind::Tuple) {}

TupleObject::TupleObject(std::vector<Value> items)
    : SequenceObject(types().tuple, Kind::Tuple) {
    m_items = std::move(items);
    account();
}

Ref<ListObject> newList(std::vector<Value> items) {
    return Ref<ListObject>(new ListObject(std::move(items)));
}

Ref<TupleObject> newTuple(std::vector<Value> items) {
    if (items.empty() && !types().emptyTuple.isNone())
        return Ref<TupleObject>(types().emptyTuple.as<TupleObject>());
    return Ref<TupleObject>(new TupleObject(std::move(items)));
}

Value emptyTuple() {
    return types().emptyTuple;
}

CellObject::CellObject()
    : GcObject(types().cell, Kind::Cell) {}

CellObject::CellObject(Value v)
    : GcObject(types().cell, Kind::Cell)
    , m_value(std::move(v)) {
    m_flags |= 1;
}

RangeObject::RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step)
    : Object(types().range, Kind::Range)
    , m_start(start)
    , m_stop(stop)
    , m_step(step) {}

std::int64_t RangeObject::length() const {
    if (m_step > 0) {
        if (m_start >= m_stop) return 0;
        return static_cast<std::int64_t>(
            (static_cast<std::uint64_t>(m_stop) - static_cast<std::uint64_t>(m_start) - 1) /
                static_cast<std::uint64_t>(m_step) +
            1);
    }
    if (m_start <= m_stop) return 0;
    return static_cast<std::int64_t>(
        (static_cast<std::uint64_t>(m_start) - static_cast<std::uint64_t>(m_stop) - 1) /
            (0 - static_cast<std::uint64_t>(m_step)) +
        1);
}

SliceObject::SliceObject(Value a, Value b, Value c)
    : GcObject(types().slice, Kind::Slice)
    , start(std::move(a))
    , stop(std::move(b))
    , step(std::move(c)) {}

} // namespace coroscope::interp
