// SPDX-License-Identifier: MIT
#pragma once

#include "core/assert.h"

#include <cstdint>
#include <utility>

namespace coroscope {

// Intrusive, single-threaded reference counting. The engine runs on one real
// thread (simulated threads are coroutines), so counts need no atomics.
// Invariant: an object is deleted exactly when its count drops to zero.
class RefCounted {
public:
    RefCounted() = default;
    RefCounted(const RefCounted&) = delete;
    RefCounted& operator=(const RefCounted&) = delete;
    virtual ~RefCounted() = default;

    void incRef() noexcept { ++m_refs; }
    void decRef() noexcept {
        COROSCOPE_ASSERT(m_refs > 0, "a reference dropped that was never taken");
        if (--m_refs == 0) lastRefDropped();
    }
    std::uint32_t refCount() const noexcept { return m_refs; }

protected:
    // Called when the count reaches zero; the default deletes the object.
    // Futures override it to report "exception was never retrieved".
    virtual void lastRefDropped() noexcept { delete this; }

private:
    std::uint32_t m_refs = 0;
};

template <class T>
class Ref {
public:
    Ref() noexcept = default;
    Ref(std::nullptr_t) noexcept {}
    Ref(T* p) noexcept
        : m_p(p) {
        if (m_p) m_p->incRef();
    }
    Ref(const Ref& o) noexcept
        : Ref(o.m_p) {}
    Ref(Ref&& o) noexcept
        : m_p(std::exchange(o.m_p, nullptr)) {}
    template <class U>
    Ref(const Ref<U>& o) noexcept
        : Ref(static_cast<T*>(o.get())) {}
    template <class U>
    Ref(Ref<U>&& o) noexcept
        : m_p(static_cast<T*>(o.release())) {}
    ~Ref() {
        if (m_p) m_p->decRef();
    }
    Ref& operator=(Ref o) noexcept {
        std::swap(m_p, o.m_p);
        return *this;
    }

    // Takes over a reference the caller already counted.
    static Ref adopt(T* p) noexcept {
        Ref r;
        r.m_p = p;
        return r;
    }
    T* release() noexcept { return std::exchange(m_p, nullptr); }

    T* get() const noexcept { return m_p; }
    T* operator->() const noexcept { return m_p; }
    T& operator*() const noexcept { return *m_p; }
    explicit operator bool() const noexcept { return m_p != nullptr; }
    friend bool operator==(const Ref& a, const Ref& b) { return a.m_p == b.m_p; }

private:
    T* m_p = nullptr;
};

template <class T, class... Args>
Ref<T> makeRef(Args&&... args) {
    return Ref<T>(new T(std::forward<Args>(args)...));
}

} // namespace coroscope
