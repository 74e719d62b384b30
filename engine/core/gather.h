// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "core/outcome.h"

#include <algorithm>
#include <vector>

namespace coroscope {

// asyncio.gather's _GatheringFuture. Children are scheduled at once; results
// come in argument order. Without returnExceptions the first error (or a
// child's cancellation) completes the gather at once and the other children
// go on; cancel() cancels every child and, like Task.cancel(), the gather
// only ends when they have.
// Invariant: m_finished counts distinct children done; m_children keeps the
// argument order, duplicates included.
template <class T>
class GatheringFuture final : public Future<std::vector<Outcome<T>>> {
public:
    GatheringFuture(Loop& loop, std::vector<Ref<FutureBase>> children, bool returnExceptions)
        : Future<std::vector<Outcome<T>>>(loop)
        , m_children(std::move(children))
        , m_returnExceptions(returnExceptions) {}

    void start() {
        if (m_children.empty()) {
            this->setResult({});
            return;
        }
        Ref<GatheringFuture> self(this);
        auto callback = makeDoneCallback([self](FutureBase& f) { self->childDone(f); });
        // A future given twice is awaited once (asyncio's arg_to_fut).
        std::vector<FutureBase*> sorted;
        sorted.reserve(m_children.size());
        for (auto& c : m_children)
            sorted.push_back(c.get());
        std::sort(sorted.begin(), sorted.end());
        bool duplicates = std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end();
        sorted.clear();
        for (auto& c : m_children) {
            if (duplicates) {
                auto it = std::lower_bound(sorted.begin(), sorted.end(), c.get());
                if (it != sorted.end() && *it == c.get()) continue;
                sorted.insert(it, c.get());
            }
            ++m_distinct;
            c->addDoneCallback(callback);
        }
    }

    bool cancel(std::string_view message = {}) override {
        if (this->done()) return false;
        bool any = false;
        for (auto& c : m_children)
            if (c->cancel(message)) any = true;
        if (any) m_cancelRequested = true;
        return any;
    }

    const std::vector<Ref<FutureBase>>& children() const { return m_children; }

private:
    void childDone(FutureBase& f) {
        ++m_finished;
        if (this->done()) {
            if (!f.cancelled()) f.exception(); // mark it retrieved
            return;
        }
        if (!m_returnExceptions) {
            if (f.cancelled()) {
                this->setException(f.makeCancelledError());
                return;
            }
            if (auto e = f.exception()) {
                this->setException(e);
                return;
            }
        }
        if (m_finished < m_distinct) return;
        std::vector<Outcome<T>> results;
        results.reserve(m_children.size());
        for (auto& c : m_children) {
            Outcome<T> o;
            if (c->cancelled())
                o.error = std::make_exception_ptr(CancelledError(c->cancelMessage()));
            else if (auto e = c->exception())
                o.error = e;
            else
                o.value = resultOf<T>(*c);
            results.push_back(std::move(o));
        }
        if (m_cancelRequested)
            this->setException(f.makeCancelledError());
        else
            this->setResult(std::move(results));
        m_children.clear(); // break the cycle children -> callback -> this
    }

    std::vector<Ref<FutureBase>> m_children;
    std::size_t m_distinct = 0;
    std::size_t m_finished = 0;
    bool m_returnExceptions;
    bool m_cancelRequested = false;
};

template <class T>
Ref<GatheringFuture<T>> gather(Loop& loop, std::vector<Ref<FutureBase>> children,
                               bool returnExceptions = false) {
    Ref<GatheringFuture<T>> outer(
        new GatheringFuture<T>(loop, std::move(children), returnExceptions));
    outer->start();
    return outer;
}

template <class T>
Ref<GatheringFuture<T>> gather(Loop& loop, const std::vector<Task<T>>& tasks,
                               bool returnExceptions = false) {
    std::vector<Ref<FutureBase>> children;
    children.reserve(tasks.size());
    for (const auto& t : tasks)
        children.push_back(t.future());
    return gather<T>(loop, std::move(children), returnExceptions);
}

// gather(*coros): each coroutine becomes a task, in argument order.
template <class T>
Ref<GatheringFuture<T>> gather(Loop& loop, std::vector<Coro<T>> coros,
                               bool returnExceptions = false) {
    std::vector<Ref<FutureBase>> children;
    children.reserve(coros.size());
    for (auto& c : coros)
        children.push_back(loop.createTask(std::move(c)).future());
    return gather<T>(loop, std::move(children), returnExceptions);
}

template <class T>
FutureAwaiter<GatheringFuture<T>> operator co_await(const Ref<GatheringFuture<T>>& f) {
    return FutureAwaiter<GatheringFuture<T>>{f.get(), WaitReason::Task, 0};
}

// The values of an all-successful gather.
template <class T>
std::vector<ResultOf<T>> valuesOf(const std::vector<Outcome<T>>& outcomes) {
    std::vector<ResultOf<T>> out;
    out.reserve(outcomes.size());
    for (const auto& o : outcomes)
        out.push_back(*o.value);
    return out;
}

} // namespace coroscope
