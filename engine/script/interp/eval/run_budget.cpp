// SPDX-License-Identifier: MIT
#include "script/interp/eval/run_budget.h"

#include "core/assert.h"
#include "script/interp/runtime/exceptions.h"

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

} // namespace coroscope::interp
