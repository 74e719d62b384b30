// SPDX-License-Identifier: MIT
#include "future.h"

#include "loop.h"
#include "task.h"

#include <algorithm>

namespace coroscope {

FutureBase::~FutureBase() {
    for (const Callback& c : m_callbacks)
        c.target->decRef();
}

bool FutureBase::cancel(std::string_view message) {
    m_logTraceback = false;
    if (done()) return false;
    setCancelMessage(message);
    markFinished(FutureState::Cancelled);
    return true;
}

void FutureBase::setCancelMessage(std::string_view message) {
    if (message.data() == nullptr)
        m_cancelMessage.reset();
    else
        m_cancelMessage = std::make_unique<std::string>(message);
}

std::exception_ptr FutureBase::newCancelledError() const {
    if (m_cancelMessage) return std::make_exception_ptr(CancelledError(*m_cancelMessage));
    return std::make_exception_ptr(CancelledError());
}

const std::string& FutureBase::cancelMessage() const {
    static const std::string none;
    return m_cancelMessage ? *m_cancelMessage : none;
}

std::exception_ptr FutureBase::makeCancelledError() {
    // As asyncio's _make_cancelled_error: the CancelledError that ended the
    // task is handed out once; later callers get a fresh one.
    if (m_state == FutureState::Cancelled && m_exception)
        return std::exchange(m_exception, nullptr);
    return std::make_exception_ptr(CancelledError(cancelMessage()));
}

std::exception_ptr FutureBase::exception() {
    if (m_state == FutureState::Cancelled) std::rethrow_exception(makeCancelledError());
    if (m_state != FutureState::Finished) throw InvalidStateError("Exception is not set.");
    m_logTraceback = false;
    return m_exception;
}

void FutureBase::rethrowIfFailed() {
    if (m_state == FutureState::Cancelled) std::rethrow_exception(makeCancelledError());
    if (m_state != FutureState::Finished) throw InvalidStateError("Result is not ready.");
    m_logTraceback = false;
    if (m_exception) std::rethrow_exception(m_exception);
}

void FutureBase::setException(std::exception_ptr e) {
    if (done()) throw InvalidStateError("invalid state");
    m_exception = std::move(e);
    m_logTraceback = true;
    markFinished(FutureState::Finished);
}

void FutureBase::markFinished(FutureState state) {
    m_state = state;
    if (m_callbacks.empty()) return;
    auto callbacks = std::move(m_callbacks);
    m_callbacks.clear();
    for (const Callback& c : callbacks) {
        if (c.kind == Callback::Kind::Wakeup)
            m_loop->scheduleWakeup(static_cast<TaskBase*>(c.target), this);
        else
            m_loop->scheduleDoneCallback(static_cast<DoneCallback*>(c.target), this);
        c.target->decRef();
    }
}

void FutureBase::addDoneCallback(Ref<DoneCallback> callback) {
    if (done()) {
        m_loop->scheduleDoneCallback(callback.get(), this);
        return;
    }
    m_callbacks.push_back({Callback::Kind::Done, callback.release()});
}

std::size_t FutureBase::removeDoneCallback(DoneCallback* callback) {
    std::size_t before = m_callbacks.size();
    auto it = std::remove_if(m_callbacks.begin(), m_callbacks.end(), [&](const Callback& c) {
        if (c.kind != Callback::Kind::Done || c.target != callback) return false;
        c.target->decRef();
        return true;
    });
    m_callbacks.erase(it, m_callbacks.end());
    return before - m_callbacks.size();
}

void FutureBase::addWakeup(TaskBase* task) {
    if (done()) {
        m_loop->scheduleWakeup(task, this);
        return;
    }
    task->incRef();
    m_callbacks.push_back({Callback::Kind::Wakeup, task});
}

std::size_t FutureBase::removeWakeup(TaskBase* task) {
    std::size_t before = m_callbacks.size();
    auto it = std::remove_if(m_callbacks.begin(), m_callbacks.end(), [&](const Callback& c) {
        if (c.kind != Callback::Kind::Wakeup || c.target != task) return false;
        c.target->decRef();
        return true;
    });
    m_callbacks.erase(it, m_callbacks.end());
    return before - m_callbacks.size();
}

void FutureBase::lastRefDropped() noexcept {
    if (m_logTraceback && m_exception) {
        // asyncio logs this from Future.__del__.
        std::string what = isTask() ? "Task exception was never retrieved"
                                    : "Future exception was never retrieved";
        TaskId id = isTask() ? static_cast<TaskBase*>(this)->id() : 0;
        m_loop->diagnostic(what + "\n" + describe(m_exception), id);
    }
    delete this;
}

} // namespace coroscope
