// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"

#include <optional>

namespace coroscope {

// asyncio.timeout / timeout_at (3.11): a scope that cancels its task when the
// deadline passes and turns that cancellation into TimeoutError on exit.
// It counts cancellations (cancelling / uncancel) so that a cancel() from
// outside still propagates as CancelledError.
// Usage from C++: enter(); run the body; exit(the exception it raised, or null).
class Timeout : public RefCounted {
public:
    enum class State { Created, Entered, Expiring, Expired, Exited };

    Timeout(Loop& loop, std::optional<Time> when)
        : m_loop(loop)
        , m_when(when) {}

    void enter();                                // __aenter__
    void exit(const std::exception_ptr& raised); // __aexit__: may throw TimeoutError
    void reschedule(std::optional<Time> when);
    bool expired() const { return m_state == State::Expiring || m_state == State::Expired; }
    std::optional<Time> when() const { return m_when; }
    State state() const { return m_state; }

private:
    void onTimeout();

    Loop& m_loop;
    std::optional<Time> m_when;
    State m_state = State::Created;
    Ref<Handle> m_handler;
    Ref<TaskBase> m_task;
    int m_cancelling = 0;
};

inline Ref<Timeout> timeoutAfter(Loop& loop, std::optional<Duration> delay) {
    return makeRef<Timeout>(loop,
                            delay ? std::optional<Time>(later(loop.time(), *delay)) : std::nullopt);
}

// Runs `body` inside a timeout scope: `async with asyncio.timeout(d): await body`.
template <class T>
Coro<T> withTimeout(Loop& loop, std::optional<Duration> delay, Coro<T> body) {
    Ref<Timeout> scope = timeoutAfter(loop, delay);
    scope->enter();
    std::exception_ptr raised;
    if constexpr (std::is_void_v<T>) {
        try {
            co_await std::move(body);
        } catch (...) {
            raised = std::current_exception();
        }
        scope->exit(raised);
        if (raised) std::rethrow_exception(raised);
    } else {
        std::optional<T> result;
        try {
            result.emplace(co_await std::move(body));
        } catch (...) {
            raised = std::current_exception();
        }
        scope->exit(raised);
        if (raised) std::rethrow_exception(raised);
        co_return std::move(*result);
    }
}

} // namespace coroscope
