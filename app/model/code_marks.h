// SPDX-License-Identifier: MIT
#pragma once

#include "model/look.h"
#include "model/playhead.h"

#include <vector>

namespace coroscope {

// A live task on a line of the script: what the code view marks.
struct CodeMark {
    TaskId task = 0;
    std::uint32_t line = 0;
    Look look = Look::None;
};

// Every task that has started and not ended at the playhead, with the line
// of its last event (the line the event log and the transport name for it),
// ordered by line then task.
std::vector<CodeMark> liveTaskLines(const Trace& trace, const Playhead& p);

} // namespace coroscope
