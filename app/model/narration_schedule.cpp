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

} // namespace

std::vector<NarrationCue> scheduleNarration(const Lesson& lesson, int script, const Trace& trace) {
    std::vector<NarrationCue> cues;
    for (int index : lesson.stepsOf(script)) {
        const NarrationTrigger& t = lesson.narration[static_cast<std::size_t>(index)].trigger;
        NarrationCue cue{index, std::nullopt, false};
        switch (t.kind) {
        case NarrationTrigger::Kind::Start: cue.at = Playhead{0, 0}; break;
        case NarrationTrigger::Kind::Key: cue.onKey = true; break;
        case NarrationTrigger::Kind::AtTime:
            if (seconds(t.seconds) <= trace.endTime())
                cue.at = playheadAtTime(trace, seconds(t.seconds));
            break;
        case NarrationTrigger::Kind::Line:
            for (std::uint64_t seq = 0; seq < trace.size(); ++seq) {
                const EventRecord& r = trace.record(seq);
                if (r.line == static_cast<std::uint32_t>(t.line) && reachesLine(r.kind)) {
                    cue.at = afterEvent(trace, seq);
                    break;
                }
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
