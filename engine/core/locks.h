// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"

#include <deque>

namespace coroscope {

// asyncio's synchronisation primitives, FIFO-fair as asyncio's: each waiter
// is a future in a deque, woken in arrival order. Every wait is a real
// suspension of the task, shown in the trace with its reason.

class Lock : public RefCounted {
public:
    explicit Lock(Loop& loop)
        : m_loop(loop)
        , m_id(loop.addResource(ResourceKind::Lock, 1)) {}
    Coro<bool> acquire();
    void release(); // RuntimeError if not locked
    bool locked() const { return m_locked; }
    ResourceId resourceId() const { return m_id; }

private:
    void wakeUpFirst();
    Loop& m_loop;
    ResourceId m_id;
    std::deque<Ref<Future<void>>> m_waiters;
    bool m_locked = false;
};

class Event : public RefCounted {
public:
    explicit Event(Loop& loop)
        : m_loop(loop) {}
    Coro<bool> wait() { return waitAs(WaitReason::Event, 0); }
    // The same wait, traced as waiting on what the event stands for (a
    // queue's join waits on the queue: WaitReason::Queue and its id).
    Coro<bool> waitAs(WaitReason reason, ResourceId resource);
    void set();
    void clear() { m_value = false; }
    bool isSet() const { return m_value; }

private:
    Loop& m_loop;
    std::deque<Ref<Future<void>>> m_waiters;
    bool m_value = false;
};

class Condition : public RefCounted {
public:
    explicit Condition(Loop& loop, const Ref<Lock>& lock = nullptr)
        : m_loop(loop)
        , m_lock(lock ? lock : makeRef<Lock>(loop)) {}
    Coro<bool> acquire() { return m_lock->acquire(); }
    void release() { m_lock->release(); }
    bool locked() const { return m_lock->locked(); }
    Coro<bool> wait();
    void notify(std::size_t n = 1);
    void notifyAll() { notify(m_waiters.size()); }

private:
    Loop& m_loop;
    Ref<Lock> m_lock;
    std::deque<Ref<Future<void>>> m_waiters;
};

class Semaphore : public RefCounted {
public:
    // bounded: a BoundedSemaphore, whose over-release raises ValueError.
    Semaphore(Loop& loop, int value = 1, bool bounded = false);
    Coro<bool> acquire();
    void release();
    bool locked() const;
    int value() const { return m_value; }
    ResourceId resourceId() const { return m_id; }

private:
    void wakeUpNext();
    void changed(ResourceAction action);
    Loop& m_loop;
    ResourceId m_id;
    std::deque<Ref<Future<void>>> m_waiters;
    int m_value;
    int m_bound;
    bool m_bounded;
};

} // namespace coroscope
