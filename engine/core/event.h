// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstdint>
#include <string_view>

namespace coroscope {

using TaskId = std::uint32_t;   // 0 means "no task" (the loop itself, a timer)
using WorkerId = std::uint16_t; // 0 is the main thread of the main process
using TextId = std::uint32_t;   // index into the trace's text table; 0 is ""

enum class TaskKind : std::uint8_t { Task, Thread, Process };
enum class WorkerKind : std::uint8_t { Loop, Thread, Process, Sync };

enum class TaskState : std::uint8_t { Created, Ready, Running, Waiting, Done, Cancelled, Failed };

// Why a task waits, or why its worker is held. Views draw each distinctly.
enum class WaitReason : std::uint8_t {
    None,
    Yield,    // gave way with sleep(0): ready again at once
    Timer,    // sleep(d)
    Io,       // a non-blocking wait on a simulated service
    Task,     // awaiting another task or future
    Lock,     // Lock, Semaphore, Condition
    Event,    // Event.wait()
    Queue,    // Queue.get / put
    Gil,      // a thread waiting for its process's GIL
    Core,     // CPU work waiting for a free core
    Executor, // a pool's thread with no job, held until one comes
    Blocking, // a blocking call: the worker is held idle
    Cpu,      // computing: the worker is held busy
    Join,     // a thread or process waiting for another to end
    Startup,  // a process starting its interpreter
    Gather,   // awaiting asyncio.gather: other = the label text (the children's names)
};

enum class EventKind : std::uint8_t {
    Spawn,         // task created and scheduled; other = parent task
    Run,           // a step of the task begins on `worker`
    Ready,         // task scheduled to run; reason = what it waited for; other = waker
    Wait,          // step ended, task waits; other = awaited task or label text
    Hold,          // the worker is held inside a step (cpu, blocking, GIL, core)
    Resume,        // the held step continues
    Done,          // finished with a result; other = result text
    Cancelled,     // finished cancelled; other = message text
    Failed,        // finished with an exception; other = exception text
    CancelRequest, // cancel() asked; task = target, other = the task that asked
    Callback,      // a plain loop callback ran (call_soon / call_later); other = text
    Print,         // the program wrote a line; other = text
    Diagnostic,    // one of asyncio's warnings; other = text
    WorkerStart,   // a thread or process began; worker = it
    WorkerExit,    // a thread or process ended
    Annotation,    // a mark for viewers, no state change; reason = its AnnotationKind
};

// What an Annotation event marks. Lessons and their views add kinds here;
// the scheduler and the trace's spans never look at them.
enum class AnnotationKind : std::uint8_t {
    Client,        // sim.client(name): the task's worker now serves `name` (other)
    LineReached,   // a watched line was reached for the first time in the run
    Deadline,      // a timeout was armed for the task: other = its deadline, in ns, as text
    TimeoutRaised, // the task's timeout ran out: TimeoutError is raised here
    Resource,      // a queue, lock or semaphore changed; other = its ResourceChange index
};

// The synchronisation primitives whose state the views draw.
using ResourceId = std::uint32_t; // index into the trace's resource table; 0 unused
enum class ResourceKind : std::uint8_t { Lock, Semaphore, Queue };
// What a task did to a primitive (the Resource annotation's task).
enum class ResourceAction : std::uint8_t {
    Acquired, // took the lock or one of the semaphore's places
    Released,
    Put,    // an item went into the queue
    Got,    // an item left the queue
    Waits,  // the task starts waiting on it (full or empty queue, taken lock)
    Leaves, // the task stops waiting without taking it (cancelled while waiting)
};

// One state change, as stored: 16 bytes. The virtual time is kept in the
// trace's clock table, because the clock moves far less often than tasks do.
struct EventRecord {
    TaskId task;
    std::uint32_t other;
    std::uint32_t line; // script line (1-based), 0 when unknown
    WorkerId worker;
    EventKind kind;
    WaitReason reason;
};
static_assert(sizeof(EventRecord) == 16);

// An event as readers see it: the record plus its sequence number and time.
struct TraceEvent {
    std::uint64_t seq = 0;
    Time time = 0;
    TaskId task = 0;
    std::uint32_t other = 0;
    std::uint32_t line = 0;
    WorkerId worker = 0;
    EventKind kind = EventKind::Spawn;
    WaitReason reason = WaitReason::None;
};

// An annotation's kind rides in the record's reason byte (an annotation has
// no wait reason), keeping every record 16 bytes.
constexpr WaitReason annotationReason(AnnotationKind k) {
    return static_cast<WaitReason>(k);
}
constexpr AnnotationKind annotationKindOf(WaitReason reasonByte) {
    return static_cast<AnnotationKind>(reasonByte);
}
constexpr bool isAnnotation(EventKind kind, WaitReason reason, AnnotationKind which) {
    return kind == EventKind::Annotation && annotationKindOf(reason) == which;
}

std::string_view toString(TaskState s);
std::string_view toString(WorkerKind k);
std::string_view toString(WaitReason r);
std::string_view toString(EventKind k);
std::string_view toString(ResourceKind k);
std::string_view toString(ResourceAction a);

// Which field `other` carries for each kind of event.
bool otherIsText(EventKind kind, WaitReason reason);
bool otherIsTask(EventKind kind, WaitReason reason);
// A wait on a lock, a semaphore or a queue: `other` is its ResourceId, not text
// (0 when the primitive is not one the trace knows, as a Condition).
bool otherIsResource(EventKind kind, WaitReason reason);

} // namespace coroscope
