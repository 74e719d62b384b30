// SPDX-License-Identifier: MIT
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace coroscope {

class TaskBase;

// Dropping a coroutine that never ran: reported as CPython warns. Names are
// kept aside (few coroutines are named), so that frames stay small.
void reportNeverAwaited(const void* frame);
void nameCoroutine(const void* frame, const char* name);
const char* coroutineName(const void* frame);
void forgetCoroutineName(const void* frame);
extern thread_local bool t_anyCoroutineNamed;

// What every engine coroutine's promise carries: the task it runs in (so an
// awaiter can suspend that task) and who awaits it inline.
// Invariant: m_task is set exactly when the coroutine is started (awaited, or
// made a task's root): null means it never ran. A coroutine awaited inline
// (`co_await coro()`) runs in the awaiting task, as `await coro()` does in
// Python: no new task, no extra loop tick.
struct PromiseBase {
    TaskBase* m_task = nullptr;
    std::coroutine_handle<> m_continuation;
    std::exception_ptr m_exception;

    std::suspend_always initial_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { m_exception = std::current_exception(); }
};

void notifyRootFinished(TaskBase* task) noexcept;

// Final suspension: hand control to the awaiting coroutine, or, for a task's
// root coroutine, back to the task's step (which then reads the outcome).
struct FinalAwaiter {
    bool await_ready() noexcept { return false; }
    template <class P>
    std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
        PromiseBase& p = h.promise();
        if (p.m_continuation) return p.m_continuation;
        notifyRootFinished(p.m_task);
        return std::noop_coroutine();
    }
    void await_resume() noexcept {}
};

template <class T>
class Coro;

template <class T>
struct CoroPromise : PromiseBase {
    std::optional<T> m_value;
    Coro<T> get_return_object() noexcept;
    FinalAwaiter final_suspend() noexcept { return {}; }
    template <class U>
    void return_value(U&& v) {
        m_value.emplace(std::forward<U>(v));
    }
    T take() {
        if (m_exception) std::rethrow_exception(m_exception);
        return std::move(*m_value);
    }
};

template <>
struct CoroPromise<void> : PromiseBase {
    Coro<void> get_return_object() noexcept;
    FinalAwaiter final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void take() {
        if (m_exception) std::rethrow_exception(m_exception);
    }
};

// A lazy coroutine: nothing runs until it is awaited or made a task, like a
// Python coroutine object. Dropping one that never ran is reported as
// "coroutine '...' was never awaited", as CPython warns.
template <class T = void>
class [[nodiscard]] Coro {
public:
    using promise_type = CoroPromise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    Coro() = default;
    explicit Coro(Handle h)
        : m_h(h) {}
    Coro(Coro&& o) noexcept
        : m_h(std::exchange(o.m_h, {})) {}
    Coro& operator=(Coro&& o) noexcept {
        if (this != &o) {
            reset();
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    ~Coro() { reset(); }

    // Names the coroutine for diagnostics ("coroutine 'fetch' was never awaited").
    Coro&& named(const char* name) && {
        if (m_h) nameCoroutine(m_h.address(), name);
        return std::move(*this);
    }
    const char* name() const { return m_h ? coroutineName(m_h.address()) : nullptr; }
    bool valid() const { return bool(m_h); }
    Handle release() { return std::exchange(m_h, {}); }

    struct Awaiter {
        Handle child;
        bool await_ready() noexcept { return false; }
        template <class P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> parent) noexcept {
            child.promise().m_task = parent.promise().m_task;
            child.promise().m_continuation = parent;
            return child;
        }
        T await_resume() { return child.promise().take(); }
    };
    Awaiter operator co_await() && { return Awaiter{m_h}; }

private:
    void reset() {
        if (!m_h) return;
        if (!m_h.promise().m_task)
            reportNeverAwaited(m_h.address());
        else if (t_anyCoroutineNamed)
            forgetCoroutineName(m_h.address());
        m_h.destroy();
        m_h = {};
    }
    Handle m_h;
};

template <class T>
Coro<T> CoroPromise<T>::get_return_object() noexcept {
    return Coro<T>(std::coroutine_handle<CoroPromise<T>>::from_promise(*this));
}
inline Coro<void> CoroPromise<void>::get_return_object() noexcept {
    return Coro<void>(std::coroutine_handle<CoroPromise<void>>::from_promise(*this));
}

} // namespace coroscope
