// SPDX-License-Identifier: MIT
#include "script/interp/eval/run_budget.h"

#include "core/assert.h"
#include "script/interp/runtime/exceptions.h"

#include <cstdio>

namespace coroscope::interp {

RunBudget::RunBudget(const RunOptions& options)
    : m_perStep(options.statementBudget) {
    for (std::uint32_t line : options.watchLines) {
        if (line >= m_watched.size()) m_watched.resize(line + 1, 0);
        m_watched[line] = 1;
    }
}

bool RunBudget::stepOverBudget(std::uint64_t loopStep) {
    COROSCOPE_ASSERT(m_stepBase <= m_statements && m_statements >= m_checkAt,
                     "the check runs once the counter has crossed its mark");
    m_checkAt = m_statements + kCheckEvery;
    if (loopStep != m_step) {
        m_step = loopStep;
        m_stepBase = m_statements;
        return false;
    }
    return m_statements - m_stepBase > m_perStep;
}

void RunBudget::stop(std::string message, std::uint32_t line) {
    if (!m_stopped) {
        m_stopped = true;
        m_stopMessage = std::move(message);
        m_stopLine = line;
    }
    throw RunAborted{m_stopMessage, m_stopLine};
}

std::string budgetMessage(const RunOptions& options, std::uint32_t line, std::string_view budget,
                          std::string_view what) {
    std::string hint = options.budgetHint;
    if (std::size_t at = hint.find("{}"); at != std::string::npos) hint.replace(at, 2, budget);
    std::string out = options.fileName;
    if (line) out += ", line " + std::to_string(line);
    out += ": " + std::string(what) + "; it was stopped by its " + std::string(budget) + " budget";
    if (!hint.empty()) out += " (" + hint + ")";
    return out;
}

std::string wallTimeMessage(const RunOptions& options) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", options.maxWallSeconds);
    return std::string("the run took more than ") + text +
           " s of real time without ending (a loop that never ends?)";
}

std::string stepsMessage(const RunOptions& options) {
    return "the program was stopped after " + thousands(options.maxSteps) +
           " scheduling steps without ending (does a task loop forever?)";
}

std::string virtualTimeMessage(const RunOptions& options) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", options.maxVirtualSeconds);
    return std::string("the program was stopped at ") + text +
           " s of simulated time without ending (does a task loop forever, or wait for a "
           "very long time?)";
}

std::string thousands(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

} // namespace coroscope::interp
