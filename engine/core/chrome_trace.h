// SPDX-License-Identifier: MIT
#pragma once

#include "core/trace.h"

#include <ostream>
#include <string>

namespace coroscope {

// Writes the trace in the Chrome trace event format (JSON) that Perfetto and
// chrome://tracing open: one async track per task (named after the task,
// names made unique), a b/e pair per state span, flow arrows (bind_id with
// flow_out / flow_in) for spawn, wake-up and cancellation, and times in
// microseconds of virtual time from 0.
void writeChromeTrace(const Trace& trace, std::ostream& out);
std::string chromeTraceJson(const Trace& trace);

} // namespace coroscope
