// SPDX-License-Identifier: MIT
#include "locks.h"

#include <algorithm>

namespace coroscope {

namespace {
using Waiters = std::deque<Ref<Future<void>>>;

void removeWaiter(Waiters& ws, const Ref<Future<void>>& f) {
    auto it = std::find(ws.begin(), ws.end(), f);
    if (it != ws.end()) ws.erase(it);
}

// Awaits `fut` as a wait of the given kind; the exception (a cancellation)
// is returned rather than thrown so that the caller can clean up first.
Coro<std::exception_ptr> waitOn(Ref<Future<void>> fut, WaitReason reason) {
    try {
        co_await FutureAwaiter<Future<void>>{fut.get(), reason, 0};
    } catch (...) {
        co_return std::current_exception();
    }
    co_return nullptr;
}
} // namespace

Coro<bool> Lock::acquire() {
    bool allCancelled = std::all_of(m_waiters.begin(), m_waiters.end(),
                                    [](const auto& w) { return w->cancelled(); });
    if (!m_locked && allCancelled) {
        m_locked = true;
        co_return true;
    }
    auto fut = m_loop.createFuture();
    m_waiters.push_back(fut);
    std::exception_ptr error = co_await waitOn(fut, WaitReason::Lock);
    removeWaiter(m_waiters, fut);
    if (error) {
        if (isCancelledError(error) && !m_locked) wakeUpFirst();
        std::rethrow_exception(error);
    }
    m_locked = true;
    co_return true;
}

void Lock::release() {
    if (!m_locked) throw RuntimeError("Lock is not acquired.");
    m_locked = false;
    wakeUpFirst();
}

void Lock::wakeUpFirst() {
    if (m_waiters.empty()) return;
    auto& fut = m_waiters.front();
    if (!fut->done()) fut->setResult();
}

Coro<bool> Event::wait() {
    if (m_value) co_return true;
    auto fut = m_loop.createFuture();
    m_waiters.push_back(fut);
    std::exception_ptr error = co_await waitOn(fut, WaitReason::Event);
    removeWaiter(m_waiters, fut);
    if (error) std::rethrow_exception(error);
    co_return true;
}

void Event::set() {
    if (m_value) return;
    m_value = true;
    for (auto& fut : m_waiters)
        if (!fut->done()) fut->setResult();
}

Coro<bool> Condition::wait() {
    if (!locked()) throw RuntimeError("cannot wait on un-acquired lock");
    release();
    auto fut = m_loop.createFuture();
    m_waiters.push_back(fut);
    std::exception_ptr error = co_await waitOn(fut, WaitReason::Lock);
    removeWaiter(m_waiters, fut);
    // Re-acquire before returning, even when cancelled (as asyncio does).
    bool cancelled = false;
    for (;;) {
        std::exception_ptr again;
        try {
            co_await m_lock->acquire();
        } catch (const CancelledError&) {
            again = std::current_exception();
        }
        if (!again) break;
        cancelled = true;
    }
    if (cancelled) throw CancelledError();
    if (error) std::rethrow_exception(error);
    co_return true;
}

void Condition::notify(std::size_t n) {
    if (!locked()) throw RuntimeError("cannot notify on un-acquired lock");
    std::size_t woken = 0;
    for (auto& fut : m_waiters) {
        if (woken >= n) break;
        if (!fut->done()) {
            ++woken;
            fut->setResult();
        }
    }
}

Semaphore::Semaphore(Loop& loop, int value, bool bounded)
    : m_loop(loop)
    , m_value(value)
    , m_bound(value)
    , m_bounded(bounded) {
    if (value < 0) throw ValueError("Semaphore initial value must be >= 0");
}

bool Semaphore::locked() const {
    return m_value == 0 || std::any_of(m_waiters.begin(), m_waiters.end(),
                                       [](const auto& w) { return !w->cancelled(); });
}

Coro<bool> Semaphore::acquire() {
    if (!locked()) {
        --m_value;
        co_return true;
    }
    auto fut = m_loop.createFuture();
    m_waiters.push_back(fut);
    std::exception_ptr error = co_await waitOn(fut, WaitReason::Lock);
    removeWaiter(m_waiters, fut);
    if (error) {
        if (isCancelledError(error) && !fut->cancelled()) {
            ++m_value;
            wakeUpNext();
        }
        std::rethrow_exception(error);
    }
    if (m_value > 0) wakeUpNext();
    co_return true;
}

void Semaphore::release() {
    if (m_bounded && m_value >= m_bound)
        throw ValueError("BoundedSemaphore released too many times");
    ++m_value;
    wakeUpNext();
}

void Semaphore::wakeUpNext() {
    for (auto& fut : m_waiters) {
        if (!fut->done()) {
            --m_value;
            fut->setResult();
            return;
        }
    }
}

} // namespace coroscope
