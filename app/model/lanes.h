// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <vector>

namespace coroscope {

enum class LaneMode : std::uint8_t { Tasks, Workers };

// One row of the timeline: a task or a worker.
struct Lane {
    std::uint32_t id = 0;    // TaskId or WorkerId, by the set's mode
    std::uint16_t depth = 0; // nesting under the task that spawned it
};

// The rows of the timeline in the order they are drawn. Tasks are listed in
// creation order, each child right after the subtree of its elder siblings,
// so a parent's lane sits above its children; workers in creation order.
// Invariant: laneOf[id] is the index in lanes of id, or -1 when it has none.
class LaneSet {
public:
    LaneSet() = default;
    LaneSet(const Trace& trace, LaneMode mode);

    LaneMode mode() const { return m_mode; }
    const std::vector<Lane>& lanes() const { return m_lanes; }
    std::size_t size() const { return m_lanes.size(); }
    int laneOf(std::uint32_t id) const { return id < m_laneOf.size() ? m_laneOf[id] : -1; }
    const std::vector<Span>& spansOf(const Trace& trace, std::size_t lane) const;

private:
    LaneMode m_mode = LaneMode::Tasks;
    std::vector<Lane> m_lanes;
    std::vector<int> m_laneOf;
};

} // namespace coroscope
