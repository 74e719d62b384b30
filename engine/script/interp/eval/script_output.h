// SPDX-License-Identifier: MIT
#pragma once

#include "core/loop.h"
#include "script/interp/run.h"
#include "script/syntax/source_file.h"

#include <cstdint>
#include <string_view>

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

    // `line` is where the printing statement is when no task runs.
    void print(std::string_view text, std::uint32_t line);
    void warn(std::string_view text);
    // "x.py:12: RuntimeWarning: ..." with the line's source, as warnings.warn prints.
    void runtimeWarning(std::string_view message, std::uint32_t line);

private:
    Loop& m_loop;
    RunResult& m_result;
    const SourceFile& m_source;
};

} // namespace coroscope::interp
