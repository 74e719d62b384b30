// SPDX-License-Identifier: MIT
#pragma once

#include "model/lesson.h"
#include "model/playhead.h"

#include <optional>
#include <vector>

namespace coroscope {

// Where in a run each narration step of a script pauses playback.
struct NarrationCue {
    int step = 0;               // index into Lesson::narration
    std::optional<Playhead> at; // nullopt: a key step, or a trigger never reached
    bool onKey = false;         // shown when the presenter presses the next key
    // The last event the step's picture lasts to: a line step is about a
    // task's state there, which its next change (or leaving the line) ends.
    // A jump past it shows no step, so the text never tells of a moment the
    // picture has left. nullopt: the step holds to the end of the run.
    std::optional<std::uint64_t> holdsUntil;
};

// Whether the step of `cue` still describes the picture at `p`.
bool cueHolds(const NarrationCue& cue, const Playhead& p);

// The cues of the steps that belong to `script`, in the order they are told.
// A line trigger fires just after the first event on that line, or, when
// the task then changes state on that line, just after that change; taskDone
// just after the task's final event; time at the first playhead at that
// time; start before the first event.
std::vector<NarrationCue> scheduleNarration(const Lesson& lesson, int script, const Trace& trace);

} // namespace coroscope
