// SPDX-License-Identifier: MIT
#include "core/locks.h"

#include <algorithm>

namespace coroscope {

namespace {
using Waiters = std::deque<Ref<Future<void>>>;

void removeWaiter(Waiters& ws, const Ref<Future<void>>& f) {
    auto it = std::find(ws.begin(), ws.end(), f);
    if (it != ws.end()) ws.erase(it);
}

// How asyncio's primitives wait: a new future joins the waiters, the task
// awaits it, and it leaves the line however the wait ends. The exception (a
// cancellation) is returned, not thrown, so that the caller can clean up.
struct WaitOutcome {
    Ref<Future<void>> future;
    std::exception_ptr error;
};

// `resource`: the primitive waited on, for the trace (0: none it knows).
Coro<WaitOutcome> waitInLine(Loop& loop, Waiters& waiters, WaitReason reason,
                             ResourceId resource = 0) {
    WaitOutcome out{loop.createFuture(), nullptr};
    waiters.push_back(out.future);
    try {
        co_await FutureAwaiter<Future<void>>{out.future.get(), reason, resource};
    } catch (...) {
        out.error = std::current_exception();
    }
    removeWaiter(waiters, out.future);
    co_return out;
}
} // namespace

Coro<bool> Lock::acquire() {
    bool allCancelled = std::all_of(m_waiters.begin(), m_waiters.end(),
                                    [](const auto& w) { return w->cancelled(); });
    if (!m_locked && allCancelled) {
        m_locked = true;
        m_loop.resourceChanged(m_id, ResourceAction::Acquired, 1);
        co_return true;
    }
    m_loop.resourceChanged(m_id, ResourceAction::Waits, m_locked ? 1 : 0);
    WaitOutcome waited = co_await waitInLine(m_loop, m_waiters, WaitReason::Lock, m_id);
    if (waited.error) {
        m_loop.resourceChanged(m_id, ResourceAction::Leaves, m_locked ? 1 : 0);
        if (isCancelledError(waited.error) && !m_locked) wakeUpFirst();
        std::rethrow_exception(waited.error);
    }
    m_locked = true;
    m_loop.resourceChanged(m_id, ResourceAction::Acquired, 1);
    co_return true;
}

void Lock::release() {
    if (!m_locked) throw RuntimeError("Lock is not acquired.");
    m_locked = false;
    m_loop.resourceChanged(m_id, ResourceAction::Released, 0);
    wakeUpFirst();
}

void Lock::wakeUpFirst() {
    if (m_waiters.empty()) return;
    auto& fut = m_waiters.front();
    if (!fut->done()) fut->setResult();
}

Coro<bool> Event::waitAs(WaitReason reason, ResourceId resource) {
    if (m_value) co_return true;
    WaitOutcome waited = co_await waitInLine(m_loop, m_waiters, reason, resource);
    if (waited.error) std::rethrow_exception(waited.error);
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
    WaitOutcome waited = co_await waitInLine(m_loop, m_waiters, WaitReason::Lock);
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
    if (waited.error) std::rethrow_exception(waited.error);
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
    , m_id(
          loop.addResource(ResourceKind::Semaphore, static_cast<std::uint32_t>(std::max(value, 0))))
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
        changed(ResourceAction::Acquired);
        co_return true;
    }
    changed(ResourceAction::Waits);
    WaitOutcome waited = co_await waitInLine(m_loop, m_waiters, WaitReason::Lock, m_id);
    if (waited.error) {
        if (isCancelledError(waited.error) && !waited.future->cancelled()) {
            // It was handed a place as it was cancelled: the place goes on.
            ++m_value;
            wakeUpNext();
        }
        changed(ResourceAction::Leaves);
        std::rethrow_exception(waited.error);
    }
    if (m_value > 0) wakeUpNext();
    // The releaser handed this task its place: it holds it from now on.
    changed(ResourceAction::Acquired);
    co_return true;
}

void Semaphore::release() {
    if (m_bounded && m_value >= m_bound)
        throw ValueError("BoundedSemaphore released too many times");
    ++m_value;
    wakeUpNext();
    changed(ResourceAction::Released);
}

void Semaphore::changed(ResourceAction action) {
    // Places taken, including those handed to a waiter not yet running.
    m_loop.resourceChanged(m_id, action,
                           static_cast<std::uint32_t>(std::max(m_bound - m_value, 0)));
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
