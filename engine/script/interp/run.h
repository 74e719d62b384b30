// SPDX-License-Identifier: MIT
#pragma once

#include "core/machine_config.h"
#include "core/trace.h"
#include "script/syntax/script_error.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace coroscope {

// How a scenario script is run. Parameters override the script's top-level
// UPPER_CASE constants (`CLIENTS = 3` becomes 10 with CLIENTS=10), so the
// same file runs unchanged under python3 with its defaults. Names starting
// with "machine." set the simulated machine instead: the table in
// core/machine_parameters.h.
struct RunOptions {
    std::string fileName = "<script>";
    std::vector<std::pair<std::string, std::string>> params; // NAME -> Python literal
    MachineConfig machine;
    // Statements one step may execute before the run is stopped as a loop
    // that never awaits ("the event loop is blocked at line N").
    std::uint64_t statementBudget = 20'000'000;
    std::size_t maxTasks = 200'000;
    std::size_t maxMemoryBytes = 1ull << 30; // objects the script may create
    // A program that never ends (a task that sleeps in a loop forever) is
    // stopped after this much virtual time or this many scheduling steps.
    double maxVirtualSeconds = 3600.0;
    std::uint64_t maxSteps = 200'000'000;
    // Lines whose first reaching is an event of its own (a LineReached
    // annotation), so that narration can start where no task changes state.
    std::vector<std::uint32_t> watchLines;
    // Keep the repr of every task's result (RunResult::taskResults).
    bool recordResults = false;
};

// What one run produced.
struct RunResult {
    Trace trace;                     // every event of the run
    std::string out;                 // what the program printed
    std::string err;                 // tracebacks and asyncio's warnings, as CPython words them
    int exitStatus = 0;              // 0 ok, 1 uncaught exception, 2 rejected before running
    std::vector<ScriptError> errors; // why it was rejected (file, line, column, message, hint)
    MachineConfig machine;           // the machine it ran on
    // With RunOptions::recordResults: repr() of each task's result, by
    // TaskId (empty for tasks that failed, were cancelled or did not end).
    std::vector<std::string> taskResults;
};

RunResult runScript(std::string_view source, const RunOptions& options = {});

} // namespace coroscope
