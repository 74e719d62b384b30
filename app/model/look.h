// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>

namespace coroscope {

// How a span is drawn: the states a learner must tell apart. Each has its
// own pattern or shape as well as its colour, so none relies on colour alone.
enum class Look : std::uint8_t {
    None,         // not yet spawned, or an idle worker: nothing drawn
    Running,      // a step of Python code: solid
    Computing,    // CPU work holding the worker: solid, labelled cpu
    Ready,        // waiting for the loop to run it: dots
    WaitingIo,    // waiting on a service: outline only
    WaitingTimer, // waiting on a timer: dashed outline
    WaitingTask,  // waiting on a task, lock, queue, event, executor or join: thin outline
    Blocked,      // a worker held idle by a blocking call: hatching
    Queued,       // waiting for the GIL or a core: horizontal stripes
    Startup,      // a process starting its interpreter: backward hatching
    Done,         // finished: a round end-cap, then nothing
    Cancelled,    // an X end-cap
    Failed,       // a jagged red end-cap
};

constexpr int kLookCount = 13;

Look lookOf(TaskState state, WaitReason reason);
inline Look lookOf(const Span& s) {
    return lookOf(s.state, s.reason);
}

// Which look wins when several spans fall in one pixel column: the rarer and
// more telling states first, so a brief cancel or block is never hidden.
int lookPriority(Look look);

bool isTerminal(Look look);
// A look that is drawn as a bar (not an end-cap and not nothing).
bool isBar(Look look);

} // namespace coroscope
