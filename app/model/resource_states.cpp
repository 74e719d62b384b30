// SPDX-License-Identifier: MIT
#include "model/resource_states.h"

#include "model/playhead.h"

#include <algorithm>

namespace coroscope {

std::vector<std::pair<std::uint64_t, std::uint32_t>> resourceEvents(const Trace& trace) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> out;
    if (trace.resources().size() <= 1) return out; // the common case: none made
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        if (isAnnotation(r.kind, r.reason, AnnotationKind::Resource))
            out.emplace_back(seq, r.other);
    }
    return out;
}

std::vector<ResourceState>
resourcesAt(const Trace& trace, const std::vector<std::pair<std::uint64_t, std::uint32_t>>& events,
            std::uint64_t seq) {
    std::vector<ResourceState> out;
    const auto& infos = trace.resources();
    for (std::size_t i = 1; i < infos.size(); ++i) {
        ResourceState s;
        s.id = infos[i].id;
        s.kind = infos[i].kind;
        s.name = trace.resourceName(infos[i].id);
        s.limit = infos[i].kind == ResourceKind::Lock ? 1 : infos[i].limit;
        out.push_back(std::move(s));
    }
    auto drop = [](std::vector<TaskId>& list, TaskId t) {
        auto it = std::find(list.begin(), list.end(), t);
        if (it != list.end()) list.erase(it);
    };
    for (const auto& [at, index] : events) {
        if (at >= seq) break;
        const ResourceChange& c = trace.resourceChange(index);
        if (c.resource == 0 || c.resource > out.size()) continue;
        ResourceState& s = out[c.resource - 1];
        const TaskId task = trace.record(at).task;
        s.value = c.value;
        switch (c.action) {
        case ResourceAction::Waits:
            if (std::find(s.waiters.begin(), s.waiters.end(), task) == s.waiters.end())
                s.waiters.push_back(task);
            break;
        case ResourceAction::Acquired:
            drop(s.waiters, task);
            s.holders.push_back(task);
            break;
        case ResourceAction::Released:
            // A lock is released by whoever holds it; a semaphore's place by
            // the task that took it, or (rarely) by another: the oldest then.
            if (std::find(s.holders.begin(), s.holders.end(), task) != s.holders.end())
                drop(s.holders, task);
            else if (!s.holders.empty())
                s.holders.erase(s.holders.begin());
            break;
        case ResourceAction::Put:
        case ResourceAction::Got:
        case ResourceAction::Leaves: drop(s.waiters, task); break;
        }
    }
    // Only a task that waits now is in the line: one that was woken (ready
    // to run, not yet running) has left it, as asyncio's own list says, and
    // one that marked its wait has not joined it until it waits.
    for (ResourceState& s : out) {
        std::erase_if(s.waiters, [&](TaskId t) {
            const Span* span = spanAt(trace.taskSpans(t), seq);
            return !span || span->state != TaskState::Waiting ||
                   (span->reason != WaitReason::Lock && span->reason != WaitReason::Queue);
        });
    }
    return out;
}

} // namespace coroscope
