// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/runtime/value.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <new>
#include <vector>

namespace coroscope::interp {

class GcObject;

// The memory a run's objects use, and the list of every object that can hold
// references (containers, functions, instances, ...).
//
// Reference counting frees most objects at once; what it cannot free are
// cycles (a module's functions refer to the module's globals, which refer to
// the functions). At the end of a run every object on the list is cleared,
// which breaks every cycle, so a run leaks nothing.
// Invariants: m_first starts a doubly linked list holding every live
// GcObject; m_bytes counts the bytes of live objects plus the payloads
// containers report through grow()/shrink().
class Heap {
public:
    Heap();
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;
    ~Heap();

    static Heap& current() { return *t_current; }
    static Heap* currentOrNull() { return t_current; }

    std::size_t bytes() const { return m_bytes; }
    std::size_t limit() const { return m_limit; }
    void setLimit(std::size_t limit) { m_limit = limit; }
    // What passing the limit does (the interpreter stops the run); without
    // a handler, MemoryLimitExceeded is thrown.
    void setLimitHandler(std::function<void(std::size_t)> handler) {
        m_limitHandler = std::move(handler);
    }
    // Payload memory (string bytes, container slots). grow() reports a
    // request that would pass the limit by throwing MemoryLimitExceeded.
    void grow(std::size_t n) {
        if (m_bytes + n > m_limit) [[unlikely]]
            overLimit(n);
        m_bytes += n;
    }
    void shrink(std::size_t n) { m_bytes -= n < m_bytes ? n : m_bytes; }
    // What the budget has left (pylib's room for a result it is to build).
    std::size_t room() const { return m_bytes < m_limit ? m_limit - m_bytes : 0; }
    void addObject(std::size_t n) { m_bytes += n; }

    void link(GcObject* o);
    void unlink(GcObject* o);
    // Clears every listed object until none is left alive but those held by
    // the interpreter itself (a fixed point: clearing may free others).
    void clearAll();
    std::size_t liveCount() const { return m_live; }

private:
    [[noreturn]] void overLimit(std::size_t n);

    GcObject* m_first = nullptr;
    std::size_t m_live = 0;
    std::size_t m_bytes = 0;
    std::size_t m_limit = ~std::size_t(0);
    std::function<void(std::size_t)> m_limitHandler;
    Heap* m_previous;
    static thread_local Heap* t_current;
};

// Thrown (not as a Python exception: scripts cannot catch it) when the
// objects of a run would pass the memory limit.
struct MemoryLimitExceeded {
    std::size_t bytes;
};

// An object that may refer to other objects: linked into the heap's list.
class GcObject : public Object {
public:
    GcObject(TypeObject* type, Kind kind)
        : Object(type, kind) {
        Heap::current().link(this);
    }
    ~GcObject() override { Heap::current().unlink(this); }

private:
    friend class Heap;
    GcObject* m_prev = nullptr;
    GcObject* m_next = nullptr;
};

} // namespace coroscope::interp
