// SPDX-License-Identifier: MIT
#include "model/code_marks.h"

#include <algorithm>

namespace coroscope {

std::vector<CodeMark> liveTaskLines(const Trace& trace, const Playhead& p) {
    std::vector<CodeMark> marks;
    const auto& tasks = trace.tasks();
    for (std::size_t i = 1; i < tasks.size(); ++i) {
        const auto id = static_cast<TaskId>(i);
        const Span* s = spanAt(trace.taskSpans(id), p.seq);
        if (!s) continue;
        const Look look = lookOf(*s);
        if (look == Look::None || isTerminal(look)) continue;
        // The line of the task's last event, not of its last state change:
        // a line reached or a print moves the mark as the trace says.
        const std::uint32_t line = trace.taskLineAt(id, p.seq);
        if (line == 0) continue;
        marks.push_back(CodeMark{id, line, look, false});
        for (const std::uint32_t caller : trace.callersAt(id, p.seq))
            if (caller != 0 && caller != line) marks.push_back(CodeMark{id, caller, look, true});
    }
    std::sort(marks.begin(), marks.end(), [](const CodeMark& a, const CodeMark& b) {
        if (a.line != b.line) return a.line < b.line;
        if (a.caller != b.caller) return !a.caller;
        return a.task < b.task;
    });
    return marks;
}

} // namespace coroscope
