// SPDX-License-Identifier: MIT
#pragma once

#include "core/coro.h"
#include "script/interp/runtime/frame_pool.h"

#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <type_traits>
#include <utility>

namespace coroscope::interp {

// Adds (or, negative, removes) the bytes of a coroutine frame to the run's
// memory (heap.cpp).
void countFrameBytes(std::ptrdiff_t n) noexcept;

// The promise every evaluator coroutine shares. It is core's PromiseBase (so
// core's awaiters suspend the right task and core's coroutines can be awaited
// from ours), plus the frame that awaits this one when it is ours: a
// generator walks that chain to hand its frames to the task that resumes it.
// Frames come from the frame pool.
struct EvalPromiseBase : PromiseBase {
    EvalPromiseBase* m_parent = nullptr;
    // How deep in a chain of awaits this frame is (RecursionError past a limit).
    std::uint32_t m_depth = 0;

    // Frames count against the run's memory (a recursion of coroutines
    // without end is stopped by the memory limit, not the machine's).
    static void* operator new(std::size_t n) {
        countFrameBytes(static_cast<std::ptrdiff_t>(n));
        return FramePool::allocate(n);
    }
    static void operator delete(void* p, std::size_t n) noexcept {
        countFrameBytes(-static_cast<std::ptrdiff_t>(n));
        FramePool::release(p, n);
    }
    FinalAwaiter final_suspend() noexcept { return {}; }
};

template <class T>
class Eval;

template <class T>
struct EvalPromise : EvalPromiseBase {
    T m_value{};
    Eval<T> get_return_object() noexcept;
    template <class U>
    void return_value(U&& v) {
        m_value = std::forward<U>(v);
    }
    T take() {
        if (m_exception) std::rethrow_exception(m_exception);
        return std::move(m_value);
    }
};

// A lazy coroutine of the evaluator: nothing runs until it is awaited (then
// it runs in the awaiting task, with symmetric transfer, as `await f()` does
// in Python) or until its owner resumes it (a task's root, a generator).
// Dropping one destroys its frame.
template <class T>
class [[nodiscard]] Eval {
public:
    using promise_type = EvalPromise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    Eval() = default;
    explicit Eval(Handle h)
        : m_h(h) {}
    Eval(Eval&& o) noexcept
        : m_h(std::exchange(o.m_h, {})) {}
    Eval& operator=(Eval&& o) noexcept {
        if (this != &o) {
            reset();
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    ~Eval() { reset(); }

    bool valid() const { return bool(m_h); }
    Handle handle() const { return m_h; }
    Handle release() { return std::exchange(m_h, {}); }
    void reset() {
        if (m_h) m_h.destroy();
        m_h = {};
    }

    // Trivially destructible on purpose (GCC 12 may destroy a temporary
    // awaiter twice when a co_await sits in a try block).
    struct Awaiter {
        Handle child;
        bool await_ready() noexcept { return false; }
        template <class P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> parent) noexcept {
            promise_type& c = child.promise();
            c.m_task = parent.promise().m_task;
            c.m_continuation = parent;
            if constexpr (std::is_base_of_v<EvalPromiseBase, P>) {
                c.m_parent = &parent.promise();
                c.m_depth = parent.promise().m_depth + 1;
            }
            return child;
        }
        T await_resume() { return child.promise().take(); }
    };
    Awaiter operator co_await() && { return Awaiter{m_h}; }

private:
    Handle m_h;
};

template <class T>
Eval<T> EvalPromise<T>::get_return_object() noexcept {
    return Eval<T>(std::coroutine_handle<EvalPromise<T>>::from_promise(*this));
}

} // namespace coroscope::interp
