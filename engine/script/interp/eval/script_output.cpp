// SPDX-License-Identifier: MIT
#include "script/interp/eval/script_output.h"

#include "script/interp/eval/interp.h"

#include <string>

namespace coroscope::interp {

void ScriptOutput::print(std::string_view text, std::uint32_t line) {
    interp().checkOutput(text.size());
    m_result.out += text;
    TaskBase* task = m_loop.currentTask();
    m_loop.print(text, task ? task->id() : 0, task ? task->line() : line,
                 task ? task->worker() : 0);
}

void ScriptOutput::warn(std::string_view text) {
    if (m_result.out.size() + m_result.err.size() + text.size() >
        interp().options().maxOutputBytes) {
        interp().stopSoon("output-mb",
                          "the program wrote more than " +
                              std::to_string(interp().options().maxOutputBytes >> 20) +
                              " MB of errors and warnings (in a loop that never ends?)");
        return;
    }
    m_result.err += text;
}

bool ScriptOutput::runtimeWarning(std::string_view message, std::uint32_t line) {
    if (!m_warned.emplace(std::string(message), line).second) return false;
    if (m_warned.size() > interp().options().maxWarnings) {
        interp().stopSoon("warnings", "the program gave more than " +
                                          std::to_string(interp().options().maxWarnings) +
                                          " different warnings");
        return false;
    }
    std::string out = m_source.fileName() + ":" + std::to_string(line) +
                      ": RuntimeWarning: " + std::string(message) + "\n";
    std::string_view text = m_source.lineText(static_cast<int>(line));
    std::size_t a = text.find_first_not_of(" \t");
    if (a != std::string_view::npos) out += "  " + std::string(text.substr(a)) + "\n";
    out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    warn(out);
    return true;
}

} // namespace coroscope::interp
