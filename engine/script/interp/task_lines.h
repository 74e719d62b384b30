// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <string>
#include <vector>

namespace coroscope {

// Where a live task (or thread) is at some time: the code view marks each
// of these lines in the task's colour.
struct TaskLine {
    TaskId task = 0;
    std::string name;
    std::uint32_t line = 0; // 1-based script line
    TaskState state = TaskState::Created;
    WaitReason reason = WaitReason::None;
};

// Every task that has started and not ended at time t (after every event at
// t), in creation order, with its current line.
std::vector<TaskLine> taskLinesAt(const Trace& trace, Time t);

} // namespace coroscope
