// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/heap.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope::interp {

// str: UTF-8 text. Length in code points and the hash are computed once.
// Interned strings (identifiers, attribute names) are unique per run, so a
// dict lookup with one compares pointers first.
class StrObject final : public Object {
public:
    explicit StrObject(std::string s);
    ~StrObject() override;

    const std::string& str() const { return m_s; }
    std::string_view view() const { return m_s; }
    std::int64_t hash() const {
        if (m_hash == -1) m_hash = computeHash();
        return m_hash;
    }
    // len(s): code points.
    std::int64_t length() const {
        if (m_length < 0) m_length = computeLength();
        return m_length;
    }
    bool isAscii() const { return length() == static_cast<std::int64_t>(m_s.size()); }
    bool interned() const { return m_flags & 1; }
    void markInterned() { m_flags |= 1; }

private:
    std::int64_t computeHash() const;
    std::int64_t computeLength() const;
    std::string m_s;
    mutable std::int64_t m_hash = -1;
    mutable std::int64_t m_length = -1;
};

Ref<StrObject> newStr(std::string s);
Value strValue(std::string s);
// The run's unique copy of an identifier.
StrObject* intern(std::string_view s);
// The `...` singleton.
Value ellipsisValue();

// A sequence of values (list or tuple). Payload bytes are reported to the
// heap as the vector grows.
class SequenceObject : public GcObject {
public:
    SequenceObject(TypeObject* type, Kind kind)
        : GcObject(type, kind) {}
    ~SequenceObject() override;
    std::vector<Value>& items() { return m_items; }
    const std::vector<Value>& items() const { return m_items; }
    std::size_t size() const { return m_items.size(); }
    const Value& operator[](std::size_t i) const { return m_items[i]; }
    // Reports a change of capacity to the heap (after bulk changes).
    void account();
    void clearRefs() override {
        std::vector<Value> old;
        old.swap(m_items);
        account();
    }

protected:
    std::vector<Value> m_items;
    std::size_t m_accounted = 0;
};

class ListObject final : public SequenceObject {
public:
    ListObject();
    explicit ListObject(std::vector<Value> items);
    void append(Value v) {
        if (m_items.size() == m_items.capacity()) {
            m_items.reserve(m_items.empty() ? 4 : m_items.size() * 2);
            account();
        }
        m_items.push_back(std::move(v));
    }
};

class TupleObject final : public SequenceObject {
public:
    TupleObject();
    explicit TupleObject(std::vector<Value> items);
};

Ref<ListObject> newList(std::vector<Value> items = {});
Ref<TupleObject> newTuple(std::vector<Value> items = {});
Value emptyTuple();

// A variable shared between a function and the functions nested in it.
class CellObject final : public GcObject {
public:
    CellObject();
    explicit CellObject(Value v);
    bool bound() const { return m_flags & 1; }
    const Value& get() const { return m_value; }
    void set(Value v) {
        m_value = std::move(v);
        m_flags |= 1;
    }
    void unbind() {
        m_value = Value();
        m_flags &= ~1;
    }
    void clearRefs() override { m_value = Value(); }

private:
    Value m_value;
};

// range(start, stop, step): immutable, no references.
class RangeObject final : public Object {
public:
    RangeObject(std::int64_t start, std::int64_t stop, std::int64_t step);
    std::int64_t start() const { return m_start; }
    std::int64_t stop() const { return m_stop; }
    std::int64_t step() const { return m_step; }
    std::int64_t length() const;
    std::int64_t at(std::int64_t i) const { return m_start + i * m_step; }

private:
    std::int64_t m_start, m_stop, m_step;
};

class SliceObject final : public GcObject {
public:
    SliceObject(Value start, Value stop, Value step);
    Value start, stop, step;
    void clearRefs() override { start = stop = step = Value(); }
};

} // namespace coroscope::interp
