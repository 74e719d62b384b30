// SPDX-License-Identifier: MIT
#pragma once

#include "model/arrows.h"
#include "model/lanes.h"
#include "model/playhead.h"
#include "model/restaurant_plan.h"
#include "model/tick_index.h"
#include "model/trace_notes.h"

#include "core/trace.h"

#include <memory>
#include <string>
#include <vector>

namespace coroscope {

// A problem with a script, found before or while running it.
struct RunProblem {
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    std::string message;
};

// One finished run and everything the views derive from it, computed once
// (off the GUI thread when it comes from the interpreter) and then only read:
// a RunModel is shared between views as a pointer to const.
struct RunModel {
    Trace trace;
    std::string out;                  // what the program printed
    std::string err;                  // tracebacks and asyncio's warnings
    int exitStatus = 0;               // 0 ok, 1 uncaught exception, 2 rejected
    std::vector<RunProblem> problems; // why it was rejected
    TickIndex ticks;
    std::vector<Arrow> arrows;
    std::vector<TraceNote> notes; // warnings and CancelledErrors, for lanes and gutter
    LaneSet taskLanes;
    LaneSet workerLanes;
    RestaurantPlan restaurant;
    // The task whose colour each worker wears: a thread's or process's own
    // task, so a waiter and its table match; 0 (the first colour) for the loop.
    std::vector<TaskId> workerTask;

    bool ran() const { return exitStatus != 2; }
    const LaneSet& lanes(LaneMode mode) const {
        return mode == LaneMode::Tasks ? taskLanes : workerLanes;
    }
    TaskId colorTaskOf(WorkerId w) const { return w < workerTask.size() ? workerTask[w] : 0; }
};

// Builds the derived indexes of a trace (spans, ticks, arrows, lanes, the
// restaurant's plan), so the first frame costs no more than any other.
std::shared_ptr<const RunModel> makeRunModel(Trace trace, std::string out = {},
                                             std::string err = {}, int exitStatus = 0,
                                             std::vector<RunProblem> problems = {});

} // namespace coroscope
