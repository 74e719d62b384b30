// SPDX-License-Identifier: MIT
#pragma once

#include "core/locks.h"

#include <algorithm>
#include <deque>

namespace coroscope {

// asyncio.Queue: FIFO with optional maxsize (back-pressure on put), and
// task_done / join to wait until every item put has been processed.
// Invariants: m_unfinished counts items put and not yet task_done; m_finished
// is set exactly when m_unfinished == 0.
template <class T>
class Queue : public RefCounted {
public:
    Queue(Loop& loop, std::size_t maxsize = 0)
        : m_loop(loop)
        , m_maxsize(maxsize)
        , m_id(loop.addResource(ResourceKind::Queue, static_cast<std::uint32_t>(maxsize)))
        , m_finished(makeRef<Event>(loop)) {
        m_finished->set();
    }

    std::size_t qsize() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    bool full() const { return m_maxsize > 0 && m_items.size() >= m_maxsize; }
    std::size_t maxsize() const { return m_maxsize; }
    ResourceId resourceId() const { return m_id; }

    Coro<void> put(T item) {
        while (full()) {
            changed(ResourceAction::Waits);
            auto putter = m_loop.createFuture();
            m_putters.push_back(putter);
            std::exception_ptr error;
            try {
                co_await FutureAwaiter<Future<void>>{putter.get(), WaitReason::Queue, m_id};
            } catch (...) {
                error = std::current_exception();
            }
            if (error) {
                putter->cancel();
                remove(m_putters, putter);
                changed(ResourceAction::Leaves);
                if (!full() && !putter->cancelled()) wakeupNext(m_putters);
                std::rethrow_exception(error);
            }
        }
        putNowait(std::move(item));
    }

    void putNowait(T item) {
        if (full()) throw QueueFull();
        m_items.push_back(std::move(item));
        ++m_unfinished;
        m_finished->clear();
        changed(ResourceAction::Put);
        wakeupNext(m_getters);
    }

    Coro<T> get() {
        while (empty()) {
            changed(ResourceAction::Waits);
            auto getter = m_loop.createFuture();
            m_getters.push_back(getter);
            std::exception_ptr error;
            try {
                co_await FutureAwaiter<Future<void>>{getter.get(), WaitReason::Queue, m_id};
            } catch (...) {
                error = std::current_exception();
            }
            if (error) {
                getter->cancel();
                remove(m_getters, getter);
                changed(ResourceAction::Leaves);
                if (!empty() && !getter->cancelled()) wakeupNext(m_getters);
                std::rethrow_exception(error);
            }
        }
        co_return getNowait();
    }

    T getNowait() {
        if (empty()) throw QueueEmpty();
        T item = std::move(m_items.front());
        m_items.pop_front();
        changed(ResourceAction::Got);
        wakeupNext(m_putters);
        return item;
    }

    void taskDone() {
        if (m_unfinished == 0) throw ValueError("task_done() called too many times");
        if (--m_unfinished == 0) m_finished->set();
    }

    Coro<void> join() {
        if (m_unfinished > 0) co_await m_finished->waitAs(WaitReason::Queue, m_id);
    }

private:
    using Waiters = std::deque<Ref<Future<void>>>;
    void changed(ResourceAction action) {
        m_loop.resourceChanged(m_id, action, static_cast<std::uint32_t>(m_items.size()));
    }
    static void wakeupNext(Waiters& ws) {
        while (!ws.empty()) {
            auto w = ws.front();
            ws.pop_front();
            if (!w->done()) {
                w->setResult();
                break;
            }
        }
    }
    static void remove(Waiters& ws, const Ref<Future<void>>& f) {
        auto it = std::find(ws.begin(), ws.end(), f);
        if (it != ws.end()) ws.erase(it);
    }

    Loop& m_loop;
    std::size_t m_maxsize;
    ResourceId m_id;
    std::deque<T> m_items;
    Waiters m_getters;
    Waiters m_putters;
    std::size_t m_unfinished = 0;
    Ref<Event> m_finished;
};

} // namespace coroscope
