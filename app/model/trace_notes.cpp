// SPDX-License-Identifier: MIT
#include "model/trace_notes.h"

#include <algorithm>
#include <charconv>

namespace coroscope {

namespace {

// The task whose step was on `worker` just before `seq`: the one a warning
// raised from inside a step (a coroutine dropped unawaited) belongs to.
TaskId runningBefore(const Trace& trace, std::uint64_t seq, WorkerId worker) {
    for (std::uint64_t back = 0; back < 256 && back < seq; ++back) {
        const EventRecord& r = trace.record(seq - 1 - back);
        if (r.worker != worker || r.task == 0) continue;
        return r.kind == EventKind::Wait || r.kind == EventKind::Done ||
                       r.kind == EventKind::Failed || r.kind == EventKind::Cancelled
                   ? 0
                   : r.task;
    }
    return 0;
}

} // namespace

std::vector<TraceNote> collectNotes(const Trace& trace) {
    std::vector<TraceNote> notes;
    const auto taskCount = static_cast<TaskId>(trace.tasks().size());
    std::vector<bool> cancelPending(taskCount, false);
    // Who awaits each task: its cancellation is raised at their awaits too.
    std::vector<TaskId> awaiting(taskCount, 0);
    std::vector<std::vector<TaskId>> awaitedBy(taskCount);
    // A CancelledError that reached a task from one it awaited, in the step
    // under way: wait_for turns it into TimeoutError before the task sees it.
    std::vector<bool> fromAwaited(taskCount, false);
    std::vector<std::size_t> landedAt(taskCount, 0); // its note's index + 1, in that step
    for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
        const EventRecord& r = trace.record(seq);
        switch (r.kind) {
        case EventKind::Diagnostic: {
            TraceNote n{seq, r.task, r.line, NoteKind::Warning, r.other};
            if (n.task == 0) n.task = runningBefore(trace, seq, r.worker);
            if (n.line == 0 && n.task != 0) n.line = trace.taskLineAt(n.task, seq);
            notes.push_back(n);
            break;
        }
        case EventKind::CancelRequest:
            if (r.task < taskCount) {
                cancelPending[r.task] = true;
                fromAwaited[r.task] = false;
            }
            break;
        case EventKind::Annotation:
            if (r.task >= taskCount) break;
            if (isAnnotation(r.kind, r.reason, AnnotationKind::Deadline)) {
                const std::string_view text = trace.text(r.other);
                Time when = 0;
                std::from_chars(text.data(), text.data() + text.size(), when);
                TraceNote n{seq, r.task, r.line, NoteKind::Deadline, 0};
                n.deadline = when;
                notes.push_back(n);
            } else if (isAnnotation(r.kind, r.reason, AnnotationKind::TimeoutRaised)) {
                if (landedAt[r.task]) { // not a CancelledError the task sees: a TimeoutError
                    notes[landedAt[r.task] - 1] =
                        TraceNote{seq, r.task, r.line, NoteKind::TimeoutError, 0};
                    landedAt[r.task] = 0;
                } else {
                    notes.push_back(TraceNote{seq, r.task, r.line, NoteKind::TimeoutError, 0});
                }
            }
            break;
        case EventKind::Wait:
            if (r.task >= taskCount) break;
            landedAt[r.task] = 0;
            awaiting[r.task] = r.reason == WaitReason::Task && r.other < taskCount ? r.other : 0;
            if (awaiting[r.task]) awaitedBy[r.other].push_back(r.task);
            break;
        case EventKind::Run:
        case EventKind::Cancelled:
            // The cancelled task's next step begins by throwing CancelledError
            // at the await it is suspended in (or it ends before running).
            if (r.kind == EventKind::Cancelled && r.task < taskCount) {
                for (TaskId w : awaitedBy[r.task])
                    if (awaiting[w] == r.task) {
                        awaiting[w] = 0;
                        cancelPending[w] = true;
                        fromAwaited[w] = true;
                    }
                awaitedBy[r.task].clear();
            }
            if (r.kind == EventKind::Run && r.task < taskCount) awaiting[r.task] = 0;
            if (r.task < taskCount && cancelPending[r.task]) {
                cancelPending[r.task] = false;
                const std::uint32_t line = r.line ? r.line : trace.taskLineAt(r.task, seq);
                notes.push_back(TraceNote{seq, r.task, line, NoteKind::CancelledError, 0});
                if (fromAwaited[r.task]) landedAt[r.task] = notes.size();
                fromAwaited[r.task] = false;
            }
            break;
        case EventKind::Done:
        case EventKind::Failed:
            if (r.task < taskCount) cancelPending[r.task] = false;
            break;
        default: break;
        }
    }
    // A TimeoutError took the place of an earlier note: back in event order.
    std::stable_sort(notes.begin(), notes.end(),
                     [](const TraceNote& a, const TraceNote& b) { return a.seq < b.seq; });
    return notes;
}

std::vector<TraceNote> notesBefore(const std::vector<TraceNote>& notes, std::uint64_t seq) {
    auto end = std::partition_point(notes.begin(), notes.end(),
                                    [seq](const TraceNote& n) { return n.seq < seq; });
    return {notes.begin(), end};
}

} // namespace coroscope
