// SPDX-License-Identifier: MIT
#pragma once

#include "script/interp/run.h"

#include <string>

namespace coroscope {

// A table of a run's tasks and threads: name, kind, how it ended, the
// virtual time it spent waiting and running, and its result.
std::string formatSummary(const RunResult& result);

} // namespace coroscope
