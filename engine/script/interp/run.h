// SPDX-License-Identifier: MIT
#pragma once

#include "core/machine_config.h"
#include "core/trace.h"
#include "script/syntax/script_error.h"

#include <atomic>
#include <cstdint>
#include <span>
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
    // The run's budgets. A program that never ends, or grows without end,
    // is stopped by the first one it exhausts, with a message that names
    // it (by the name in runBudgets()), the line, and how to raise it; what
    // it recorded until then stays in the trace. The defaults stop each
    // runaway within a few seconds and a few hundred MB, far above what
    // any lesson needs.
    //
    // Statements one step may execute before the run is stopped as a loop
    // that never awaits ("the event loop is blocked at line N").
    std::uint64_t statementBudget = 20'000'000;
    std::uint64_t maxStatements = 100'000'000; // in the whole run
    std::size_t maxTasks = 200'000;
    std::size_t maxMemoryBytes = 1ull << 30; // objects the script may create
    double maxVirtualSeconds = 3600.0;
    // Scheduling steps: task steps, callbacks, turns of the machine.
    std::uint64_t maxSteps = 5'000'000;
    std::size_t maxTraceBytes = 256ull << 20; // the events and texts recorded
    std::size_t maxOutputBytes = 16ull << 20; // what the program prints, stdout and stderr
    std::uint64_t maxWarnings = 1'000;        // distinct ones: each location warns once
    double maxWallSeconds = 5.0;              // real time; 0 for none
    // How a reader raises a budget; "{}" stands for its name.
    std::string budgetHint = "raise it with --budget {}=N";
    // Lines whose first reaching is an event of its own (a LineReached
    // annotation), so that narration can start where no task changes state.
    std::vector<std::uint32_t> watchLines;
    // Set from another thread to stop the run as soon as it next checks
    // its budgets (a few thousand statements or steps at most); the run ends
    // as a spent budget does, with stoppedBy "stop". Null: nobody can ask.
    const std::atomic<bool>* stop = nullptr;
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
    // The budget that stopped the run (a name of runBudgets(), or "stop"), or empty.
    std::string stoppedBy;
};

// The budgets by name, as `--budget NAME=N` and the app's settings set them.
struct RunBudgetField {
    std::string_view name;        // "steps"
    std::string_view description; // "scheduling steps (task steps, callbacks)"
    double scale;                 // the option's unit in the field's (MB: 1 << 20)
    double minimum;
    double maximum;
    double (*get)(const RunOptions&);
    void (*set)(RunOptions&, double);
};
std::span<const RunBudgetField> runBudgets();
const RunBudgetField* findRunBudget(std::string_view name);
// Sets NAME=VALUE; false with `error` set when the name or value is refused.
bool setRunBudget(RunOptions& options, std::string_view name, std::string_view value,
                  std::string& error);

RunResult runScript(std::string_view source, const RunOptions& options = {});

} // namespace coroscope
