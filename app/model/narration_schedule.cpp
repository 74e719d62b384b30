// SPDX-License-Identifier: MIT
#include "model/narration_schedule.h"

#include "model/measure.h"

namespace coroscope {

namespace {

std::optional<Playhead> afterEvent(const Trace& trace, std::uint64_t seq) {
    return Playhead{seq + 1, trace.timeOf(seq)};
}

bool reachesLine(EventKind kind) {
    // Every event names the line its task (or callback) was on when it
    // happened: a return shows in Done, a print in Print, a call_soon
    // callback in Callback. Only a worker starting or ending has no line.
    return kind != EventKind::WorkerStart && kind != EventKind::WorkerExit;
}

bool changesState(EventKind kind) {
    switch (kind) {
    case EventKind::Spawn:
    case EventKind::Run:
    case EventKind::Ready:
    case EventKind::Wait:
    case EventKind::Hold:
    case EventKind::Resume:
    case EventKind::Done:
    case EventKind::Cancelled:
    case EventKind::Failed: return true;
    default: return false;
    }
}

// The event a line trigger is about. Reaching a watched line is an event of
// its own, before the statement on it does anything; when the task then
// changes state on that line (it blocks, awaits, computes), the step is
// about that change, and pausing earlier would show the picture before it.
std::optional<std::uint64_t> lineEvent(const Trace& trace, std::uint32_t line) {
    const std::uint64_t n = trace.size();
    std::uint64_t first = n;
    for (std::uint64_t seq = 0; seq < n; ++seq) {
        const EventRecord& r = trace.record(seq);
        if (r.line == line && reachesLine(r.kind)) {
            first = seq;
            break;
        }
    }
    if (first == n) return std::nullopt;
    const EventRecord& at = trace.record(first);
    if (changesState(at.kind) || at.task == 0) return first;
    for (std::uint64_t seq = first + 1; seq < n; ++seq) {
        const EventRecord& r = trace.record(seq);
        if (r.task != at.task) continue;
        if (r.line != line) break; // it moved on without changing state here
        if (changesState(r.kind)) return seq;
    }
    return first;
}

// The next event after `seq` of the same task that changes its state or its
// line: where the picture a line step describes ends.
std::optional<std::uint64_t> changeAfter(const Trace& trace, std::uint64_t seq) {
    const EventRecord& at = trace.record(seq);
    if (at.task == 0) return std::nullopt;
    for (std::uint64_t s = seq + 1; s < trace.size(); ++s) {
        const EventRecord& r = trace.record(s);
        if (r.task != at.task) continue;
        if (changesState(r.kind) || (r.line != 0 && r.line != at.line)) return s;
    }
    return std::nullopt;
}

} // namespace

bool cueHolds(const NarrationCue& cue, const Playhead& p) {
    return !cue.holdsUntil || p.seq <= *cue.holdsUntil;
}

std::vector<NarrationCue> scheduleNarration(const Lesson& lesson, int script, const Trace& trace) {
    std::vector<NarrationCue> cues;
    for (int index : lesson.stepsOf(script)) {
        const NarrationTrigger& t = lesson.narration[static_cast<std::size_t>(index)].trigger;
        NarrationCue cue{index, std::nullopt, false, std::nullopt};
        switch (t.kind) {
        case NarrationTrigger::Kind::Start: cue.at = Playhead{0, 0}; break;
        case NarrationTrigger::Kind::Key: cue.onKey = true; break;
        case NarrationTrigger::Kind::AtTime:
            if (seconds(t.seconds) <= trace.endTime())
                cue.at = playheadAtTime(trace, seconds(t.seconds));
            break;
        case NarrationTrigger::Kind::Line:
            if (const auto seq = lineEvent(trace, static_cast<std::uint32_t>(t.line))) {
                cue.at = afterEvent(trace, *seq);
                cue.holdsUntil = changeAfter(trace, *seq);
            }
            break;
        case NarrationTrigger::Kind::TaskDone: {
            const TaskId task = findTask(trace, t.task);
            if (task == 0) break;
            const auto& spans = trace.taskSpans(task);
            for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
                if (it->state == TaskState::Done || it->state == TaskState::Cancelled ||
                    it->state == TaskState::Failed) {
                    cue.at = afterEvent(trace, it->beginSeq);
                    break;
                }
            }
            break;
        }
        }
        cues.push_back(cue);
    }
    return cues;
}

} // namespace coroscope
