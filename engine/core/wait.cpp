// SPDX-License-Identifier: MIT
#include "core/wait.h"

#include <memory>

namespace coroscope {

Ref<DoneCallback> detail::releaser(const Ref<Future<void>>& waiter) {
    // asyncio's _release_waiter
    return makeDoneCallback([waiter](FutureBase&) {
        if (!waiter->done()) waiter->setResult();
    });
}

Coro<void> cancelAndWait(Loop& loop, Ref<FutureBase> future) {
    auto waiter = loop.createFuture();
    auto release = detail::releaser(waiter);
    future->addDoneCallback(release);
    struct Remove {
        Ref<FutureBase> f;
        DoneCallback* cb;
        ~Remove() { f->removeDoneCallback(cb); }
    } remove{future, release.get()};
    future->cancel();
    co_await waiter;
}

Coro<WaitResult> wait(Loop& loop, std::vector<Ref<FutureBase>> futures,
                      std::optional<Duration> timeout, ReturnWhen when) {
    if (futures.empty()) throw ValueError("Set of Tasks/Futures is empty.");
    auto waiter = loop.createFuture();
    detail::CancelHandleOnExit guard;
    if (timeout)
        guard.handle = loop.callLater(
            *timeout, [waiter] { (void)(waiter->done() || (waiter->setResult(), true)); },
            "timeout");
    // Shared: a callback already queued may run after this coroutine ended.
    auto counter = std::make_shared<std::size_t>(futures.size());
    Ref<Handle> timeoutHandle = guard.handle;
    auto onCompletion = makeDoneCallback([counter, when, waiter, timeoutHandle](FutureBase& f) {
        --*counter;
        bool failed = !f.cancelled() && f.exception();
        if (*counter == 0 || when == ReturnWhen::FirstCompleted ||
            (when == ReturnWhen::FirstException && failed)) {
            if (timeoutHandle) timeoutHandle->cancel();
            if (!waiter->done()) waiter->setResult();
        }
    });
    for (auto& f : futures)
        f->addDoneCallback(onCompletion);
    struct Remove {
        std::vector<Ref<FutureBase>>& fs;
        DoneCallback* cb;
        ~Remove() {
            for (auto& f : fs)
                f->removeDoneCallback(cb);
        }
    } remove{futures, onCompletion.get()};
    co_await waiter;
    WaitResult result;
    for (auto& f : futures)
        (f->done() ? result.done : result.pending).push_back(f);
    co_return result;
}

} // namespace coroscope
