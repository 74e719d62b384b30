// SPDX-License-Identifier: MIT
#include "script/interp/asyncio/script_task.h"

#include "core/loop.h"
#include "script/interp/eval/interp.h"
#include "script/interp/ops/ops.h"

namespace coroscope::interp {

ScriptTask::ScriptTask(Loop& loop, Eval<Value> body, std::uint32_t loopId)
    : TaskBase(loop, LoopAccess::nextTaskId(loop), 0, TaskKind::Task)
    , m_root(body.release())
    , m_loopId(loopId) {
    m_root.promise().m_task = this;
    m_root.promise().m_continuation = {};
    m_resume = m_root;
}

ScriptTask::~ScriptTask() {
    destroyRoot();
}

Value ScriptTask::resultValue() {
    if (!done()) raiseNew(types().InvalidStateError, "Result is not set.");
    rethrowIfFailed();
    return m_value;
}

void ScriptTask::finishFromRoot() {
    auto& p = m_root.promise();
    if (p.m_exception) {
        finish(p.m_exception);
    } else if (has(kMustCancel)) {
        finish(nullptr);
    } else {
        m_value = std::move(p.m_value);
        recordResult();
        finish(nullptr);
    }
    destroyRoot();
}

void ScriptTask::recordResult() {
    Interp* in = Interp::currentOrNull();
    if (!in || !in->options().recordResults) return;
    auto& results = in->result().taskResults;
    if (results.size() <= id()) results.resize(id() + 1);
    try {
        results[id()] = repr(m_value);
    } catch (...) {
        results[id()] = "<" + typeName(m_value) + ">";
    }
}

void ScriptTask::destroyRoot() {
    if (!m_root) return;
    auto root = std::exchange(m_root, {});
    root.destroy();
}

void ScriptTask::lastRefDropped() noexcept {
    // asyncio logs an exception nobody looked at when the task goes away.
    Interp* in = Interp::currentOrNull();
    if (in && !in->tearingDown() && m_logTraceback && m_exception && done()) {
        try {
            Ref<ExceptionObject> e = toPython(m_exception);
            in->output().warn("Task exception was never retrieved\nfuture: <Task finished name='" +
                              name() + "' coro=<" + coroutineName + "() done> exception=" +
                              exceptionRepr(*e) + ">\n" + in->formatTraceback(*e));
        } catch (...) {
        }
    }
    if (in && !in->tearingDown() && !done())
        in->output().warn("Task was destroyed but it is pending!\ntask: <Task pending name='" +
                          name() + "' coro=<" + coroutineName + "()>>\n");
    TaskBase::lastRefDropped();
}

} // namespace coroscope::interp
