// SPDX-License-Identifier: MIT
#include "script/interp/eval/script_output.h"

#include <string>

namespace coroscope::interp {

void ScriptOutput::print(std::string_view text, std::uint32_t line) {
    m_result.out += text;
    TaskBase* task = m_loop.currentTask();
    m_loop.print(text, task ? task->id() : 0, task ? task->line() : line,
                 task ? task->worker() : 0);
}

void ScriptOutput::warn(std::string_view text) {
    m_result.err += text;
}

void ScriptOutput::runtimeWarning(std::string_view message, std::uint32_t line) {
    std::string out = m_source.fileName() + ":" + std::to_string(line) +
                      ": RuntimeWarning: " + std::string(message) + "\n";
    std::string_view text = m_source.lineText(static_cast<int>(line));
    std::size_t a = text.find_first_not_of(" \t");
    if (a != std::string_view::npos) out += "  " + std::string(text.substr(a)) + "\n";
    out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    warn(out);
}

} // namespace coroscope::interp
