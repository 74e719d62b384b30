// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/run.h"

#include <cstdint>
#include <string>
#include <vector>

namespace coroscope::interp {

// What a run may spend, counted statement by statement: the statements
// of one loop step (a step that never awaits blocks the loop), and the
// lines a lesson watches for. The first reason the run stops is kept.
//
// Invariant: m_stepBase <= m_statements < m_checkAt between checks; the
// costly check (memory, the step's statements) runs only when the cheap
// counter crosses m_checkAt, every kCheckEvery statements.
class RunBudget {
public:
    static constexpr std::uint64_t kCheckEvery = 4096;

    explicit RunBudget(const RunOptions& options);

    // One more statement; true when the periodic check is due.
    bool countStatement() { return ++m_statements > m_checkAt; }
    // What an exception leaving a frame counts for, in statements.
    static constexpr std::uint64_t kUnwindCost = 64;
    // `n` statements' worth of work; true when the periodic check is due.
    bool charge(std::uint64_t n) { return (m_statements += n) > m_checkAt; }
    // The periodic check runs at the next statement.
    void checkNow() { m_checkAt = m_statements; }
    // The periodic check: true when the current loop step has run more
    // statements than the budget allows.
    bool stepOverBudget(std::uint64_t loopStep);
    std::uint64_t statementsPerStep() const { return m_perStep; }
    std::uint64_t statements() const { return m_statements; }

    // Lines watched and not reached yet; reaching one unwatches it.
    bool watched(std::uint32_t line) const { return line < m_watched.size() && m_watched[line]; }
    void unwatch(std::uint32_t line) { m_watched[line] = 0; }

    // Records why the run stops (the first reason wins) and throws RunAborted.
    [[noreturn]] void stop(std::string message, std::uint32_t line);
    bool stopped() const { return m_stopped; }
    const std::string& stopMessage() const { return m_stopMessage; }
    std::uint32_t stopLine() const { return m_stopLine; }

private:
    std::uint64_t m_perStep;
    std::uint64_t m_statements = 0;
    std::uint64_t m_checkAt = kCheckEvery;
    std::uint64_t m_step = ~std::uint64_t(0);
    std::uint64_t m_stepBase = 0;
    std::vector<std::uint8_t> m_watched; // by line
    bool m_stopped = false;
    std::string m_stopMessage; // may be empty: the caller words it
    std::uint32_t m_stopLine = 0;
};

// "demo.py, line 4: <what>; it was stopped by its <budget> budget (raise it
// with --budget <budget>=N)": the message of a run that spent a budget.
std::string budgetMessage(const RunOptions& options, std::uint32_t line, std::string_view budget,
                          std::string_view what);
// 20,000,000
std::string thousands(std::uint64_t n);
// What the wall-seconds, steps and virtual-seconds budgets say.
std::string wallTimeMessage(const RunOptions& options);
std::string stepsMessage(const RunOptions& options);
std::string virtualTimeMessage(const RunOptions& options);

} // namespace coroscope::interp
