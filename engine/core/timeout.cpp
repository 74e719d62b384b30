// SPDX-License-Identifier: MIT
#include "core/timeout.h"

#include <string>

namespace coroscope {

void Timeout::enter() {
    if (m_state != State::Created) throw RuntimeError("Timeout has already been entered");
    TaskBase* task = m_loop.currentTask();
    if (!task) throw RuntimeError("Timeout should be used inside a task");
    m_state = State::Entered;
    m_task = Ref<TaskBase>(task);
    m_cancelling = task->cancelling();
    reschedule(m_when);
}

void Timeout::reschedule(std::optional<Time> when) {
    if (m_state != State::Entered) {
        if (m_state == State::Created) throw RuntimeError("Timeout has not been entered");
        throw RuntimeError("Cannot change state of finished Timeout");
    }
    m_when = when;
    if (m_handler) m_handler->cancel();
    m_handler = nullptr;
    if (!when) return;
    // For the views: the deadline, drawn on the task's lane.
    m_loop.annotate(AnnotationKind::Deadline, std::to_string(*when), m_task->id(), m_task->line(),
                    m_task->worker());
    Ref<Timeout> self(this);
    if (*when <= m_loop.time())
        m_handler = m_loop.callSoon([self] { self->onTimeout(); }, "timeout");
    else
        m_handler = m_loop.callAt(
            *when, [self] { self->onTimeout(); }, "timeout");
}

void Timeout::onTimeout() {
    m_task->cancel();
    m_state = State::Expiring;
    m_handler = nullptr;
}

void Timeout::exit(const std::exception_ptr& raised) {
    if (m_handler) m_handler->cancel();
    m_handler = nullptr;
    if (m_state == State::Expiring) {
        m_state = State::Expired;
        if (m_task->uncancel() <= m_cancelling && isCancelledError(raised)) {
            m_loop.annotate(AnnotationKind::TimeoutRaised, {}, m_task->id(), m_task->line(),
                            m_task->worker());
            m_task = nullptr;
            throw TimeoutError();
        }
    } else if (m_state == State::Entered) {
        m_state = State::Exited;
    }
    m_task = nullptr;
}

} // namespace coroscope
