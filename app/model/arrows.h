// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace coroscope {

enum class ArrowKind : std::uint8_t { Spawn, Await, Wake, Cancel };

// A causal link between two tasks, drawn as an arrow at the event's time:
// a parent spawning a child, a task awaiting another, a task waking another
// (the awaited one finished, a lock was released), or a cancel() request
// (and, from a cancelled task, its CancelledError reaching the task awaiting it).
struct Arrow {
    std::uint64_t seq = 0;
    TaskId from = 0;
    TaskId to = 0;
    ArrowKind kind = ArrowKind::Spawn;
};

// Every arrow of a run, in event order (so a time window is a binary search).
std::vector<Arrow> collectArrows(const Trace& trace);

} // namespace coroscope
