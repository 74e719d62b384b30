// SPDX-License-Identifier: MIT
// The table of a run's budgets: their names for `--budget NAME=N` and the
// app's settings, their units and the values a reader may give.
#include "script/interp/run.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace coroscope {

namespace {

constexpr double kMB = 1 << 20;

template <auto Member>
constexpr double getField(const RunOptions& o) {
    return static_cast<double>(o.*Member);
}
template <auto Member>
constexpr void setField(RunOptions& o, double v) {
    using T = std::remove_reference_t<decltype(o.*Member)>;
    o.*Member = static_cast<T>(v);
}
template <auto Member>
constexpr double getMB(const RunOptions& o) {
    return static_cast<double>(o.*Member) / kMB;
}
template <auto Member>
constexpr void setMB(RunOptions& o, double v) {
    o.*Member = static_cast<std::size_t>(v * kMB);
}

constexpr RunBudgetField kBudgets[] = {
    {"statements", "statements in the whole run", 1, 1, 1e12, getField<&RunOptions::maxStatements>,
     setField<&RunOptions::maxStatements>},
    {"step-statements", "statements in one step of a task or thread without waiting", 1, 1, 1e12,
     getField<&RunOptions::statementBudget>, setField<&RunOptions::statementBudget>},
    {"steps", "scheduling steps (task steps, callbacks, turns of the machine)", 1, 1, 1e12,
     getField<&RunOptions::maxSteps>, setField<&RunOptions::maxSteps>},
    {"tasks", "tasks and threads", 1, 1, 1e9, getField<&RunOptions::maxTasks>,
     setField<&RunOptions::maxTasks>},
    {"memory-mb", "MB of memory for the script's objects", kMB, 1, 1 << 20,
     getMB<&RunOptions::maxMemoryBytes>, setMB<&RunOptions::maxMemoryBytes>},
    {"trace-mb", "MB of trace (the events recorded)", kMB, 1, 1 << 20,
     getMB<&RunOptions::maxTraceBytes>, setMB<&RunOptions::maxTraceBytes>},
    {"output-mb", "MB of output (stdout and stderr)", kMB, 1, 1 << 20,
     getMB<&RunOptions::maxOutputBytes>, setMB<&RunOptions::maxOutputBytes>},
    {"warnings", "warnings (each location warns once)", 1, 1, 1e9,
     getField<&RunOptions::maxWarnings>, setField<&RunOptions::maxWarnings>},
    {"virtual-seconds", "seconds of simulated time", 1, 1e-6, 1e9,
     getField<&RunOptions::maxVirtualSeconds>, setField<&RunOptions::maxVirtualSeconds>},
    {"wall-seconds", "seconds of real time (0: no limit)", 1, 0, 1e6,
     getField<&RunOptions::maxWallSeconds>, setField<&RunOptions::maxWallSeconds>},
};

std::string number(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

} // namespace

std::span<const RunBudgetField> runBudgets() {
    return kBudgets;
}

const RunBudgetField* findRunBudget(std::string_view name) {
    for (const RunBudgetField& b : kBudgets)
        if (b.name == name) return &b;
    return nullptr;
}

bool setRunBudget(RunOptions& options, std::string_view name, std::string_view value,
                  std::string& error) {
    const RunBudgetField* budget = findRunBudget(name);
    if (!budget) {
        error = "unknown budget '" + std::string(name) + "' (use";
        for (const RunBudgetField& b : kBudgets)
            error += " " + std::string(b.name);
        error += ")";
        return false;
    }
    const std::string text(value);
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(v) || v < budget->minimum ||
        v > budget->maximum) {
        error = "budget " + std::string(name) + ": '" + text + "' is not a number from " +
                number(budget->minimum) + " to " + number(budget->maximum);
        return false;
    }
    budget->set(options, v);
    return true;
}

} // namespace coroscope
