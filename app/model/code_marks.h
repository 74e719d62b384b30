// SPDX-License-Identifier: MIT
#pragma once

#include "model/look.h"
#include "model/playhead.h"

#include <vector>

namespace coroscope {

// A live task on a line of the script: what the code view marks. A caller
// mark is a frame the task is suspended in around its innermost one: the
// `await fetch()` of main while fetch sleeps.
struct CodeMark {
    TaskId task = 0;
    std::uint32_t line = 0;
    Look look = Look::None;
    bool caller = false;
};

// Every task that has started and not ended at the playhead, with the line
// of its last event (the line the event log and the transport name for it)
// and the lines of the frames around it (its await chain, caller marks),
// ordered by line, then innermost before caller, then task.
std::vector<CodeMark> liveTaskLines(const Trace& trace, const Playhead& p);

} // namespace coroscope
