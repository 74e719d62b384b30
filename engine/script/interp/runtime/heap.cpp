// SPDX-License-Identifier: MIT
#include "script/interp/runtime/heap.h"

#include "script/interp/eval/eval_coro.h"
#include "script/pylib/py_error.h"

#include <cstdint>

#include <vector>

namespace coroscope::interp {

namespace {

// How many deletions may nest before the next one waits in the queue.
constexpr int kMaxNestedDeletes = 50;

thread_local int t_deleteDepth = 0;
thread_local std::vector<Object*> t_deferredDeletes;

} // namespace

void Object::lastRefDropped() noexcept {
    if (t_deleteDepth >= kMaxNestedDeletes) {
        try {
            t_deferredDeletes.push_back(this);
            return;
        } catch (...) {
            // No room to queue it: delete it now, deeper.
        }
    }
    ++t_deleteDepth;
    delete this;
    if (t_deleteDepth == 1) {
        // The outermost deletion empties the queue; what each queued object
        // drops is deleted at depth one again, or queued again.
        while (!t_deferredDeletes.empty()) {
            Object* next = t_deferredDeletes.back();
            t_deferredDeletes.pop_back();
            delete next;
        }
    }
    --t_deleteDepth;
}

thread_local Heap* Heap::t_current = nullptr;

void countFrameBytes(std::ptrdiff_t n) noexcept {
    if (Heap* h = Heap::currentOrNull()) {
        if (n >= 0)
            h->addObject(static_cast<std::size_t>(n));
        else
            h->shrink(static_cast<std::size_t>(-n));
    }
}

void* Object::operator new(std::size_t n) {
    if (Heap* h = Heap::currentOrNull()) h->addObject(n);
    return ::operator new(n);
}

void Object::operator delete(void* p, std::size_t n) noexcept {
    if (Heap* h = Heap::currentOrNull()) h->shrink(n);
    ::operator delete(p);
}

namespace {

// pylib's room for a result: what the current heap's budget has left.
std::int64_t roomOfCurrentHeap() {
    const Heap* heap = Heap::currentOrNull();
    if (!heap) return INT64_MAX;
    const std::size_t room = heap->room();
    return room > static_cast<std::size_t>(INT64_MAX) ? INT64_MAX : static_cast<std::int64_t>(room);
}

} // namespace

Heap::Heap()
    : m_previous(t_current) {
    t_current = this;
    pylib::t_resultRoom = &roomOfCurrentHeap;
}

Heap::~Heap() {
    t_current = m_previous;
}

void Heap::link(GcObject* o) {
    o->m_next = m_first;
    if (m_first) m_first->m_prev = o;
    m_first = o;
    ++m_live;
}

void Heap::unlink(GcObject* o) {
    if (o->m_prev)
        o->m_prev->m_next = o->m_next;
    else if (m_first == o)
        m_first = o->m_next;
    if (o->m_next) o->m_next->m_prev = o->m_prev;
    o->m_prev = o->m_next = nullptr;
    --m_live;
}

void Heap::clearAll() {
    // Clearing one object may free others (and run their destructors, which
    // unlink them), so each round works on a counted snapshot.
    std::size_t before = m_live + 1;
    while (m_first && m_live < before) {
        before = m_live;
        std::vector<Ref<GcObject>> all;
        all.reserve(m_live);
        for (GcObject* o = m_first; o; o = o->m_next)
            all.emplace_back(o);
        for (auto& o : all)
            o->clearRefs();
    }
}

void Heap::overLimit(std::size_t n) {
    if (m_limitHandler) m_limitHandler(m_bytes + n);
    throw MemoryLimitExceeded{m_bytes + n};
}

} // namespace coroscope::interp
