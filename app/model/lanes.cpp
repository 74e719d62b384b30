// SPDX-License-Identifier: MIT
#include "model/lanes.h"

namespace coroscope {

LaneSet::LaneSet(const Trace& trace, LaneMode mode)
    : m_mode(mode) {
    if (mode == LaneMode::Workers) {
        for (const WorkerInfo& w : trace.workers())
            m_lanes.push_back(Lane{w.id, 0});
    } else {
        // Children lists, then a depth-first walk without recursion (a run
        // may nest thousands deep).
        const auto& tasks = trace.tasks();
        const std::size_t n = tasks.size();
        std::vector<std::uint32_t> firstChild(n, 0), nextSibling(n, 0), lastChild(n, 0);
        std::vector<TaskId> roots;
        for (std::size_t i = 1; i < n; ++i) {
            const TaskId parent = tasks[i].parent;
            if (parent == 0 || parent >= i) {
                roots.push_back(static_cast<TaskId>(i));
                continue;
            }
            if (lastChild[parent])
                nextSibling[lastChild[parent]] = static_cast<std::uint32_t>(i);
            else
                firstChild[parent] = static_cast<std::uint32_t>(i);
            lastChild[parent] = static_cast<std::uint32_t>(i);
        }
        m_lanes.reserve(n);
        std::vector<std::pair<TaskId, std::uint16_t>> stack;
        for (auto it = roots.rbegin(); it != roots.rend(); ++it)
            stack.emplace_back(*it, 0);
        while (!stack.empty()) {
            auto [id, depth] = stack.back();
            stack.pop_back();
            m_lanes.push_back(Lane{id, depth});
            std::vector<TaskId> kids;
            for (std::uint32_t c = firstChild[id]; c; c = nextSibling[c])
                kids.push_back(c);
            const auto childDepth = static_cast<std::uint16_t>(depth < 60000 ? depth + 1 : depth);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it)
                stack.emplace_back(*it, childDepth);
        }
    }
    std::uint32_t maxId = 0;
    for (const Lane& l : m_lanes)
        maxId = std::max(maxId, l.id);
    m_laneOf.assign(m_lanes.empty() ? 0 : maxId + 1, -1);
    for (std::size_t i = 0; i < m_lanes.size(); ++i)
        m_laneOf[m_lanes[i].id] = static_cast<int>(i);
}

const std::vector<Span>& LaneSet::spansOf(const Trace& trace, std::size_t lane) const {
    const std::uint32_t id = m_lanes[lane].id;
    return m_mode == LaneMode::Tasks ? trace.taskSpans(id)
                                     : trace.workerSpans(static_cast<WorkerId>(id));
}

} // namespace coroscope
