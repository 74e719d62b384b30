// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/run.h"

#include <gtest/gtest.h>

#include <string>

namespace coroscope::test {

// Runs a script whose source is given inline; the file is called demo.py.
inline RunResult runSource(const std::string& source, RunOptions options = {}) {
    options.fileName = "demo.py";
    return runScript(source, options);
}

// What a script prints; the test fails if it did not end normally.
inline std::string outputOf(const std::string& source, RunOptions options = {}) {
    RunResult r = runSource(source, std::move(options));
    EXPECT_EQ(r.exitStatus, 0) << r.err << (r.errors.empty() ? "" : r.errors[0].format());
    return r.out;
}

// Everything a rejected script was told, formatted as the command line prints it.
inline std::string rejectionOf(const RunResult& r) {
    std::string out;
    for (const ScriptError& e : r.errors)
        out += e.format();
    return out;
}

} // namespace coroscope::test
