// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace coroscope {

enum class NoteKind : std::uint8_t {
    Warning,        // one of asyncio's warnings (never retrieved, never awaited, slow step)
    CancelledError, // where a CancelledError was thrown into a task: the await it was on
    TimeoutError,   // where a timeout ran out and raised TimeoutError
    Deadline,       // a timeout armed (wait_for, asyncio.timeout): from seq until `deadline`
};

// A moment of a task that the lane and the code gutter point at, beside the
// task's states: it changes no state of its own, or not at once.
struct TraceNote {
    std::uint64_t seq = 0; // the event it is about
    TaskId task = 0;       // the lane it is drawn on (0: none)
    std::uint32_t line = 0;
    NoteKind kind = NoteKind::Warning;
    TextId text = 0;   // the warning's words
    Time deadline = 0; // a Deadline's end
};

// Every note of a run, in event order. A warning without a task is put on
// the task that was running on its worker; one without a line on the line
// its task was on.
std::vector<TraceNote> collectNotes(const Trace& trace);

// The notes that have happened by event `seq` (those before it).
std::vector<TraceNote> notesBefore(const std::vector<TraceNote>& notes, std::uint64_t seq);

} // namespace coroscope
