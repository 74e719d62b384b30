// SPDX-License-Identifier: MIT
#include "core/future.h"

#include "core/loop.h"
#include "core/task.h"

#include <algorithm>

namespace coroscope {

namespace {
constexpr std::uintptr_t kDoneTag = 1;
constexpr std::uintptr_t kListTag = 2;
using List = std::vector<std::uintptr_t>;

RefCounted* targetOf(std::uintptr_t c) {
    return reinterpret_cast<RefCounted*>(c & ~kDoneTag);
}
std::uintptr_t tagWakeup(TaskBase* t) {
    return reinterpret_cast<std::uintptr_t>(t);
}
std::uintptr_t tagDone(DoneCallback* d) {
    return reinterpret_cast<std::uintptr_t>(d) | kDoneTag;
}
List* listOf(std::uintptr_t word) {
    return reinterpret_cast<List*>(word & ~kListTag);
}

void append(std::uintptr_t& word, std::uintptr_t c) {
    if (!word) {
        word = c;
    } else if (word & kListTag) {
        listOf(word)->push_back(c);
    } else {
        auto* list = new List{word, c};
        word = reinterpret_cast<std::uintptr_t>(list) | kListTag;
    }
}

std::size_t removeAll(std::uintptr_t& word, std::uintptr_t c) {
    std::size_t removed = 0;
    if (word & kListTag) {
        List* list = listOf(word);
        auto it = std::remove(list->begin(), list->end(), c);
        removed = static_cast<std::size_t>(list->end() - it);
        list->erase(it, list->end());
        if (list->empty()) {
            delete list;
            word = 0;
        }
    } else if (word == c) {
        removed = 1;
        word = 0;
    }
    for (std::size_t i = 0; i < removed; ++i)
        targetOf(c)->decRef();
    return removed;
}
} // namespace

std::vector<std::uintptr_t> FutureBase::takeCallbacks() {
    std::uintptr_t word = std::exchange(m_callbacks, 0);
    if (!word) return {};
    if (!(word & kListTag)) return {word};
    List* list = listOf(word);
    List out = std::move(*list);
    delete list;
    return out;
}

void FutureBase::dropCallbacks() {
    for (std::uintptr_t c : takeCallbacks())
        targetOf(c)->decRef();
}

FutureBase::~FutureBase() {
    dropCallbacks();
    if (m_hasCancelMessage) LoopAccess::cancelMessages(*m_loop).erase(this);
}

bool FutureBase::cancel(std::string_view message) {
    m_logTraceback = false;
    if (done()) return false;
    setCancelMessage(message);
    markFinished(FutureState::Cancelled);
    return true;
}

void FutureBase::setCancelMessage(std::string_view message) {
    // A null view is Python's None; "" is an empty message.
    if (message.data() == nullptr) {
        if (m_hasCancelMessage) LoopAccess::cancelMessages(*m_loop).erase(this);
        m_hasCancelMessage = false;
    } else {
        LoopAccess::cancelMessages(*m_loop)[this] = std::string(message);
        m_hasCancelMessage = true;
    }
}

const std::string& FutureBase::cancelMessage() const {
    static const std::string none;
    if (!m_hasCancelMessage) return none;
    return LoopAccess::cancelMessages(*m_loop)[this];
}

std::exception_ptr FutureBase::newCancelledError() const {
    if (m_hasCancelMessage) return std::make_exception_ptr(CancelledError(cancelMessage()));
    return std::make_exception_ptr(CancelledError());
}

std::exception_ptr FutureBase::makeCancelledError() {
    // As asyncio's _make_cancelled_error: the CancelledError that ended the
    // task is handed out once; later callers get a fresh one.
    if (m_state == FutureState::Cancelled && m_exception)
        return std::exchange(m_exception, nullptr);
    return newCancelledError();
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
    COROSCOPE_ASSERT(m_state == FutureState::Pending, "a future completes twice");
    COROSCOPE_ASSERT(state != FutureState::Pending, "a future completes as pending");
    m_state = state;
    if (!m_callbacks) return;
    // Scheduled in the order they were added, as asyncio does.
    auto schedule = [this](std::uintptr_t c) {
        if (c & kDoneTag)
            LoopAccess::scheduleDoneCallback(*m_loop, static_cast<DoneCallback*>(targetOf(c)),
                                             this);
        else
            LoopAccess::scheduleWakeup(*m_loop, static_cast<TaskBase*>(targetOf(c)), this);
        targetOf(c)->decRef();
    };
    if (!(m_callbacks & kListTag)) {
        schedule(std::exchange(m_callbacks, 0));
        return;
    }
    for (std::uintptr_t c : takeCallbacks())
        schedule(c);
}

void FutureBase::addDoneCallback(Ref<DoneCallback> callback) {
    if (done()) {
        LoopAccess::scheduleDoneCallback(*m_loop, callback.get(), this);
        return;
    }
    append(m_callbacks, tagDone(callback.release()));
}

std::size_t FutureBase::removeDoneCallback(DoneCallback* callback) {
    return removeAll(m_callbacks, tagDone(callback));
}

void FutureBase::addWakeup(TaskBase* task) {
    if (done()) {
        LoopAccess::scheduleWakeup(*m_loop, task, this);
        return;
    }
    task->incRef();
    append(m_callbacks, tagWakeup(task));
}

std::size_t FutureBase::removeWakeup(TaskBase* task) {
    return removeAll(m_callbacks, tagWakeup(task));
}

void FutureBase::lastRefDropped() noexcept {
    if (m_logTraceback && m_exception && done()) {
        // asyncio logs this from Future.__del__.
        std::string what = isTask() ? "Task exception was never retrieved"
                                    : "Future exception was never retrieved";
        TaskId id = isTask() ? static_cast<TaskBase*>(this)->id() : 0;
        m_loop->diagnostic(what + "\n" + describe(m_exception), id);
    }
    delete this;
}

} // namespace coroscope
