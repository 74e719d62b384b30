// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "core/outcome.h"

#include <optional>
#include <vector>

namespace coroscope {

enum class ReturnWhen { FirstCompleted, FirstException, AllCompleted };

struct WaitResult {
    std::vector<Ref<FutureBase>> done;    // in the order given
    std::vector<Ref<FutureBase>> pending; // in the order given
};

// asyncio.wait: returns when the condition holds or the timeout passes;
// never cancels anything.
Coro<WaitResult> wait(Loop& loop, std::vector<Ref<FutureBase>> futures,
                      std::optional<Duration> timeout = std::nullopt,
                      ReturnWhen when = ReturnWhen::AllCompleted);

// asyncio's _cancel_and_wait: cancel and wait until the future has ended.
Coro<void> cancelAndWait(Loop& loop, Ref<FutureBase> future);

namespace detail {
struct CancelHandleOnExit {
    Ref<Handle> handle;
    ~CancelHandleOnExit() {
        if (handle) handle->cancel();
    }
};
Ref<DoneCallback> releaser(const Ref<Future<void>>& waiter);
} // namespace detail

// asyncio.wait_for (3.11): on timeout the inner task is cancelled, and the
// TimeoutError is raised only once it has really ended (its finally ran).
template <class T>
Coro<T> waitFor(Task<T> task, std::optional<Duration> timeout) {
    Loop& loop = task->loop();
    Ref<FutureBase> fut = task.future();
    if (!timeout) co_return co_await task;
    if (*timeout <= 0) {
        if (!fut->done()) co_await cancelAndWait(loop, fut);
        if (fut->cancelled()) throw TimeoutError();
        co_return task->result();
    }
    auto waiter = loop.createFuture();
    auto release = detail::releaser(waiter);
    detail::CancelHandleOnExit guard{loop.callLater(
        *timeout, [waiter] { (void)(waiter->done() || (waiter->setResult(), true)); }, "timeout")};
    fut->addDoneCallback(release);
    std::exception_ptr cancelled;
    try {
        co_await waiter;
    } catch (...) {
        cancelled = std::current_exception();
    }
    if (cancelled) {
        if (fut->done()) co_return task->result();
        fut->removeDoneCallback(release.get());
        co_await cancelAndWait(loop, fut);
        std::rethrow_exception(cancelled);
    }
    if (fut->done()) co_return task->result();
    fut->removeDoneCallback(release.get());
    co_await cancelAndWait(loop, fut);
    if (fut->cancelled()) throw TimeoutError();
    co_return task->result();
}

} // namespace coroscope
