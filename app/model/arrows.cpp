// SPDX-License-Identifier: MIT
#include "model/arrows.h"

namespace coroscope {

std::vector<Arrow> collectArrows(const Trace& trace) {
    std::vector<Arrow> out;
    const auto taskCount = static_cast<TaskId>(trace.tasks().size());
    auto isTask = [&](std::uint32_t id) { return id != 0 && id < taskCount; };
    // What each task awaits: a task's cancellation goes on up to its awaiters.
    std::vector<TaskId> awaiting(taskCount, 0);
    std::vector<std::vector<TaskId>> awaitedBy(taskCount);
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        switch (r.kind) {
        case EventKind::Spawn:
            if (isTask(r.other) && r.other != r.task)
                out.push_back({seq, r.other, r.task, ArrowKind::Spawn});
            break;
        case EventKind::Wait:
            if (otherIsTask(r.kind, r.reason) && isTask(r.other) && r.other != r.task) {
                out.push_back({seq, r.task, r.other, ArrowKind::Await});
                if (isTask(r.task)) {
                    awaiting[r.task] = r.other;
                    awaitedBy[r.other].push_back(r.task);
                }
            }
            break;
        case EventKind::Run:
            if (isTask(r.task)) awaiting[r.task] = 0;
            break;
        case EventKind::Cancelled:
            if (!isTask(r.task)) break;
            for (TaskId w : awaitedBy[r.task])
                if (awaiting[w] == r.task) out.push_back({seq, r.task, w, ArrowKind::Cancel});
            awaitedBy[r.task].clear();
            break;
        case EventKind::Ready:
            if (otherIsTask(r.kind, r.reason) && isTask(r.other) && r.other != r.task)
                out.push_back({seq, r.other, r.task, ArrowKind::Wake});
            break;
        case EventKind::CancelRequest:
            if (isTask(r.other) && r.other != r.task)
                out.push_back({seq, r.other, r.task, ArrowKind::Cancel});
            break;
        default: break;
        }
    }
    return out;
}

} // namespace coroscope
