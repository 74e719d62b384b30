// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"

#include <functional>
#include <vector>

namespace coroscope {

// asyncio.TaskGroup (3.11): structured concurrency. When a member fails, the
// others and the body are cancelled; exit waits for every member and raises
// an ExceptionGroup of the errors. It uses cancel / uncancel on the parent
// task so that a cancellation from outside is not mistaken for its own.
// Invariant: m_tasks holds the members not yet done, in creation order.
class TaskGroup : public RefCounted {
public:
    explicit TaskGroup(Loop& loop)
        : m_loop(loop) {}

    void enter(); // __aenter__
    template <class T>
    Task<T> createTask(Coro<T> coro, std::string_view name = {}, std::uint32_t line = 0) {
        checkCanCreate();
        Task<T> t = m_loop.createTask(std::move(coro), name, line);
        adopt(t.get());
        return t;
    }
    // For tasks built elsewhere (the interpreter's): joins the group.
    void adopt(TaskBase* task);
    Coro<void> exit(std::exception_ptr raised); // __aexit__

    std::size_t size() const { return m_tasks.size(); }

private:
    void checkCanCreate() const;
    void abort();
    void onTaskDone(FutureBase& f);

    Loop& m_loop;
    Ref<TaskBase> m_parent;
    std::vector<Ref<TaskBase>> m_tasks;
    std::vector<std::exception_ptr> m_errors;
    std::exception_ptr m_baseError;
    Ref<Future<void>> m_onCompleted;
    bool m_entered = false;
    bool m_exiting = false;
    bool m_aborting = false;
    bool m_parentCancelRequested = false;
};

// `async with asyncio.TaskGroup() as tg: await body(tg)`
Coro<void> withTaskGroup(Loop& loop, std::function<Coro<void>(TaskGroup&)> body);

} // namespace coroscope
