// SPDX-License-Identifier: MIT
#include "core/event.h"

namespace coroscope {

std::string_view toString(TaskState s) {
    switch (s) {
    case TaskState::Created: return "created";
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::Waiting: return "waiting";
    case TaskState::Done: return "done";
    case TaskState::Cancelled: return "cancelled";
    case TaskState::Failed: return "failed";
    }
    return "?";
}

std::string_view toString(WaitReason r) {
    switch (r) {
    case WaitReason::None: return "";
    case WaitReason::Yield: return "yield";
    case WaitReason::Timer: return "timer";
    case WaitReason::Io: return "io";
    case WaitReason::Task: return "task";
    case WaitReason::Gather: return "gather";
    case WaitReason::Lock: return "lock";
    case WaitReason::Event: return "event";
    case WaitReason::Queue: return "queue";
    case WaitReason::Gil: return "gil";
    case WaitReason::Core: return "core";
    case WaitReason::Executor: return "executor";
    case WaitReason::Blocking: return "blocking";
    case WaitReason::Cpu: return "cpu";
    case WaitReason::Join: return "join";
    case WaitReason::Startup: return "startup";
    }
    return "?";
}

std::string_view toString(EventKind k) {
    switch (k) {
    case EventKind::Spawn: return "spawn";
    case EventKind::Run: return "run";
    case EventKind::Ready: return "ready";
    case EventKind::Wait: return "wait";
    case EventKind::Hold: return "hold";
    case EventKind::Resume: return "resume";
    case EventKind::Done: return "done";
    case EventKind::Cancelled: return "cancelled";
    case EventKind::Failed: return "failed";
    case EventKind::CancelRequest: return "cancel-request";
    case EventKind::Callback: return "callback";
    case EventKind::Print: return "print";
    case EventKind::Diagnostic: return "diagnostic";
    case EventKind::WorkerStart: return "worker-start";
    case EventKind::WorkerExit: return "worker-exit";
    case EventKind::Annotation: return "annotation";
    }
    return "?";
}

std::string_view toString(ResourceKind k) {
    switch (k) {
    case ResourceKind::Lock: return "Lock";
    case ResourceKind::Semaphore: return "Semaphore";
    case ResourceKind::Queue: return "Queue";
    }
    return "?";
}

std::string_view toString(ResourceAction a) {
    switch (a) {
    case ResourceAction::Acquired: return "acquired";
    case ResourceAction::Released: return "released";
    case ResourceAction::Put: return "put";
    case ResourceAction::Got: return "got";
    case ResourceAction::Waits: return "waits";
    case ResourceAction::Leaves: return "leaves";
    }
    return "?";
}

bool otherIsResource(EventKind kind, WaitReason reason) {
    return kind == EventKind::Wait && (reason == WaitReason::Lock || reason == WaitReason::Queue);
}

bool otherIsText(EventKind kind, WaitReason reason) {
    switch (kind) {
    case EventKind::Done:
    case EventKind::Cancelled:
    case EventKind::Failed:
    case EventKind::Callback:
    case EventKind::Print:
    case EventKind::Diagnostic:
    case EventKind::Hold: return true;
    case EventKind::Annotation:
        return annotationKindOf(reason) == AnnotationKind::Client ||
               annotationKindOf(reason) == AnnotationKind::Deadline;
    case EventKind::Wait: return reason != WaitReason::Task && !otherIsResource(kind, reason);
    default: return false;
    }
}

bool otherIsTask(EventKind kind, WaitReason reason) {
    switch (kind) {
    case EventKind::Spawn:
    case EventKind::Ready:
    case EventKind::CancelRequest: return true;
    case EventKind::Wait: return reason == WaitReason::Task;
    default: return false;
    }
}

} // namespace coroscope
