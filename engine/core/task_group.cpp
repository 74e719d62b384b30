// SPDX-License-Identifier: MIT
#include "core/task_group.h"

#include <algorithm>

namespace coroscope {

namespace {
// TaskGroup treats only SystemExit and KeyboardInterrupt as "base" errors;
// the engine raises neither, a script may.
bool isGroupBaseError(const std::exception_ptr& e) {
    try {
        std::rethrow_exception(e);
    } catch (const PythonError& p) {
        return p.typeName() == "SystemExit" || p.typeName() == "KeyboardInterrupt";
    } catch (...) {
        return false;
    }
}
} // namespace

void TaskGroup::enter() {
    if (m_entered) throw RuntimeError("TaskGroup has already been entered");
    TaskBase* parent = m_loop.currentTask();
    if (!parent) throw RuntimeError("TaskGroup cannot determine the parent task");
    m_parent = Ref<TaskBase>(parent);
    m_entered = true;
}

void TaskGroup::checkCanCreate() const {
    if (!m_entered) throw RuntimeError("TaskGroup has not been entered");
    if (m_exiting && m_tasks.empty()) throw RuntimeError("TaskGroup is finished");
    if (m_aborting) throw RuntimeError("TaskGroup is shutting down");
}

void TaskGroup::adopt(TaskBase* task) {
    checkCanCreate();
    // The group outlives its members' callbacks: it keeps itself alive
    // through them (as the Python object is kept by its bound method).
    Ref<TaskGroup> keep(this);
    task->addDoneCallback(makeDoneCallback([keep](FutureBase& f) { keep->onTaskDone(f); }));
    m_tasks.emplace_back(task);
}

void TaskGroup::abort() {
    m_aborting = true;
    for (auto& t : m_tasks)
        if (!t->done()) t->cancel();
}

void TaskGroup::onTaskDone(FutureBase& f) {
    auto it = std::find_if(m_tasks.begin(), m_tasks.end(),
                           [&](const Ref<TaskBase>& t) { return t.get() == &f; });
    if (it != m_tasks.end()) m_tasks.erase(it);
    if (m_onCompleted && m_tasks.empty() && !m_onCompleted->done()) m_onCompleted->setResult();
    if (f.cancelled()) return;
    std::exception_ptr exc = f.exception();
    if (!exc) return;
    m_errors.push_back(exc);
    if (isGroupBaseError(exc) && !m_baseError) m_baseError = exc;
    if (m_parent->done()) {
        m_loop.diagnostic("Task has errored out but its parent task is already completed");
        return;
    }
    if (!m_aborting && !m_parentCancelRequested) {
        abort();
        m_parentCancelRequested = true;
        m_parent->cancel();
    }
}

Coro<void> TaskGroup::exit(std::exception_ptr raised) {
    Ref<TaskGroup> keep(this);
    m_exiting = true;
    if (raised && isGroupBaseError(raised) && !m_baseError) m_baseError = raised;
    std::exception_ptr propagateCancellation = isCancelledError(raised) ? raised : nullptr;
    if (m_parentCancelRequested && m_parent->uncancel() == 0) propagateCancellation = nullptr;
    if (raised && !m_aborting) abort();
    while (!m_tasks.empty()) {
        if (!m_onCompleted) m_onCompleted = m_loop.createFuture();
        std::exception_ptr cancelled;
        try {
            co_await m_onCompleted;
        } catch (const CancelledError&) {
            cancelled = std::current_exception();
        }
        if (cancelled && !m_aborting) {
            propagateCancellation = cancelled;
            abort();
        }
        m_onCompleted = nullptr;
    }
    if (m_baseError) std::rethrow_exception(m_baseError);
    if (propagateCancellation && m_errors.empty()) std::rethrow_exception(propagateCancellation);
    if (raised && !isCancelledError(raised)) m_errors.push_back(raised);
    if (!m_errors.empty()) {
        auto errors = std::move(m_errors);
        m_errors.clear();
        throw ExceptionGroup("unhandled errors in a TaskGroup", std::move(errors));
    }
}

Coro<void> withTaskGroup(Loop& loop, std::function<Coro<void>(TaskGroup&)> body) {
    Ref<TaskGroup> tg = makeRef<TaskGroup>(loop);
    tg->enter();
    std::exception_ptr raised;
    try {
        co_await body(*tg);
    } catch (...) {
        raised = std::current_exception();
    }
    co_await tg->exit(raised);
    if (raised) std::rethrow_exception(raised);
}

} // namespace coroscope
