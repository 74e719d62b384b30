// SPDX-License-Identifier: MIT
#pragma once

namespace coroscope {

// `coroscope run SCRIPT.py [--param NAME=VALUE]... [--trace-json FILE] [--summary]`.
// argv holds the words after the program's name, starting with "run".
// stdout gets what the script prints; stderr its tracebacks and asyncio's
// warnings. Returns the exit status: 0 ok, 1 an uncaught exception (or a
// run that was stopped, or a trace that could not be written), 2 a usage
// error or a script that cannot run.
int runCommand(int argc, char** argv);

} // namespace coroscope
