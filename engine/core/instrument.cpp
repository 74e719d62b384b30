// SPDX-License-Identifier: MIT
#include "core/instrument.h"

#include "core/trace.h"

namespace coroscope {

void Instrument::event(const TraceEvent& e, const Trace& trace) {
    switch (e.kind) {
    case EventKind::Spawn: taskSpawned(e); break;
    case EventKind::Run: beforeTaskStep(e); break;
    case EventKind::Wait: afterTaskStep(e); break;
    case EventKind::Ready:
        if (e.reason == WaitReason::Yield) afterTaskStep(e);
        break;
    case EventKind::Done:
    case EventKind::Cancelled:
    case EventKind::Failed:
        afterTaskStep(e);
        taskExited(e);
        break;
    case EventKind::Hold: workerHeld(e); break;
    case EventKind::Diagnostic: diagnostic(e, trace.text(e.other)); break;
    case EventKind::Print: printed(e, trace.text(e.other)); break;
    default: break;
    }
}

} // namespace coroscope
