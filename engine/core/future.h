// SPDX-License-Identifier: MIT
#pragma once

#include "core/errors.h"
#include "core/ref_counted.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coroscope {

class Loop;
class FutureBase;
class TaskBase;

// A done-callback that is not a task wake-up (gather, wait_for, shield, ...).
class DoneCallback : public RefCounted {
public:
    virtual void invoke(FutureBase& future) = 0;
};

template <class F>
class LambdaDoneCallback final : public DoneCallback {
public:
    explicit LambdaDoneCallback(F f)
        : m_f(std::move(f)) {}
    void invoke(FutureBase& future) override { m_f(future); }

private:
    F m_f;
};

template <class F>
Ref<DoneCallback> makeDoneCallback(F f) {
    return Ref<DoneCallback>(new LambdaDoneCallback<F>(std::move(f)));
}

enum class FutureState : std::uint8_t { Pending, Finished, Cancelled };

// asyncio.Future without the result: state, exception, cancellation and
// done-callbacks, each callback scheduled with call_soon when the future
// completes (never called inline), exactly as asyncio does; that is what
// makes the order of steps match CPython's.
// Invariants: state only leaves Pending once; callbacks are empty once done;
// when Cancelled, m_exception holds the CancelledError to re-raise (if any).
class FutureBase : public RefCounted {
public:
    explicit FutureBase(Loop& loop)
        : m_loop(&loop) {}
    ~FutureBase() override;

    Loop& loop() const { return *m_loop; }
    bool done() const { return m_state != FutureState::Pending; }
    bool cancelled() const { return m_state == FutureState::Cancelled; }
    FutureState state() const { return m_state; }

    virtual bool cancel(std::string_view message = {});
    // Future.exception(): raises CancelledError if cancelled, InvalidStateError if pending.
    std::exception_ptr exception();
    // The common part of Future.result(): raises what the future holds.
    void rethrowIfFailed();
    void setException(std::exception_ptr e);
    // The exception held without marking it retrieved (for views and gather).
    std::exception_ptr peekException() const { return done() ? m_exception : nullptr; }

    void addDoneCallback(Ref<DoneCallback> callback);
    std::size_t removeDoneCallback(DoneCallback* callback);
    // The task's __wakeup, kept allocation-free: it is the most common callback.
    void addWakeup(TaskBase* task);
    std::size_t removeWakeup(TaskBase* task);
    // For the loop's shutdown only: a pending future's callbacks are dropped
    // uncalled, which breaks the cycles through them (a gather's children
    // hold its callback, and it holds them).
    void dropCallbacks();

    std::exception_ptr makeCancelledError();
    const std::string& cancelMessage() const;
    bool hasCancelMessage() const { return m_hasCancelMessage; }
    // CancelledError(msg), or CancelledError() when cancel() had no message.
    std::exception_ptr newCancelledError() const;
    virtual bool isTask() const { return false; }

protected:
    void markFinished(FutureState state);
    void lastRefDropped() noexcept override;
    void setCancelMessage(std::string_view message);

    // Layout matters: 100,000 live tasks must fit in a few megabytes. The
    // small fields come first, in the base class's tail padding.
    FutureState m_state = FutureState::Pending;
    bool m_logTraceback = false;     // an exception nobody has looked at yet
    bool m_hasCancelMessage = false; // the text is kept by the loop (rarely used)
    std::uint8_t m_spare = 0;        // for subclasses
    Loop* m_loop;
    // Finished: the exception. Cancelled: the CancelledError to re-raise.
    // A pending task keeps here the exception its next step throws in.
    std::exception_ptr m_exception;

private:
    // Callbacks as tagged pointers (bit 0 set: a DoneCallback, else a task to
    // wake), one reference held each. One callback (the common case) is
    // stored inline; with more, the word points to a vector (bit 1 set).
    std::uintptr_t m_callbacks = 0;
    std::vector<std::uintptr_t> takeCallbacks();
};

template <class T>
class Future : public FutureBase {
public:
    using FutureBase::FutureBase;

    void setResult(T value) {
        if (done()) throw InvalidStateError("invalid state");
        m_value.emplace(std::move(value));
        markFinished(FutureState::Finished);
    }
    T& result() {
        rethrowIfFailed();
        return *m_value;
    }

private:
    std::optional<T> m_value;
};

template <>
class Future<void> : public FutureBase {
public:
    using FutureBase::FutureBase;
    void setResult() {
        if (done()) throw InvalidStateError("invalid state");
        markFinished(FutureState::Finished);
    }
    void result() { rethrowIfFailed(); }
};

} // namespace coroscope
