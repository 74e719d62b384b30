// SPDX-License-Identifier: MIT
#pragma once

#include "core/ref_counted.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace coroscope::interp {

class TypeObject;

// What a heap object is, so that hot paths switch on a byte instead of
// following the type pointer. Instances of user classes are Instance (or
// Exception when the class derives from BaseException).
enum class Kind : std::uint8_t {
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Type,
    Instance,
    Exception,
    Function,
    Native,
    BoundMethod,
    Module,
    Cell,
    Coroutine,
    Generator,
    AsyncGenerator,
    Range,
    Slice,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Future,    // an asyncio Task or Future, a gather's future: `await` waits for it
    Awaitable, // asyncio.sleep(), sim.io(): `await` suspends on a timer
    Anext,     // what an async generator's __anext__() gives
    Partial,   // functools.partial
    Other,     // objects of the modules (locks, loops, ...), told apart by type
};

// Every Python object on the heap. The type pointer is not counted: builtin
// types live as long as the interpreter, and objects whose class is a user
// class (instances, exceptions) keep their class alive themselves.
class Object : public RefCounted {
public:
    Object(TypeObject* type, Kind kind)
        : m_kind(kind)
        , m_type(type) {}
    Kind kind() const { return m_kind; }
    TypeObject* type() const { return m_type; }
    // For the few objects made before their type exists (object, type).
    void setType(TypeObject* t) { m_type = t; }

    // Every object's bytes count against the run's memory limit (heap.cpp).
    static void* operator new(std::size_t n);
    static void operator delete(void* p, std::size_t n) noexcept;

    // Drops every reference this object holds (the end-of-run pass that
    // breaks reference cycles). The object must stay usable afterwards.
    virtual void clearRefs() {}

protected:
    // Deletes the object, or, deep in a chain of objects going away (a list
    // nested a million deep), queues it to be deleted once the chain above
    // is gone: CPython's trashcan, so that destruction never recurses
    // without bound (heap.cpp).
    void lastRefDropped() noexcept override;

    Kind m_kind;
    std::uint8_t m_flags = 0; // for subclasses
    TypeObject* m_type;
};

// A Python value in 16 bytes: None, a bool, an int (64-bit), a float, or a
// counted reference to a heap object.
// Invariant: m_tag == Object implies m_obj != nullptr and holds one reference.
class Value {
public:
    // Unbound marks a variable not yet assigned (a frame slot); no Python
    // expression ever yields it.
    enum class Tag : std::uint8_t { None, Bool, Int, Float, Object, Unbound };

    Value() noexcept
        : m_tag(Tag::None)
        , m_int(0) {}
    Value(Object* o) noexcept
        : m_tag(o ? Tag::Object : Tag::None)
        , m_obj(o) {
        if (o) o->incRef();
    }
    template <class T>
    Value(const Ref<T>& r) noexcept
        : Value(static_cast<Object*>(r.get())) {}
    template <class T>
    Value(Ref<T>&& r) noexcept {
        Object* o = r.release();
        m_tag = o ? Tag::Object : Tag::None;
        m_obj = o;
    }
    Value(const Value& o) noexcept
        : m_tag(o.m_tag)
        , m_int(o.m_int) {
        if (m_tag == Tag::Object) m_obj->incRef();
    }
    Value(Value&& o) noexcept
        : m_tag(o.m_tag)
        , m_int(o.m_int) {
        o.m_tag = Tag::None;
    }
    ~Value() {
        if (m_tag == Tag::Object) m_obj->decRef();
    }
    Value& operator=(const Value& o) noexcept {
        Value copy(o);
        swap(copy);
        return *this;
    }
    Value& operator=(Value&& o) noexcept {
        Value moved(std::move(o));
        swap(moved);
        return *this;
    }
    void swap(Value& o) noexcept {
        std::swap(m_tag, o.m_tag);
        std::swap(m_int, o.m_int);
    }

    static Value boolean(bool b) noexcept {
        Value v;
        v.m_tag = Tag::Bool;
        v.m_int = b ? 1 : 0;
        return v;
    }
    static Value integer(std::int64_t i) noexcept {
        Value v;
        v.m_tag = Tag::Int;
        v.m_int = i;
        return v;
    }
    static Value real(double d) noexcept {
        Value v;
        v.m_tag = Tag::Float;
        v.m_float = d;
        return v;
    }
    static Value unbound() noexcept {
        Value v;
        v.m_tag = Tag::Unbound;
        return v;
    }
    // Takes over a reference the caller already counted.
    static Value adopt(Object* o) noexcept {
        Value v;
        if (o) {
            v.m_tag = Tag::Object;
            v.m_obj = o;
        }
        return v;
    }

    Tag tag() const { return m_tag; }
    bool isNone() const { return m_tag == Tag::None; }
    bool isUnbound() const { return m_tag == Tag::Unbound; }
    bool isBool() const { return m_tag == Tag::Bool; }
    bool isInt() const { return m_tag == Tag::Int; }
    // int or bool (bool is a subclass of int)
    bool isIntLike() const { return m_tag == Tag::Int || m_tag == Tag::Bool; }
    bool isFloat() const { return m_tag == Tag::Float; }
    bool isNumber() const { return m_tag == Tag::Int || m_tag == Tag::Bool || m_tag == Tag::Float; }
    bool isObject() const { return m_tag == Tag::Object; }
    bool is(Kind k) const { return m_tag == Tag::Object && m_obj->kind() == k; }

    bool asBool() const { return m_int != 0; }
    std::int64_t asInt() const { return m_int; } // int or bool
    double asFloat() const { return m_float; }
    double toDouble() const { return m_tag == Tag::Float ? m_float : static_cast<double>(m_int); }
    Object* obj() const { return m_obj; }
    template <class T>
    T* as() const {
        return static_cast<T*>(m_obj);
    }
    // The same object (Python's `is`), for heap values; equal bits otherwise.
    bool identical(const Value& o) const { return m_tag == o.m_tag && m_int == o.m_int; }
    Object* release() noexcept {
        Object* o = m_tag == Tag::Object ? m_obj : nullptr;
        m_tag = Tag::None;
        return o;
    }

private:
    Tag m_tag;
    union {
        std::int64_t m_int;
        double m_float;
        Object* m_obj;
    };
};

inline Value None() {
    return Value();
}
inline Value True() {
    return Value::boolean(true);
}
inline Value False() {
    return Value::boolean(false);
}

} // namespace coroscope::interp
