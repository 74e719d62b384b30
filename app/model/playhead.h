// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace coroscope {

// Where playback stands: the events [0, seq) have happened, and the clock
// reads `time`. Every view draws the state after those events at that time,
// so stepping one event and scrubbing through time use the same pictures.
// Invariants (for a trace of n events): seq <= n; if seq > 0, time >=
// timeOf(seq - 1); if seq < n, time <= timeOf(seq).
struct Playhead {
    std::uint64_t seq = 0;
    Time time = 0;
    bool operator==(const Playhead&) const = default;
};

// Every event at or before t has happened.
Playhead playheadAtTime(const Trace& trace, Time t);
// The end of the run: every event happened.
Playhead playheadAtEnd(const Trace& trace);
// One more event happened; the clock moves to its time.
Playhead stepForward(const Trace& trace, Playhead p);
// The last event is undone; the clock goes back to the one before it.
Playhead stepBack(const Trace& trace, Playhead p);

// The span of a task or worker in effect at a playhead: the last one that
// began with an event that has happened; nullptr before the first.
const Span* spanAt(const std::vector<Span>& spans, std::uint64_t seq);
// The index of the first span that is still open at `seq` or later, i.e. the
// first that may show at or after it.
std::size_t firstSpanEndingAfter(const std::vector<Span>& spans, std::uint64_t seq);

} // namespace coroscope
