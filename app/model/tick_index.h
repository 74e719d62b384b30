// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace coroscope {

// Loop ticks: every Run event (a step of a task on some worker) is one tick,
// so work that takes no virtual time still has width on the ticks axis.
// An event's position is the number of Run events before it, which makes a
// step one tick wide and a wait as wide as the steps taken meanwhile.
// Invariant: m_runs is sorted (it lists sequence numbers in trace order).
class TickIndex {
public:
    TickIndex() = default;
    explicit TickIndex(const Trace& trace);

    std::uint64_t count() const { return m_runs.size(); }
    // Position of the event `seq` on the ticks axis (count() for seq past the end).
    double positionOf(std::uint64_t seq) const;
    // The first event at or after a tick position.
    std::uint64_t seqAt(double position) const;

private:
    std::vector<std::uint64_t> m_runs;
};

} // namespace coroscope
