// SPDX-License-Identifier: MIT
#pragma once

#include "core/event.h"

namespace coroscope {

class Trace;

// An observer of the run, in the manner of Trio's instruments. The trace is
// the built-in one (the loop appends to it directly, for speed); others are
// added with Loop::addInstrument and see every event as it happens.
class Instrument {
public:
    virtual ~Instrument() = default;

    // Called for every event; the default sends it to the hooks below.
    virtual void event(const TraceEvent& e, const Trace& trace);

    virtual void taskSpawned(const TraceEvent&) {}
    virtual void beforeTaskStep(const TraceEvent&) {}
    virtual void afterTaskStep(const TraceEvent&) {} // the step ended: waits, yields or exits
    virtual void taskExited(const TraceEvent&) {}
    virtual void workerHeld(const TraceEvent&) {}
    virtual void diagnostic(const TraceEvent&, std::string_view) {}
    virtual void printed(const TraceEvent&, std::string_view) {}
};

} // namespace coroscope
