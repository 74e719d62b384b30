// SPDX-License-Identifier: MIT
#pragma once

#include "core/task.h"
#include "script/interp/modules/thread_wait.h"

#include <string>
#include <vector>

// threading.Thread and multiprocessing.Process: a simulated thread (or
// process) of the machine running a Python callable.
namespace coroscope::interp {

class ThreadObject final : public GcObject {
public:
    ThreadObject(TypeObject* type, bool process);

    bool process() const { return m_flags & 1; }
    Value target;
    std::vector<Value> args;
    std::vector<StrObject*> kwNames;
    std::vector<Value> kwValues;
    std::string name;
    bool daemon = false;
    bool started = false;
    bool ended = false;
    bool isMain = false;
    Value exitcode; // a process's, once ended
    Ref<TaskBase> task;
    ThreadWaiters joiners;

    void start();
    // join(timeout): blocks the caller until the thread ended.
    Eval<Value> join(std::optional<Duration> timeout);
    void clearRefs() override;
};

TypeObject* threadType();
TypeObject* processType();
// The Thread object of the running thread (MainThread for the main one).
Value currentThread();

} // namespace coroscope::interp
