// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <cstdint>
#include <string>
#include <vector>

namespace coroscope {

// A queue, lock or semaphore as it stands after some events: what the
// restaurant and the timeline draw for it.
struct ResourceState {
    ResourceId id = 0;
    ResourceKind kind = ResourceKind::Lock;
    std::string name;
    std::uint32_t value = 0;     // holders of the lock, places taken, items queued
    std::uint32_t limit = 0;     // 1 for a lock, the semaphore's places, maxsize (0: none)
    std::vector<TaskId> holders; // who holds it (a lock: one task at most)
    std::vector<TaskId> waiters; // who waits for it, first come first
};

// Every Resource annotation of a run, in order: (seq, index of the change).
std::vector<std::pair<std::uint64_t, std::uint32_t>> resourceEvents(const Trace& trace);

// The state of every primitive of the run after the events [0, seq), one
// per entry of trace.resources() but the unused 0, in the order they were made.
std::vector<ResourceState>
resourcesAt(const Trace& trace, const std::vector<std::pair<std::uint64_t, std::uint32_t>>& events,
            std::uint64_t seq);

} // namespace coroscope
