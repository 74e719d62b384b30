// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "script/interp/eval/awaiting.h"

namespace coroscope::interp {

class TaskObject;

// The engine task of an asyncio Task: its root is the coroutine's body (an
// evaluator coroutine) and its result a Value. The Python-side Task object
// (TaskObject) owns it; it points back to that object without owning it.
class ScriptTask final : public TaskBase {
public:
    ScriptTask(Loop& loop, Eval<Value> body, std::uint32_t loopId);
    ~ScriptTask() override;

    Value resultValue(); // Task.result(): raises what the task raised
    std::uint32_t loopId() const { return m_loopId; }
    TaskObject* wrapper() const { return m_wrapper; }
    void setWrapper(TaskObject* w) { m_wrapper = w; }
    // What the task held when it finished (for the run summary).
    const Value& value() const { return m_value; }
    // The Python name of the coroutine, for diagnostics.
    std::string coroutineName;

protected:
    void finishFromRoot() override;
    void destroyRoot() override;
    void lastRefDropped() noexcept override;

private:
    void recordResult();
    Eval<Value>::Handle m_root;
    Value m_value;
    TaskObject* m_wrapper = nullptr;
    std::uint32_t m_loopId;
};

} // namespace coroscope::interp
