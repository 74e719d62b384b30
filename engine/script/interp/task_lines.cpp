// SPDX-License-Identifier: MIT
#include "script/interp/task_lines.h"

namespace coroscope {

std::vector<TaskLine> taskLinesAt(const Trace& trace, Time t) {
    std::vector<TaskLine> out;
    for (TaskId id = 1; id < trace.tasks().size(); ++id) {
        Span s = trace.taskStateAt(id, t);
        switch (s.state) {
        case TaskState::Ready:
        case TaskState::Running:
        case TaskState::Waiting:
            out.push_back(TaskLine{id, trace.taskName(id), s.line, s.state, s.reason});
            break;
        default: break;
        }
    }
    return out;
}

} // namespace coroscope
