// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "script/interp/run.h"
#include "script/syntax/source_file.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace coroscope::interp {

// What the script writes: stdout, into the run's output and, as a print
// event, into the trace at the task and line that printed; stderr, into
// the run's error text only, as CPython writes it.
class ScriptOutput {
public:
    ScriptOutput(Loop& loop, RunResult& result, const SourceFile& source)
        : m_loop(loop)
        , m_result(result)
        , m_source(source) {}

    // `line` is where the printing statement is when no task runs. Past
    // the output budget the run stops here (RunAborted).
    void print(std::string_view text, std::uint32_t line);
    // Never throws (objects going away warn): past the output budget the
    // text is dropped and the run stops at its next statement or step.
    void warn(std::string_view text);
    // "x.py:12: RuntimeWarning: ..." with the line's source, as warnings.warn
    // prints it under the default filter: once per message and line. True
    // when it was shown (a first time), for the caller to mark the trace.
    bool runtimeWarning(std::string_view message, std::uint32_t line);

private:
    Loop& m_loop;
    RunResult& m_result;
    const SourceFile& m_source;
    std::set<std::pair<std::string, std::uint32_t>, std::less<>> m_warned;
};

} // namespace coroscope::interp
