// SPDX-License-Identifier: MIT
// The interpreter on any script, with every budget small so that no input
// can hang the fuzzer or take its memory: a runaway must be stopped by a
// budget, with its message, not by the fuzzer's timeout.
#include "script/interp/run.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace coroscope;

namespace {

RunOptions smallBudgets() {
    RunOptions options;
    options.fileName = "<fuzz>";
    options.statementBudget = 20'000;
    options.maxStatements = 50'000;
    options.maxTasks = 64;
    options.maxMemoryBytes = 16u << 20;
    options.maxVirtualSeconds = 100.0;
    options.maxSteps = 20'000;
    options.maxTraceBytes = 4u << 20;
    options.maxOutputBytes = 64u << 10;
    options.maxWarnings = 16;
    // The last resort, below libFuzzer's -timeout, so a budget that is not
    // checked somewhere shows as a slow input rather than a hang.
    options.maxWallSeconds = 2.0;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const RunOptions options = smallBudgets();
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    RunResult result = runScript(source, options);
    if (result.exitStatus < 0 || result.exitStatus > 2) std::abort();
    return 0;
}
